"""Listed securities at VSDC (Decree 62/2015 Art. 13.5): the freeze with the contents of
13.5(a) (holder's name, identity number and its day of issue; ticker symbols and quantities),
which VSDC executes within 01 working day; the distraint, the litigants' 05 working days to agree
a sale, VSDC's transfer within 05 working days and the sale within 02 working days after it
(13.5(b)), by agreement or by matching orders at the reference price."""
from shared.calendar import today_in_vietnam
from shared.errors import Conflict, NotFound, ValidationError

from services.property.handlers import measures
from services.property.handlers.auction_lots import auction_of
from services.property.handlers.cases import case_of
from services.property.handlers.orders import send_order, subject_of
from services.property.models import InstitutionOrder, PropertyItem
from services.property.rules import institutions
from services.property.rules import measures as measure_rules
from services.property.rules import securities as rules
from services.property.rules.lifecycle import OrderStatus


def order_securities_freeze(data, uow, law, caller, directory):
    """Record the freeze measure and send its order to the depository. Returns
    ``(measure, [order])``."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    directory.institution(data["institution"])
    measure = measures.record_measure(
        uow, case, caller, kind="securities_freeze", decision=data["decision"],
        obligation=data["obligation_amount"], costs=data["costs_amount"], targeted=0,
        status=measures.DECIDED, legal_basis=institutions.ART_13_5_A,
        explanation="securities frozen pending distraint (Art. 13.5(a)); their value is "
                    "judged when they are distrained and sold")
    holder = {**data["holder"], "id_issued_on": data["holder"]["id_issued_on"].isoformat()}
    order = send_order(uow, law, directory, case=case, kind="securities_freeze",
                       institution=data["institution"],
                       decision=measures.wire_decision(data["decision"]), measure_id=measure.id,
                       body={"holder": holder, "securities": data["securities"]})
    return measure, [order]


def _order_of_case(uow, case, order_id, kind, status, field):
    order = uow.session.get(InstitutionOrder, order_id, with_for_update=True)
    if order is None or order.case_id != case.case_id or order.kind != kind:
        raise NotFound(f"no {kind} order {order_id!r} in case {case.case_id}", {field: order_id})
    if order.status != status:
        raise Conflict(f"order {order_id} is {order.status}, not {status}",
                       {"status": order.status})
    return order


def _reported(order):
    """What VSDC reported for ``order`` (frozen, transferred), capped by what it was asked."""
    ordered = order.message["securities"]
    # An answer applied before VSDC's securities were kept (property_0007) carried none.
    reported = ordered if order.answered_securities is None else order.answered_securities
    return rules.securities_to_transfer(ordered, reported)


def order_securities_transfer(data, uow, law, caller, directory):
    """Distrain frozen securities and ask VSDC to transfer them to the authority's account
    (Art. 13.5(b)): only once the litigants' 05 working days to agree a sale have passed since
    the valid notification of the distraint (at once for an automatically issued decision);
    earlier, the request is recorded as refused with its reason."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    freeze = _order_of_case(uow, case, data["freeze_order_id"], "securities_freeze",
                            OrderStatus.FROZEN, "freeze_order_id")
    today = today_in_vietnam()
    allowed, last, used = rules.transfer_requestable(data["notified_on"], today,
                                                     data["automatic"], law)
    common = dict(kind="securities_distraint", decision=data["decision"],
                  obligation=data["obligation_amount"], costs=data["costs_amount"], targeted=0,
                  parameters_used=[used.as_record()] if used else [])
    if not allowed:
        return measures.record_measure(
            uow, case, caller, status=measures.REFUSED, legal_basis=rules.ART_13_5_B,
            reasons=[{"code": rules.WINDOW_OPEN, "article": rules.ART_13_5_B,
                      "text": f"the litigants may agree a sale until {last.isoformat()}"}],
            explanation="transfer requested inside the litigants' window", **common), []
    measure = measures.record_measure(
        uow, case, caller, status=measures.DECIDED, legal_basis=rules.ART_13_5_B,
        explanation="distrained; VSDC asked to transfer the securities to the authority",
        **common)
    order = send_order(uow, law, directory, case=case, kind="securities_transfer",
                       institution=freeze.institution,
                       decision=measures.wire_decision(data["decision"]), measure_id=measure.id,
                       today=today,
                       body={"holder": freeze.message["holder"],
                             "securities": _reported(freeze),
                             "freeze_order_id": freeze.id, "to_account": data["to_account"]})
    return measure, [order]


