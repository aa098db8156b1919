"""Automatic judgment enforcement decisions (Law Art. 36.2; Decree 62/2015 Art. 6): the items a
judgment marks for enforcement by the State are decided without a request, grouped as Art. 6
says, each group opening its own case."""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import CASE, deadline_record, rule_set_used
from services.cases.handlers.decisions import decision_event
from services.cases.handlers.judgments import judgment_subject
from services.cases.models import EnforcementCase, EnforcementDecision, Judgment
from services.cases.rules import automatic as rules
from services.cases.rules import lifecycle
from services.cases.rules.decisions import NOTIFY_DECISION


def _decided_items(session, judgment_id):
    """The judgment's items already covered by an automatic decision."""
    cases = session.scalars(
        select(EnforcementCase).join(EnforcementDecision,
                                     EnforcementDecision.id == EnforcementCase.decision_id)
        .where(EnforcementCase.judgment_id == judgment_id,
               EnforcementDecision.basis == rules.AUTOMATIC))
    return {i for case in cases for i in case.obligation_ids}


def issue_automatic_decisions(data, uow, law, caller):
    """The head of the authority decides the judgment's automatic items not yet decided: one
    decision per group of ``rules.automatic_decision_groups`` (Decree Art. 6.1-6.2), each on a
    case of its own; the deadline owed at receipt (Law Art. 36.2) is met, each decision's
    notification owed (Law Art. 39.1), ``enforcement_case.opened`` and
    ``enforcement_decision.issued`` announced for each, everything audited."""
    session = uow.session
    judgment = session.get(Judgment, data["judgment_id"], with_for_update=True)
    if judgment is None or judgment.authority != caller.identity.authority:
        raise NotFound(f"no judgment {data['judgment_id']}", {"judgment_id": data["judgment_id"]})
    identity = caller.require_jurisdiction(judgment.authority)
    on, received_on = data["issued_on"], judgment.received_on or judgment.received_at.date()
    if rules.decision_precedes_receipt(on, received_on):
        raise ValidationError("a decision cannot precede the judgment's receipt",
                              {"issued_on": ["before the judgment was received"]})
    decided = _decided_items(session, judgment.id)
    pending = [o for o in judgment.obligations
               if rules.is_automatic(o) and o.obligation_id not in decided]
    if not pending:
        raise Conflict(f"judgment {judgment.number} has no automatic item left to decide",
                       {"judgment_id": judgment.id})
    groups = rules.automatic_decision_groups(pending)
    met = uow.deadlines.meet(rules.AUTOMATIC_DECISION, judgment_subject(judgment), on=on)
    if met is None:  # a judgment received before the limit was owed at receipt
        uow.deadlines.owe(rules.AUTOMATIC_DECISION, judgment_subject(judgment),
                          starts_on=received_on)
        met = uow.deadlines.meet(rules.AUTOMATIC_DECISION, judgment_subject(judgment), on=on)
    decisions = [_decide(group, index, len(groups), judgment, data, met, uow, law, identity)
                 for index, group in enumerate(groups, 1)]
    return {"judgment_id": judgment.id, "decision_due_on": met.due_on, "decisions": decisions}


def _decide(group, index, count, judgment, data, met, uow, law, identity):
    on = data["issued_on"]
    case_id, decision_id = str(uuid.uuid4()), str(uuid.uuid4())
    status = lifecycle.check_transition(None, lifecycle.CaseStatus.DECISION_ISSUED).target
    case = EnforcementCase(
        id=case_id, judgment_id=judgment.id, authority=judgment.authority, status=status,
        requester_party_id=None, obligation_ids=list(group.obligation_ids),
        request_received_on=met.starts_on,
        request_content=f"Automatic enforcement without a request ({group.legal_basis})",
        parameters_used=[], deductions=[], limit_computations=[], decision_id=decision_id)
    case.judgment = judgment
    uow.session.add(case)
    notify = uow.deadlines.owe(
        NOTIFY_DECISION, Subject("enforcement_decision", decision_id, judgment.authority,
                                 case_id), starts_on=on)
    items = [o for o in judgment.obligations if o.obligation_id in group.obligation_ids]
    decision = EnforcementDecision(
        id=decision_id, case_id=case_id,
        number=data["number"] if count == 1 else f"{data['number']}-{index}",
        issued_on=on, issued_by=identity.user, basis=rules.AUTOMATIC, notify_by=notify.due_on,
        parameters_used=[*met.parameters_used, *notify.parameters_used,
                         *rule_set_used(law, on)],
        computations={"automatic_decision": deadline_record(met),
                      "notify_by": deadline_record(notify), "grouping": group.as_record(),
                      "items": {o.obligation_id: {"automatic": o.automatic,
                                                  "article": rules.AUTOMATIC_ITEMS[o.automatic]}
                                for o in items}},
        covered_case_ids=[case_id])
    uow.session.add(decision)
    uow.emit("enforcement_case.opened", {"judgment_id": judgment.id, "opened_on": on},
             authority=judgment.authority, case_id=case_id)
    uow.emit("enforcement_decision.issued", decision_event(case, decision, [case]),
             authority=judgment.authority, case_id=case_id)
    uow.audit("enforcement_case.opened", subject_type=CASE, subject_id=case_id,
              legal_basis=rules.AUTOMATIC_DECISION.article)
    uow.audit("enforcement_decision.issued", subject_type="enforcement_decision",
              subject_id=decision_id,
              legal_basis=f"{rules.AUTOMATIC_DECISION.article}; {group.legal_basis}",
              details={"grouping": group.as_record()})
    return {"case_id": case_id, "grouping": group.as_record(),
            "obligation_ids": list(group.obligation_ids), "decision": decision}
