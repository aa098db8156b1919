"""Freezing and garnishing the debtor's accounts at banks and the State Treasury (Decree 62/2015
Art. 13.1, 20, 21): the measure is judged, recorded, and carried out by signed orders."""
from sqlalchemy import select

from shared.errors import ValidationError

from services.property.handlers import measures
from services.property.handlers.cases import case_of
from services.property.handlers.orders import send_order
from services.property.models import InstitutionOrder
from services.property.rules import accounts as rules
from services.property.rules import coercion
from services.property.rules import measures as measure_rules
from services.property.rules.lifecycle import OrderStatus


def _reasons(reasons):
    return [{"code": r.code, "text": r.text, "article": r.article} for r in reasons]


def order_account_freeze(data, uow, law, caller, directory):
    """Freeze the debtor's accounts for the amounts given (Art. 20.1), if the total fits the
    obligation and costs or an exception of Art. 13.1 is explained; one signed order per account.
    Returns ``(measure, orders)``; a disproportionate freeze is recorded as refused."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    for i, account in enumerate(data["accounts"]):
        directory.institution(account["institution"], f"accounts.{i}.institution")
    targeted = sum(a["amount"] for a in data["accounts"])
    verdict = measure_rules.proportionate(targeted, data["obligation_amount"],
                                          data["costs_amount"], data.get("exception"))
    common = dict(kind="account_freeze", decision=data["decision"],
                  obligation=data["obligation_amount"], costs=data["costs_amount"],
                  targeted=targeted, explanation=verdict.explanation,
                  exception=verdict.exception)
    if not verdict.allowed:
        return measures.record_measure(
            uow, case, caller, status=measures.REFUSED, legal_basis=measure_rules.ART_13_1,
            reasons=[{"code": measure_rules.DISPROPORTIONATE, "text": verdict.explanation,
                      "article": measure_rules.ART_13_1}], **common), []
    measure = measures.record_measure(uow, case, caller, status=measures.DECIDED,
                                      legal_basis=rules.FREEZE_DECIDED, **common)
    decision = measures.wire_decision(data["decision"])
    orders = [send_order(uow, law, directory, case=case, kind="account_freeze",
                         institution=account["institution"], decision=decision,
                         measure_id=measure.id, amount=account["amount"],
                         body={"holder": data["holder"],
                               "account_number": account["account_number"],
                               "amount": account["amount"]})
              for account in data["accounts"]]
    return measure, orders


def frozen_money(uow, case_id):
    """``[Available]`` of the case: what banks froze and no garnishment has taken yet."""
    freezes = uow.session.scalars(
        select(InstitutionOrder).where(InstitutionOrder.case_id == case_id,
                                       InstitutionOrder.kind == "account_freeze",
                                       InstitutionOrder.status == OrderStatus.FROZEN)
        .order_by(InstitutionOrder.created_at)).all()
    taken = {}
    for garnish in uow.session.scalars(
            select(InstitutionOrder).where(InstitutionOrder.case_id == case_id,
                                           InstitutionOrder.kind == "account_garnishment",
                                           InstitutionOrder.status.in_(
                                               [OrderStatus.SENT, OrderStatus.GARNISHED]))):
        key = garnish.message.get("freeze_order_id")
        taken[key] = taken.get(key, 0) + int(garnish.answered_amount
                                             if garnish.answered_amount is not None
                                             else garnish.amount)
    return {f.id: f for f in freezes}, [
        rules.Available(f.id, int(f.answered_amount or 0) - taken.get(f.id, 0))
        for f in freezes]


def order_garnishment(data, uow, law, caller, directory):
    """Garnish frozen accounts (Art. 21): refused when its planned span falls in the no-coercion
    times (Law Art. 46; Art. 13.2) or nothing is frozen; else the accounts chosen by Art. 21.2
    each get an order with every content of Art. 21.1. Returns ``(measure, orders)``."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    if data["garnish_by"] < data["decision"]["issued_on"]:
        raise ValidationError("the time limit for garnishment (Art. 21.1(g)) precedes the "
                              "decision", {"garnish_by": ["before decision.issued_on"]})
    window = measure_rules.forcible_span_allowed(data["at"], data["minutes"], law,
                                                 data["traditional_days"])
    freezes, available = frozen_money(uow, case.case_id)
    plan = rules.garnishment_plan(available, data["obligation_amount"], data["costs_amount"])
    common = dict(kind="account_garnishment", decision=data["decision"],
                  obligation=data["obligation_amount"], costs=data["costs_amount"],
                  targeted=sum(amount for _, amount in plan),
                  parameters_used=window.parameters_used)
    if not window.allowed:
        return measures.record_measure(
            uow, case, caller, status=measures.REFUSED, legal_basis=coercion.DECREE_ART_13_2,
            reasons=_reasons(window.reasons),
            explanation="the planned span is within the times no forcible measure is taken",
            **common), []
    if not plan:
        return measures.record_measure(
            uow, case, caller, status=measures.REFUSED, legal_basis=rules.ART_21_2,
            reasons=[{"code": "nothing_frozen", "text": "no account of the case holds frozen "
                      "money not yet garnished", "article": rules.ART_21_2}],
            explanation="nothing to garnish", **common), []
    measure = measures.record_measure(
        uow, case, caller, status=measures.DECIDED, legal_basis=rules.GARNISHMENT_DECIDED,
        explanation=f"{common['targeted']} VND from {len(plan)} account(s), covering the "
                    f"obligation and costs and no more ({rules.ART_21_2})", **common)
    decision = measures.wire_decision(data["decision"])
    orders = []
    for freeze_id, amount in plan:
        freeze = freezes[freeze_id]
        garnishee = directory.institution(freeze.institution)
        orders.append(send_order(
            uow, law, directory, case=case, kind="account_garnishment",
            institution=freeze.institution, decision=decision, measure_id=measure.id,
            amount=amount, body={
                "holder": freeze.message["holder"],
                "account_number": freeze.message["account_number"],
                "garnishee": {"name": garnishee.name, "address": garnishee.address},
                "amount": amount, "receiving_account": data["receiving_account"],
                "garnish_by": data["garnish_by"].isoformat(), "freeze_order_id": freeze.id}))
    return measure, orders
