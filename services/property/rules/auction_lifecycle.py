"""An auction of seized property and the moves the law allows it (Decree 62/2015 Art. 27; Law
Art. 101-104). Auctions have a lifecycle of their own, apart from an item's (rules/lifecycle.py):
an item is declared or found once, while one item may be auctioned several times (a failed
auction, a reduced price, a sale voided for non-payment), each auction with its own deadlines.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class AuctionStatus(StrEnum):
    #: Art. 27.1; Law Art. 101: the organisation is under contract and the auction is announced.
    ANNOUNCED = "announced"
    #: Art. 27.3: sold at auction (or to a co-owner at the set price, Art. 27.1); the buyer
    #: owes the price within 30 days.
    SOLD = "sold"
    #: Law Art. 104: nobody bought; the price may be reduced and the property re-auctioned.
    FAILED = "failed"
    #: Art. 27.3: the buyer paid in full in time; the property is owed within 60 days.
    PAID = "paid"
    #: Art. 27.3-27.4: the property is with the buyer; the money is owed out within 10 days.
    HANDED_OVER = "handed_over"
    #: Art. 27.4; Law Art. 47: the money was paid out to the creditors.
    PAID_OUT = "paid_out"
    #: Art. 27.3, 27.5: not paid in full within 30 days: the sale is voided, the deposit forfeited.
    VOIDED = "voided"
    #: Art. 27.3 (the debts and costs are covered), 27.1 (a co-owner buys): not held.
    CANCELLED = "cancelled"


S = AuctionStatus
TRANSITIONS = (
    Transition(None, S.ANNOUNCED, "Decree 62/2015 Art. 27.1; Law Art. 101",
               "the auction organisation is under contract and the auction announced"),
    Transition(S.ANNOUNCED, S.SOLD, "Decree 62/2015 Art. 27.1, 27.3",
               "the property is sold at auction or to a co-owner at the set price"),
    Transition(S.ANNOUNCED, S.FAILED, "Law Art. 104", "nobody buys at the starting price"),
    Transition(S.ANNOUNCED, S.CANCELLED, "Decree 62/2015 Art. 27.3",
               "the debts and costs are covered by the properties sold before"),
    Transition(S.SOLD, S.PAID, "Decree 62/2015 Art. 27.3",
               "the buyer pays in full within 30 days"),
    Transition(S.SOLD, S.VOIDED, "Decree 62/2015 Art. 27.3, 27.5",
               "the buyer does not pay in full within 30 days"),
    Transition(S.PAID, S.HANDED_OVER, "Decree 62/2015 Art. 27.3",
               "the property is handed over to the buyer"),
    Transition(S.HANDED_OVER, S.PAID_OUT, "Decree 62/2015 Art. 27.4; Law Art. 47",
               "the money is paid out to the creditors"),
)

LIFECYCLE = Lifecycle(AuctionStatus, TRANSITIONS)


def check_transition(source, target, subject="an auction"):
    """The ``Transition`` from ``source`` (None: a new auction) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Decree 62/2015 Art. 27)."""
    return LIFECYCLE.check(source, target, subject)
