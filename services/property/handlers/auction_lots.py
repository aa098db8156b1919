"""The steps every auction handler shares (Decree 62/2015 Art. 27): finding a lot of the caller's
authority, moving it along its lifecycle, keeping on it the periods it counted and the
parameters it used, and closing it (not held, or a sale voided) with its notice withdrawn."""
from shared.legal import Subject

from services.property.handlers.records import deadline_record, record_of
from services.property.models import Auction, PropertyItem
from services.property.rules import auction_lifecycle as lifecycle
from services.property.rules import auctions as rules


def lot_subject(auction):
    """What the lot's deadlines are owed for (the case's authority owes them)."""
    return Subject("auction", auction.id, auction.authority, auction.case_id)


def lot_reason(code, text, article):
    """A reason as a decision records it and ``auction.cancelled`` carries its text."""
    return {"code": code, "text": text, "article": article}


def keep_period(auction, key, deadline):
    """Keep on the auction the period it computed and the parameter rows it used."""
    auction.computations = {**auction.computations, key: deadline_record(deadline)}
    auction.parameters_used = [*auction.parameters_used, *deadline.parameters_used]


def meet_on_lot(uow, auction, limit, key, on):
    """Meet ``limit`` for the lot on ``on`` and keep the period on it (None if none was owed)."""
    met = uow.deadlines.meet(limit, lot_subject(auction), on=on)
    if met:
        keep_period(auction, key, met)
    return met


def hold_met(uow, auction, on):
    """The auction day of Law Art. 101 is met: the lot was auctioned, sold or not held."""
    return meet_on_lot(uow, auction, rules.hold_limit(kind_of(uow, auction)), "hold_auction", on)


def close_lot(uow, auction, target, on, reason, limit, key):
    """A lot that will not be (or stay) sold: its status, reason and deadline, and the notice
    withdrawn (``auction.cancelled``: Art. 27.3 or 27.5)."""
    move_lot(auction, target)
    auction.closed_on, auction.reasons = on, [*auction.reasons, reason]
    meet_on_lot(uow, auction, limit, key, on)
    uow.emit("auction.cancelled", {"auction_id": auction.id, "cancelled_on": on,
                                   "reason": reason["text"]},
             authority=auction.authority, case_id=auction.case_id)


def move_lot(auction, target):
    """The lot to ``target`` if its lifecycle allows it, else ``Conflict`` naming its status."""
    auction.status = str(lifecycle.check_transition(auction.status, target,
                                                    f"auction {auction.id}").target)


def auction_of(uow, auction_id, caller, lock=True):
    """The auction ``auction_id`` of the caller's authority (locked for the change), else
    ``NotFound`` alike for one that does not exist and one of another authority."""
    return record_of(uow, Auction, auction_id, caller, "auction_id", lock=lock)


def kind_of(uow, auction):
    """The kind of the auctioned item (real property or not: Law Art. 101's 45 or 30 days)."""
    return uow.session.get(PropertyItem, auction.property_id).kind
