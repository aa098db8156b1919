"""Auctions of seized property (Decree 62/2015 Art. 27, 31; Law Art. 101-104).

``announce_auction`` puts lots under one auction contract in descending order of value and owes
each its auction day (Law Art. 101); ``record_auction_result`` and ``sell_to_co_owner`` sell a
lot (the buyer then owes the price within 30 days) or record that it failed, and stop the
remaining lots once the debts and costs are covered (27.3). What follows a sale (payment,
voiding, hand-over, payout) is in ``auction_sales``.
"""
import secrets
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError

from services.property.handlers.auction_lots import (auction_of, close_lot, hold_met,
                                                     keep_period, kind_of, lot_reason,
                                                     lot_subject, move_lot)
from services.property.handlers.cases import case_of
from services.property.handlers.records import item_of
from services.property.models import Auction, Seizure
from services.property.rules import auction_lifecycle as lifecycle
from services.property.rules import auctions as rules
from services.property.rules.auction_lifecycle import AuctionStatus as S

#: The statuses of a sale that stands (for the coverage of Art. 27.3).
STANDING = (S.SOLD, S.PAID, S.HANDED_OVER, S.PAID_OUT)


def _check_dates(data):
    if not data["contract_signed_on"] <= data["posted_on"] <= data["registration_closes_on"] \
            <= data["auction_on"]:
        raise ValidationError("the contract, the notice, the close of registration and the "
                              "auction come in that order",
                              {"auction_on": ["contract <= posted <= registration closes <= "
                                              "auction"]})


def _previous(uow, data, law, caller, lots):
    """Law Art. 104: a re-auction after a failed one, at a price reduced by at most 10%."""
    if data.get("previous_auction_id") is None:
        return None, None
    previous = auction_of(uow, data["previous_auction_id"], caller)
    if previous.status != S.FAILED or len(lots) != 1 \
            or lots[0]["property_id"] != previous.property_id:
        raise Conflict(f"auction {previous.id} is {previous.status}: only the one lot of a "
                       f"failed auction is auctioned again ({rules.AUCTION_FAILED})",
                       {"status": previous.status})
    price = lots[0]["starting_price"]
    if price == int(previous.starting_price):
        return previous, None
    reduction = rules.price_reduction(int(previous.starting_price), price, previous.reductions,
                                      law, data["contract_signed_on"])
    if not reduction.allowed:
        raise ValidationError(
            f"a reduced starting price is at least {reduction.lowest_price} and below "
            f"{int(previous.starting_price)} ({rules.PRICE_REDUCED})",
            {"lots": {0: {"starting_price": [f"from {reduction.lowest_price} to "
                                             f"{int(previous.starting_price) - 1}"]}}})
    return previous, reduction


def _check_ip(item, lot, data, law):
    """Decree 62/2015 Art. 31.1: who may auction intellectual property rights."""
    if item.kind != "intellectual_property":
        return None
    who, used = rules.ip_auctioneer(lot["starting_price"], law, data["contract_signed_on"],
                                    data["auction_body_available"])
    conducts = data["organisation_chosen_by"] == "officer_conducts"
    if conducts != (who == rules.OFFICER):
        raise ValidationError(f"intellectual property rights at {lot['starting_price']} VND "
                              f"are auctioned by the {who.replace('_', ' ')} "
                              f"({rules.IP_AUCTIONEER})",
                              {"organisation_chosen_by": [f"the {who.replace('_', ' ')}"]})
    return used


def _check_movable(item, lot, data, law):
    """Law Art. 101.3(b) measured per piece (Decree 62/2015 Art. 27.2): the officer conducts
    the auction of a movable only when each piece (or the total of pieces of the same kind) is
    valued below VND 10 million. Returns ``(parameter record, computations)`` or ``(None, {})``."""
    if item.kind != "movable":
        if lot["pieces"]:
            raise ValidationError("pieces are valued only for movables (Art. 27.2)",
                                  {"lots": ["pieces given for an item that is not movable"]})
        return None, {}
    pieces = lot["pieces"] or [lot["starting_price"]]
    who, values, used = rules.movable_auctioneer(pieces, lot["same_kind_or_integrated"], law,
                                                 data["contract_signed_on"])
    if data["organisation_chosen_by"] == "officer_conducts" and who != rules.OFFICER:
        raise ValidationError(f"a movable with a piece valued at {max(values)} VND (at least "
                              f"{used['value']}) is auctioned by an auction body "
                              f"({rules.MOVABLE_AUCTIONEER})",
                              {"organisation_chosen_by": ["the auction body"]})
    measured = {"personal_property_values": values, "movable_auctioneer": who,
                "same_kind_or_integrated": lot["same_kind_or_integrated"]}
    if data["organisation_chosen_by"] == "officer_conducts":
        measured["organisation_selected_under"] = rules.MOVABLE_AUCTIONEER
    return used, measured


