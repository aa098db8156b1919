"""Inspections (Decree 62/2015 Art. 66-68): give an inspection to an enforcement inspector of
the authority, on the head's decision (Art. 68.3.c) — refused and recorded with its reasons
when the official is not an inspector there, is suspended, or is barred by a recorded relation
to a person the inspection involves (Art. 68.4), the relation named in the answer.
"""
from sqlalchemy import select

from services.personnel.handlers.staff import (administered_authority, holdings_of,
                                               visible_officer)
from services.personnel.models import Inspection, OfficerRelation
from services.personnel.rules import inspection as rules
from services.personnel.rules import lifecycle


def inspection_result(row):
    return {"id": row.id, "authority_id": row.authority_id, "inspector_id": row.inspector_id,
            "subject_kind": row.subject_kind, "subject_reference": row.subject_reference,
            "persons": list(row.persons), "outcome": row.outcome, "reasons": list(row.reasons),
            "barred_by": list(row.barred_by), "decision_number": row.decision_number,
            "on": row.on}


def assign_inspection(data, uow, law, caller):
    """Give an inspection to an inspector, or refuse it with reasons (Decree 62/2015 Art.
    66.1, 68.4). Announce ``inspection.assigned`` or ``inspection.refused`` (naming the
    relation, never the related person); audit."""
    session = uow.session
    authority = administered_authority(session, caller, data["authority_id"])
    officer = visible_officer(session, caller, data["inspector_id"])
    holdings = holdings_of(session, officer.id)
    relations = [{"name": r.person_name, "identity_number": r.identity_number,
                  "relation": r.relation}
                 for r in session.scalars(select(OfficerRelation)
                                          .where(OfficerRelation.officer_id == officer.id))]
    bars = rules.inspection_bars(relations, data["persons"])
    reasons = rules.inspector_refusal_reasons(
        holdings, authority.id, data["on"],
        officer.status == lifecycle.OfficerStatus.SUSPENDED, bars)
    outcome = lifecycle.check_decision_outcome(
        lifecycle.DecisionOutcome.REFUSED if reasons else lifecycle.DecisionOutcome.DECIDED)
    row = Inspection(authority_id=authority.id, inspector_id=officer.id,
                     subject_kind=data["subject_kind"],
                     subject_reference=data["subject_reference"], persons=data["persons"],
                     outcome=str(outcome.target), reasons=reasons, barred_by=bars,
                     decision_number=data["decision_number"], on=data["on"],
                     recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    payload = {"inspection_id": row.id, "authority_id": authority.id,
               "inspector_id": officer.id, "subject_kind": row.subject_kind,
               "subject_reference": row.subject_reference, "on": row.on,
               "decision_number": row.decision_number}
    if reasons:
        uow.emit("inspection.refused", {
            **payload, "barred_by": [{"relation": b["relation"], "ground": b["ground"]}
                                     for b in bars],
            "reasons_count": len(reasons)}, authority=authority.id)
    else:
        uow.emit("inspection.assigned", payload, authority=authority.id)
    uow.audit(f"inspection.{'refused' if reasons else 'assigned'}", subject_type="inspection",
              subject_id=row.id, legal_basis=f"{rules.INSPECTION_ASSIGNED}; {outcome.article}",
              details={"inspector_id": officer.id, "reasons": reasons, "barred_by": bars})
    return inspection_result(row)