def order_securities_sale(data, uow, law, caller, directory):
    """Sell transferred securities (Art. 13.5(b)) by the litigants' agreement or, without one,
    by matching orders at the reference price; meets the officer's 02-working-day deadline."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    transfer = _order_of_case(uow, case, data["transfer_order_id"], "securities_transfer",
                              OrderStatus.TRANSFERRED, "transfer_order_id")
    method = rules.sale_method(data["agreement_reached"], data["automatic"])
    if method == rules.AGREED and data.get("agreed_price") is None:
        raise ValidationError("a sale by agreement needs the agreed price",
                              {"agreed_price": ["required when the litigants agreed"]})
    today = today_in_vietnam()
    body = {"securities": _reported(transfer), "transfer_order_id": transfer.id,
            "method": method, "proceeds_account": data["proceeds_account"]}
    if method == rules.AGREED:
        body["agreed_price"] = data["agreed_price"]
    order = send_order(uow, law, directory, case=case, kind="securities_sale",
                       institution=transfer.institution,
                       decision=measures.wire_decision(data["decision"]),
                       measure_id=transfer.measure_id, today=today, body=body)
    uow.deadlines.meet(rules.SALE_AFTER_TRANSFER, subject_of(transfer), on=today)
    return order


def order_ownership_transfer(data, uow, law, caller, directory):
    """Art. 13.6: unlisted securities frozen at VSDC, distrained (``decide_seizure``), valued
    and sold at auction like any seized property (Art. 25-27); once the buyer paid in full the
    authority asks VSDC in writing to transfer their ownership to the buyer - the securities
    VSDC reported freezing. Returns the order."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    freeze = _order_of_case(uow, case, data["freeze_order_id"], "securities_freeze",
                            OrderStatus.FROZEN, "freeze_order_id")
    auction = auction_of(uow, data["auction_id"], caller)
    if auction.case_id != case.case_id:
        raise NotFound(f"no auction {auction.id!r} in case {case.case_id}",
                       {"auction_id": auction.id})
    item = uow.session.get(PropertyItem, auction.property_id)
    reasons = rules.ownership_transfer_refusals(item.kind, auction.status)
    if reasons:
        raise Conflict("; ".join(r["text"] for r in reasons) + f" ({rules.ART_13_6})",
                       {"reasons": [r["code"] for r in reasons]})
    # A bidder's name stays with the auction organisation; a co-owner buyer is recorded here.
    if auction.buyer and data["buyer"]["name"] != auction.buyer:
        raise ValidationError("the securities go to the buyer of the auction",
                              {"buyer": {"name": ["not the auction's buyer"]}})
    buyer = {**data["buyer"], "id_issued_on": data["buyer"]["id_issued_on"].isoformat()}
    order = send_order(uow, law, directory, case=case, kind="securities_ownership_transfer",
                       institution=freeze.institution,
                       decision=measures.wire_decision(data["decision"]),
                       measure_id=freeze.measure_id,
                       body={"holder": freeze.message["holder"],
                             "securities": _reported(freeze), "freeze_order_id": freeze.id,
                             "auction_id": auction.id, "buyer": buyer,
                             "buyer_account": data["buyer_account"]})
    uow.audit("securities.ownership_transfer_ordered", subject_type="auction",
              subject_id=auction.id, legal_basis=rules.OWNERSHIP_TRANSFER_ORDERED,
              details={"order_id": order.id, "property_id": item.id})
    return order


def distrain_shares(data, uow, law, caller):
    """Distrain shares, stakes or securities not sold through VSDC (Art. 13.6, 13.7): the route
    follows from listing and registration; for Art. 13.7 the enterprise is notified in writing
    (event ``enterprise.notified``) so that ownership is not transferred meanwhile. Listed,
    sellable securities go through VSDC instead (``order_securities_freeze``). Judged for
    proportionality (Art. 13.1); valuation and auction follow (issue 14)."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    route, article, steps = rules.distraint_route(data["listed"], data["registered_at_vsdc"],
                                                  data["sellable_on_exchange"])
    if route == rules.LISTED:
        raise ValidationError("listed securities that can be sold are frozen at VSDC "
                              f"({rules.ART_13_5_B})", {"listed": ["use the VSDC route"]})
    fit = measure_rules.proportionate(data["estimated_value"], data["obligation_amount"],
                                      data["costs_amount"], data.get("exception"))
    reasons = [] if fit.allowed else [{"code": measure_rules.DISPROPORTIONATE,
                                       "text": fit.explanation,
                                       "article": measure_rules.ART_13_1}]
    measure = measures.record_measure(
        uow, case, caller, kind="share_distraint", decision=data["decision"],
        obligation=data["obligation_amount"], costs=data["costs_amount"],
        targeted=data["estimated_value"], status=measures.REFUSED if reasons else
        measures.DECIDED, explanation=f"{fit.explanation}; {steps} ({article})",
        exception=fit.exception, reasons=reasons, legal_basis=article)
    if not reasons and route == rules.OUTSIDE_VSDC:
        uow.emit("enterprise.notified",
                 {"measure_id": measure.id, "enterprise_name": data["enterprise"]["name"],
                  "enterprise_address": data["enterprise"]["address"],
                  "holding": data["holding"], "notified_on": data["decision"]["issued_on"]},
                 authority=case.authority, case_id=case.case_id)
        uow.audit("enterprise.notified", subject_type=measures.MEASURE, subject_id=measure.id,
                  legal_basis=rules.ENTERPRISE_NOTICE,
                  details={"case_id": case.case_id, "enterprise": data["enterprise"]["name"]})
    return measure
