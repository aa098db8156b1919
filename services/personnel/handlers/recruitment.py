"""Recruitment of enforcement officers (Decree 62/2015 Art. 56-63): the authorities listed for
designation without examination (Art. 63.2), the provincial recruitment board (63.4) and the
designation without examination itself (63.1, 63.3), decided or refused with reasons as every
personnel decision (``handlers.careers.record_decision``).
"""
from shared.errors import Conflict, NotFound, ValidationError

from services.personnel.handlers.authorities import chain_above
from services.personnel.handlers.basis import basis_with
from services.personnel.handlers.careers import decision_result, record_decision
from services.personnel.handlers.staff import (administered_authority, holdings_of,
                                               open_holding, visible_officer)
from services.personnel.models import ExemptAuthority, RecruitmentBoard
from services.personnel.rules import careers
from services.personnel.rules import recruitment as rules
from services.personnel.rules.staff import Position


def listing_result(row):
    return {"authority_id": row.authority_id, "area": row.area,
            "chief_district": row.chief_district,
            "allowance_coefficient_hundredths": row.allowance_coefficient_hundredths,
            "source": row.source}


def board_result(row):
    return {"id": row.id, "authority_id": row.authority_id, "members": list(row.members),
            "decision_number": row.decision_number, "constituted_on": row.constituted_on}


def list_exempt_authority(data, uow, law, caller):
    """Record an authority of the list enclosed with the decree (Decree 62/2015 Art. 63.2) with
    the facts of Art. 63.1.a; announce ``exempt_authority.listed``; audit."""
    session = uow.session
    authority = administered_authority(session, caller, data["authority_id"])
    if session.get(ExemptAuthority, authority.id) is not None:
        raise Conflict(f"{authority.id} is already listed", {"authority_id": authority.id})
    row = ExemptAuthority(**data, listed_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("exempt_authority.listed", listing_result(row), authority=authority.id)
    uow.audit("exempt_authority.listed", subject_type="authority", subject_id=authority.id,
              legal_basis=basis_with("Decree 62/2015 Art. 63.1.a, 63.2", row.source),
              details=listing_result(row))
    return listing_result(row)


def constitute_recruitment_board(data, uow, law, caller):
    """Record a provincial recruitment board (Decree 62/2015 Art. 63.4) of a provincial
    authority, composed as the article says (``rules.recruitment.board_composition_problems``:
    otherwise a ``ValidationError`` on ``members``); announce ``recruitment_board.constituted``;
    audit."""
    session = uow.session
    authority = administered_authority(session, caller, data["authority_id"])
    if authority.level != "provincial":
        raise ValidationError("a recruitment board is provincial", {
            "authority_id": [f"{authority.id} is {authority.level}, not provincial (Decree "
                             "62/2015 Art. 63.4)"]})
    problems = rules.board_composition_problems([m["role"] for m in data["members"]])
    if problems:
        raise ValidationError("the board is not composed as Art. 63.4 says",
                              {"members": problems})
    if session.get(RecruitmentBoard, data["id"]) is not None:
        raise Conflict(f"board {data['id']} is already recorded", {"id": data["id"]})
    row = RecruitmentBoard(**data, recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("recruitment_board.constituted", {
        "board_id": row.id, "authority_id": row.authority_id, "members": len(row.members),
        "decision_number": row.decision_number, "constituted_on": row.constituted_on},
        authority=authority.id)
    uow.audit("recruitment_board.constituted", subject_type="recruitment_board",
              subject_id=row.id, legal_basis="Decree 62/2015 Art. 63.4",
              details={"members": row.members, "decision_number": row.decision_number})
    return board_result(row)


def _board(session, board_id, authority):
    board = session.get(RecruitmentBoard, board_id)
    if board is None:
        raise NotFound(f"no recruitment board {board_id!r}", {"board_id": board_id})
    province = careers.province_of(
        [(a.id, a.level) for a in [authority, *chain_above(session, authority)]])
    if board.authority_id != province:
        raise ValidationError("the board is another province's", {
            "board_id": [f"{board.id} is the board of {board.authority_id}, not of {province} "
                         "(Decree 62/2015 Art. 63.4)"]})
    return board


def designate_without_examination(data, uow, law, caller):
    """Designate a junior enforcement officer without examination (Decree 62/2015 Art. 63): at
    a listed authority (63.1.a, 63.2), within the article's dates, with the written 5-year
    commitment (63.1.b), on the proposal of the province's board met with two thirds of its
    members and voted by more than half of them (63.4), by the Minister (63.3). Refused with
    every reason otherwise. When decided the rank is held from ``valid_from`` and the end of
    the commitment (5 years, Civil Code Art. 147-148 via the calendar) is recorded."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    authority = administered_authority(session, caller, data["authority_id"])
    board = _board(session, data["board_id"], authority)
    meeting, on = data["meeting"], data["valid_from"]
    members = len(board.members)
    if meeting["present"] > members or meeting["in_favour"] > meeting["present"]:
        raise ValidationError("more present than members, or more votes than present", {
            "meeting": {"present": [f"the board has {members} members; "
                                    f"{meeting['in_favour']} voted for"]}})
    listing = session.get(ExemptAuthority, authority.id)
    reasons, rows = rules.without_examination_reasons(on, data["commitment_years"],
                                                      data["decider"], law.params)
    more, more_rows = rules.listing_reasons(
        listing and {**listing_result(listing), "level": authority.level}, law.params, on)
    votes, vote_rows = rules.board_vote_reasons(members, meeting["present"],
                                                meeting["in_favour"], law.params,
                                                meeting["held_on"])
    rank = careers.enforcement_rank(holdings_of(session, officer.id), on)
    already = ([f"the official already holds {rank} on {on.isoformat()} (Decree 62/2015 "
                "Art. 63.1)"] if rank else [])
    reasons = reasons + more + votes + already
    details = {"board_id": board.id, "board_members": members,
               "meeting": {**meeting, "held_on": meeting["held_on"].isoformat()},
               "commitment_years": data["commitment_years"],
               "commitment_signed_on": data["commitment_signed_on"].isoformat()}
    if not reasons:
        details["opened"] = [open_holding(uow, caller, officer, authority,
                                          Position.ENFORCEMENT_OFFICER_JUNIOR, on, None,
                                          data["decision_number"]).id]
        ends = law.calendar.due_date(on, data["commitment_years"], "years")
        details["commitment_ends_on"] = ends.isoformat()
    decision = record_decision(
        uow, caller, reasons=reasons, legal_basis=rules.WITHOUT_EXAMINATION,
        parameters_used=[r.as_record() for r in rows + more_rows + vote_rows],
        details=details, kind=str(careers.DecisionKind.DESIGNATION_WITHOUT_EXAMINATION),
        officer_id=officer.id, authority_id=authority.id,
        position=str(Position.ENFORCEMENT_OFFICER_JUNIOR), decider=data["decider"],
        valid_from=on, decision_number=data["decision_number"])
    return decision_result(decision)
