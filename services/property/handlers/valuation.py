"""Valuation and re-valuation of seized property (Decree 62/2015 Art. 17, 25, 26).

``request_revaluation`` decides a litigant's request: refused with the reasons of 17.1 (a row
and an event), or accepted with the valuation owed within 5 working days; ``record_valuation``
sets the value (meeting that deadline, and owing the written request for the difference);
``request_difference`` owes its payment within 30 days; ``settle_difference`` records it paid,
or decides the auction.
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.property.handlers.cases import case_of
from services.property.handlers.records import deadline_record, item_of, record_of
from services.property.models import (RevaluationRequest, Valuation, ValuationConsultation,
                                      ValuingBodyChoice)
from services.property.rules import valuation as rules

REQUEST = "revaluation_request"


def _subject(request):
    return Subject(REQUEST, request.id, request.authority, request.case_id)


def request_of(uow, request_id, caller):
    return record_of(uow, RevaluationRequest, request_id, caller, "request_id")


def request_revaluation(data, uow, law, caller):
    """A litigant asks to value the property again (Art. 17.1-17.2): refused with every reason
    17.1 gives, or accepted with the valuation owed within 5 working days. Returns the request."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    on = data["requested_on"]
    reasons, used = rules.revaluation_refusals(
        data["performed_voluntarily"], data["advance_paid"], data["value_at_judgment"],
        data["current_price"], law, on)
    request = RevaluationRequest(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, requested_by=data["requested_by"], requested_on=on,
        outcome="refused" if reasons else "accepted", reasons=reasons,
        legal_basis=rules.REVALUATION_REFUSED if reasons else rules.REVALUATION_ACCEPTED,
        parameters_used=list(used), decided_by=identity.user,
        computations={"value_at_judgment": data["value_at_judgment"],
                      "current_price": data["current_price"]})
    uow.session.add(request)
    if not reasons:
        owed = uow.deadlines.owe(rules.REVALUATION, _subject(request), starts_on=on)
        request.valuation_due_on = owed.due_on
        request.parameters_used = [*request.parameters_used, *owed.parameters_used]
        request.computations = {**request.computations, "revaluation": deadline_record(owed)}
    uow.emit("revaluation.decided",
             {"request_id": request.id, "property_id": item.id, "outcome": request.outcome,
              "requested_on": on, "valuation_due_on": request.valuation_due_on,
              "reasons": reasons}, authority=case.authority, case_id=case.case_id)
    uow.audit(f"revaluation.{request.outcome}", subject_type=REQUEST, subject_id=request.id,
              legal_basis=request.legal_basis,
              details={"property_id": item.id, "reasons": [r["code"] for r in reasons]})
    return request


