"""The acts of ``property`` on seized property that the office notifies to the parties of the
case (Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12.1, 17, 24, 25-27):
which event needs which notice, to whom, from which day. Pure functions and constants.

``document_of(event_type, payload)`` is the one place that says it; the handler
(``handlers/property_acts.py``) records what it answers. Every notice here goes to the persons
the case's enforcement decision was notified to: the judgment creditors, the judgment debtors
and the persons with related rights and obligations (``recipients_of_act``), each within the
notification period of Law Art. 39.1 (``notices.NOTICE_DELIVERY``: 3 working days) from the
act's day.

What our sources do not give: Law Art. 87 (the seizure record), Art. 98-99 (valuation and its
notice), Art. 101 (the auction's notice) and Art. 104 (price reductions) are cited by the decree
but their text is not in ``/work/shared``; no period of their own is encoded, only the general
one of Law Art. 39.1, and the decree's articles say who acts, not when the parties are told.
"""
from dataclasses import dataclass

from services.notifications.rules.notices import NOTIFIED_ROLES

#: Decree Art. 24; Law Art. 87: the officer seized an item of the debtor's property.
SEIZURE_DECISION = "seizure_decision"
#: Decree Art. 24 (e.g. 24.5, the order of an enterprise's property): the office refused to
#: seize, with its reasons; a decision of the office is notified as any other (Law Art. 39.1).
SEIZURE_REFUSAL = "seizure_refusal"
#: Decree Art. 17.2, 25, 26; Law Art. 98-99: the value of the seized property.
VALUATION_RESULT = "valuation_result"
#: Decree Art. 17.1-17.2: a request to value the property again accepted ...
REVALUATION_DECISION = "revaluation_decision"
#: ... or refused with the conditions of 17.1 that are not met.
REVALUATION_REFUSAL = "revaluation_refusal"
#: Decree Art. 27.1; Law Art. 101: the auction of a lot announced.
AUCTION_ANNOUNCEMENT = "auction_announcement"
#: Law Art. 104: nobody bought the lot at its starting price (a reduction follows, or after the
#: second one the creditor may take the property at that price).
AUCTION_FAILURE = "auction_failure"
#: Decree Art. 27.3 (the lots no longer auctioned once the sales cover the debts and costs) and
#: 27.3 second paragraph, 27.5 (the sale voided, the buyer having not paid in the 30 days):
#: ``auction.cancelled`` carries both, with the office's reason.
AUCTION_CANCELLATION = "auction_cancellation"


@dataclass(frozen=True)
class PropertyAct:
    """A document to notify: its kind, the payload fields naming it and its day, its basis."""

    document_type: str
    id_field: str
    issued_on_field: str
    legal_basis: str


_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"
SEIZURE = PropertyAct(SEIZURE_DECISION, "seizure_id", "decided_on",
                      f"Decree 62/2015 Art. 24; Law Art. 87; {_NOTIFIED}")
REFUSED_SEIZURE = PropertyAct(SEIZURE_REFUSAL, "seizure_id", "decided_on",
                              f"Decree 62/2015 Art. 24 (seizure refused); {_NOTIFIED}")
VALUATION = PropertyAct(VALUATION_RESULT, "valuation_id", "valued_on",
                        f"Decree 62/2015 Art. 17.2, 25, 26; Law Art. 98-99; {_NOTIFIED}")
#: ``property`` decides a re-valuation request the day it is recorded (``requested_on``).
REVALUATION = PropertyAct(REVALUATION_DECISION, "request_id", "requested_on",
                          f"Decree 62/2015 Art. 17.1-17.2; {_NOTIFIED}")
REFUSED_REVALUATION = PropertyAct(REVALUATION_REFUSAL, "request_id", "requested_on",
                                  f"Decree 62/2015 Art. 17.1 (conditions not met); {_NOTIFIED}")
#: The announcement's day is the day it is posted (``posted_on``).
ANNOUNCEMENT = PropertyAct(AUCTION_ANNOUNCEMENT, "auction_id", "posted_on",
                           f"Decree 62/2015 Art. 27.1; Law Art. 101; {_NOTIFIED}")
FAILURE = PropertyAct(AUCTION_FAILURE, "auction_id", "failed_on",
                      f"Law Art. 104; {_NOTIFIED}")
CANCELLATION = PropertyAct(AUCTION_CANCELLATION, "auction_id", "cancelled_on",
                           f"Decree 62/2015 Art. 27.3, 27.5; {_NOTIFIED}")

#: The property events this service consumes.
CONSUMED = ("seizure.decided", "valuation.recorded", "revaluation.decided",
            "auction.announced", "auction.failed", "auction.cancelled")


def seizure_act(outcome):
    """Decree Art. 24; Law Art. 39.1: a seizure (``seized``) and a refusal to seize
    (``refused``, with its reasons) are decisions notified to the parties. ``mortgagee_notified``
    (24.3) is a letter to the mortgagee, whom the event does not name: nothing for the parties
    (the seizure that follows the redemption is notified when it is decided)."""
    return {"seized": SEIZURE, "refused": REFUSED_SEIZURE}.get(outcome)


def revaluation_act(outcome):
    """Decree Art. 17.1-17.2: the request to value again is accepted (the valuation owed) or
    refused because a condition of 17.1 is not met; either is notified to the parties (Law
    Art. 39.1), the requesting litigant among them (the event does not say which one)."""
    return REVALUATION if outcome == "accepted" else REFUSED_REVALUATION


def document_of(event_type, payload):
    """The ``PropertyAct`` the event ``event_type`` with ``payload`` needs notified, or ``None``
    when it needs none:

    - ``seizure.decided``: ``seizure_act(outcome)`` (Decree Art. 24; Law Art. 87);
    - ``valuation.recorded``: the valuation result (Decree Art. 17.2, 25, 26; Law Art. 98-99);
    - ``revaluation.decided``: ``revaluation_act(outcome)`` (Decree Art. 17);
    - ``auction.announced``: the announcement of the lot (Decree Art. 27.1; Law Art. 101);
    - ``auction.failed``: the failed auction (Law Art. 104);
    - ``auction.cancelled``: the lot withdrawn or its sale voided (Decree Art. 27.3, 27.5)."""
    if event_type == "seizure.decided":
        return seizure_act(payload["outcome"])
    if event_type == "revaluation.decided":
        return revaluation_act(payload["outcome"])
    return {"valuation.recorded": VALUATION, "auction.announced": ANNOUNCEMENT,
            "auction.failed": FAILURE, "auction.cancelled": CANCELLATION}.get(event_type)


def recipients_of_act(parties):
    """Law Art. 39.1; Decree Art. 12.1: the act is notified to the litigants and the persons with
    related rights and obligations of the case (``NOTIFIED_ROLES``). For an auction (Decree
    Art. 27.1) the co-owners of the property are told as persons with related rights and
    obligations: those ``cases`` lists as such; ``auction.announced`` names none."""
    return [party for party in parties if party["role"] in NOTIFIED_ROLES]

