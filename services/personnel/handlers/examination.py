"""Recruitment by examination (Decree 62/2015 Art. 56-62; Law Art. 18): open an examination
with its board of examiners, nominate candidates and forward the lists up the tree (Art. 58,
59), consider the applications and publish the qualified candidates (Art. 57, 60), record the
board's results and designate those who passed (Art. 61.2.c, 62).

A candidate refused as not qualified is a decision too: recorded with its reasons and the
parameters used, audited, counted in the published event.
"""
from datetime import date, timedelta

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError

from services.personnel.handlers.careers import decision_result, record_decision
from services.personnel.handlers.staff import (administered_authority, authority_record,
                                               close_holding, open_holding, visible_officer)
from services.personnel.models import Appointment, ExamCandidate, Examination, Officer
from services.personnel.rules import examination as rules
from services.personnel.rules import lifecycle
from services.personnel.rules.careers import MILITARY_LEVELS, DecisionKind
from services.personnel.rules.lifecycle import CandidateStatus
from services.personnel.rules.staff import Position, holds_on


def candidate_result(row):
    return {"officer_id": row.officer_id, "nominated_by": row.nominated_by,
            "held_by": row.held_by, "status": row.status, "reasons": list(row.reasons),
            "parameters_used": list(row.parameters_used),
            "application_number": row.application_number, "score": row.score}


def examination_result(session, exam):
    candidates = session.scalars(select(ExamCandidate)
                                 .where(ExamCandidate.examination_id == exam.id)
                                 .order_by(ExamCandidate.id)).all()
    return {"id": exam.id, "rank": exam.rank, "system": exam.system,
            "organiser_id": exam.organiser_id, "examination_on": exam.examination_on,
            "board_decision_number": exam.board_decision_number,
            "board_members": list(exam.board_members),
            "candidates": [candidate_result(c) for c in candidates]}


def _examination(session, examination_id, lock=False):
    exam = session.get(Examination, examination_id, with_for_update=lock)
    if exam is None:
        raise NotFound(f"no examination {examination_id!r}", {"examination_id": examination_id})
    return exam


def _organised(session, caller, examination_id):
    """The examination, if the caller administers its organiser (``PermissionDenied``
    otherwise)."""
    exam = _examination(session, examination_id, lock=True)
    administered_authority(session, caller, exam.organiser_id)
    return exam


def _candidates(session, exam, *statuses, held_by=None):
    query = select(ExamCandidate).where(ExamCandidate.examination_id == exam.id,
                                        ExamCandidate.status.in_(statuses))
    if held_by is not None:
        query = query.where(ExamCandidate.held_by == held_by)
    return session.scalars(query.order_by(ExamCandidate.id).with_for_update()).all()


def open_examination(data, uow, law, caller):
    """Open an examination for a rank (Decree 62/2015 Art. 56.2), organised by the authority
    Art. 60 names for its system, with the board of examiners the Minister established (Art.
    61.1). Announce ``examination.opened``; audit."""
    session = uow.session
    organiser = administered_authority(session, caller, data["organiser_id"], "organiser_id")
    problems = rules.organiser_reasons(data["system"], organiser.level)
    if problems:
        raise ValidationError("not the organiser of that system", {"organiser_id": problems})
    if session.get(Examination, data["id"]) is not None:
        raise Conflict(f"examination {data['id']} is already open", {"id": data["id"]})
    exam = Examination(**data, opened_by=caller.identity.user)
    session.add(exam)
    session.flush()
    uow.emit("examination.opened", {
        "examination_id": exam.id, "rank": exam.rank, "system": exam.system,
        "organiser_id": exam.organiser_id, "examination_on": exam.examination_on,
        "board_decision_number": exam.board_decision_number}, authority=organiser.id)
    uow.audit("examination.opened", subject_type="examination", subject_id=exam.id,
              legal_basis="Decree 62/2015 Art. 56.2, 60, 61.1",
              details={"rank": exam.rank, "board_members": exam.board_members})
    return examination_result(session, exam)