def announce_auction(data, uow, law, caller):
    """Announce the auction of one or more seized items under one contract (Art. 27.1, 27.3;
    Law Art. 101): the lots in descending order of value, each owing its auction day, each
    announced as ``auction.announced`` for the public notice. Returns the lots in order."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    _check_dates(data)
    lots = data["lots"]
    previous, reduction = _previous(uow, data, law, caller, lots)
    items = {lot["property_id"]: item_of(uow, case, lot["property_id"], "lots")
             for lot in lots}
    if len(items) != len(lots):
        raise ValidationError("each item is one lot", {"lots": ["an item appears twice"]})
    for item in items.values():
        outcomes = uow.session.scalars(select(Seizure.outcome).where(
            Seizure.property_id == item.id)).all()
        if not rules.seized_for_auction(outcomes):
            raise Conflict(f"property item {item.id} has not been seized "
                           f"({rules.SEIZED_PROPERTY_AUCTIONED})", {"property_id": item.id})
    by_key = {lot["property_id"]: lot for lot in lots}
    ordered = rules.descending_order([rules.Lot(k, v["starting_price"])
                                      for k, v in by_key.items()])
    session_id, announced = str(uuid.uuid4()), []
    for sequence, lot in enumerate(ordered, start=1):
        item, given = items[lot.key], by_key[lot.key]
        ip_used = _check_ip(item, given, data, law)
        movable_used, measured = _check_movable(item, given, data, law)
        used = [u for u in (ip_used, movable_used) if u]
        auction = Auction(
            id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
            property_id=item.id, session_id=session_id, sequence=sequence,
            status=str(lifecycle.check_transition(None, S.ANNOUNCED).target),
            organisation=data["organisation"],
            organisation_chosen_by=data["organisation_chosen_by"],
            contract_number=data["contract_number"],
            contract_signed_on=data["contract_signed_on"],
            starting_price=given["starting_price"], deposit=given["deposit"],
            debts_and_costs=data["debts_and_costs"], venue=data["venue"],
            posted_on=data["posted_on"], registration_closes_on=data["registration_closes_on"],
            auction_on=data["auction_on"],
            previous_auction_id=previous.id if previous else None,
            reductions=(previous.reductions + (1 if reduction else 0)) if previous else 0,
            paid=0, reasons=[], parameters_used=used,
            computations={"order": [o.key for o in ordered],
                          "organisation_selected_under": rules.organisation_selection(
                              data["organisation_chosen_by"]), **measured},
            recorded_by=identity.user)
        if reduction:
            auction.parameters_used = [*auction.parameters_used, *reduction.parameters_used]
            auction.computations["price_reduction"] = {
                "previous_price": int(previous.starting_price),
                "lowest_price": reduction.lowest_price}
        uow.session.add(auction)
        hold = uow.deadlines.owe(rules.hold_limit(item.kind), lot_subject(auction),
                                 starts_on=data["contract_signed_on"])
        if data["auction_on"] > hold.due_on:
            raise ValidationError(
                f"{hold.article}: auction {item.kind} by {hold.due_on.isoformat()}",
                {"auction_on": [f"at the latest {hold.due_on.isoformat()}"]})
        keep_period(auction, "hold_auction", hold)
        uow.emit("auction.announced",
                 {"auction_id": auction.id, "property_description": item.description,
                  "starting_price": given["starting_price"], "deposit": given["deposit"],
                  "auction_organisation": auction.organisation, "venue": auction.venue,
                  "posted_on": auction.posted_on,
                  "registration_closes_on": auction.registration_closes_on,
                  "auction_on": auction.auction_on},
                 authority=case.authority, case_id=case.case_id)
        uow.audit("auction.announced", subject_type="auction", subject_id=auction.id,
                  legal_basis=rules.AUCTION_ANNOUNCED,
                  details={"case_id": case.case_id, "property_id": item.id,
                           "sequence": sequence, "previous_auction_id": auction.previous_auction_id})
        announced.append(auction)
    return announced


def _lots_of(uow, auction):
    return uow.session.scalars(select(Auction).where(Auction.session_id == auction.session_id)
                               .order_by(Auction.sequence)).all()


def _in_order(uow, auction):
    """Decree 62/2015 Art. 27.3: the more valuable lots have their result first."""
    lots = _lots_of(uow, auction)
    waiting = rules.lots_before(auction.sequence,
                                {lot.sequence: lot.status != S.ANNOUNCED for lot in lots})
    if waiting:
        raise Conflict(f"lots {waiting} of this auction are more valuable and have no result "
                       f"yet ({rules.NOT_AUCTIONED_DEBTS_COVERED}: descending order of value)",
                       {"status": auction.status, "waiting_lots": waiting})
    return lots


def _sell(uow, auction, on, price, chosen_by, basis):
    move_lot(auction, S.SOLD)
    auction.price, auction.sold_on, auction.buyer_chosen_by = price, on, chosen_by
    hold_met(uow, auction, on)
    owed = uow.deadlines.owe(rules.BUYER_PAYMENT, lot_subject(auction), starts_on=on)
    auction.payment_due_on = owed.due_on
    keep_period(auction, "buyer_payment", owed)
    uow.emit("auction.sold", {"auction_id": auction.id, "sold_on": on, "price": price,
                              "buyer_chosen_by": chosen_by, "payment_due_on": owed.due_on},
             authority=auction.authority, case_id=auction.case_id)
    uow.audit("auction.sold", subject_type="auction", subject_id=auction.id, legal_basis=basis,
              details={"price": price, "buyer_chosen_by": chosen_by,
                       "payment_due_on": owed.due_on.isoformat()})


def _stop_when_covered(uow, lots, on):
    """Decree 62/2015 Art. 27.3: once the sales that stand cover the debts and costs, the lots
    still announced are not auctioned: each cancelled with the reason, its notice withdrawn."""
    prices = [int(lot.price) for lot in lots if lot.status in STANDING]
    owed = int(lots[0].debts_and_costs)
    if not rules.debts_and_costs_covered(prices, owed):
        return []
    stopped = []
    for lot in lots:
        if lot.status != S.ANNOUNCED:
            continue
        reason = lot_reason("debts_covered", f"the sales of this auction ({sum(prices)} VND) "
                                          f"cover the debts and costs ({owed} VND)",
                         rules.NOT_AUCTIONED_DEBTS_COVERED)
        close_lot(uow, lot, S.CANCELLED, on, reason, rules.hold_limit(kind_of(uow, lot)),
               "hold_auction")
        uow.audit("auction.cancelled", subject_type="auction", subject_id=lot.id,
                  legal_basis=rules.NOT_AUCTIONED_DEBTS_COVERED,
                  details={"reason": reason["code"], "covered_by": sum(prices)})
        stopped.append(lot)
    return stopped


def record_auction_result(data, uow, law, caller):
    """The auction of a lot was held (Art. 27.3; Law Art. 104): sold at a price no lower than
    the starting price, or failed. Returns the lot."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    lots = _in_order(uow, auction)
    on = data["held_on"]
    if on < auction.contract_signed_on:
        raise ValidationError("an auction is held after its contract",
                              {"held_on": ["before the auction contract"]})
    if data["outcome"] == "sold":
        price = data.get("price")
        if price is None or price < int(auction.starting_price):
            raise ValidationError("a lot sells at its starting price or more",
                                  {"price": [f"at least {int(auction.starting_price)}"]})
        _sell(uow, auction, on, price, "bidding", rules.AUCTION_ANNOUNCED)
        _stop_when_covered(uow, lots, on)
        return auction
    move_lot(auction, S.FAILED)
    rounds = law.params.value("auction_reductions_before_creditor_takes", on)
    auction.closed_on = on
    auction.creditor_may_take = auction.reductions >= int(rounds.value)
    auction.parameters_used = [*auction.parameters_used, rounds.as_record()]
    hold_met(uow, auction, on)
    uow.emit("auction.failed", {"auction_id": auction.id, "failed_on": on,
                                "starting_price": int(auction.starting_price),
                                "reductions": auction.reductions,
                                "creditor_may_take": auction.creditor_may_take},
             authority=auction.authority, case_id=auction.case_id)
    uow.audit("auction.failed", subject_type="auction", subject_id=auction.id,
              legal_basis=rules.AUCTION_FAILED,
              details={"reductions": auction.reductions,
                       "creditor_may_take": auction.creditor_may_take})
    return auction


