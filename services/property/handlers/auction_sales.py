"""What follows the sale of an auctioned lot (Decree 62/2015 Art. 27.3-27.5; Law Art. 47):
``record_payment`` takes payments within the 30 days and voids the sale on one after them, as
``void_unpaid_sale`` does when none came (27.5: the deposit to the State budget); ``hand_over``
splits the term deposit's interest, sends the proceeds to the ledger of ``cases`` as
``funds.collected`` and owes the payout within 10 days; ``record_payout`` meets it.
"""
from shared.errors import Conflict, ValidationError

from services.property.handlers.auction_lots import (auction_of, close_lot, keep_period,
                                                     lot_reason, lot_subject, meet_on_lot,
                                                     move_lot)
from services.property.rules import auctions as rules
from services.property.rules.auction_lifecycle import AuctionStatus as S


def _void(uow, auction, on, reason):
    auction.deposit_forfeited = rules.forfeited_deposit(int(auction.deposit))
    close_lot(uow, auction, S.VOIDED, on, reason, rules.BUYER_PAYMENT, "buyer_payment")
    uow.audit("auction.voided", subject_type="auction", subject_id=auction.id,
              legal_basis=rules.SALE_VOIDED,
              details={"reason": reason["code"], "deposit_forfeited": int(auction.deposit),
                       "payment_due_on": auction.payment_due_on.isoformat()})
    return auction


def _late(auction, on):
    return lot_reason("not_paid_in_time",
                   f"paid {int(auction.paid)} of {int(auction.price)} VND by "
                   f"{auction.payment_due_on.isoformat()}, the last of the 30 days, never "
                   f"extended (the act on {on.isoformat()}); the deposit of "
                   f"{int(auction.deposit)} VND goes to the State budget", rules.SALE_VOIDED)


def record_payment(data, uow, law, caller):
    """The buyer paid into the authority's account (Art. 27.3): within the 30 days it counts
    (in full: the hand-over is owed within 60 days); after them the sale is voided and the
    deposit forfeited (27.5), the payment refused with that reason. Returns the lot."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    if auction.status != S.SOLD:
        raise Conflict(f"auction {auction.id} is {auction.status}: payments are for a sale "
                       f"awaiting its price (Decree 62/2015 Art. 27.3)", {"status": auction.status})
    on = data["paid_on"]
    if on < auction.sold_on:
        raise ValidationError("a payment follows the sale", {"paid_on": ["before the sale"]})
    if not rules.paid_in_time(on, auction.payment_due_on):
        return _void(uow, auction, on, _late(auction, on))
    auction.paid = int(auction.paid) + data["amount"]
    full = rules.paid_in_full(int(auction.price), int(auction.deposit), int(auction.paid))
    due = None
    if full:
        move_lot(auction, S.PAID)
        auction.paid_on = on
        meet_on_lot(uow, auction, rules.BUYER_PAYMENT, "buyer_payment", on)
        owed = uow.deadlines.owe(rules.HANDOVER, lot_subject(auction), starts_on=on)
        auction.handover_due_on = due = owed.due_on
        keep_period(auction, "handover", owed)
    uow.emit("auction.payment_received",
             {"auction_id": auction.id, "received_on": on, "amount": data["amount"],
              "total_paid": int(auction.paid), "paid_in_full": full, "handover_due_on": due},
             authority=auction.authority, case_id=auction.case_id)
    uow.audit("auction.payment_received", subject_type="auction", subject_id=auction.id,
              legal_basis=rules.BUYER_PAYMENT.article,
              details={"amount": data["amount"], "total_paid": int(auction.paid),
                       "paid_in_full": full})
    return auction


def void_unpaid_sale(data, uow, law, caller):
    """Decree 62/2015 Art. 27.3, 27.5: the 30 days passed without full payment: the sale is
    voided and the deposit goes to the State budget. ``Conflict`` while the days still run."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    if auction.status != S.SOLD:
        raise Conflict(f"auction {auction.id} is {auction.status}: only an unpaid sale is "
                       f"voided ({rules.SALE_VOIDED})", {"status": auction.status})
    on = data["voided_on"]
    if rules.paid_in_time(on, auction.payment_due_on):
        raise Conflict(f"the buyer may pay until {auction.payment_due_on.isoformat()} "
                       f"({rules.BUYER_PAYMENT.article})",
                       {"payment_due_on": auction.payment_due_on.isoformat()})
    return _void(uow, auction, on, _late(auction, on))