def record_valuation(data, uow, law, caller):
    """The value set on seized property (Art. 25, 26; Law Art. 98), by the body the litigants
    agreed or the officer chose, or by the officer himself for little value (26.2); for a
    re-valuation (17.2) it meets the 5 working days and, when the value rose, owes the written
    request for the difference within 5 working days (17.3). Returns the valuation."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    on, value = data["valued_on"], data["value"]
    small, limit = rules.little_value(value, law, on)
    if data["chosen_by"] == "officer_little_value" and not small:
        raise ValidationError(f"the officer values only property of little value, at most "
                              f"{limit['value']} VND (Decree 62/2015 Art. 26.2)",
                              {"chosen_by": [f"{value} VND is not of little value"]})
    _check_chosen_by(uow, item, data)
    valuation = Valuation(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, valued_on=on, value=value, valuing_body=data["valuing_body"],
        chosen_by=data["chosen_by"], revaluation_request_id=data.get("revaluation_request_id"),
        legal_basis=rules.VALUATION_RECORDED, parameters_used=[limit],
        computations={"little_value": small}, recorded_by=identity.user)
    if valuation.revaluation_request_id:
        _revalued(uow, caller, valuation, item)
    if data.get("consultation_id"):
        _answered(uow, caller, data["consultation_id"], valuation, item)
    uow.session.add(valuation)
    item.estimated_value = value
    uow.emit("valuation.recorded",
             {"valuation_id": valuation.id, "property_id": item.id, "valued_on": on,
              "value": value, "chosen_by": valuation.chosen_by, "little_value": small,
              "revaluation_request_id": valuation.revaluation_request_id},
             authority=case.authority, case_id=case.case_id)
    uow.audit("valuation.recorded", subject_type="valuation", subject_id=valuation.id,
              legal_basis=rules.VALUATION_RECORDED,
              details={"property_id": item.id, "value": value, "chosen_by": valuation.chosen_by})
    return valuation


def _choices(uow, item):
    """The ``(step, outcome)`` of the choices of valuing body made for ``item``."""
    rows = uow.session.execute(select(ValuingBodyChoice.step, ValuingBodyChoice.outcome).where(
        ValuingBodyChoice.property_id == item.id).order_by(ValuingBodyChoice.created_at))
    return [(step, outcome) for step, outcome in rows]


def _check_chosen_by(uow, item, data):
    """A valuation by a body the officer chose rests on a contract of that step (Art. 26.1;
    Law Art. 98.3(a)); one by the finance authority records its consultation."""
    step = rules.STEP_OF_CHOSEN_BY.get(data["chosen_by"])
    if step and (step, rules.CONTRACTED) not in _choices(uow, item):
        raise Conflict(f"no valuing body was contracted at step {step} for item {item.id} "
                       f"({rules.VALUING_BODY_CHOSEN}): choose_valuing_body first",
                       {"chosen_by": data["chosen_by"]})
    if data["chosen_by"] == "finance_authority" and not data.get("consultation_id"):
        raise ValidationError("the finance authority's valuation records its consultation "
                              "(Decree 62/2015 Art. 26.1)",
                              {"consultation_id": ["required for the finance authority"]})


def choose_valuing_body(data, uow, law, caller):
    """One step of choosing who values the item (Art. 25.1, 26.1; Law Art. 98.3(a)), in order:
    the agreed body, a body in the province, one in another province, the finance authority. A
    step out of order is refused with its reasons (a row and an event); one in order records
    whether a contract was concluded. Returns the choice."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    earlier = _choices(uow, item)
    reasons = rules.valuing_body_order_refusals(data["step"], earlier)
    if reasons:
        outcome = rules.REFUSED
    elif data["step"] == rules.FINANCE_AUTHORITY:
        outcome = rules.CHOSEN
    else:
        outcome = rules.CONTRACTED if data["contract_concluded"] else rules.NO_CONTRACT
    choice = ValuingBodyChoice(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, step=data["step"], valuing_body=data["valuing_body"],
        province=data["province"], chosen_on=data["chosen_on"], outcome=outcome,
        reasons=reasons, legal_basis=rules.VALUING_BODY_REFUSED if reasons
        else rules.VALUING_BODY_CHOSEN,
        computations={"earlier": [{"step": s, "outcome": o} for s, o in earlier]},
        decided_by=identity.user)
    uow.session.add(choice)
    uow.emit("valuing_body.chosen",
             {"choice_id": choice.id, "property_id": item.id, "step": choice.step,
              "valuing_body": choice.valuing_body, "chosen_on": choice.chosen_on,
              "outcome": outcome, "reasons": reasons},
             authority=case.authority, case_id=case.case_id)
    uow.audit(f"valuing_body.{outcome}", subject_type="valuing_body_choice",
              subject_id=choice.id, legal_basis=choice.legal_basis,
              details={"property_id": item.id, "step": choice.step,
                       "reasons": [r["code"] for r in reasons]})
    return choice


