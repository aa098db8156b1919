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
                                               close_holding, enrol_officer, open_holding,
                                               visible_officer)
from services.personnel.models import Appointment, ExamCandidate, Examination, Officer
from services.personnel.rules import examination as rules
from services.personnel.rules import inspection, lifecycle
from services.personnel.rules.careers import MILITARY_LEVELS, DecisionKind
from services.personnel.rules.lifecycle import CandidateStatus
from services.personnel.rules.staff import Position, holds_on


def candidate_id(row):
    """An official's officer id, or the applicant id of one who is not (Art. 58.4)."""
    return row.officer_id or row.applicant_id


def candidate_result(row):
    applicant = row.applicant and {**row.applicant,
                                   "date_of_birth": date.fromisoformat(
                                       row.applicant["date_of_birth"])}
    return {"officer_id": row.officer_id, "applicant_id": row.applicant_id,
            "applicant": applicant, "nominated_by": row.nominated_by,
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
    facts = _facts(data["facts"])
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


def _facts(facts):
    return {**facts, "legal_work_since": facts["legal_work_since"]
            and facts["legal_work_since"].isoformat()}


def register_applicant(data, uow, law, caller):
    """Put a candidate who is not an official on the candidate list of an authority the caller
    administers (Decree 62/2015 Art. 58.4, 59.1), with the person's particulars and the facts of
    eligibility; the list goes where Art. 58 sends that authority's (a Sub-department's to its
    Department, a Department's to the organiser). Whether the person may sit is considered
    with the others (``consider_applications``). Announce ``applicant.registered``; audit."""
    session = uow.session
    authority = administered_authority(session, caller, data["authority_id"])
    exam = _examination(session, data["examination_id"])
    if (authority.level in MILITARY_LEVELS) != (exam.system == rules.System.MILITARY):
        raise ValidationError("the authority is of another system", {
            "authority_id": [f"{authority.id} is a {authority.level} authority; the "
                             f"examination is {exam.system} (Decree 62/2015 Art. 58)"]})
    applicants = session.scalars(select(ExamCandidate).where(
        ExamCandidate.examination_id == exam.id, ExamCandidate.applicant_id.is_not(None))).all()
    # one person, one application: by the id given or by the identity card
    if any(a.applicant_id == data["applicant_id"]
           or a.applicant["identity_number"] == data["identity_number"] for a in applicants):
        raise Conflict(f"{data['applicant_id']} is already a candidate of {exam.id}",
                       {"applicant_id": data["applicant_id"]})
    if session.get(Officer, data["applicant_id"]) is not None:
        raise Conflict(f"{data['applicant_id']} is an official's id: nominate the official",
                       {"applicant_id": data["applicant_id"]})
    recipient = rules.list_recipient(authority.level, authority.parent_id, exam.organiser_id)
    transition = lifecycle.check_candidate_transition(
        None, CandidateStatus.RECEIVED if recipient == exam.organiser_id
        else CandidateStatus.NOMINATED)
    applicant = {"full_name": data["full_name"], "identity_number": data["identity_number"],
                 "date_of_birth": data["date_of_birth"].isoformat()}
    row = ExamCandidate(examination_id=exam.id, applicant_id=data["applicant_id"],
                        applicant=applicant, nominated_by=authority.id, held_by=recipient,
                        status=str(transition.target), facts=_facts(data["facts"]),
                        reasons=[], parameters_used=[], recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("applicant.registered", {
        "examination_id": exam.id, "applicant_id": row.applicant_id,
        "nominated_by": authority.id, "held_by": recipient, "status": row.status},
        authority=authority.id)
    uow.audit("applicant.registered", subject_type="applicant", subject_id=row.applicant_id,
              legal_basis=rules.APPLICANT_REGISTERED,
              details={"examination_id": exam.id, "held_by": recipient, **applicant})
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
    officer_ids = [candidate_id(row) for row in waiting]
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
        # an applicant holds no rank here; a junior candidate needs none
        promotion = exam.rank != Position.ENFORCEMENT_OFFICER_JUNIOR and row.officer_id
        since = (_lower_rank_since(session, row.officer_id, exam.rank, exam.examination_on)
                 if promotion else None)
        reasons, used = rules.sitting_reasons(exam.rank, exam.system, facts, since,
                                              exam.examination_on, law.params)
        if row.applicant_id is not None:
            more, more_rows = rules.applicant_reasons(
                exam.rank, date.fromisoformat(row.applicant["date_of_birth"]),
                exam.examination_on, law.params)
            reasons, used = reasons + more, used + more_rows
        target = CandidateStatus.NOT_QUALIFIED if reasons else CandidateStatus.QUALIFIED
        transition = lifecycle.check_candidate_transition(row.status, target)
        row.status, row.reasons = str(transition.target), reasons
        row.parameters_used = [u.as_record() for u in used]
        uow.audit(f"candidate.{row.status}",
                  subject_type="officer" if row.officer_id else "applicant",
                  subject_id=candidate_id(row),
                  legal_basis=transition.article,
                  details={"examination_id": exam.id, "reasons": reasons,
                           "parameters_used": row.parameters_used})
    qualified = [candidate_id(r) for r in received if r.status == CandidateStatus.QUALIFIED]
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
    rows = {(r.officer_id, r.applicant_id): r
            for r in _candidates(session, exam, *CandidateStatus)}
    results = []
    for result in data["results"]:
        row = rows.get((result["officer_id"], result["applicant_id"]))
        if row is None:
            key = result["officer_id"] or result["applicant_id"]
            raise NotFound(f"{key} is not a candidate of {exam.id}", {"officer_id": key})
        target = CandidateStatus.PASSED if result["passed"] else CandidateStatus.FAILED
        transition = lifecycle.check_candidate_transition(row.status, target,
                                                          f"candidate {candidate_id(row)}")
        row.status, row.score = str(transition.target), result["score"]
        results.append(row)
    uow.emit("examination.results_recorded", {
        "examination_id": exam.id,
        "passed": [candidate_id(r) for r in results if r.status == CandidateStatus.PASSED],
        "failed": [candidate_id(r) for r in results if r.status == CandidateStatus.FAILED]},
        authority=exam.organiser_id)
    uow.audit("examination.results_recorded", subject_type="examination", subject_id=exam.id,
              legal_basis=rules.RESULT_RECORDED,
              details={"results": [{"officer_id": candidate_id(r), "status": r.status,
                                    "score": r.score} for r in results]})
    return examination_result(session, exam)


def designate_passed_candidate(data, uow, law, caller):
    """Designate a candidate who passed to the examination's rank at their authority (Decree
    62/2015 Art. 62; Law Art. 18.6-18.7), by the Minister — a military inspector on the
    proposal of the Ministry of National Defence's council (Art. 69.2): refused with reasons
    otherwise. A promotion ends the rank below the day before. A candidate who was not an
    official (Art. 58.4) becomes one, employed by the authority they applied to, under their
    applicant id (the list keeps naming them as the applicant they were)."""
    session = uow.session
    exam = _organised(session, caller, data["examination_id"])
    key = data["officer_id"] or data["applicant_id"]
    row = session.scalar(select(ExamCandidate).where(
        ExamCandidate.examination_id == exam.id,
        ExamCandidate.officer_id == data["officer_id"] if data["officer_id"]
        else ExamCandidate.applicant_id == data["applicant_id"]).with_for_update())
    if row is None:
        raise NotFound(f"{key} is not a candidate of {exam.id}", {"officer_id": key})
    # the organiser designates its candidates wherever they work (since 2025 the provincial
    # agencies are not below the central authority in the tree)
    officer = row.officer_id and session.get(Officer, row.officer_id, with_for_update=True)
    employer = authority_record(session, officer.authority_id if officer else row.nominated_by)
    on = data["valid_from"]
    reasons = (rules.designation_refusal_reasons(row.status, data["decider"])
               + inspection.military_inspector_proposal_reasons(
                   exam.system, exam.rank, data["council_proposal_number"]))
    details = {"examination_id": exam.id, "score": row.score,
               "council_proposal_number": data["council_proposal_number"]}
    if not reasons:
        transition = lifecycle.check_candidate_transition(row.status, CandidateStatus.DESIGNATED)
        row.status = str(transition.target)
        if officer is None:
            officer = enrol_officer(uow, caller, {
                "id": row.applicant_id, "full_name": row.applicant["full_name"],
                "identity_number": row.applicant["identity_number"],
                "authority_id": employer.id}, rules.DESIGNATED_AFTER_EXAMINATION,
                {"examination_id": exam.id})
        details["ended"] = _end_lower_rank(uow, caller, officer.id, exam.rank, on)
        details["opened"] = [open_holding(uow, caller, officer, employer, exam.rank, on, None,
                                          data["decision_number"]).id]
    decision = record_decision(
        uow, caller, reasons=reasons, legal_basis=rules.DESIGNATED_AFTER_EXAMINATION,
        details=details, kind=str(DecisionKind.DESIGNATION_AFTER_EXAMINATION),
        officer_id=officer.id if officer else None, applicant_id=row.applicant_id,
        authority_id=employer.id, position=exam.rank,
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