def sell_to_co_owner(data, uow, law, caller, draw=None):
    """Decree 62/2015 Art. 27.1: before the first auction, a co-owner who wishes to buy the
    debtor's share buys it at the set price; several agree on one, else the officer draws lots
    (``draw``: a test may pass its own; by default a cryptographic choice). Returns the lot."""
    auction = auction_of(uow, data["auction_id"], caller)
    caller.require_jurisdiction(auction.authority)
    if auction.previous_auction_id is not None or auction.status != S.ANNOUNCED:
        raise Conflict(f"auction {auction.id} is {auction.status}, or a re-auction: co-owners "
                       f"buy before the first auction ({rules.SOLD_TO_CO_OWNER})",
                       {"status": auction.status})
    buyer, how = rules.co_owner_buyer(data["co_owners"], data.get("agreed_buyer"),
                                      draw or secrets.SystemRandom().choice)
    _sell(uow, auction, data["sold_on"], int(auction.starting_price), how,
          rules.SOLD_TO_CO_OWNER)
    auction.buyer = buyer
    # who could buy and how one was chosen, so that a drawing of lots can be checked
    auction.computations = {**auction.computations, "co_owner_sale": {
        "co_owners": sorted(set(data["co_owners"])), "chosen_by": how}}
    _stop_when_covered(uow, _lots_of(uow, auction), data["sold_on"])
    return auction


def get_auction(auction_id, uow, law, caller):
    """The lot ``auction_id`` if it is of the caller's authority, else ``NotFound``."""
    return auction_of(uow, auction_id, caller, lock=False)


def list_auctions(case_id, uow, law, caller):
    """The lots of ``case_id`` of the caller's authority, by announcement and order of value."""
    return uow.session.scalars(
        select(Auction).where(Auction.case_id == case_id,
                              Auction.authority == caller.identity.authority)
        .order_by(Auction.created_at, Auction.session_id, Auction.sequence)).all()
