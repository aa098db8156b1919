"""Assignment of a case to an officer, for ``cases`` (Law Art. 36; Decree 62/2015 Art. 10):
choose an eligible enforcement officer of the case's authority, without a conflict with a
party, the least loaded, and say why; release the assignment when the case ends.

Jurisdiction: the authority named must be registered here, and the caller (an officer of that
authority, or ``cases`` acting as ``system`` for it) must act for it.
"""
from sqlalchemy import func, select

from shared.calendar import today_in_vietnam
from shared.errors import Conflict, NotFound

from services.personnel.handlers.authorities import chain_above
from services.personnel.handlers.staff import holdings_of
from services.personnel.models import (Appointment, Assignment, Authority, Officer,
                                       OfficerRelation)
from services.personnel.rules import assignment as rules
from services.personnel.rules import lifecycle
from services.personnel.rules import staff


def _candidates(session, authority_id, on, parties):
    """Every officer eligible on ``on`` at the authority (Law Art. 18, 20, as
    ``rules.staff.is_eligible_enforcement_officer`` reads it), with their open assignments and
    their conflicts with the parties."""
    officers = session.scalars(
        select(Officer).join(Appointment, Appointment.officer_id == Officer.id)
        .where(Appointment.authority_id == authority_id).distinct()
        .order_by(Officer.id)).all()
    candidates = []
    for officer in officers:
        holdings = [{"authority_id": h.authority_id, "position": h.position,
                     "valid_from": h.valid_from, "valid_to": h.valid_to}
                    for h in session.scalars(select(Appointment)
                                             .where(Appointment.officer_id == officer.id))]
        suspended = officer.status == lifecycle.OfficerStatus.SUSPENDED
        if not staff.is_eligible_enforcement_officer(holdings, authority_id, on, suspended):
            continue
        open_count = session.scalar(
            select(func.count()).select_from(Assignment)
            .where(Assignment.officer_id == officer.id,
                   Assignment.status == lifecycle.AssignmentStatus.OPEN))
        relations = [{"name": r.person_name, "identity_number": r.identity_number,
                      "relation": r.relation}
                     for r in session.scalars(select(OfficerRelation)
                                              .where(OfficerRelation.officer_id == officer.id))]
        candidates.append(rules.Candidate(officer.id, officer.full_name, open_count,
                                          rules.conflicts_with_parties(relations, parties)))
    return candidates


def _candidate_out(candidate):
    return {"officer_id": candidate.officer_id, "full_name": candidate.full_name,
            "open_assignments": candidate.open_assignments}


def _excluded_out(candidate):
    return {**_candidate_out(candidate), "conflicts": list(candidate.conflicts)}


def assignment_result(row, officer):
    return {"assignment_id": row.id, "authority": row.authority_id, "case_id": row.case_id,
            "status": row.status, "assigned_on": row.assigned_on,
            "released_on": row.released_on, "officer": officer,
            "considered": row.explanation["considered"],
            "excluded": row.explanation["excluded"],
            "set_aside": row.explanation.get("set_aside", []),  # rows before Art. 10.3 had none
            "reasons": row.explanation["reasons"],
            "legal_basis": row.legal_basis}


def _deciders(session, authority, officer_id, on):
    """Whose head decides the replacement of ``officer_id`` in a case of ``authority`` on
    ``on`` (Decree 62/2015 Art. 10.2, as ``rules.replacement_decided_by`` reads it)."""
    return rules.replacement_decided_by(holdings_of(session, officer_id), authority.id,
                                        authority.parent_id, on)


def _superior_replacing(session, caller, authority, officer_id, on):
    """Whether the caller acts for the superior authority that Decree 62/2015 Art. 10.2 lets
    decide the replacement of ``officer_id``, the head of ``authority``: then it may release
    that head's assignment and have the case given to another officer."""
    acting_for = caller.identity.authority
    return acting_for != authority.id and acting_for in _deciders(session, authority,
                                                                  officer_id, on)


def _last_released(session, authority_id, case_id):
    return session.scalars(select(Assignment).where(
        Assignment.authority_id == authority_id, Assignment.case_id == case_id,
        Assignment.status == lifecycle.AssignmentStatus.RELEASED)
        .order_by(Assignment.id.desc())).first()


