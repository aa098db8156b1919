"""Support instruments (Decree 62/2015 Art. 74-77): a Department's plan and the General
Director's allocation (Art. 75.1), register those provided to an authority under it,
deliver them to enforcement officers before duty with a delivery note and take them back,
inspect and classify them, and liquidate or destroy the unrepairable ones of a province. A
delivery or disposal the rules refuse is recorded with its reasons, announced and audited.
"""
from sqlalchemy import func, select

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from services.personnel.handlers.authorities import chain_above
from services.personnel.handlers.staff import (administered_authority, holdings_of,
                                               visible_officer)
from services.personnel.models import (Authority, InstrumentMovement, InstrumentPlan,
                                       SupportInstrument)
from services.personnel.rules import careers
from services.personnel.rules import instruments as rules
from services.personnel.rules import lifecycle
from services.personnel.rules.lifecycle import DecisionOutcome, InstrumentStatus


def instrument_result(session, row):
    moves = session.scalars(select(InstrumentMovement)
                            .where(InstrumentMovement.instrument_id == row.id)
                            .order_by(InstrumentMovement.id)).all()
    return {"id": row.id, "authority_id": row.authority_id, "kind": row.kind,
            "status": row.status, "condition": row.condition, "holder_id": row.holder_id,
            "allocation_decision": row.allocation_decision,
            "movements": [{"id": m.id, "action": m.action, "outcome": m.outcome,
                           "officer_id": m.officer_id, "on": m.on,
                           "document_number": m.document_number, "condition": m.condition,
                           "reasons": list(m.reasons)} for m in moves]}


def _move(uow, caller, row, action, on, document_number, reasons=(), officer_id=None,
          article=rules.INSTRUMENT_BASIS):
    """Record what happened to ``row`` (or was refused, with ``reasons``); announce
    ``instrument.moved``; audit."""
    outcome = DecisionOutcome.REFUSED if reasons else DecisionOutcome.DECIDED
    move = InstrumentMovement(instrument_id=row.id, action=action, outcome=str(outcome),
                              officer_id=officer_id, on=on, document_number=document_number,
                              condition=row.condition, reasons=list(reasons),
                              recorded_by=caller.identity.user)
    uow.session.add(move)
    uow.session.flush()
    uow.emit("instrument.moved", {
        "movement_id": move.id, "instrument_id": row.id, "authority_id": row.authority_id,
        "kind": row.kind, "action": action, "outcome": move.outcome, "officer_id": officer_id,
        "on": on, "document_number": document_number, "condition": row.condition,
        "status": row.status, "reasons": move.reasons}, authority=row.authority_id)
    uow.audit(f"instrument.{action}", subject_type="support_instrument", subject_id=row.id,
              legal_basis=article,
              details={"movement_id": move.id, "outcome": move.outcome,
                       "reasons": move.reasons, "officer_id": officer_id})
    return move


def _instrument(session, caller, instrument_id):
    row = session.get(SupportInstrument, instrument_id, with_for_update=True)
    if row is None:
        raise NotFound(f"no instrument {instrument_id!r}", {"instrument_id": instrument_id})
    administered_authority(session, caller, row.authority_id)
    return row


def _transition(row, target):
    transition = lifecycle.check_instrument_transition(row.status, target,
                                                       f"instrument {row.id}")
    row.status = str(transition.target)
    return transition.article


def plan_result(row):
    return {"id": row.id, "authority_id": row.authority_id, "submitted_on": row.submitted_on,
            "requested": dict(row.requested), "status": row.status,
            "decision_number": row.decision_number, "decided_on": row.decided_on,
            "allocated": row.allocated and dict(row.allocated)}


