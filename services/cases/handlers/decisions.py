"""Judgment enforcement decisions on request (Law Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
import uuid

from sqlalchemy import select

from shared.errors import ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import (
    case_of, case_result, deadline_record, rule_set_used, subject_of)
from services.cases.models import EnforcementCase, EnforcementDecision
from services.cases.rules import decisions as rules
from services.cases.rules import lifecycle


def _rows(records):
    """Distinct parameter rows (by key and valid_from), in the order first used."""
    seen, rows = set(), []
    for row in records:
        if (row["key"], row["valid_from"]) not in seen:
            seen.add((row["key"], row["valid_from"]))
            rows.append(row)
    return rows


def issue_enforcement_decision(data, uow, law, caller):
    """The head of the authority decides on a case's request: the decision is recorded, the
    decision deadline met, its notification owed, ``enforcement_decision.issued`` announced.

    Decree Art. 7.1: when the judgment has one debtor and several of its creditors requested
    enforcement at the same time (``rules.requests_decided_together``), the one decision covers
    all their requests: each is decided, each decision deadline met."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    lifecycle.check_transition(case.status, lifecycle.CaseStatus.DECISION_ISSUED,
                               f"case {case.id}")
    on = data["issued_on"]
    if rules.decision_precedes_request(on, case.request_received_on):
        raise ValidationError("a decision cannot precede the request",
                              {"issued_on": ["before the request was received"]})
    siblings = {c.id: c for c in uow.session.scalars(
        select(EnforcementCase).filter_by(judgment_id=case.judgment_id)
        .order_by(EnforcementCase.id).with_for_update())}
    siblings[case.id] = case
    covered_ids = rules.requests_decided_together(case, list(siblings.values()),
                                                  case.judgment.obligations)
    covered = [siblings[i] for i in covered_ids]
    decision_id = str(uuid.uuid4())
    notify = uow.deadlines.owe(
        rules.NOTIFY_DECISION,
        Subject("enforcement_decision", decision_id, case.authority, case.id), starts_on=on)
    computations, met_own = {"notify_by": deadline_record(notify), "cases": {}}, None
    for each in covered:
        status = lifecycle.check_transition(each.status, lifecycle.CaseStatus.DECISION_ISSUED,
                                            f"case {each.id}").target
        met = uow.deadlines.meet(rules.DECISION_ON_REQUEST, subject_of(each), on=on)
        met_own = met if each is case else met_own
        computations["cases"][each.id] = {
            "decision_on_request": deadline_record(met) if met else None,
            "prescriptive_limits": list(each.limit_computations)}
        each.status, each.decision_id = status, decision_id
    used = _rows([*notify.parameters_used,
                  *[row for each in covered for row in _met_rows(uow, each)],
                  *[row for each in covered for row in each.parameters_used],
                  *rule_set_used(law, on)])
    decision = EnforcementDecision(
        id=decision_id, case_id=case.id, number=data["number"], issued_on=on,
        issued_by=identity.user, basis=rules.ON_REQUEST, notify_by=notify.due_on,
        parameters_used=used, computations=computations, covered_case_ids=covered_ids)
    uow.session.add(decision)
    uow.emit("enforcement_decision.issued", decision_event(case, decision, covered),
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_decision.issued", subject_type="enforcement_decision",
              subject_id=decision_id,
              legal_basis=(rules.DECISION_ON_REQUEST.article if len(covered) == 1 else
                           f"{rules.DECISION_ON_REQUEST.article}; "
                           f"{rules.ONE_DECISION_FOR_SEVERAL_CREDITORS}"),
              details={"covered_case_ids": covered_ids})
    return case_result(case, met_own.due_on if met_own else None, decision=decision)


def _met_rows(uow, case):
    deadline = uow.deadlines.latest(rules.DECISION_ON_REQUEST, subject_of(case))
    return deadline.parameters_used if deadline else []


def decision_event(case, decision, covered):
    """The payload of ``enforcement_decision.issued``: the decision, its judgment, and the
    parties to notify with their roles (``rules.party_roles``: the persons with related rights
    and obligations among them) for every request it covers."""
    judgment = case.judgment
    requested = [i for each in covered for i in each.obligation_ids]
    roles = rules.party_roles(judgment.obligations, requested,
                              [p.party_id for p in judgment.parties])
    parties = [{"party_id": p.party_id, "role": roles[p.party_id], "name": p.name,
                "address": p.address} for p in judgment.parties if p.party_id in roles]
    return {"decision_id": decision.id, "decision_number": decision.number,
            "basis": decision.basis, "issued_on": decision.issued_on,
            "judgment_id": judgment.id, "judgment_number": judgment.number,
            "court": judgment.court, "parties": parties, "notify_by": decision.notify_by}
