"""Reads for an agency's desk software: a case with its dossier, deadlines and history; the
cases of the caller's authority (or of one officer) by status, paged; the deadlines due soon
and overdue. Read-only: every function runs on the read-only unit of work.

The dossier is the time-ordered list of the case's documents and records (Decree 62/2015 Art.
8: the dossier holds every document of the case): each row names its kind, its day, its number
where it has one, and its legal basis.
"""
from sqlalchemy import func, or_, select

from shared.deadlines import OPEN, OVERDUE, Deadline
from shared.models import AuditRecord

from services.cases.handlers import agreements, debtor_conditions
from services.cases.handlers.cases import get_case
from services.cases.models import (
    CaseDossier, CaseOfficer, EnforcementCase, Entrustment, LackingConditionsDecision, OfficerReplacement,
    PostponementSuspensionDecision, ResumptionDecision, TerminationDecision, VerificationRecord)
from services.cases.models import DecisionRevocation, EnforcementDecision
from services.cases.rules.parties import may_see_identity

_PUBLIC_PARTY = ("party_id", "name", "address", "kind", "province_code", "commune_code")


def _rows(session, model, case_id):
    return session.scalars(select(model).filter_by(case_id=case_id)).all()


def _dossier(session, case):
    """Every document and record of the case, oldest first (ties keep the order listed)."""
    items = [{"kind": "request", "on": case["request_received_on"], "id": case["id"],
              "number": None, "legal_basis": "Law on Civil Judgment Enforcement Art. 31"}]
    if case["refusal"]:
        r = case["refusal"]
        items.append({"kind": "request_refusal", "on": r["refused_on"], "id": r["id"],
                      "number": None, "legal_basis": r["legal_basis"]})
    if case["decision"]:
        d = case["decision"]
        items.append({"kind": "enforcement_decision", "on": d["issued_on"], "id": d["id"],
                      "number": d["number"], "legal_basis": "Decree 62/2015 Art. 7"})
    cid = case["id"]
    for o in _rows(session, CaseOfficer, cid):
        items.append({"kind": "officer_assignment", "on": o.assigned_on, "id": o.id,
                      "number": None, "legal_basis": o.legal_basis, "officer_id": o.officer_id})
    for d in _rows(session, CaseDossier, cid):
        items.append({"kind": "dossier_opened", "on": d.opened_on, "id": d.id, "number": None,
                      "legal_basis": d.legal_basis})
    for v in _rows(session, VerificationRecord, cid):
        items.append({"kind": "verification_record", "on": v.verified_on, "id": v.id,
                      "number": None, "legal_basis": "Decree 62/2015 Art. 9.1",
                      "finding": v.finding})
    for model, kind in ((LackingConditionsDecision, "lacking_conditions_decision"),
                        (ResumptionDecision, "resumption_decision"),
                        (TerminationDecision, "termination_decision")):
        for d in _rows(session, model, cid):
            items.append({"kind": kind, "on": d.decided_on, "id": d.id, "number": d.number,
                          "legal_basis": d.legal_basis})
    for d in _rows(session, PostponementSuspensionDecision, cid):
        items.append({"kind": f"{d.kind}_decision", "on": d.decided_on, "id": d.id,
                      "number": d.number, "legal_basis": d.legal_basis})
        if d.continuation_number:
            items.append({"kind": "continuation_decision", "on": d.continued_on, "id": d.id,
                          "number": d.continuation_number, "legal_basis":
                          f"Law on Civil Judgment Enforcement Art. "
                          f"{'48.4' if d.kind == 'postponement' else '49.3'}"})
    for r in _rows(session, OfficerReplacement, cid):
        items.append({"kind": f"officer_replacement_{r.outcome}", "on": r.decided_on,
                      "id": r.id, "number": None, "legal_basis": r.legal_basis})
    for e in _rows(session, Entrustment, cid):
        items.append({"kind": "entrustment_decision", "on": e.decided_on, "id": e.id,
                      "number": e.number, "legal_basis": e.legal_basis,
                      "to_authority": e.to_authority})
    items.extend(_revocations(session, case))
    items += agreements.dossier_items(session, cid) + debtor_conditions.dossier_items(session, cid)
    return sorted(items, key=lambda item: item["on"])


def _revocations(session, case):
    """Law Art. 37; Decree Art. 15.3: the decisions revoked on the case and their revocations
    (the current decision is listed above)."""
    current = case["decision"] and case["decision"]["id"]
    items = [{"kind": "enforcement_decision", "on": d.issued_on, "id": d.id, "number": d.number,
              "legal_basis": "Decree 62/2015 Art. 6-7", "revoked_by": d.revocation_id}
             for d in _rows(session, EnforcementDecision, case["id"]) if d.id != current]
    items += [{"kind": "decision_revocation", "on": r.revoked_on, "id": r.id,
               "number": r.number, "legal_basis": r.legal_basis, "decision_id": r.decision_id}
              for r in _rows(session, DecisionRevocation, case["id"])]
    return items