def _revalued(uow, caller, valuation, item):
    request = request_of(uow, valuation.revaluation_request_id, caller)
    if request.outcome != "accepted" or request.property_id != item.id \
            or request.difference is not None:
        raise Conflict(f"revaluation request {request.id} is {request.outcome} for another "
                       f"item or already valued ({rules.REVALUATION.article})",
                       {"request_id": request.id})
    met = uow.deadlines.meet(rules.REVALUATION, _subject(request), on=valuation.valued_on)
    request.difference = rules.difference_owed(int(valuation.value),
                                               request.computations["value_at_judgment"])
    computed = {"revaluation": deadline_record(met), "difference": int(request.difference)}
    if request.difference:
        owed = uow.deadlines.owe(rules.DIFFERENCE_REQUEST, _subject(request),
                                 starts_on=valuation.valued_on)
        computed["difference_request"] = deadline_record(owed)
        request.parameters_used = [*request.parameters_used, *owed.parameters_used]
    request.computations = {**request.computations, **computed}
    valuation.computations = {**valuation.computations, **computed}


def request_difference(data, uow, law, caller):
    """Decree 62/2015 Art. 17.3: the written request to pay the difference, met within its 5
    working days, owes the payment within 30 days. Returns the request."""
    request = request_of(uow, data["request_id"], caller)
    caller.require_jurisdiction(request.authority)
    if not request.difference or request.difference_requested_on is not None:
        raise Conflict(f"revaluation request {request.id} owes no difference to request "
                       f"({rules.DIFFERENCE_SETTLED})", {"request_id": request.id})
    on = data["requested_on"]
    met = uow.deadlines.meet(rules.DIFFERENCE_REQUEST, _subject(request), on=on)
    owed = uow.deadlines.owe(rules.DIFFERENCE_PAYMENT, _subject(request), starts_on=on)
    request.difference_requested_on, request.difference_due_on = on, owed.due_on
    request.parameters_used = [*request.parameters_used, *owed.parameters_used]
    request.computations = {**request.computations, "difference_request": deadline_record(met),
                            "difference_payment": deadline_record(owed)}
    uow.emit("revaluation.difference_requested",
             {"request_id": request.id, "difference": int(request.difference),
              "requested_on": on, "due_on": owed.due_on},
             authority=request.authority, case_id=request.case_id)
    uow.audit("revaluation.difference_requested", subject_type=REQUEST, subject_id=request.id,
              legal_basis=rules.DIFFERENCE_SETTLED,
              details={"difference": int(request.difference), "due_on": owed.due_on.isoformat()})
    return request


def settle_difference(data, uow, law, caller):
    """Decree 62/2015 Art. 17.3: the difference paid within the 30 days (``paid_on``), or the
    decision to sell at auction once they passed unpaid (a payment after them is refused so).
    ``Conflict`` while the days still run and nothing was paid. Returns the request."""
    request = request_of(uow, data["request_id"], caller)
    caller.require_jurisdiction(request.authority)
    if request.difference_due_on is None or request.difference_outcome is not None:
        raise Conflict(f"revaluation request {request.id} has no difference awaiting payment",
                       {"request_id": request.id})
    on, paid_on = data["on"], data.get("paid_on")
    if paid_on is None and on <= request.difference_due_on:
        raise Conflict(f"the difference may be paid until {request.difference_due_on}",
                       {"due_on": request.difference_due_on.isoformat()})
    outcome = rules.difference_outcome(paid_on, request.difference_due_on)
    met = uow.deadlines.meet(rules.DIFFERENCE_PAYMENT, _subject(request), on=paid_on or on)
    request.difference_outcome, request.difference_settled_on = outcome, paid_on or on
    request.computations = {**request.computations, "difference_payment": deadline_record(met)}
    if outcome == "auction":
        request.reasons = [*request.reasons, {
            "code": "difference_not_paid_in_time",
            "text": f"the difference of {int(request.difference)} VND was not paid by "
                    f"{request.difference_due_on.isoformat()}: the property is sold at auction, "
                    "without late payment interest", "article": rules.DIFFERENCE_SETTLED}]
    uow.emit("revaluation.difference_settled",
             {"request_id": request.id, "outcome": outcome,
              "settled_on": request.difference_settled_on},
             authority=request.authority, case_id=request.case_id)
    uow.audit(f"revaluation.difference_{outcome}", subject_type=REQUEST, subject_id=request.id,
              legal_basis=rules.DIFFERENCE_SETTLED, details={"outcome": outcome})
    return request


