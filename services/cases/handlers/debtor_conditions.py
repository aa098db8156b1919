"""The rest of the verification of the debtor's conditions (Decree 62/2015 Art. 9.1, 9.2, 9.4,
9.5, 9.6): the debtor's declaration; verification delegated to another authority, whose result
that authority owes (the deadline is its own, so its lateness shows in its metrics); new
information, owed a verification within 10 days; the review that keeps a lacking-conditions case
in the separate log (Art. 9.5) or monitors it separately (Art. 9.6).
"""
import uuid

from sqlalchemy import func, select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers import verification
from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import (
    DebtorDeclaration, DelegatedVerification, LackingConditionsDecision, NewInformation,
    SeparateTracking, VerificationRecord)
from services.cases.rules import debtor_conditions as rules
from services.cases.rules import lifecycle
from services.cases.rules.lifecycle import CaseStatus
from services.cases.rules.verification import debtors_of

DELEGATION, INFORMATION = "delegated_verification", "new_information"


def _row(record, case=None):
    out = {c.name: getattr(record, c.name) for c in record.__table__.c}
    if case is not None:
        out["case_status"] = case.status
    return out


def _verifiable_case(uow, case_id, caller):
    case = case_of(uow, case_id, caller)
    identity = caller.require_jurisdiction(case.authority)
    if not lifecycle.is_verifiable(case.status):
        raise Conflict(f"case {case.id} is {case.status}; {lifecycle.VERIFIABLE_RULE}",
                       {"status": case.status})
    return case, identity


def record_declaration(data, uow, law, caller):
    """The officer records the debtor's declaration of Art. 9.1, or that the debtor gave none;
    a debtor who gave none or gave untruthful information is flagged for an administrative
    penalty (Art. 9.1, third paragraph)."""
    case, identity = _verifiable_case(uow, data["case_id"], caller)
    debtors = debtors_of(case.judgment.obligations, case.obligation_ids)
    if data["debtor_party_id"] not in debtors:
        raise ValidationError("not a debtor of the case's items",
                              {"debtor_party_id": [f"one of {', '.join(debtors)}"]})
    missing = rules.declaration_missing_items(data["provided"], data["items"])
    if missing:
        raise ValidationError("the declaration lacks items of Decree 62/2015 Art. 9.1",
                              {f"items.{k}": [rules.DECLARATION_ITEMS[k]] for k in missing})
    if not data["provided"] and not data["note"]:
        raise ValidationError("say how the debtor was asked and what was refused",
                              {"note": ["required when the debtor provided no information"]})
    declaration = DebtorDeclaration(
        id=str(uuid.uuid4()), case_id=case.id, debtor_party_id=data["debtor_party_id"],
        declared_on=data["declared_on"], provided=data["provided"], truthful=data["truthful"],
        items=data["items"] or {}, note=data["note"],
        penalty_may_be_imposed=rules.penalty_may_be_imposed(data["provided"], data["truthful"]),
        recorded_by=identity.user, legal_basis=rules.DECLARATION_RECORDED)
    uow.session.add(declaration)
    uow.emit("debtor_declaration.recorded",
             {"declaration_id": declaration.id, "declared_on": declaration.declared_on,
              "provided": declaration.provided,
              "penalty_may_be_imposed": declaration.penalty_may_be_imposed},
             authority=case.authority, case_id=case.id)
    uow.audit("debtor_declaration.recorded", subject_type="debtor_declaration",
              subject_id=declaration.id, legal_basis=rules.DECLARATION_RECORDED,
              details={"case_id": case.id, "provided": declaration.provided,
                       "penalty_may_be_imposed": declaration.penalty_may_be_imposed})
    return _row(declaration)


def _delegation_subject(delegation, case):
    # owed by the delegated authority (Art. 9.2: its head answers for the result)
    return Subject(DELEGATION, delegation.id, delegation.delegated_authority, case.id)