def _deadline_out(d):
    return {"rule_id": d.rule_id, "article": d.article, "subject_type": d.subject_type,
            "subject_id": d.subject_id, "case_id": d.case_id, "authority": d.authority,
            "starts_on": d.starts_on, "length": d.length, "unit": d.unit, "due_on": d.due_on,
            "status": d.status, "met_on": d.met_on}


def get_case_file(case_id, uow, law, caller):
    """The case (as ``get_case``), its officer, its dossier, every deadline it owed and the
    history of what was done to it (the audit records naming it)."""
    case = get_case(case_id, uow, law, caller)
    session = uow.session
    officer = session.scalars(select(CaseOfficer.officer_id)
                              .filter_by(case_id=case_id, ended_on=None)).first()
    deadlines = session.scalars(select(Deadline).where(Deadline.case_id == case_id)
                                .order_by(Deadline.due_on, Deadline.id)).all()
    dossier = _dossier(session, case)
    subjects = {case_id, *(item["id"] for item in dossier)}  # the case and its documents
    history = session.scalars(
        select(AuditRecord).where(or_(AuditRecord.subject_id.in_(subjects),
                                      AuditRecord.details["case_id"].as_string() == case_id))
        .order_by(AuditRecord.occurred_at, AuditRecord.id)).all()
    return {"case": case, "officer_id": officer, "dossier": dossier,
            "parties": case_parties(session, case, officer, caller),
            "deadlines": [_deadline_out(d) for d in deadlines],
            "history": [{"occurred_at": a.occurred_at, "action": a.action, "actor": a.actor,
                         "role": a.role, "authority": a.authority,
                         "legal_basis": a.legal_basis, "subject_type": a.subject_type,
                         "subject_id": a.subject_id} for a in history]}


def case_parties(session, case, officer_id, caller):
    """The parties of the case's judgment; their identity documents only when the caller is
    an officer of the case (``rules.parties.may_see_identity``), otherwise left out."""
    judgment = session.get(EnforcementCase, case["id"]).judgment
    private = may_see_identity(caller.identity, case["authority"], officer_id)
    return [{k: getattr(p, k) for k in _PUBLIC_PARTY}
            | ({"identity_kind": p.identity_kind, "identity_number": p.identity_number}
               if private else {}) for p in judgment.parties]


def list_cases(data, uow, law, caller):
    """The cases of the caller's authority, newest first, optionally of one status and/or of
    one officer (the current one), one page at a time, with the total."""
    authority = caller.identity.authority
    query = select(EnforcementCase).where(EnforcementCase.authority == authority)
    if data.get("status"):
        query = query.where(EnforcementCase.status == data["status"])
    if data.get("officer_id"):
        query = query.where(EnforcementCase.id.in_(
            select(CaseOfficer.case_id).filter_by(officer_id=data["officer_id"], ended_on=None)))
    total = uow.session.scalar(select(func.count()).select_from(query.subquery()))
    page, size = data["page"], data["page_size"]
    cases = uow.session.scalars(query.order_by(EnforcementCase.request_received_on.desc(),
                                               EnforcementCase.id)
                                .offset((page - 1) * size).limit(size)).all()
    return {"page": page, "page_size": size, "total": total, "items": [
        {"id": c.id, "status": c.status, "judgment_id": c.judgment_id,
         "requester_party_id": c.requester_party_id,
         "request_received_on": c.request_received_on} for c in cases]}


def list_deadlines(data, uow, law, caller):
    """The caller's authority's unmet deadlines: ``overdue`` (last day before ``on``) and
    ``due_soon`` (last day from ``on`` to ``within_working_days`` working days after it),
    each soonest first."""
    on, authority = data["on"], caller.identity.authority
    until = law.calendar.due_date(on, data["within_working_days"], "working_days")
    query = select(Deadline).where(Deadline.authority == authority,
                                   Deadline.status.in_((OPEN, OVERDUE)))
    if data.get("case_id"):
        query = query.where(Deadline.case_id == data["case_id"])
    found = uow.session.scalars(query.where(Deadline.due_on <= until)
                                .order_by(Deadline.due_on, Deadline.id)).all()
    return {"on": on, "due_until": until,
            "overdue": [_deadline_out(d) for d in found if d.due_on < on],
            "due_soon": [_deadline_out(d) for d in found if d.due_on >= on]}



