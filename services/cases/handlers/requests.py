"""Requests for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7): accept a request, open
its case and owe the decision on it."""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError

from services.cases.handlers.cases import CASE, case_result, subject_of
from services.cases.models import EnforcementCase, Judgment
from services.cases.rules import lifecycle
from services.cases.rules import requests as rules
from services.cases.rules.decisions import DECISION_ON_REQUEST


def submit_request(data, uow, law, caller):
    """Accept a litigant's request for enforcement: open the case, owe the decision on it,
    announce ``enforcement_case.opened``, audit."""
    session = uow.session
    # Locked until commit: two identical requests at once are decided one after the other.
    judgment = session.get(Judgment, data["judgment_id"], with_for_update=True)
    if judgment is None:
        raise NotFound(f"no judgment {data['judgment_id']}", {"judgment_id": data["judgment_id"]})
    caller.require_jurisdiction(judgment.authority)
    unknown = rules.unknown_obligations(data["obligation_ids"], judgment.obligations)
    if unknown:
        raise ValidationError("the judgment has no such obligations",
                              {"obligation_ids": [f"unknown: {', '.join(unknown)}"]})
    by_id = {o.obligation_id: o for o in judgment.obligations}
    requested = [by_id[i] for i in data["obligation_ids"]]
    not_party = rules.obligations_requestable_by(data["requester_party_id"], requested)
    if not_party:
        raise ValidationError("the requester is not a party to these obligations",
                              {"requester_party_id": [f"not a party to {', '.join(not_party)}"]})
    on = data["received_on"]
    used = []
    for obligation in requested:
        limit = rules.prescriptive_limit(judgment.effective_on, obligation.due_on, law, on)
        used = limit.parameters_used
        if not rules.request_is_within_prescriptive_limit(on, limit):
            raise Conflict("the request is outside the prescriptive limit (Law Art. 30)",
                           {"obligation_id": obligation.obligation_id,
                            "limit_ended_on": limit.ends_on.isoformat()})
    siblings = session.scalars(select(EnforcementCase).filter_by(judgment_id=judgment.id))
    repeated = rules.duplicate_of_open_case(data["requester_party_id"], data["obligation_ids"],
                                            siblings)
    if repeated is not None:
        raise Conflict(f"the same request is already open as case {repeated.id}",
                       {"case_id": repeated.id})
    status = lifecycle.check_transition(None, lifecycle.CaseStatus.REQUEST_ACCEPTED).target
    case = EnforcementCase(
        id=str(uuid.uuid4()), judgment_id=judgment.id, authority=judgment.authority,
        status=status, requester_party_id=data["requester_party_id"],
        obligation_ids=data["obligation_ids"], request_received_on=on,
        request_content=data["content"], parameters_used=used)
    session.add(case)
    owed = uow.deadlines.owe(DECISION_ON_REQUEST, subject_of(case), starts_on=on)
    uow.emit("enforcement_case.opened", {"judgment_id": judgment.id, "opened_on": on},
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_request.accepted", subject_type=CASE, subject_id=case.id,
              legal_basis=rules.REQUEST_ACCEPTED)
    return case_result(case, owed.due_on)
