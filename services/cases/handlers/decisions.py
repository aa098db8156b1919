"""Judgment enforcement decisions on request (Law Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
import uuid

from shared.errors import ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, case_result, subject_of
from services.cases.models import EnforcementDecision
from services.cases.rules import decisions as rules
from services.cases.rules import lifecycle


def issue_enforcement_decision(data, uow, law, caller):
    """The head of the authority decides on a case's request: the decision is recorded, the
    decision deadline met, its notification owed, ``enforcement_decision.issued`` announced."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    status = lifecycle.check_transition(case.status, lifecycle.CaseStatus.DECISION_ISSUED,
                                        f"case {case.id}").target
    on = data["issued_on"]
    if rules.decision_precedes_request(on, case.request_received_on):
        raise ValidationError("a decision cannot precede the request",
                              {"issued_on": ["before the request was received"]})
    decision_id = str(uuid.uuid4())
    notify = uow.deadlines.owe(
        rules.NOTIFY_DECISION,
        Subject("enforcement_decision", decision_id, case.authority, case.id), starts_on=on)
    met = uow.deadlines.meet(rules.DECISION_ON_REQUEST, subject_of(case), on=on)
    case.decision = EnforcementDecision(
        id=decision_id, number=data["number"], issued_on=on, issued_by=identity.user,
        basis=rules.ON_REQUEST, notify_by=notify.due_on, parameters_used=notify.parameters_used)
    case.status = status
    uow.emit("enforcement_decision.issued", decision_event(case), authority=case.authority,
             case_id=case.id)
    uow.audit("enforcement_decision.issued", subject_type="enforcement_decision",
              subject_id=decision_id, legal_basis=rules.DECISION_ON_REQUEST.article)
    return case_result(case, met.due_on if met else None)


def decision_event(case):
    """The payload of ``enforcement_decision.issued``: the decision, its judgment, and the
    parties to notify with their roles (``rules.party_roles``)."""
    judgment, decision = case.judgment, case.decision
    roles = rules.party_roles(judgment.obligations, case.obligation_ids)
    parties = [{"party_id": p.party_id, "role": roles[p.party_id], "name": p.name,
                "address": p.address} for p in judgment.parties if p.party_id in roles]
    return {"decision_id": decision.id, "decision_number": decision.number,
            "basis": decision.basis, "issued_on": decision.issued_on,
            "judgment_id": judgment.id, "judgment_number": judgment.number,
            "court": judgment.court, "parties": parties, "notify_by": decision.notify_by}
