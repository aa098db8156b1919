"""Postponement, suspension, termination and continuation of enforcement (Law Art. 48-50;
Decree 62/2015 Art. 14).

Each decision rests on a ground that arose on a day: its 5-working-day limit is owed from that
day and met on the decision's day (lateness shows in the deadline metrics). The period from a
postponement or suspension to the day before its continuation is recorded on the decision, and
the prescriptive limit of later requests on the same judgment does not count it (Law Art. 30.2;
``periods_of_judgment``, used by ``handlers.requests``).
"""
import uuid
from datetime import timedelta

from sqlalchemy import select

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.handlers.certificate import TERMINATED_GROUND, record_closure
from services.cases.models import (
    EnforcementCase, PostponementSuspensionDecision, TerminationDecision)
from services.cases.rules import lifecycle
from services.cases.rules import suspension as rules
from services.cases.rules.lifecycle import CaseStatus

TARGET = {rules.POSTPONEMENT: CaseStatus.POSTPONED, rules.SUSPENSION: CaseStatus.SUSPENDED}
EVENT = {rules.POSTPONEMENT: "enforcement.postponed", rules.SUSPENSION: "enforcement.suspended"}


def _decided(limit, subject, ground_arose_on, decided_on, uow):
    """Owe ``limit`` from the ground's day and meet it on the decision's day (Law Art. 48.3,
    49, 50.2): the record of the deadline, as the decision keeps it."""
    if rules.decision_precedes_ground(decided_on, ground_arose_on):
        raise ValidationError("a decision cannot precede its ground",
                              {"decided_on": ["before ground_arose_on"]})
    uow.deadlines.owe(limit, subject, starts_on=ground_arose_on)
    return uow.deadlines.meet(limit, subject, on=decided_on)


def _as_dict(record, case):
    return {**{c.name: getattr(record, c.name) for c in record.__table__.c},
            "case_status": case.status}


def _end_periods(uow, case, on):
    """End the case's postponements and suspensions in force on ``on`` (their period stops the
    day before), when another decision supersedes them."""
    for stopped in uow.session.scalars(select(PostponementSuspensionDecision).filter_by(
            case_id=case.id, continued_on=None, partial=False)):
        stopped.continued_on = on


def stop_enforcement(data, uow, law, caller):
    """The head of the authority postpones (Law Art. 48; Decree Art. 14) or suspends (Law Art.
    49) enforcement on a ground of the Law. Decree Art. 14.2: a postponement for property before
    a court with other property declared is partial: the case goes on, that property is seized.
    """
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    kind, ground = data["kind"], data["ground"]
    wrong = rules.ground_error(kind, ground, data["personal_obligation"])
    if wrong:
        raise ValidationError(f"{kind}: {wrong}", {"ground": [wrong]})
    seize = rules.seizure_of_other_property(ground, data.get("other_property"))
    target = TARGET[kind]
    if seize is None:
        target = lifecycle.check_transition(case.status, target, f"case {case.id}").target
    elif case.status != CaseStatus.DECISION_ISSUED:
        raise Conflict(f"case {case.id} is {case.status}; a partial postponement (Decree Art. "
                       f"14.2) is of an enforcement under way", {"status": case.status})
    decision_id = str(uuid.uuid4())
    subject = Subject(f"{kind}_decision", decision_id, case.authority, case.id)
    met = _decided(rules.DECISION_LIMITS[kind], subject, data["ground_arose_on"],
                   data["decided_on"], uow)
    computations, used = {"decision_deadline": deadline_record(met)}, list(met.parameters_used)
    ends_by = None
    if kind == rules.POSTPONEMENT and ground == rules.PROTEST_REQUEST_GROUND:
        end = uow.deadlines.owe(rules.PROTEST_POSTPONEMENT_END, subject,
                                starts_on=data["decided_on"])
        ends_by = end.due_on
        computations["postponement_end"] = deadline_record(end)
        used += end.parameters_used
    used += rule_set_used(law, data["decided_on"])
    decision = PostponementSuspensionDecision(
        id=decision_id, case_id=case.id, judgment_id=case.judgment_id, kind=kind, ground=ground,
        reasons=data["reasons"], number=data["number"], ground_arose_on=data["ground_arose_on"],
        decided_on=data["decided_on"], decided_by=identity.user,
        legal_basis=f"{rules.BASIS[kind]} ({ground})", partial=seize is not None,
        other_property=seize, ends_by=ends_by, computations=computations, parameters_used=used)
    if seize is None:
        # a suspension supersedes a postponement in force: one period at a time is paused
        _end_periods(uow, case, data["decided_on"])
        case.status = target
    uow.session.add(decision)
    payload = {"decision_id": decision_id, "decision_number": decision.number,
               "decided_on": decision.decided_on, "ground": ground,
               "legal_basis": decision.legal_basis}
    if kind == rules.POSTPONEMENT:
        payload.update(partial=decision.partial, ends_by=ends_by)
    uow.emit(EVENT[kind], payload, authority=case.authority, case_id=case.id)
    uow.audit(EVENT[kind], subject_type=subject.type, subject_id=decision_id,
              legal_basis=decision.legal_basis,
              details={"case_id": case.id, "ground": ground, "partial": decision.partial})
    return _as_dict(decision, case)


