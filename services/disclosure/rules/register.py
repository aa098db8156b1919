"""The public register of judgment debtors (Decree 62/2015 Art. 11; Law on Civil Judgment
Enforcement Art. 44a), as pure functions and constants (no nameko, no database, no clock).

The register lists the judgment debtors for whom the head of the authority decided that they
lack conditions to satisfy the judgment ("chưa có điều kiện thi hành án", Law Art. 44a; the
English text of Decree 62/2015 Art. 9.4 and 11 calls that decision "suspension").
"""
import unicodedata
from datetime import date

from shared.legal import TimeLimit

PUBLISH_ENTRY = TimeLimit(
    rule_id="decree11.1-publish-debtor",
    article="Decree 62/2015 Art. 11.1",
    length_key="register_publication_working_days",
    unit="working_days",
    description="Publish the judgment debtor's name, address and obligations within 5 working "
                "days of the decision that the debtor lacks conditions to satisfy the judgment.")

REMOVE_ENTRY = TimeLimit(
    rule_id="decree11.3-remove-debtor",
    article="Decree 62/2015 Art. 11.3",
    length_key="register_removal_working_days",
    unit="working_days",
    description="Remove the judgment debtor from the register within 2 working days of the "
                "decision to resume enforcement or the certification that the obligation is "
                "fulfilled.")

# What the public sees of an entry, and nothing else (see public_record).
PUBLISHED_FIELDS = ("id", "authority", "debtor_name", "debtor_address", "judgment",
                    "enforcement_decision", "unmet_obligation", "reason", "published_on")

#: The legal basis of publishing an entry: the time limit of Decree 62/2015 Art. 11.1, read
#: with Law Art. 44a (what the decision that the debtor lacks conditions is).
ENTRY_PUBLISHED = f"{PUBLISH_ENTRY.article}; Law Art. 44a"

RESUMPTION_DECISION = "resumption_decision"
OBLIGATION_FULFILLED = "obligation_fulfilled"


def public_record(entry):
    """The public record of a register entry: exactly what Decree 62/2015 Art. 11.1 publishes
    and no more.

    Art. 11.1 publishes the judgment debtor's name, address and obligations; read with Law
    Art. 44a.1: the debtor's name and address, the judgment, the enforcement
    decision, the obligation not yet satisfied and the reason the debtor lacks conditions. The
    publishing authority and the publication date say who published it and since when; the
    entry's id (a random UUID that says nothing of the debtor or the case) is the address of its
    own page. The case's id, the deciding documents and removal data stay inside.
    ``entry`` is any object with those attributes, or a mapping; dates come out as ISO strings.
    """
    def read(field):
        value = entry[field] if isinstance(entry, dict) else getattr(entry, field)
        return value.isoformat() if isinstance(value, date) else value

    return {field: read(field) for field in PUBLISHED_FIELDS}


def is_listed(published_on, removed_on, on):
    """Whether an entry is on the public register on day ``on``.

    Decree 62/2015 Art. 11.1: listed from its publication; Art. 11.3: taken off on the day it
    is removed, following the decision to resume enforcement or the certification that the
    obligation is fulfilled.

    The portal's query is ``views.listed_on`` (SQL): the handler tests prove the two agree on
    every case (published before, on, after the day; removed before, on, after it; never).
    """
    return published_on <= on and (removed_on is None or on < removed_on)


def removal_ground_is_lawful(ground):
    """Decree 62/2015 Art. 11.3: an entry is removed on the decision to resume enforcement, or
    on the written certification that the judgment debtor has fulfilled the obligation; on no
    other ground (not the decision that put the debtor on the register, nor time elapsed)."""
    return ground in (RESUMPTION_DECISION, OBLIGATION_FULFILLED)


# --- The register driven by the decisions of ``cases`` (issue 11). ---

CORRECT_ENTRY = TimeLimit(
    rule_id="decree11.2-correct-debtor",
    article="Decree 62/2015 Art. 11.2",
    length_key="register_correction_working_days",
    unit="working_days",
    description="Correct the published name, address or obligation of the judgment debtor "
                "within 3 working days of the verified change.")

