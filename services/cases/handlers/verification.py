"""Verification of the debtor's conditions, the lacking-conditions decision and the resumption
(Decree 62/2015 Art. 9, 11; Law Art. 44, 44a).

``record_verification`` keeps the officer's verification record; a finding that the debtor lacks
conditions (on a case whose enforcement decision was issued) owes the lacking-conditions decision
within 5 working days (``rules.LACKING_CONDITIONS_DECISION``). ``decide_lacking_conditions`` meets
it, moves the case to ``lacking_conditions`` and emits ``lacking_conditions.decided`` with only
what Art. 11.1 lets the register show; ``disclosure`` publishes the debtor. ``resume_enforcement``
needs a verification since that decision that found conditions, moves the case back and emits
``enforcement.resumed``; ``disclosure`` removes the debtor (Art. 11.3).
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import LackingConditionsDecision, ResumptionDecision, VerificationRecord
from services.cases.rules import lifecycle
from services.cases.rules import verification as rules
from services.cases.rules.lifecycle import CaseStatus

VERIFICATION = "verification_record"


def _subject(case, verification_id):
    return Subject(VERIFICATION, verification_id, case.authority, case.id)


def _verifications(uow, case):
    return uow.session.scalars(
        select(VerificationRecord).filter_by(case_id=case.id)
        .order_by(VerificationRecord.recorded_at, VerificationRecord.id)).all()


def _with_status(record, case):
    return {**{c.name: getattr(record, c.name) for c in record.__table__.c},
            "case_status": case.status}


def record_verification(data, uow, law, caller):
    """The enforcement officer records the verification of the debtor's conditions (Art. 9.1).
    Returns the record, with ``decision_due_on`` when it owes the lacking-conditions decision."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if not lifecycle.is_verifiable(case.status):
        raise Conflict(f"case {case.id} is {case.status}; {lifecycle.VERIFIABLE_RULE}",
                       {"status": case.status})
    if rules.verification_precedes_decision(data["verified_on"], case.decision.issued_on):
        raise ValidationError("a verification cannot precede the enforcement decision",
                              {"verified_on": ["before the enforcement decision was issued"]})
    record = VerificationRecord(
        id=str(uuid.uuid4()), case_id=case.id, verified_on=data["verified_on"],
        finding=data["finding"], note=data["note"], recorded_by=identity.user)
    if (rules.verification_owes_decision(record.finding)
            and case.status == CaseStatus.DECISION_ISSUED):
        record.decision_due_on = uow.deadlines.owe(
            rules.LACKING_CONDITIONS_DECISION, _subject(case, record.id),
            starts_on=record.verified_on).due_on
    uow.session.add(record)
    uow.emit("verification.recorded",
             {"verification_id": record.id, "verified_on": record.verified_on,
              "finding": record.finding, "decision_due_on": record.decision_due_on},
             authority=case.authority, case_id=case.id)
    uow.audit("verification.recorded", subject_type=VERIFICATION, subject_id=record.id,
              legal_basis=rules.VERIFICATION_RECORDED,
              details={"case_id": case.id, "finding": record.finding,
                       "decision_due_on": (record.decision_due_on.isoformat()
                                           if record.decision_due_on else None)})
    return _with_status(record, case)


def _debtor(data, case):
    debtors = rules.debtors_of(case.judgment.obligations, case.obligation_ids)
    chosen = data.get("debtor_party_id")
    if chosen is None and len(debtors) > 1:
        raise ValidationError("the case's items have several debtors: name one",
                              {"debtor_party_id": [f"one of {', '.join(debtors)}"]})
    chosen = chosen or debtors[0]
    if chosen not in debtors:
        raise ValidationError("not a debtor of the case's items",
                              {"debtor_party_id": [f"one of {', '.join(debtors)}"]})
    return next(p for p in case.judgment.parties if p.party_id == chosen)