def assign_officer(data, uow, law, caller):
    """Give the case to an officer (Law Art. 36; Decree 62/2015 Art. 10.1): eligible at the
    case's authority today, no recorded relation to a party, not one of ``exclude_officer_ids``
    (the officer being replaced, Art. 10.3), the fewest open assignments. Recorded with its
    reasons, announced as ``officer.assigned``, audited.

    A case with an open assignment is a ``Conflict`` naming its officer; no eligible officer,
    or every one excluded or set aside, is a ``Conflict`` saying why (both lists in
    ``details``).
    """
    session = uow.session
    # Locking the authority's row serialises assignments of one authority: two cases assigned
    # at once see each other's workload.
    authority = session.get(Authority, data["authority"], with_for_update=True)
    if authority is None:
        raise NotFound(f"no authority {data['authority']!r}", {"authority": data["authority"]})
    case_id, on = data["case_id"], today_in_vietnam()
    replaced = _last_released(session, authority.id, case_id)
    if replaced is not None and _superior_replacing(session, caller, authority,
                                                    replaced.officer_id, on):
        # the superior replaces the head (Decree Art. 10.2): it gives the case another
        # officer, or the head back when no other can take it
        identity = caller.identity
    else:
        identity = caller.require_jurisdiction(authority.id)
    existing = session.scalars(select(Assignment).where(
        Assignment.authority_id == authority.id, Assignment.case_id == case_id,
        Assignment.status == lifecycle.AssignmentStatus.OPEN)).first()
    if existing is not None:
        raise Conflict(f"case {case_id} is already assigned to {existing.officer_id}; release "
                       "it first (Decree 62/2015 Art. 10.3: replacement)",
                       {"case_id": case_id, "officer_id": existing.officer_id})
    choice = rules.choose_officer(_candidates(session, authority.id, on, data["parties"]),
                                  frozenset(data["exclude_officer_ids"]))
    reasons = rules.explain(choice)
    if choice.officer is None:
        why = ("no officer holds an enforcement officer rank at the authority today and is "
               "active (Law Art. 18, 20)" if not (choice.excluded or choice.set_aside) else
               "every eligible officer has a conflict with a party or is being replaced "
               "(Decree 62/2015 Art. 10.1, 10.3): " + "; ".join(reasons))
        raise Conflict(f"no officer of {authority.id} can be given case {case_id}: {why}",
                       {"authority": authority.id, "case_id": case_id,
                        "excluded": [_excluded_out(c) for c in choice.excluded],
                        "set_aside": [_candidate_out(c) for c in choice.set_aside]})
    transition = lifecycle.check_assignment_transition(None, lifecycle.AssignmentStatus.OPEN)
    explanation = {"considered": [_candidate_out(c) for c in choice.considered],
                   "excluded": [_excluded_out(c) for c in choice.excluded],
                   "set_aside": [_candidate_out(c) for c in choice.set_aside],
                   "reasons": reasons}
    row = Assignment(authority_id=authority.id, case_id=case_id,
                     officer_id=choice.officer.officer_id, status=str(transition.target),
                     assigned_on=on, explanation=explanation,
                     legal_basis=rules.ASSIGNMENT_BASIS, assigned_by=identity.user)
    session.add(row)
    session.flush()
    uow.emit("officer.assigned", {
        "assignment_id": row.id, "case_id": case_id, "officer_id": row.officer_id,
        "authority_id": authority.id, "assigned_on": on, "reasons": reasons,
        "legal_basis": row.legal_basis}, authority=authority.id, case_id=case_id)
    uow.audit("officer.assigned", subject_type="assignment", subject_id=row.id,
              legal_basis=rules.ASSIGNMENT_BASIS,
              details={"case_id": case_id, "officer_id": row.officer_id, "reasons": reasons})
    return assignment_result(row, _candidate_out(choice.officer))


def release_assignment(data, uow, law, caller):
    """End the open assignment of a case (Law Art. 50-52: the case ended; Decree 62/2015 Art.
    10.3: the officer replaced), so it no longer counts in the officer's workload. No open
    assignment, or one of another authority, is ``NotFound``. Announce ``officer.released``;
    audit."""
    session = uow.session
    row = session.scalars(select(Assignment).where(
        Assignment.authority_id == data["authority"], Assignment.case_id == data["case_id"],
        Assignment.status == lifecycle.AssignmentStatus.OPEN).with_for_update()).first()
    on = today_in_vietnam()
    if row is None or (row.authority_id != caller.identity.authority and not
                       _superior_replacing(session, caller, session.get(Authority,
                                                                        row.authority_id),
                                           row.officer_id, on)):
        raise NotFound(f"no open assignment of case {data['case_id']!r}",
                       {"case_id": data["case_id"]})
    transition = lifecycle.check_assignment_transition(row.status,
                                                       lifecycle.AssignmentStatus.RELEASED)
    row.status, row.released_on, row.release_reason = (str(transition.target), on,
                                                       data["reason"])
    uow.emit("officer.released", {
        "assignment_id": row.id, "case_id": row.case_id, "officer_id": row.officer_id,
        "authority_id": row.authority_id, "released_on": on, "reason": row.release_reason},
        authority=row.authority_id, case_id=row.case_id)
    uow.audit("officer.released", subject_type="assignment", subject_id=row.id,
              legal_basis=rules.RELEASE_BASIS,
              details={"case_id": row.case_id, "officer_id": row.officer_id})
    session.flush()
    officer = session.get(Officer, row.officer_id)
    still_open = session.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.officer_id == officer.id, Assignment.status == lifecycle.AssignmentStatus.OPEN))
    return assignment_result(row, {"officer_id": officer.id, "full_name": officer.full_name,
                                   "open_assignments": still_open})


def replacement_deciders(data, uow, law, caller):
    """Who decides a litigant's request to replace the officer of a case today (Decree 62/2015
    Art. 10.2): the authority's head, and the superior authority's when the officer is that
    head. For ``cases``, so the superior's head may decide. ``NotFound`` when the case has no
    open assignment, or the caller's authority is neither the case's nor above it (the same
    answer, so nothing is told of another tree)."""
    session = uow.session
    authority = session.get(Authority, data["authority"])
    row = session.scalars(select(Assignment).where(
        Assignment.authority_id == data["authority"], Assignment.case_id == data["case_id"],
        Assignment.status == lifecycle.AssignmentStatus.OPEN)).first()
    if authority is None or row is None or not staff.may_administer(
            caller.identity.authority, authority.id,
            [a.id for a in chain_above(session, authority)]):
        raise NotFound(f"no open assignment of case {data['case_id']!r}",
                       {"case_id": data["case_id"]})
    on = today_in_vietnam()
    return {"authority": authority.id, "case_id": row.case_id, "officer_id": row.officer_id,
            "on": on, "deciders": list(_deciders(session, authority, row.officer_id, on)),
            "legal_basis": rules.DECIDERS_BASIS}