def delegate_verification(data, uow, law, caller):
    """The head delegates in writing the verification of registered property (result due in 30
    days) or of other property and information (15 days) to another authority (Art. 9.2)."""
    case, identity = _verifiable_case(uow, data["case_id"], caller)
    wrong = rules.delegation_error(case.authority, data["delegated_authority"])
    if wrong:
        raise ValidationError("delegation to one's own authority",
                              {"delegated_authority": [wrong]})
    if data["delegated_on"] < case.decision.issued_on:
        raise ValidationError("a delegation cannot precede the enforcement decision",
                              {"delegated_on": ["before the enforcement decision was issued"]})
    delegation = DelegatedVerification(
        id=str(uuid.uuid4()), case_id=case.id, delegated_authority=data["delegated_authority"],
        subject=data["subject"], tasks=data["tasks"], number=data["number"],
        delegated_on=data["delegated_on"], delegated_by=identity.user,
        legal_basis=f"{rules.DELEGATED} ({data['subject']})")
    owed = uow.deadlines.owe(rules.DELEGATED_RESULT[delegation.subject],
                             _delegation_subject(delegation, case),
                             starts_on=delegation.delegated_on)
    delegation.due_on = owed.due_on
    delegation.computations = {"result_deadline": deadline_record(owed)}
    delegation.parameters_used = (list(owed.parameters_used)
                                  + rule_set_used(law, delegation.delegated_on))
    uow.session.add(delegation)
    uow.emit("verification.delegated",
             {"delegation_id": delegation.id, "delegated_authority": delegation.delegated_authority,
              "subject": delegation.subject, "tasks": delegation.tasks,
              "number": delegation.number, "delegated_on": delegation.delegated_on,
              "due_on": delegation.due_on}, authority=case.authority, case_id=case.id)
    uow.audit("verification.delegated", subject_type=DELEGATION, subject_id=delegation.id,
              legal_basis=delegation.legal_basis,
              details={"case_id": case.id, "delegated_authority": delegation.delegated_authority,
                       "due_on": delegation.due_on.isoformat()})
    return _row(delegation)


def _delegation_of(uow, data, caller):
    found = uow.session.get(DelegatedVerification, data["delegation_id"], with_for_update=True)
    case = found and case_of(uow, found.case_id, caller)  # NotFound for another authority
    if found is None:
        raise NotFound(f"no delegated verification {data['delegation_id']!r}",
                       {"delegation_id": data["delegation_id"]})
    identity = caller.require_jurisdiction(case.authority)
    if found.result_received_on is not None:
        raise Conflict(f"delegated verification {found.id} was answered on "
                       f"{found.result_received_on.isoformat()}",
                       {"result_received_on": found.result_received_on.isoformat()})
    return found, case, identity


def extend_delegated_verification(data, uow, law, caller):
    """A difficult verification of registered property is extended to at most 45 days from the
    delegation (Art. 9.2(a)): the 30-day deadline is closed on the extension day and the 45-day
    one owed in its place."""
    delegation, case, identity = _delegation_of(uow, data, caller)
    if delegation.extended_on is not None:
        raise Conflict(f"delegated verification {delegation.id} was already extended",
                       {"extended_on": delegation.extended_on.isoformat()})
    wrong = rules.extension_error(delegation.subject, data["extended_on"], delegation.due_on)
    if wrong:
        raise Conflict(wrong, {"subject": delegation.subject,
                               "due_on": delegation.due_on.isoformat()})
    if data["extended_on"] < delegation.delegated_on:
        raise ValidationError("an extension cannot precede its delegation",
                              {"extended_on": ["before delegated_on"]})
    subject = _delegation_subject(delegation, case)
    first = uow.deadlines.meet(rules.DELEGATED_RESULT[delegation.subject], subject,
                               on=data["extended_on"])
    owed = uow.deadlines.owe(rules.DELEGATED_RESULT_EXTENDED, subject,
                             starts_on=delegation.delegated_on)
    delegation.due_on, delegation.extended_on = owed.due_on, data["extended_on"]
    delegation.extension_reasons = data["reasons"]
    delegation.computations = {**delegation.computations, "result_deadline": deadline_record(first),
                               "extended_result_deadline": deadline_record(owed)}
    delegation.parameters_used = list(delegation.parameters_used) + list(owed.parameters_used)
    uow.emit("delegated_verification.extended",
             {"delegation_id": delegation.id, "extended_on": delegation.extended_on,
              "due_on": delegation.due_on, "reasons": delegation.extension_reasons},
             authority=case.authority, case_id=case.id)
    uow.audit("delegated_verification.extended", subject_type=DELEGATION,
              subject_id=delegation.id, legal_basis=rules.DELEGATED_RESULT_EXTENDED.article,
              details={"case_id": case.id, "due_on": delegation.due_on.isoformat()})
    return _row(delegation)


