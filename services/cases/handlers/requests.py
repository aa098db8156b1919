"""Requests for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7): decide a request on its
prescriptive limit — accept it (open its case, owe the decision on it) or refuse it in writing
with its reasons (Law Art. 31.5(c); Decree Art. 7.2)."""
import uuid
from datetime import date

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import CASE, case_result, rule_set_used, subject_of
from services.cases.models import EnforcementCase, Judgment, RequestRefusal
from services.cases.rules import lifecycle
from services.cases.handlers.suspension import periods_of_judgment
from services.cases.handlers.agreements import terminated_obligations
from services.cases.rules.agreements import RE_ENFORCEMENT_REFUSED, re_enforcement_barred
from services.cases.rules import requests as rules
from services.cases.rules.suspension import periods_to_deduct
from services.cases.rules.decisions import DECISION_ON_REQUEST
from services.cases.rules.unclear_judgments import (
    UNCLEAR_JUDGMENT_REFUSED, assignment_exception, unclear_grounds, unclear_refusal_reasons)


def _iso_deductions(deductions):
    return [{**d, "from_on": d["from_on"].isoformat(), "to_on": d["to_on"].isoformat()}
            for d in deductions]


def _rows(records):
    """Distinct parameter rows (by key and valid_from), in the order first used."""
    seen, rows = set(), []
    for row in records:
        if (row["key"], row["valid_from"]) not in seen:
            seen.add((row["key"], row["valid_from"]))
            rows.append(row)
    return rows


def submit_request(data, uow, law, caller):
    """Decide a litigant's request for enforcement on its prescriptive limit (deductions made):
    within it, open the case, owe the decision, announce ``enforcement_case.opened``; outside it,
    record the request refused with its refusal, meet the refusal's deadline, announce
    ``enforcement_request.refused``. Both are audited and returned as the case record."""
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
    on, deductions = data["received_on"], data.get("deductions") or []
    unclear, excepted_rights = _unclear_items(requested, data["creditor_not_in_possession"])
    computations, late = [], []
    barred = []  # instalments out of time while others of their obligation are within
    late_obligations = set()
    for obligation in requested:
        days = [date.fromisoformat(i["due_on"]) for i in obligation.instalments or []]
        mine = []
        # Law Art. 30.2: the postponements and suspensions recorded on the judgment count too
        recorded = periods_to_deduct(
            periods_of_judgment(session, judgment.id, obligation.obligation_id), on)
        for instalment, starts_on in rules.limit_starts(judgment.effective_on,
                                                        obligation.due_on, days):
            limit = rules.prescriptive_limit(starts_on, law, deductions + recorded)
            within = rules.request_is_within_prescriptive_limit(on, limit)
            label = obligation.obligation_id + (
                f" (instalment due {instalment.isoformat()})" if instalment else "")
            computations.append({"obligation_id": obligation.obligation_id,
                                 "instalment_due_on": instalment and instalment.isoformat(),
                                 **limit.as_record(), "received_on": on.isoformat(),
                                 "within_limit": within})
            mine.append((label, limit, within))
        if not any(within for _, _, within in mine):
            late_obligations.add(obligation.obligation_id)
            late.extend((label, limit) for label, limit, _ in mine)
        else:
            barred.extend((label, limit) for label, limit, within in mine if not within)
    used = _rows(row for c in computations for row in c["parameters_used"])
    record = dict(id=str(uuid.uuid4()), judgment_id=judgment.id, authority=judgment.authority,
                  requester_party_id=data["requester_party_id"],
                  obligation_ids=[o.obligation_id for o in requested
                                  if o.obligation_id not in dict(_ids(unclear))],
                  request_received_on=on,
                  request_content=data["content"], parameters_used=used,
                  deductions=_iso_deductions(deductions), limit_computations=computations)
    # Decree Art. 5.3 (third paragraph): what was terminated by agreement is not enforced again
    agreed_away = re_enforcement_barred(data["obligation_ids"],
                                        terminated_obligations(session, judgment.id))
    if agreed_away:
        return _refuse(record, [f"{', '.join(agreed_away)}: enforcement terminated on the "
                                f"litigants' agreement ({RE_ENFORCEMENT_REFUSED})"],
                       uow, law, caller, legal_basis=RE_ENFORCEMENT_REFUSED)
    basis = rules.REQUEST_ACCEPTED
    if unclear and not record["obligation_ids"]:
        # Law Art. 31.5(a), Decree Art. 7.4: nothing requested is enforceable
        return _refuse({**record, "obligation_ids": data["obligation_ids"]},
                       unclear_refusal_reasons(unclear), uow, law, caller,
                       legal_basis=UNCLEAR_JUDGMENT_REFUSED)
    if excepted_rights:
        basis = "; ".join([basis, *excepted_rights])
    payment = data.get("voluntary_payment")
    excepted, not_excepted = rules.voluntary_payment_exception(late, payment)
    if late and not excepted:
        reasons = rules.refusal_reasons(on, late) + ([not_excepted] if not_excepted else [])
        return _refuse(record, reasons, uow, law, caller)
    if excepted:
        # Art. 4.6: no extension of the limit; the decision covers only what was paid/delivered
        basis = f"{rules.REQUEST_ACCEPTED}; {rules.VOLUNTARY_PAYMENT_EXCEPTION}"
        scope = {"article": rules.VOLUNTARY_PAYMENT_EXCEPTION, "payer": payment["payer"],
                 "sentence_reference": payment["sentence_reference"],
                 "paid_on": payment["paid_on"].isoformat(), "amount": payment.get("amount"),
                 "property": payment.get("property")}
        for computed in computations:
            if computed["obligation_id"] in late_obligations:
                computed["voluntary_payment_exception"] = scope
    siblings = session.scalars(select(EnforcementCase).filter_by(judgment_id=judgment.id))
    repeated = rules.duplicate_of_open_case(data["requester_party_id"], record["obligation_ids"],
                                            siblings)
    if repeated is not None:
        raise Conflict(f"the same request is already open as case {repeated.id}",
                       {"case_id": repeated.id})
    status = lifecycle.check_transition(None, lifecycle.CaseStatus.REQUEST_ACCEPTED).target
    case = EnforcementCase(status=status, **record)
    session.add(case)
    owed = uow.deadlines.owe(DECISION_ON_REQUEST, subject_of(case), starts_on=on)
    uow.emit("enforcement_case.opened", {"judgment_id": judgment.id, "opened_on": on},
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_request.accepted", subject_type=CASE, subject_id=case.id,
              legal_basis=basis)
    if barred or unclear:
        # one written refusal of what is refused: late instalments and unclear items (Art. 7.4)
        reasons = ((rules.refusal_reasons(on, barred) if barred else [])
                   + unclear_refusal_reasons(unclear))
        basis = "; ".join(([rules.REQUEST_REFUSED] if barred else [])
                          + ([UNCLEAR_JUDGMENT_REFUSED] if unclear else []))
        refused_ids = [i for i, _ in _ids(unclear)] + (
            [i for i in case.obligation_ids if any(label.split(" ")[0] == i
                                                   for label, _ in barred)])
        _record_refusal(case, reasons, uow, law, caller, partly=True, legal_basis=basis,
                        obligation_ids=refused_ids if unclear else None)
    return case_result(case, owed.due_on)