CONSULTATION = "valuation_consultation"


def _consulted(uow, consultation, status, on, late=False):
    uow.emit("valuation_consultation.progressed",
             {"consultation_id": consultation.id, "property_id": consultation.property_id,
              "status": status, "on": on, "due_on": consultation.due_on, "late": late},
             authority=consultation.authority, case_id=consultation.case_id)


def _consultation_subject(consultation):
    return Subject(CONSULTATION, consultation.id, consultation.authority, consultation.case_id)


def request_consultation(data, uow, law, caller):
    """Decree 62/2015 Art. 26.1: no valuing body could be contracted, so the officer asks the
    finance authority (or the specialised agency) for its opinion, owed within 15 days of its
    receipt. Returns the consultation."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    if (rules.FINANCE_AUTHORITY, rules.CHOSEN) not in _choices(uow, item):
        raise Conflict(f"the finance authority is consulted only once no valuing body in "
                       f"another province could be contracted ({rules.CONSULTATION_REQUESTED}): "
                       "choose_valuing_body records the step, or its refusal",
                       {"property_id": item.id})
    consultation = ValuationConsultation(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, finance_authority=data["finance_authority"],
        received_on=data["received_on"], legal_basis=rules.CONSULTATION_REQUESTED,
        recorded_by=identity.user)
    owed = uow.deadlines.owe(rules.FINANCE_CONSULTATION, _consultation_subject(consultation),
                             starts_on=consultation.received_on)
    consultation.due_on, consultation.parameters_used = owed.due_on, list(owed.parameters_used)
    consultation.computations = {"finance_consultation": deadline_record(owed)}
    uow.session.add(consultation)
    _consulted(uow, consultation, "requested", consultation.received_on)
    uow.audit("valuation_consultation.requested", subject_type=CONSULTATION,
              subject_id=consultation.id, legal_basis=rules.CONSULTATION_REQUESTED,
              details={"due_on": owed.due_on.isoformat()})
    return consultation


def _answered(uow, caller, consultation_id, valuation, item):
    """The finance authority's opinion is the valuation: the 15 days met (late if after)."""
    consultation = record_of(uow, ValuationConsultation, consultation_id, caller,
                             "consultation_id")
    if consultation.property_id != item.id or consultation.answered_on is not None:
        raise Conflict(f"consultation {consultation.id} is for another item or answered",
                       {"consultation_id": consultation.id})
    met = uow.deadlines.meet(rules.FINANCE_CONSULTATION, _consultation_subject(consultation),
                             on=valuation.valued_on)
    consultation.answered_on = valuation.valued_on
    consultation.computations = {"finance_consultation": deadline_record(met)}
    valuation.computations = {**valuation.computations,
                              "finance_consultation": deadline_record(met)}
    _consulted(uow, consultation, "answered", valuation.valued_on, late=met.met_late)


def escalate_consultation(data, uow, law, caller):
    """Decree 62/2015 Art. 26.1 (second paragraph): no opinion within the 15 days: the head asks
    the People's Committee's chairperson. ``Conflict`` while the days run or once answered.
    Returns the consultation."""
    consultation = record_of(uow, ValuationConsultation, data["consultation_id"], caller,
                             "consultation_id")
    caller.require_jurisdiction(consultation.authority)
    on = data["escalated_on"]
    if consultation.escalated_on is not None or not rules.consultation_may_escalate(
            on, consultation.due_on, consultation.answered_on):
        raise Conflict(f"consultation {consultation.id} is answered, escalated, or its 15 days "
                       f"run until {consultation.due_on.isoformat()} "
                       f"({rules.CONSULTATION_ESCALATED})",
                       {"due_on": consultation.due_on.isoformat()})
    consultation.escalated_on = on
    _consulted(uow, consultation, "escalated", on, late=True)
    uow.audit("valuation_consultation.escalated", subject_type=CONSULTATION,
              subject_id=consultation.id, legal_basis=rules.CONSULTATION_ESCALATED,
              details={"due_on": consultation.due_on.isoformat()})
    return consultation