def record_delegated_result(data, uow, law, caller):
    """The delegated authority's written result is received (Art. 9.2): the owed deadline (30,
    45 or 15 days) is met that day; late when after it."""
    delegation, case, identity = _delegation_of(uow, data, caller)
    if data["received_on"] < delegation.delegated_on:
        raise ValidationError("a result cannot precede its delegation",
                              {"received_on": ["before delegated_on"]})
    limit = (rules.DELEGATED_RESULT_EXTENDED if delegation.extended_on
             else rules.DELEGATED_RESULT[delegation.subject])
    met = uow.deadlines.meet(limit, _delegation_subject(delegation, case), on=data["received_on"])
    delegation.result_received_on, delegation.result = data["received_on"], data["result"]
    key = "extended_result_deadline" if delegation.extended_on else "result_deadline"
    delegation.computations = {**delegation.computations, key: deadline_record(met)}
    uow.emit("delegated_verification.answered",
             {"delegation_id": delegation.id, "received_on": delegation.result_received_on,
              "due_on": delegation.due_on,
              "late": delegation.result_received_on > delegation.due_on},
             authority=case.authority, case_id=case.id)
    uow.audit("delegated_verification.answered", subject_type=DELEGATION,
              subject_id=delegation.id, legal_basis=limit.article,
              details={"case_id": case.id, "recorded_by": identity.user})
    return _row(delegation)


def receive_new_information(data, uow, law, caller):
    """New information on the debtor's conditions from a litigant or another body is recorded
    and its verification owed within 10 days (Art. 9.4, second paragraph; 9.6)."""
    case, identity = _verifiable_case(uow, data["case_id"], caller)
    info = NewInformation(
        id=str(uuid.uuid4()), case_id=case.id, received_on=data["received_on"],
        source=data["source"], content=data["content"], recorded_by=identity.user)
    owed = uow.deadlines.owe(rules.NEW_INFORMATION,
                             Subject(INFORMATION, info.id, case.authority, case.id),
                             starts_on=info.received_on)
    info.due_on = owed.due_on
    info.parameters_used = list(owed.parameters_used) + rule_set_used(law, info.received_on)
    uow.session.add(info)
    uow.emit("new_information.received",
             {"information_id": info.id, "received_on": info.received_on,
              "source": info.source, "due_on": info.due_on},
             authority=case.authority, case_id=case.id)
    uow.audit("new_information.received", subject_type=INFORMATION, subject_id=info.id,
              legal_basis=rules.NEW_INFORMATION_RECEIVED,
              details={"case_id": case.id, "due_on": info.due_on.isoformat()})
    return _row(info, case)


def verify_new_information(data, uow, law, caller):
    """The officer verifies new information (Art. 9.4, second paragraph): the verification record
    is kept as any other (``handlers.verification.record_verification``: a finding of conditions
    lets enforcement resume) and the 10-day deadline is met that day."""
    info = uow.session.get(NewInformation, data["information_id"], with_for_update=True)
    if info is None:
        raise NotFound(f"no new information {data['information_id']!r}",
                       {"information_id": data["information_id"]})
    case = case_of(uow, info.case_id, caller)
    if info.verification_id is not None:
        raise Conflict(f"new information {info.id} was verified on "
                       f"{info.verified_on.isoformat()}", {"verification_id": info.verification_id})
    if data["verified_on"] < info.received_on:
        raise ValidationError("a verification cannot precede the information",
                              {"verified_on": ["before the information was received"]})
    record = verification.record_verification(
        {"case_id": case.id, "verified_on": data["verified_on"], "finding": data["finding"],
         "note": data["note"]}, uow, law, caller)
    met = uow.deadlines.meet(rules.NEW_INFORMATION,
                             Subject(INFORMATION, info.id, case.authority, case.id),
                             on=data["verified_on"])
    info.verification_id, info.verified_on = record["id"], data["verified_on"]
    uow.audit("new_information.verified", subject_type=INFORMATION, subject_id=info.id,
              legal_basis=rules.NEW_INFORMATION_RECEIVED,
              details={"case_id": case.id, "verification_id": record["id"],
                       "deadline": deadline_record(met)})
    return {**_row(info, case), "verification": record}


def _terms(law, on):
    keys = ("separate_log_custody_or_unknown_residence_years",
            "separate_log_remaining_prison_years", "separate_log_other_years",
            "separate_log_min_verifications")
    used = [law.params.value(k, on) for k in keys]
    return rules.SeparateLogTerms(*(int(u.value) for u in used)), [u.as_record() for u in used]


