"""Public notices on the portal (Decree 62/2015 Art. 11.1, 12.5, 15.1; Art. 27 with Law Art.
101-102 for auctions), as pure functions and constants (no nameko, no database, no clock).

A notice is shown from the day it is posted to its last day, both inclusive. The length of a
posting the decree sets (3 months) is a dated parameter, counted as the Civil Code counts
months (``calendar.add_months``: the same-numbered day, rolled to the next working day).
"""
from dataclasses import dataclass

# The kinds of notice the portal shows.
HEIR_SEARCH = "heir_search"                    # Art. 15.1: an heir not identifiable
ENFORCEMENT_NOTICE = "enforcement_notice"      # Art. 12.5: notice by portal and mass media
AUCTION = "auction"                            # Art. 27; Law Art. 101-102
LACKING_CONDITIONS_DECISION = "lacking_conditions_decision"  # Art. 11.1, last sentence
KINDS = (HEIR_SEARCH, ENFORCEMENT_NOTICE, AUCTION, LACKING_CONDITIONS_DECISION)

# Why a notice ended before its last day (public_notice.ended_reason).
ENDED_DEBTOR_REMOVED = "debtor_removed"        # Art. 11.3: the debtor left the register


@dataclass(frozen=True)
class PostingPeriod:
    """A posting the decree sets in months: which parameter holds it, which article says so."""

    rule_id: str
    article: str
    length_key: str


HEIR_SEARCH_POSTING = PostingPeriod(
    "decree15.1-heir-search-posting", "Decree 62/2015 Art. 15.1",
    "heir_search_posting_months")
DECISION_POSTING = PostingPeriod(
    "decree11.1-decision-posting", "Decree 62/2015 Art. 11.1",
    "lacking_conditions_decision_posting_months")

#: The legal basis of each kind of notice.
LEGAL_BASIS = {
    HEIR_SEARCH: "Decree 62/2015 Art. 15.1, 12.5",
    ENFORCEMENT_NOTICE: "Decree 62/2015 Art. 12.5; Law Art. 43",
    AUCTION: "Decree 62/2015 Art. 27, 12.5; Law Art. 101-102",
    LACKING_CONDITIONS_DECISION: "Decree 62/2015 Art. 11.1; Law Art. 44a",
}


def posting_starts_on(requested_on, handled_on):
    """The first day a notice is shown (Decree 62/2015 Art. 12.5): the day asked for, or the
    day the portal receives the request if that is later (a notice cannot be shown in the past,
    and a period the law sets runs from the day it is really posted)."""
    return max(requested_on, handled_on)


def heir_search_posted_until(starts_on, requested_until, legal_until):
    """The last day of a notice looking for unknown heirs (Decree 62/2015 Art. 15.1: posted for
    03 months): the day asked for, but never before ``legal_until`` (3 months from the day it is
    really posted, ``calendar.add_months``). A shorter request would cut the heirs' time, so the
    portal keeps the notice up for the whole legal period."""
    return max(requested_until, legal_until) if requested_until >= starts_on else legal_until


def auction_posted_until(auction_on):
    """The last day an auction notice is shown (Decree 62/2015 Art. 27; Law Art. 101): the day
    of the auction, after which it has taken place or been cancelled."""
    return auction_on


def is_shown(posted_on, posted_until, ended_on, on):
    """Whether a notice is on the portal on day ``on`` (Decree 62/2015 Art. 12.5, 15.1, 11.1):
    from ``posted_on`` to ``posted_until`` inclusive, unless it ended earlier (``ended_on``: a decision
    notice ends with the debtor's removal, Art. 11.3). A cancelled auction is not ended: it stays
    shown, marked cancelled with its reason, until its day, so that bidders learn of it.

    The portal's query is ``views.notices_shown_on`` (SQL): the handler tests prove they agree.
    """
    return posted_on <= on <= posted_until and (ended_on is None or on < ended_on)


def decision_notice_text(decision_number, decided_on, debtor_name, debtor_address, obligation):
    """``(title, body)`` of the posted decision that a debtor lacks conditions (Decree 62/2015
    Art. 11.1, last sentence: "the decision shall be openly posted for 03 months"): only what the
    article lets the public see (name, address, obligation) and the decision's number and day."""
    day = f"{decided_on.day}/{decided_on.month}/{decided_on.year}"
    title = (f"Quyết định về việc chưa có điều kiện thi hành án số {decision_number} "
             f"ngày {day}")
    body = (f"Người phải thi hành án: {debtor_name}. Địa chỉ: {debtor_address}. "
            f"Nghĩa vụ chưa thi hành: {obligation}.")
    return title, body


# What the public sees of a notice (see public_notice); money is integer VND.
NOTICE_FIELDS = ("id", "kind", "authority", "title", "body", "legal_basis", "posted_on",
                 "posted_until")
AUCTION_FIELDS = ("starting_price", "deposit", "auction_organisation", "venue",
                  "registration_closes_on", "auction_on", "cancelled_on", "cancellation_reason")


def public_notice(notice):
    """The public record of a notice (Decree 62/2015 Art. 12.5): what was posted, by whom, from
    when to when, and for an auction (Art. 27) its price, deposit, organisation, venue, days and
    any cancellation. The case, the publisher's ids and the event stay inside. Dates come out as
    ISO strings."""
    def read(field):
        value = getattr(notice, field)
        return value.isoformat() if hasattr(value, "isoformat") else value

    fields = NOTICE_FIELDS + (AUCTION_FIELDS if notice.kind == AUCTION else ())
    return {field: read(field) for field in fields}