def continue_enforcement(data, uow, law, caller):
    """The head of the authority decides that enforcement continues once the postponement's
    ground ended (Law Art. 48.4) or the suspension ended (Art. 49.3): within 5 working days of
    ``ground_ended_on``; the paused period is closed on the decision."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    stopped = uow.session.scalars(
        select(PostponementSuspensionDecision)
        .filter_by(case_id=case.id, continued_on=None, partial=False)
        .order_by(PostponementSuspensionDecision.decided_on.desc()).with_for_update()).first()
    target = lifecycle.check_transition(case.status, CaseStatus.DECISION_ISSUED,
                                        f"case {case.id}").target
    if stopped is None:  # the lifecycle allows it only from postponed or suspended
        raise Conflict(f"case {case.id} has no postponement or suspension in force",
                       {"status": case.status})
    on = data["decided_on"]
    if data["ground_ended_on"] < stopped.decided_on:
        raise ValidationError("the ground cannot end before the decision it founded",
                              {"ground_ended_on": ["before the postponement or suspension"]})
    subject = Subject(f"{stopped.kind}_decision", stopped.id, case.authority, case.id)
    met = _decided(rules.CONTINUATION_LIMITS[stopped.kind], subject, data["ground_ended_on"],
                   on, uow)
    computations = {"continuation_deadline": deadline_record(met)}
    end = uow.deadlines.meet(rules.PROTEST_POSTPONEMENT_END, subject, on=on)
    if end is not None:
        computations["postponement_end"] = deadline_record(end)
    stopped.continuation_number, stopped.ground_ended_on = data["number"], data["ground_ended_on"]
    stopped.continued_on, stopped.continued_by = on, identity.user
    stopped.continuation_computations = computations
    stopped.parameters_used = (list(stopped.parameters_used) + list(met.parameters_used)
                               + rule_set_used(law, on))
    case.status = target
    basis = rules.CONTINUATION_DECIDED[stopped.kind]
    uow.emit("enforcement.continued",
             {"decision_number": data["number"], "decided_on": on, "stopped_by": stopped.id,
              "kind": stopped.kind}, authority=case.authority, case_id=case.id)
    uow.audit("enforcement.continued", subject_type=subject.type, subject_id=stopped.id,
              legal_basis=basis, details={"case_id": case.id, "number": data["number"]})
    return _as_dict(stopped, case)


def terminate_enforcement(data, uow, law, caller):
    """The head of the authority terminates enforcement on a ground of Law Art. 50.1, within 5
    working days of the ground (Art. 50.2); the case is closed."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    wrong = rules.termination_ground_error(data["ground"])
    if wrong:
        raise ValidationError(f"termination: {wrong}", {"ground": [wrong]})
    target = lifecycle.check_transition(case.status, CaseStatus.TERMINATED,
                                        f"case {case.id}").target
    decision_id = str(uuid.uuid4())
    subject = Subject("termination_decision", decision_id, case.authority, case.id)
    met = _decided(rules.TERMINATION_DECISION, subject, data["ground_arose_on"],
                   data["decided_on"], uow)
    _end_periods(uow, case, data["decided_on"])  # they end with the case
    basis = f"{rules.TERMINATION_DECIDED} ({data['ground']})"
    decision = TerminationDecision(
        id=decision_id, case_id=case.id, ground=data["ground"], reasons=data["reasons"],
        number=data["number"], ground_arose_on=data["ground_arose_on"],
        decided_on=data["decided_on"], decided_by=identity.user, legal_basis=basis,
        computations={"decision_deadline": deadline_record(met)},
        parameters_used=list(met.parameters_used) + rule_set_used(law, data["decided_on"]))
    uow.session.add(decision)
    case.status = target
    uow.emit("enforcement.terminated",
             {"decision_id": decision_id, "decision_number": decision.number,
              "decided_on": decision.decided_on, "ground": decision.ground,
              "legal_basis": basis}, authority=case.authority, case_id=case.id)
    uow.audit("enforcement.terminated", subject_type=subject.type, subject_id=decision_id,
              legal_basis=basis, details={"case_id": case.id, "ground": decision.ground})
    # the closing counts in the statistics like a fulfilment does (issue 13, capability 8)
    record_closure(uow, case, TERMINATED_GROUND, decision.decided_on, identity.user, basis)
    return _as_dict(decision, case)


def periods_of_judgment(session, judgment_id, obligation_id):
    """Law Art. 30.2: the postponements and suspensions recorded on cases of the judgment that
    enforce ``obligation_id`` (whole ones: a partial postponement stops nothing), as
    ``rules.Period`` with the last day paused."""
    rows = session.execute(
        select(PostponementSuspensionDecision, EnforcementCase.obligation_ids)
        .join(EnforcementCase, EnforcementCase.id == PostponementSuspensionDecision.case_id)
        .where(PostponementSuspensionDecision.judgment_id == judgment_id,
               PostponementSuspensionDecision.partial.is_(False))
        .order_by(PostponementSuspensionDecision.decided_on))
    return [rules.Period(d.kind, d.number, d.decided_on,
                         None if d.continued_on is None else d.continued_on - timedelta(days=1))
            for d, obligation_ids in rows if obligation_id in obligation_ids]