def nominate_candidate(data, uow, law, caller):
    """Put an official of the caller's authority on its candidate list (Decree 62/2015 Art.
    58.1), with the facts of eligibility; the list goes to the recipient Art. 58 names (a
    Sub-department's to its Department; a Department's or military zone's to the organiser).
    Announce ``candidate.nominated``; audit."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"])
    exam = _examination(session, data["examination_id"])
    employer = authority_record(session, officer.authority_id)
    military = employer.level in MILITARY_LEVELS
    if military != (exam.system == rules.System.MILITARY):
        raise ValidationError("the candidate is of another system", {
            "officer_id": [f"{officer.id} works at a {employer.level} authority; the "
                           f"examination is {exam.system} (Decree 62/2015 Art. 58)"]})
    recipient = rules.list_recipient(employer.level, employer.parent_id, exam.organiser_id)
    target = (CandidateStatus.RECEIVED if recipient == exam.organiser_id
              else CandidateStatus.NOMINATED)
    transition = lifecycle.check_candidate_transition(None, target)
    if session.scalar(select(ExamCandidate.id).where(
            ExamCandidate.examination_id == exam.id,
            ExamCandidate.officer_id == officer.id)) is not None:
        raise Conflict(f"{officer.id} is already a candidate of {exam.id}",
                       {"officer_id": officer.id})
    facts = {**data["facts"], "legal_work_since": data["facts"]["legal_work_since"]
             and data["facts"]["legal_work_since"].isoformat()}
    row = ExamCandidate(examination_id=exam.id, officer_id=officer.id, nominated_by=employer.id,
                        held_by=recipient, status=str(transition.target), facts=facts,
                        reasons=[], parameters_used=[], recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("candidate.nominated", {
        "examination_id": exam.id, "officer_id": officer.id, "nominated_by": employer.id,
        "held_by": recipient, "status": row.status}, authority=employer.id)
    uow.audit("candidate.nominated", subject_type="officer", subject_id=officer.id,
              legal_basis=transition.article,
              details={"examination_id": exam.id, "held_by": recipient})
    return candidate_result(row)


def forward_candidate_list(data, uow, law, caller):
    """Send the candidate list an authority holds — its own and its Sub-departments'
    candidates — to the organiser with the Director's application (Decree 62/2015 Art. 58.2,
    59.2, 60). Announce ``candidate_list.forwarded``; audit."""
    session = uow.session
    holder = administered_authority(session, caller, data["authority_id"])
    exam = _examination(session, data["examination_id"])
    waiting = _candidates(session, exam, CandidateStatus.NOMINATED, held_by=holder.id)
    if not waiting:
        raise ValidationError("no list to forward", {
            "authority_id": [f"{holder.id} holds no candidate of {exam.id} to forward"]})
    recipient = rules.list_recipient(holder.level, holder.parent_id, exam.organiser_id)
    for row in waiting:
        transition = lifecycle.check_candidate_transition(row.status, CandidateStatus.RECEIVED)
        row.status, row.held_by = str(transition.target), recipient
        row.application_number = data["application_number"]
    officer_ids = [row.officer_id for row in waiting]
    uow.emit("candidate_list.forwarded", {
        "examination_id": exam.id, "from_authority_id": holder.id,
        "to_authority_id": recipient, "officer_ids": officer_ids,
        "application_number": data["application_number"]}, authority=holder.id)
    uow.audit("candidate_list.forwarded", subject_type="examination", subject_id=exam.id,
              legal_basis=rules.LIST_FORWARDED,
              details={"from": holder.id, "to": recipient, "officer_ids": officer_ids})
    return examination_result(session, exam)


def _lower_rank_since(session, officer_id, rank, on):
    """The first day of the current holding of the rank below ``rank``, or ``None``."""
    below = rules.lower_rank(rank)
    held = session.scalars(select(Appointment).where(Appointment.officer_id == officer_id,
                                                     Appointment.position == str(below))).all()
    current = [h for h in held if holds_on(h.valid_from, h.valid_to, on)]
    return min((h.valid_from for h in current), default=None)


def consider_applications(data, uow, law, caller):
    """Consider the applications the organiser received (Decree 62/2015 Art. 57, 60; Law Art.
    18): each candidate qualified, or not qualified with its reasons and the parameters used;
    publish the qualified candidates (``examination.candidates_published``); audit each."""
    session = uow.session
    exam = _organised(session, caller, data["examination_id"])
    received = _candidates(session, exam, CandidateStatus.RECEIVED)
    for row in received:
        facts = {**row.facts, "legal_work_since": row.facts["legal_work_since"]
                 and date.fromisoformat(row.facts["legal_work_since"])}
        since = (None if exam.rank == Position.ENFORCEMENT_OFFICER_JUNIOR
                 else _lower_rank_since(session, row.officer_id, exam.rank,
                                        exam.examination_on))
        reasons, used = rules.eligibility_reasons(exam.rank, facts, since, exam.examination_on,
                                                  law.params)
        target = CandidateStatus.NOT_QUALIFIED if reasons else CandidateStatus.QUALIFIED
        transition = lifecycle.check_candidate_transition(row.status, target)
        row.status, row.reasons = str(transition.target), reasons
        row.parameters_used = [u.as_record() for u in used]
        uow.audit(f"candidate.{row.status}", subject_type="officer", subject_id=row.officer_id,
                  legal_basis=transition.article,
                  details={"examination_id": exam.id, "reasons": reasons,
                           "parameters_used": row.parameters_used})
    qualified = [r.officer_id for r in received if r.status == CandidateStatus.QUALIFIED]
    uow.emit("examination.candidates_published", {
        "examination_id": exam.id, "qualified": qualified,
        "not_qualified": len(received) - len(qualified)}, authority=exam.organiser_id)
    return examination_result(session, exam)


def record_examination_results(data, uow, law, caller):
    """Record the board of examiners' results (Decree 62/2015 Art. 61.2.c, 62.1): each
    qualified candidate passed or failed (a result for any other is a ``Conflict``). Announce
    ``examination.results_recorded``; audit."""
    session = uow.session
    exam = _organised(session, caller, data["examination_id"])
    rows = {r.officer_id: r for r in _candidates(session, exam, *CandidateStatus)}
    for result in data["results"]:
        row = rows.get(result["officer_id"])
        if row is None:
            raise NotFound(f"{result['officer_id']} is not a candidate of {exam.id}",
                           {"officer_id": result["officer_id"]})
        target = CandidateStatus.PASSED if result["passed"] else CandidateStatus.FAILED
        transition = lifecycle.check_candidate_transition(row.status, target,
                                                          f"candidate {row.officer_id}")
        row.status, row.score = str(transition.target), result["score"]
    results = [rows[r["officer_id"]] for r in data["results"]]
    uow.emit("examination.results_recorded", {
        "examination_id": exam.id,
        "passed": [r.officer_id for r in results if r.status == CandidateStatus.PASSED],
        "failed": [r.officer_id for r in results if r.status == CandidateStatus.FAILED]},
        authority=exam.organiser_id)
    uow.audit("examination.results_recorded", subject_type="examination", subject_id=exam.id,
              legal_basis=rules.RESULT_RECORDED,
              details={"results": [{"officer_id": r.officer_id, "status": r.status,
                                    "score": r.score} for r in results]})
    return examination_result(session, exam)


def designate_passed_candidate(data, uow, law, caller):
    """Designate a candidate who passed to the examination's rank at their authority (Decree
    62/2015 Art. 62; Law Art. 18.6-18.7), by the Minister: refused with reasons otherwise. A
    promotion ends the rank below the day before."""
    session = uow.session
    exam = _organised(session, caller, data["examination_id"])
    row = session.scalar(select(ExamCandidate).where(
        ExamCandidate.examination_id == exam.id,
        ExamCandidate.officer_id == data["officer_id"]).with_for_update())
    if row is None:
        raise NotFound(f"{data['officer_id']} is not a candidate of {exam.id}",
                       {"officer_id": data["officer_id"]})
    # the organiser designates its candidates wherever they work (since 2025 the provincial
    # agencies are not below the central authority in the tree)
    officer = session.get(Officer, row.officer_id, with_for_update=True)
    employer = authority_record(session, officer.authority_id)
    on = data["valid_from"]
    reasons = rules.designation_refusal_reasons(row.status, data["decider"])
    details = {"examination_id": exam.id, "score": row.score}
    if not reasons:
        transition = lifecycle.check_candidate_transition(row.status, CandidateStatus.DESIGNATED)
        row.status = str(transition.target)
        details["ended"] = _end_lower_rank(uow, caller, officer.id, exam.rank, on)
        details["opened"] = [open_holding(uow, caller, officer, employer, exam.rank, on, None,
                                          data["decision_number"]).id]
    decision = record_decision(
        uow, caller, reasons=reasons, legal_basis=rules.DESIGNATED_AFTER_EXAMINATION,
        details=details, kind=str(DecisionKind.DESIGNATION_AFTER_EXAMINATION),
        officer_id=officer.id, authority_id=employer.id, position=exam.rank,
        decider=data["decider"], valid_from=on, decision_number=data["decision_number"])
    return decision_result(decision)


def _end_lower_rank(uow, caller, officer_id, rank, on):
    if rank == Position.ENFORCEMENT_OFFICER_JUNIOR:
        return []
    below = str(rules.lower_rank(rank))
    held = uow.session.scalars(select(Appointment).where(
        Appointment.officer_id == officer_id, Appointment.position == below)).all()
    ended = []
    for h in held:
        if holds_on(h.valid_from, h.valid_to, on):
            close_holding(uow, caller, h, on - timedelta(days=1), f"promoted to {rank}")
            ended.append(h.id)
    return ended


def get_examination(examination_id, uow, law, caller):
    """An examination with its candidates (status, where the list is, reasons, result), for
    the organiser's administrators."""
    session = uow.session
    exam = _examination(session, examination_id)
    administered_authority(session, caller, exam.organiser_id, "examination_id")
    return examination_result(session, exam)