def _ids(unclear):
    return [(obligation_id, grounds) for obligation_id, grounds, _ in unclear]


def _unclear_items(requested, creditor_not_in_possession):
    """Decree Art. 7.4: the requested items the judgment leaves unclear (``[(obligation_id,
    grounds, right_assigned)]``) and the exceptions (a)-(c) that keep others enforceable."""
    unclear, excepted = [], []
    for obligation in requested:
        grounds = unclear_grounds(obligation)
        exception = grounds and assignment_exception(obligation, creditor_not_in_possession)
        if exception:
            excepted.append(exception)
        elif grounds:
            unclear.append((obligation.obligation_id, grounds, obligation.right_assigned))
    return unclear, excepted


def _refuse(record, reasons, uow, law, caller, legal_basis=rules.REQUEST_REFUSED):
    """Law Art. 31.5(c), Decree Art. 7.2: the request is kept, closed, with its written refusal
    (reasons, legal basis, every parameter and date used). The refusal is decided on the day of
    receipt, so its deadline (5 working days, Law Art. 31.5) is owed and met that day; nothing
    further is owed."""
    status = lifecycle.check_transition(None, lifecycle.CaseStatus.REQUEST_REFUSED).target
    case = EnforcementCase(status=status, **record)
    uow.session.add(case)
    _record_refusal(case, reasons, uow, law, caller, partly=False, legal_basis=legal_basis)
    return case_result(case, None)


def _record_refusal(case, reasons, uow, law, caller, partly, legal_basis=rules.REQUEST_REFUSED,
                    obligation_ids=None):
    """The written refusal (whole, or ``partly`` for the instalments of a periodic obligation
    out of time, Law Art. 30.1, and for the items the judgment leaves unclear, Decree Art. 7.4:
    then ``obligation_ids`` name the refused items) on ``case``: owed and met on the day of
    receipt, announced, audited."""
    identity = caller.require_jurisdiction(case.authority)
    on = case.request_received_on
    refusal_id = str(uuid.uuid4())
    subject = Subject("enforcement_request", case.id, case.authority, case.id)
    owed = uow.deadlines.owe(rules.REFUSAL_OF_REQUEST, subject, starts_on=on)
    uow.deadlines.meet(rules.REFUSAL_OF_REQUEST, subject, on=on)
    case.refusal = RequestRefusal(
        id=refusal_id, refused_on=on, decided_by=identity.user,
        legal_basis=legal_basis, reasons=reasons,
        computations=case.limit_computations,
        parameters_used=(case.parameters_used + list(owed.parameters_used)
                         + rule_set_used(law, on)))
    uow.emit("enforcement_request.refused",
             {"refusal_id": refusal_id, "judgment_id": case.judgment_id,
              "requester_party_id": case.requester_party_id,
              "obligation_ids": list(obligation_ids or case.obligation_ids), "received_on": on,
              "refused_on": on, "legal_basis": legal_basis, "reasons": reasons},
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_request.refused", subject_type=CASE, subject_id=case.id,
              legal_basis=legal_basis,
              details={"refusal_id": refusal_id, "partly": partly})