def review_separate_log(data, uow, law, caller):
    """Review a case whose debtor lacks conditions (Art. 9.5, 9.6): when every condition holds
    the case is kept in the separate log, its 3 working days owed from the day they held and met
    on the review; otherwise it is monitored separately, with the conditions that fail. Either
    way a row with the conditions, an event and an audit."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if case.status != CaseStatus.LACKING_CONDITIONS:
        raise Conflict(f"case {case.id} is {case.status}; the separate log is of a debtor "
                       f"decided to lack conditions ({rules.SEPARATE_LOG_KEPT})",
                       {"status": case.status})
    lacking = uow.session.scalars(
        select(LackingConditionsDecision).filter_by(case_id=case.id, resumed_by=None)
        .order_by(LackingConditionsDecision.decided_on.desc())).first()
    on = data["reviewed_on"]
    if on < lacking.decided_on:
        raise ValidationError("a review cannot precede the lacking-conditions decision",
                              {"reviewed_on": ["before the lacking-conditions decision"]})
    days = uow.session.scalars(select(VerificationRecord.verified_on).filter_by(
        case_id=case.id)).all()
    pending = uow.session.scalar(select(func.count()).select_from(NewInformation).filter_by(
        case_id=case.id, verification_id=None))
    terms, used = _terms(law, on)
    found = rules.separate_log_conditions(
        terms, law.calendar, lacking.decided_on, on, prison_release_on=data["prison_release_on"],
        residence_unknown=data["residence_unknown"], verification_days=days,
        pending_new_information=pending)
    kind = rules.SEPARATE_LOG if found["met_on"] else rules.SEPARATE_MONITORING
    tracking = SeparateTracking(
        id=str(uuid.uuid4()), case_id=case.id, lacking_conditions_decision_id=lacking.id,
        kind=kind, reviewed_on=on, reviewed_by=identity.user,
        conditions={k: (v.isoformat() if hasattr(v, "isoformat") else v)
                    for k, v in found.items() if k != "reasons"},
        reasons=found["reasons"],
        legal_basis=(rules.SEPARATE_LOG_KEPT if kind == rules.SEPARATE_LOG
                     else rules.SEPARATE_MONITORING_KEPT),
        parameters_used=used + rule_set_used(law, on))
    if kind == rules.SEPARATE_LOG:
        subject = Subject("separate_tracking", tracking.id, case.authority, case.id)
        uow.deadlines.owe(rules.SEPARATE_LOG_LIMIT, subject, starts_on=found["met_on"])
        met = uow.deadlines.meet(rules.SEPARATE_LOG_LIMIT, subject, on=on)
        tracking.computations = {"separate_log_deadline": deadline_record(met)}
        tracking.parameters_used = list(met.parameters_used) + tracking.parameters_used
    uow.session.add(tracking)
    event = ("case.separate_log_kept" if kind == rules.SEPARATE_LOG
             else "case.separately_monitored")
    uow.emit(event, {"tracking_id": tracking.id, "reviewed_on": on,
                     "lacking_conditions_decision_id": lacking.id,
                     "reasons": tracking.reasons, "legal_basis": tracking.legal_basis},
             authority=case.authority, case_id=case.id)
    uow.audit(event, subject_type="separate_tracking", subject_id=tracking.id,
              legal_basis=tracking.legal_basis,
              details={"case_id": case.id, "conditions": tracking.conditions})
    return _row(tracking, case)


def dossier_items(session, case_id):
    """Decree Art. 8.2: the declarations, delegations (and their results), new information and
    separate-log reviews of the case as dossier rows."""
    items = []
    for d in session.scalars(select(DebtorDeclaration).filter_by(case_id=case_id)):
        items.append({"kind": "debtor_declaration", "on": d.declared_on, "id": d.id,
                      "number": None, "legal_basis": d.legal_basis})
    for d in session.scalars(select(DelegatedVerification).filter_by(case_id=case_id)):
        items.append({"kind": "verification_delegation", "on": d.delegated_on, "id": d.id,
                      "number": d.number, "legal_basis": d.legal_basis})
        if d.result_received_on:
            items.append({"kind": "delegated_verification_result", "on": d.result_received_on,
                          "id": d.id, "number": None, "legal_basis": d.legal_basis})
    for n in session.scalars(select(NewInformation).filter_by(case_id=case_id)):
        items.append({"kind": "new_information", "on": n.received_on, "id": n.id,
                      "number": None, "legal_basis": rules.NEW_INFORMATION_RECEIVED})
    for t in session.scalars(select(SeparateTracking).filter_by(case_id=case_id)):
        items.append({"kind": t.kind, "on": t.reviewed_on, "id": t.id, "number": None,
                      "legal_basis": t.legal_basis})
    return items
