"""Revoking a judgment enforcement decision, and issuing the new one with it (Law Art. 37;
Decree 62/2015 Art. 15.3)."""
import uuid

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import deadline_record, rule_set_used
from services.cases.handlers.decisions import decision_event
from services.cases.models import (
    DecisionRevocation, EnforcementCase, EnforcementDecision, RightsTransfer)
from services.cases.rules import lifecycle
from services.cases.rules import revocation as rules
from services.cases.rules.decisions import NOTIFY_DECISION


def _decision_of(uow, decision_id, caller):
    """The decision ``decision_id`` of the caller's authority, else ``NotFound`` (a decision of
    another authority is answered as one that does not exist)."""
    decision = uow.session.get(EnforcementDecision, decision_id, with_for_update=True)
    case = decision and uow.session.get(EnforcementCase, decision.case_id)
    if case is None or case.authority != caller.identity.authority:
        raise NotFound(f"no enforcement decision {decision_id!r}", {"decision_id": decision_id})
    return decision, case


def _check(data, decision, case, uow):
    if decision.revocation_id:
        raise Conflict(f"decision {decision.number} was already revoked",
                       {"decision_id": decision.id})
    errors = {}
    if rules.revocation_precedes_decision(data["revoked_on"], decision.issued_on):
        errors["revoked_on"] = ["before the decision was issued"]
    reissue = data.get("reissue")
    refused = rules.reissue_refused_because(data["ground"], reissue)
    if refused:
        errors["reissue"] = [refused]
    elif reissue and rules.reissue_precedes_revocation(reissue["issued_on"], data["revoked_on"]):
        errors["reissue"] = {"issued_on": ["before the revocation"]}
    if data["ground"] == rules.RIGHTS_TRANSFERRED:
        transfer = uow.session.get(RightsTransfer, data["rights_transfer_id"])
        why = rules.transfer_refused_because(transfer, case.id)
        if why:
            errors["rights_transfer_id"] = [why]
    if errors:
        raise ValidationError("the revocation cannot be recorded as given", errors)


def revoke_enforcement_decision(data, uow, law, caller):
    """The head of the authority revokes an issued decision on a ground of Law Art. 37 with its
    reasons, and (Decree Art. 15.3; required on a transfer, refused when the decision was issued
    without competence) issues the new decision with it. Every case the decision covered moves
    to ``decision_revoked`` (or back to ``decision_issued`` under the new decision); the
    revocation's notification and the new decision's are owed (Law Art. 39.1);
    ``enforcement_decision.revoked`` (and ``enforcement_decision.issued``) announced; audited."""
    decision, case = _decision_of(uow, data["decision_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    _check(data, decision, case, uow)
    covered = [uow.session.get(EnforcementCase, i, with_for_update=True)
               for i in decision.covered_case_ids or [case.id]]
    on, revocation_id = data["revoked_on"], str(uuid.uuid4())
    for each in covered:
        each.status = lifecycle.check_transition(
            each.status, lifecycle.CaseStatus.DECISION_REVOKED, f"case {each.id}").target
    legal_basis = rules.GROUNDS[data["ground"]]
    notify = uow.deadlines.owe(
        NOTIFY_DECISION, Subject("decision_revocation", revocation_id, case.authority, case.id),
        starts_on=on)
    decision.revocation_id = revocation_id
    reissued = data.get("reissue") and _reissue(data, decision, revocation_id, case, covered,
                                                uow, law, identity)
    revocation = DecisionRevocation(
        id=revocation_id, decision_id=decision.id, case_id=case.id, number=data["number"],
        revoked_on=on, decided_by=identity.user, ground=data["ground"], reasons=data["reasons"],
        legal_basis=legal_basis, rights_transfer_id=data.get("rights_transfer_id"),
        reissued_decision_id=reissued.id if reissued else None,
        covered_case_ids=[c.id for c in covered],
        computations={"notify_by": deadline_record(notify),
                      "revoked_decision": {"id": decision.id, "number": decision.number,
                                           "issued_on": decision.issued_on.isoformat()}},
        parameters_used=[*notify.parameters_used, *rule_set_used(law, on)])
    uow.session.add(revocation)
    uow.emit("enforcement_decision.revoked", {
        "revocation_id": revocation_id, "revocation_number": data["number"],
        "decision_id": decision.id, "decision_number": decision.number, "revoked_on": on,
        "ground": data["ground"], "legal_basis": legal_basis, "reasons": data["reasons"],
        "covered_case_ids": [c.id for c in covered], "notify_by": notify.due_on,
        "reissued_decision_id": reissued.id if reissued else None},
        authority=case.authority, case_id=case.id)
    uow.audit("enforcement_decision.revoked", subject_type="enforcement_decision",
              subject_id=decision.id, legal_basis=legal_basis,
              details={"revocation_id": revocation_id, "ground": data["ground"],
                       "reissued_decision_id": reissued.id if reissued else None})
    result = {name: getattr(revocation, name) for name in (
        "id", "decision_id", "case_id", "number", "revoked_on", "decided_by", "ground",
        "reasons", "legal_basis", "rights_transfer_id", "covered_case_ids", "computations",
        "parameters_used")}
    return {**result, "reissued_decision": reissued or None, "status": case.status}


def _reissue(data, decision, revocation_id, case, covered, uow, law, identity):
    """Decree Art. 15.3: the new decision for the same cases, replacing the revoked one."""
    wanted, new_id = data["reissue"], str(uuid.uuid4())
    notify = uow.deadlines.owe(
        NOTIFY_DECISION, Subject("enforcement_decision", new_id, case.authority, case.id),
        starts_on=wanted["issued_on"])
    for each in covered:
        each.status = lifecycle.check_transition(
            each.status, lifecycle.CaseStatus.DECISION_ISSUED, f"case {each.id}").target
        each.decision_id = new_id
    new = EnforcementDecision(
        id=new_id, case_id=case.id, number=wanted["number"], issued_on=wanted["issued_on"],
        issued_by=identity.user, basis=decision.basis, notify_by=notify.due_on,
        parameters_used=[*notify.parameters_used, *rule_set_used(law, wanted["issued_on"])],
        computations={"notify_by": deadline_record(notify),
                      "reissue_of": {"decision_id": decision.id, "revocation_id": revocation_id,
                                     "ground": data["ground"],
                                     "rights_transfer_id": data.get("rights_transfer_id")}},
        covered_case_ids=[c.id for c in covered], replaces_decision_id=decision.id)
    uow.session.add(new)
    uow.emit("enforcement_decision.issued", decision_event(case, new, covered),
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_decision.issued", subject_type="enforcement_decision",
              subject_id=new_id, legal_basis="Decree 62/2015 Art. 15.3; "
              + rules.GROUNDS[data["ground"]],
              details={"replaces_decision_id": decision.id})
    return new