def hand_over(data, uow, law, caller):
    """The property is handed over to the buyer (Art. 27.3), late after the 60 days unless a
    force majeure or objective hindrance is stated; the term deposit's interest split (27.4);
    the proceeds (price and the interest within the 60 days) go to the ledger of ``cases`` as
    ``funds.collected``; the payout is owed within 10 days. Returns the lot."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    move_lot(auction, S.HANDED_OVER)
    on = data["handed_over_on"]
    if on < auction.paid_on:
        raise ValidationError("the hand-over follows the payment",
                              {"handed_over_on": ["before full payment"]})
    meet_on_lot(uow, auction, rules.HANDOVER, "handover", on)
    late = rules.handed_over_late(on, auction.handover_due_on)
    auction.handed_over_on, auction.handover_late = on, late
    auction.hindrance = data.get("hindrance")
    if late:
        auction.reasons = [*auction.reasons, lot_reason(
            "handed_over_late", f"handed over on {on.isoformat()}, after "
                                f"{auction.handover_due_on.isoformat()}; "
            + (f"stated hindrance: {auction.hindrance}" if auction.hindrance else
               "no force majeure or objective hindrance stated: the buyer may ask to cancel "
               "the contract (Art. 27.4)"), rules.HANDOVER.article)]
    split = rules.term_deposit_interest(data["interest"], auction.paid_on,
                                        auction.handover_due_on, on)
    auction.proceeds = int(auction.price) + split.to_enforcement
    auction.computations = {**auction.computations, "interest": {
        "total": data["interest"], "to_enforcement": split.to_enforcement,
        "to_buyer": split.to_buyer, "days_within": split.days_within,
        "days_total": split.days_total}}
    owed = uow.deadlines.owe(rules.PAYOUT, lot_subject(auction), starts_on=on)
    auction.payout_due_on = owed.due_on
    keep_period(auction, "payout", owed)
    uow.emit("auction.handed_over",
             {"auction_id": auction.id, "handed_over_on": on, "late": late,
              "proceeds": auction.proceeds, "payout_due_on": owed.due_on},
             authority=auction.authority, case_id=auction.case_id)
    uow.emit("funds.collected",
             {"collection_id": auction.id, "source": "auction_proceeds",
              "amount": auction.proceeds, "collected_on": on,
              "reference": auction.contract_number, "institution": auction.organisation[:64],
              "measure_id": auction.id},
             authority=auction.authority, case_id=auction.case_id)
    uow.audit("auction.handed_over", subject_type="auction", subject_id=auction.id,
              legal_basis=rules.HANDOVER.article,
              details={"late": late, "proceeds": auction.proceeds,
                       "interest_to_buyer": split.to_buyer})
    return auction


def record_payout(data, uow, law, caller):
    """The proceeds were paid out to the creditors (Art. 27.4; Law Art. 47): the 10-day
    deadline met (late if after it). Returns the lot."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    move_lot(auction, S.PAID_OUT)
    on = data["paid_out_on"]
    if on < auction.handed_over_on:
        raise ValidationError("the payout follows the hand-over",
                              {"paid_out_on": ["before the hand-over"]})
    auction.paid_out_on = on
    meet_on_lot(uow, auction, rules.PAYOUT, "payout", on)
    uow.emit("auction.paid_out", {"auction_id": auction.id, "paid_out_on": on},
             authority=auction.authority, case_id=auction.case_id)
    uow.audit("auction.paid_out", subject_type="auction", subject_id=auction.id,
              legal_basis=rules.PAYOUT.article, details={"proceeds": int(auction.proceeds)})
    return auction