#: The legal basis of correcting an entry.
ENTRY_CORRECTED = CORRECT_ENTRY.article

# The actions of an entry's history (entry_history.action).
PUBLISHED, CORRECTED, REMOVED = "published", "corrected", "removed"
#: A removal decision arrived before the debtor was published: the publication is not to happen.
PUBLICATION_WITHDRAWN = "publication_withdrawn"
#: A lacking-conditions decision that is not published because a removal decision won the race.
PUBLICATION_SKIPPED = "publication_skipped"

# Machine-readable reason codes of the history (entry_history.reason_code).
REASON_LACKING_CONDITIONS = "lacking_conditions_decided"  # Art. 9; 11.1
REASON_DETAILS_VERIFIED = "debtor_details_verified"      # Art. 11.2
REASON_RESUMED = "enforcement_resumed"                    # Art. 11.3
REASON_FULFILLED = "obligation_fulfilled"                 # Art. 11.3
REASON_REMOVAL_WON = "removal_before_publication"         # Art. 11.3 over 11.1
REASON_OFFICER = "officer_by_hand"                        # an officer's RPC

#: What a verified change (``debtor_details.corrected``) may change, and the entry's field.
CORRECTABLE = {"name": "debtor_name", "address": "debtor_address",
               "obligation": "unmet_obligation"}


def removal_reason_code(ground):
    """The history's reason code of a removal on ``ground`` (Decree 62/2015 Art. 11.3): the
    decision to resume, or the certification of fulfilment."""
    return {RESUMPTION_DECISION: REASON_RESUMED, OBLIGATION_FULFILLED: REASON_FULFILLED}[ground]


def removal_wins(removal_decided_on, lacking_decided_on):
    """Whether a removal decision (resumption or certificate of fulfilment, Decree 62/2015 Art.
    11.3) dated ``removal_decided_on`` prevents publishing a debtor after the decision that
    they lack conditions dated ``lacking_decided_on`` (Art. 11.1).

    A removal ends the ground for listing the debtor: a publication still pending when it is
    decided is not to happen, whatever order the events arrive in. A decision on lacking
    conditions taken *after* the removal is a new ground and is published.
    """
    return removal_decided_on >= lacking_decided_on


def corrections(changed):
    """The entry's fields to change for a verified change of the debtor's details (Decree
    62/2015 Art. 11.2): name, address and obligation only; anything else is ignored."""
    return {CORRECTABLE[key]: value for key, value in changed.items() if key in CORRECTABLE}


def decision_reference(decision_number, decided_on):
    """The reason shown on the register for an entry published from a decision (Decree 62/2015
    Art. 9; Law Art. 44a): the decision that the debtor lacks conditions, by number and day."""
    return (f"Quyết định về việc chưa có điều kiện thi hành án số {decision_number} "
            f"ngày {decided_on.day}/{decided_on.month}/{decided_on.year}")


def search_key(text):
    """The form of a debtor's name the public search compares (Decree 62/2015 Art. 11.1: the
    register is public so that anyone can find a debtor by name): Vietnamese diacritics folded
    (``Nguyễn Văn An`` -> ``nguyen van an``; ``đ``/``Đ`` -> ``d``), lower case, runs of spaces
    made one. A search with or without diacritics finds the same debtors."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def name_suffixes(key):
    """The forms of a folded name (``search_key``) the public search finds it by (Decree
    62/2015 Art. 11.1: anyone can find a debtor by name): the name from each of its words on
    (``tran thi binh`` -> ``tran thi binh``, ``thi binh``, ``binh``). A search matches a debtor
    when one of these starts with it, so "binh", "thi binh" and "tran thi" find Trần Thị Bình
    ("inh", the middle of a word, does not): an index range scan at a million entries, where a
    contains-search would read posting lists of the commonest syllables."""
    words = key.split(" ")
    return [" ".join(words[i:]) for i in range(len(words))] if key else []