def decide_lacking_conditions(data, uow, law, caller):
    """The head of the authority decides that the debtor lacks conditions (Art. 9.4; Law Art.
    44a): recorded with its number and day, the decision deadline met, the case moved to
    ``lacking_conditions``, ``lacking_conditions.decided`` emitted for the register."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    target = lifecycle.check_transition(case.status, CaseStatus.LACKING_CONDITIONS,
                                        f"case {case.id}").target
    verifications = _verifications(uow, case)
    basis = rules.finding_for_lacking_conditions(verifications)
    if basis is None:
        raise Conflict(f"case {case.id} has no verification finding that the debtor lacks "
                       f"conditions as its latest ({rules.LACKING_CONDITIONS_DECIDED})",
                       {"status": case.status})
    on = data["decided_on"]
    if on < basis.verified_on:
        raise ValidationError("a decision cannot precede its verification",
                              {"decided_on": ["before the verification it rests on"]})
    party = _debtor(data, case)
    met = None
    for each in verifications:  # the decision answers every finding still owed
        if rules.verification_owes_decision(each.finding):
            met = uow.deadlines.meet(rules.LACKING_CONDITIONS_DECISION,
                                     _subject(case, each.id), on=on) or met
    own = uow.deadlines.latest(rules.LACKING_CONDITIONS_DECISION, _subject(case, basis.id))
    deadline = own or met
    computations = {"decision_deadline": deadline_record(deadline)}
    decision = LackingConditionsDecision(
        id=str(uuid.uuid4()), case_id=case.id, verification_id=basis.id,
        number=data["number"], decided_on=on, decided_by=identity.user,
        debtor_party_id=party.party_id, legal_basis=rules.LACKING_CONDITIONS_DECIDED,
        computations=computations,
        parameters_used=(list(deadline.parameters_used) if deadline else [])
        + rule_set_used(law, on))
    uow.session.add(decision)
    case.status = target
    obligation = rules.unmet_obligation(case.judgment.obligations, case.obligation_ids,
                                        party.party_id)
    uow.emit("lacking_conditions.decided",
             {"decision_id": decision.id, "decision_number": decision.number,
              "decided_on": on,
              "debtor": {"party_id": party.party_id, "name": party.name,
                         "address": party.address},
              "obligation": obligation},
             authority=case.authority, case_id=case.id)
    uow.audit("lacking_conditions.decided", subject_type="lacking_conditions_decision",
              subject_id=decision.id, legal_basis=rules.LACKING_CONDITIONS_DECIDED,
              details={"case_id": case.id, "verification_id": basis.id,
                       "debtor_party_id": party.party_id})
    return _with_status(decision, case)


def resume_enforcement(data, uow, law, caller):
    """The head of the authority resumes enforcement (Art. 9.4, third paragraph; 9.6): needs a
    verification since the lacking-conditions decision that found conditions; the case returns
    to the status the lifecycle leads to, ``enforcement.resumed`` is emitted (Art. 11.3)."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    target = lifecycle.check_transition(case.status, lifecycle.RESUMED,
                                        f"case {case.id}").target
    lacking = uow.session.scalars(
        select(LackingConditionsDecision)
        .filter_by(case_id=case.id, resumed_by=None)
        .order_by(LackingConditionsDecision.decided_on.desc()).with_for_update()).first()
    found = rules.conditions_found_since(_verifications(uow, case), lacking.decided_on)
    if found is None:
        raise Conflict(f"case {case.id} has no verification since the lacking-conditions "
                       f"decision finding that the debtor has conditions "
                       f"({rules.ENFORCEMENT_RESUMED})", {"status": case.status})
    on = data["decided_on"]
    if on < found.verified_on:
        raise ValidationError("a resumption cannot precede the verification it rests on",
                              {"decided_on": ["before the verification that found conditions"]})
    resumption = ResumptionDecision(
        id=str(uuid.uuid4()), case_id=case.id, lacking_conditions_decision_id=lacking.id,
        verification_id=found.id, number=data["number"], decided_on=on,
        decided_by=identity.user, new_conditions=data["new_conditions"],
        legal_basis=rules.ENFORCEMENT_RESUMED)
    uow.session.add(resumption)
    lacking.resumed_by = resumption.id
    case.status = target
    uow.emit("enforcement.resumed",
             {"decision_id": resumption.id, "decided_on": on,
              "debtor_party_id": lacking.debtor_party_id},
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement.resumed", subject_type="resumption_decision",
              subject_id=resumption.id, legal_basis=rules.ENFORCEMENT_RESUMED,
              details={"case_id": case.id, "lacking_conditions_decision_id": lacking.id,
                       "verification_id": found.id})
    return _with_status(resumption, case)
