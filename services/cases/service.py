"""The cases service: judgments, requests for enforcement, enforcement decisions.

Entrypoints only: validate input, call the rules, record state, return a schema dump.
"""
import uuid

from shared import deadlines
from shared.entrypoints import rpc
from shared.errors import Conflict, NotFound, ValidationError
from shared.law import Law
from shared.service import PlatformService
from shared.validation import load

from services.cases import rules, views
from services.cases.models import (EnforcementCase, EnforcementDecision, Judgment, Obligation,
                                   Party)
from services.cases.schemas import CaseOut, DecisionIn, JudgmentIn, JudgmentOut, RequestIn

JUDGMENT_IN, REQUEST_IN, DECISION_IN = JudgmentIn(), RequestIn(), DecisionIn()
JUDGMENT_OUT, CASE_OUT = JudgmentOut(), CaseOut()


class CasesService(PlatformService):
    name = "cases"
    law = Law()

    @rpc(permission="cases.judgment.receive")
    def receive_judgment(self, judgment):
        """A court's case system sends a judgment that has taken legal effect."""
        data = load(JUDGMENT_IN, judgment, "judgment")
        session = self.db.session
        if session.query(Judgment).filter_by(court=data["court"], number=data["number"]).first():
            raise Conflict(f"judgment {data['number']} of {data['court']} was already received",
                           {"number": data["number"]})
        record = Judgment(id=str(uuid.uuid4()), **{k: data[k] for k in (
            "court", "number", "issued_on", "effective_on", "authority")})
        record.parties = [Party(**p) for p in data["parties"]]
        record.obligations = [Obligation(**o) for o in data["obligations"]]
        session.add(record)
        self.db.audit("judgment.received", subject_type="judgment", subject_id=record.id,
                      legal_basis="Law on Civil Judgment Enforcement Art. 28")
        return JUDGMENT_OUT.dump(record)

    @rpc(permission="cases.request.submit")
    def submit_request(self, request):
        """Record a litigant's request for enforcement and owe the decision on it."""
        data = load(REQUEST_IN, request, "request for enforcement")
        session = self.db.session
        judgment = session.get(Judgment, data["judgment_id"])
        if judgment is None:
            raise NotFound(f"no judgment {data['judgment_id']}", {"judgment_id": data["judgment_id"]})
        self.caller.require_jurisdiction(judgment.authority)
        by_id = {o.obligation_id: o for o in judgment.obligations}
        unknown = [i for i in data["obligation_ids"] if i not in by_id]
        if unknown:
            raise ValidationError("the judgment has no such obligations",
                                  {"obligation_ids": [f"unknown: {', '.join(unknown)}"]})
        requested = [by_id[i] for i in data["obligation_ids"]]
        not_party = rules.obligations_requestable_by(data["requester_party_id"], requested)
        if not_party:
            raise ValidationError("the requester is not a party to these obligations",
                                  {"requester_party_id": [f"not a party to {', '.join(not_party)}"]})
        on = data["received_on"]
        params, calendar = self.law.params, self.law.calendar
        used = []
        for obligation in requested:
            limit = rules.prescriptive_limit(judgment.effective_on, obligation.due_on,
                                             params, calendar, on)
            used = limit.parameters_used
            if not rules.request_is_within_prescriptive_limit(on, limit):
                raise Conflict("the request is outside the prescriptive limit (Law Art. 30)",
                               {"obligation_id": obligation.obligation_id,
                                "limit_ended_on": limit.ends_on.isoformat()})
        case = EnforcementCase(
            id=str(uuid.uuid4()), judgment_id=judgment.id, authority=judgment.authority,
            status="request_accepted", requester_party_id=data["requester_party_id"],
            obligation_ids=data["obligation_ids"], request_received_on=on,
            request_content=data["content"], parameters_used=used)
        session.add(case)
        owed = deadlines.owe(session, calendar, params, rules.DECISION_ON_REQUEST, starts_on=on,
                             authority=case.authority, subject_type="enforcement_case",
                             subject_id=case.id, case_id=case.id)
        self.db.audit("enforcement_request.accepted", subject_type="enforcement_case",
                      subject_id=case.id, legal_basis="Law Art. 31; Decree 62/2015 Art. 4")
        return self._case_out(case, owed.due_on)

    @rpc(permission="cases.decision.issue")
    def issue_enforcement_decision(self, decision):
        """The head of the authority issues the judgment enforcement decision on a request."""
        data = load(DECISION_IN, decision, "enforcement decision")
        case = self._case(data["case_id"])
        identity = self.caller.require_jurisdiction(case.authority)
        if not rules.decision_can_be_issued(case.status):
            raise Conflict(f"case {case.id} is {case.status}; one decision per request "
                           "(Decree Art. 7.1)", {"status": case.status})
        session, on = self.db.session, data["issued_on"]
        if on < case.request_received_on:
            raise ValidationError("a decision cannot precede the request",
                                  {"issued_on": ["before the request was received"]})
        decision_id = str(uuid.uuid4())
        notify = deadlines.owe(session, self.law.calendar, self.law.params, rules.NOTIFY_DECISION,
                               starts_on=on, authority=case.authority,
                               subject_type="enforcement_decision", subject_id=decision_id,
                               case_id=case.id)
        met = deadlines.meet(session, rule_id=rules.DECISION_ON_REQUEST.rule_id,
                             subject_type="enforcement_case", subject_id=case.id, on=on)
        case.decision = EnforcementDecision(
            id=decision_id, number=data["number"], issued_on=on, issued_by=identity.user,
            basis="on_request", notify_by=notify.due_on, parameters_used=notify.parameters_used)
        case.status = "decision_issued"
        self.db.emit("enforcement_decision.issued", self._decision_event(case),
                     authority=case.authority, case_id=case.id)
        self.db.audit("enforcement_decision.issued", subject_type="enforcement_decision",
                      subject_id=decision_id, legal_basis=rules.DECISION_ON_REQUEST.article)
        return self._case_out(case, met.due_on if met else None)

    @rpc(permission="cases.case.read", read_only=True)
    def get_case(self, case_id):
        case = views.case(self.db.session, case_id) if isinstance(case_id, str) else None
        if case is None:
            raise NotFound(f"no enforcement case {case_id!r}", {"case_id": str(case_id)})
        self.caller.require_jurisdiction(case["authority"])
        return CASE_OUT.dump(case)

    def _case(self, case_id):
        case = self.db.session.get(EnforcementCase, case_id) if isinstance(case_id, str) else None
        if case is None:
            raise NotFound(f"no enforcement case {case_id!r}", {"case_id": str(case_id)})
        return case

    @staticmethod
    def _case_out(case, decision_due_on):
        return CASE_OUT.dump({**{c: getattr(case, c) for c in CASE_OUT.fields if c != "decision"
                                 and c != "decision_due_on"},
                              "decision": case.decision, "decision_due_on": decision_due_on})

    @staticmethod
    def _decision_event(case):
        judgment, requested = case.judgment, set(case.obligation_ids)
        roles = {}
        for o in judgment.obligations:
            if o.obligation_id in requested:
                roles.setdefault(o.debtor_party_id, "judgment_debtor")
                if o.creditor_party_id:
                    roles.setdefault(o.creditor_party_id, "judgment_creditor")
        parties = [{"party_id": p.party_id, "role": roles[p.party_id], "name": p.name,
                    "address": p.address} for p in judgment.parties if p.party_id in roles]
        decision = case.decision
        return {"decision_id": decision.id, "decision_number": decision.number,
                "basis": decision.basis, "issued_on": decision.issued_on,
                "judgment_id": judgment.id, "judgment_number": judgment.number,
                "court": judgment.court, "parties": parties, "notify_by": decision.notify_by}
