"""The public notice seeking the heirs of a deceased judgment debtor when none is identifiable
(Decree 62/2015 Art. 15.1(b), second paragraph; Art. 12.5; Law Art. 42-43): pure functions
and constants.

Art. 15.1: "the civil judgment enforcement authority shall make an announcement through the
mass media and post a notice where the property is located and at the People's Committee of the
commune where the property is located for 03 months". ``cases`` asks for it with
``public_notice.requested`` (``kind`` ``heir_search``; ``disclosure`` shows it on the portal);
this service records the two acts the office owes, as it does for a person whose address is
unknown (Law Art. 42, 43): the posting (``HEIR_SEARCH_POSTING``, valid when its 3 months end)
and the mass-media announcement (``HEIR_SEARCH_ANNOUNCEMENT``, valid on its publication day).

What our sources do not give: the text of Law Art. 43 (how often, in which media) is not in
``/work/shared``; the announcement is one act the officer records when published. The event
does not say where the property lies: the officer records where it was posted (the attempt's
note).
"""
from shared.legal import TimeLimit

from services.notifications.rules.delivery import MASS_MEDIA, PUBLIC_POSTING_PERIOD
from services.notifications.rules.documents import PERSON
from services.notifications.rules.notices import NOTICE_DELIVERY, PUBLIC_POSTING

#: Decree Art. 15.1: the notice posted where the property lies and at the commune's committee.
HEIR_SEARCH_POSTING = "heir_search_posting"
#: Decree Art. 15.1, 12.5; Law Art. 43: the announcement through the mass media.
HEIR_SEARCH_ANNOUNCEMENT = "heir_search_announcement"
#: The ``public_notice.requested`` kind this module answers for.
HEIR_SEARCH = "heir_search"

#: The unknown heirs, as the role of the recipient of both acts.
UNKNOWN_HEIRS = "unknown_heirs"
UNKNOWN_HEIRS_NAME = ("Những người thừa kế chưa xác định được của người phải thi hành án "
                      "(the unidentified heirs of the judgment debtor)")

NOTICE_OF_HEIR_SEARCH = "Decree 62/2015 Art. 15.1(b), 12.5; Law Art. 42, 43"

HEIR_SEARCH_PERIOD = TimeLimit(
    rule_id="decree15.1-heir-search-posting",
    article="Decree 62/2015 Art. 15.1(b) (second paragraph)",
    length_key="heir_search_posting_months",
    unit="months",
    description="The notice seeking the unidentified heirs stays posted where the property lies "
                "and at the commune People's Committee for 3 months from its posting; the "
                "heirs count as notified when the period ends.")


def is_heir_search(kind):
    """Decree Art. 15.1: only the notice seeking unknown heirs is an act of this service; an
    ``enforcement_notice`` is a portal publication of ``disclosure`` alone (Art. 12.5)."""
    return kind == HEIR_SEARCH


def heir_search_acts():
    """Decree Art. 15.1(b): the acts owed, as ``(document_type, channel)``: the posting (Law
    Art. 42) and the announcement through the mass media (Law Art. 43; Decree Art. 12.5)."""
    return ((HEIR_SEARCH_POSTING, PUBLIC_POSTING), (HEIR_SEARCH_ANNOUNCEMENT, MASS_MEDIA))


def unknown_heirs(notice_id):
    """The recipient of the heir-search acts of the request ``notice_id``: persons (Law
    Art. 42-43 reach persons, never an organisation) whose identity and address are unknown.
    Their ``party_id`` is the search's own (``heirs:<notice_id>``): the heirs of one deceased
    debtor are not those of another, and each search's notices are initial ones (Decree
    Art. 12.1; nobody can have consented to another channel)."""
    return {"party_id": f"heirs:{notice_id}", "role": UNKNOWN_HEIRS, "kind": PERSON,
            "name": UNKNOWN_HEIRS_NAME, "address": None}


def delivery_limit(document_type):
    """The time limit a notice of ``document_type`` owes and its valid day meets: the posting of
    Art. 15.1 owes its 3 months from the requested posting day (met when they end), every other
    notice the notification period of Law Art. 39.1 (``NOTICE_DELIVERY``)."""
    return HEIR_SEARCH_PERIOD if document_type == HEIR_SEARCH_POSTING else NOTICE_DELIVERY


def posting_period(document_type):
    """How long a public posting of ``document_type`` stays up before it is valid: 3 months for
    the heir search (Decree Art. 15.1), else the posting period of Law Art. 42."""
    return HEIR_SEARCH_PERIOD if document_type == HEIR_SEARCH_POSTING else PUBLIC_POSTING_PERIOD