def submit_instrument_plan(data, uow, law, caller):
    """A provincial Department's plan of support instruments for its officers, submitted to the
    General Director (Decree 62/2015 Art. 75.1). Announce ``instrument_plan.submitted``;
    audit."""
    session = uow.session
    department = administered_authority(session, caller, data["authority_id"])
    problems = rules.plan_submitter_reasons(department.level)
    if problems:
        raise ValidationError("not a Department", {"authority_id": problems})
    if session.get(InstrumentPlan, data["id"]) is not None:
        raise Conflict(f"plan {data['id']} is already submitted", {"id": data["id"]})
    transition = lifecycle.check_instrument_plan_transition(
        None, lifecycle.InstrumentPlanStatus.SUBMITTED)
    row = InstrumentPlan(**data, status=str(transition.target),
                         submitted_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("instrument_plan.submitted", {
        "plan_id": row.id, "authority_id": row.authority_id, "submitted_on": row.submitted_on,
        "requested": row.requested}, authority=department.id)
    uow.audit("instrument_plan.submitted", subject_type="instrument_plan", subject_id=row.id,
              legal_basis=transition.article, details={"requested": row.requested})
    return plan_result(row)


def decide_instrument_plan(data, uow, law, caller):
    """The General Director decides the quantity of each type of instrument provided under a
    plan (Decree 62/2015 Art. 75.1): ``PermissionDenied`` unless the caller acts for the General
    Department; a plan is decided once. Announce ``instrument_plan.decided``; audit."""
    session = uow.session
    decider = administered_authority(session, caller, data["decided_by_authority_id"],
                                     "decided_by_authority_id")
    problems = rules.allocation_decider_reasons(decider.level)
    if problems:
        raise PermissionDenied(problems[0], {"authority": decider.id})
    row = session.get(InstrumentPlan, data["plan_id"], with_for_update=True)
    if row is None:
        raise NotFound(f"no plan {data['plan_id']!r}", {"plan_id": data["plan_id"]})
    if data["decided_on"] < row.submitted_on:
        raise ValidationError("decided before it was submitted", {"decided_on": [
            f"the plan was submitted on {row.submitted_on.isoformat()}"]})
    transition = lifecycle.check_instrument_plan_transition(
        row.status, lifecycle.InstrumentPlanStatus.DECIDED, f"plan {row.id}")
    if session.scalar(select(InstrumentPlan.id).where(
            InstrumentPlan.decision_number == data["decision_number"])) is not None:
        raise Conflict(f"decision {data['decision_number']} is another plan's",
                       {"decision_number": data["decision_number"]})
    row.status, row.decision_number = str(transition.target), data["decision_number"]
    row.decided_on, row.allocated = data["decided_on"], data["allocated"]
    row.decided_by = caller.identity.user
    uow.emit("instrument_plan.decided", {
        "plan_id": row.id, "authority_id": row.authority_id,
        "decision_number": row.decision_number, "decided_on": row.decided_on,
        "requested": row.requested, "allocated": row.allocated}, authority=row.authority_id)
    uow.audit("instrument_plan.decided", subject_type="instrument_plan", subject_id=row.id,
              legal_basis=transition.article,
              details={"requested": row.requested, "allocated": row.allocated,
                       "decision_number": row.decision_number})
    return plan_result(row)


def _allocation(session, authority, decision_number, kind):
    """The decided plan of ``authority``'s province under ``decision_number``, if one more
    ``kind`` fits in it (Decree 62/2015 Art. 75.1); a ``ValidationError`` on
    ``allocation_decision`` otherwise."""
    province = careers.province_of(
        [(a.id, a.level) for a in [authority, *chain_above(session, authority)]])
    plan = session.scalar(select(InstrumentPlan).where(
        InstrumentPlan.decision_number == decision_number).with_for_update())
    if plan is None or plan.authority_id != province:
        raise ValidationError("no such allocation for the province", {"allocation_decision": [
            f"no decided plan of {province} under {decision_number!r} (Decree 62/2015 Art. "
            "75.1)"]})
    registered = session.scalar(select(func.count()).select_from(SupportInstrument).where(
        SupportInstrument.allocation_decision == decision_number,
        SupportInstrument.kind == kind))
    problems = rules.allocation_reasons(kind, plan.allocated, registered)
    if problems:
        raise ValidationError("beyond the allocation", {"allocation_decision": problems})
    return plan


def register_instrument(data, uow, law, caller):
    """An instrument provided to an enforcement authority under the General Director's
    allocation to its province (Decree 62/2015 Art. 74.2, 75.1), in its store: only within the
    quantity of its type the decision gives."""
    session = uow.session
    authority = administered_authority(session, caller, data["authority_id"])
    problems = rules.registration_reasons(authority.level)
    if problems:
        raise ValidationError("not an authority that holds instruments",
                              {"authority_id": problems})
    if session.get(SupportInstrument, data["id"]) is not None:
        raise Conflict(f"instrument {data['id']} is already registered", {"id": data["id"]})
    _allocation(session, authority, data["allocation_decision"], data["kind"])
    row = SupportInstrument(id=data["id"], authority_id=authority.id, kind=data["kind"],
                            allocation_decision=data["allocation_decision"])
    article = _transition(row, InstrumentStatus.IN_STORE)
    session.add(row)
    session.flush()
    _move(uow, caller, row, "registered", data["on"], data["allocation_decision"],
          article=article)
    return instrument_result(session, row)


def deliver_instrument(data, uow, law, caller):
    """Deliver an instrument to an enforcement officer of its authority before duty, with the
    delivery note (Decree 62/2015 Art. 74.1, 75.2); refused with reasons otherwise."""
    session = uow.session
    row = _instrument(session, caller, data["instrument_id"])
    officer = visible_officer(session, caller, data["officer_id"])
    holdings = holdings_of(session, officer.id)
    reasons = rules.delivery_refusal_reasons(
        holdings, row.authority_id, data["on"],
        officer.status == lifecycle.OfficerStatus.SUSPENDED, row.status, row.condition)
    article = rules.INSTRUMENT_BASIS
    if not reasons:
        article = _transition(row, InstrumentStatus.DELIVERED)
        row.holder_id = officer.id
    _move(uow, caller, row, "delivered", data["on"], data["delivery_note"], reasons,
          officer.id, article)
    return instrument_result(session, row)


def return_instrument(data, uow, law, caller):
    """An instrument returned to the store after duty (Decree 62/2015 Art. 75.2, 76.1)."""
    session = uow.session
    row = _instrument(session, caller, data["instrument_id"])
    holder = row.holder_id
    article = _transition(row, InstrumentStatus.IN_STORE)
    row.holder_id = None
    _move(uow, caller, row, "returned", data["on"], data["delivery_note"], (), holder, article)
    return instrument_result(session, row)


def inspect_instrument(data, uow, law, caller):
    """An instrument inspected and classified by quality (Decree 62/2015 Art. 77.1)."""
    session = uow.session
    row = _instrument(session, caller, data["instrument_id"])
    row.condition = data["condition"]
    _move(uow, caller, row, "inspected", data["on"], data["report_number"],
          article="Decree 62/2015 Art. 77.1")
    return instrument_result(session, row)


def dispose_instruments(data, uow, law, caller):
    """Liquidate or destroy the unrepairable instruments of the authorities of a province on
    the competent authority's decision (Decree 62/2015 Art. 77.1-77.2): the whole list is
    refused with reasons when one is not unrepairable, not in store or not of the province."""
    session = uow.session
    department = administered_authority(session, caller, data["authority_id"])
    if department.level != "provincial":
        raise ValidationError("the list is the Department's", {"authority_id": [
            f"{department.id} is {department.level}, not provincial (Decree 62/2015 Art. "
            "77.1)"]})
    province = {department.id, *session.scalars(
        select(Authority.id).where(Authority.parent_id == department.id))}
    rows = []
    for instrument_id in data["instrument_ids"]:
        row = session.get(SupportInstrument, instrument_id, with_for_update=True)
        if row is None:
            raise NotFound(f"no instrument {instrument_id!r}", {"instrument_id": instrument_id})
        rows.append(row)
    reasons = rules.disposal_refusal_reasons(
        [{"id": r.id, "authority_id": r.authority_id, "status": r.status,
          "condition": r.condition} for r in rows], province)
    target = (InstrumentStatus.LIQUIDATED if data["action"] == "liquidate"
              else InstrumentStatus.DESTROYED)
    for row in rows:
        article = rules.INSTRUMENT_BASIS if reasons else _transition(row, target)
        _move(uow, caller, row, str(target), data["on"], data["decision_number"], reasons,
              article=article)
    return {"authority_id": department.id, "action": data["action"],
            "outcome": str(DecisionOutcome.REFUSED if reasons else DecisionOutcome.DECIDED),
            "reasons": reasons, "instruments": [instrument_result(session, r) for r in rows]}


def get_instrument(instrument_id, uow, law, caller):
    """An instrument with everything that happened to it."""
    session = uow.session
    row = session.get(SupportInstrument, instrument_id)
    if row is None:
        raise NotFound(f"no instrument {instrument_id!r}", {"instrument_id": instrument_id})
    administered_authority(session, caller, row.authority_id)
    return instrument_result(session, row)
