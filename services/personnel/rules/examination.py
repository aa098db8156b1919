"""Recruitment of enforcement officers by examination (Decree 62/2015 Art. 56-62; Law Art.
18): who may sit (Art. 57), how candidate lists flow up the tree (Art. 58-60), and what a
candidate may become. Pure: plain values in, reasons out; the years the Law asks for are dated
rows of ``params``.
"""
from enum import StrEnum

from services.personnel.rules.careers import Decider, decider_reasons
from services.personnel.rules import inspection
from services.personnel.rules.staff import Category, Position, position_kind

EXAMINATION = "Decree 62/2015 Art. 56-62; Law on Civil Judgment Enforcement Art. 18"
CANDIDATE_NOMINATED = "Decree 62/2015 Art. 58.1-58.2"
LIST_FORWARDED = "Decree 62/2015 Art. 58.2, 59.2, 60"
APPLICATIONS_CONSIDERED = "Decree 62/2015 Art. 57, 60; Law Art. 18"
RESULT_RECORDED = "Decree 62/2015 Art. 61.2.c, 62.1"
DESIGNATED_AFTER_EXAMINATION = "Decree 62/2015 Art. 62; Law Art. 18.6-18.7"
APPLICANT_REGISTERED = "Decree 62/2015 Art. 58.4, 59.1; Law Art. 18"
LEGAL_WORK_KEY = "officer_eligibility.legal_work_years"
MINIMUM_AGE_KEY = "recruitment.minimum_age_years"
YEARS_AT_RANK_KEY = "officer_eligibility.years_at_lower_rank"

#: The ranks an examination recruits to (Art. 56.2): junior by the Ministry's examination,
#: intermediate and senior by promotion from the rank below; Art. 69.1: chief and senior
#: inspector by promotion from the inspector's rank below.
RANKS = (Position.ENFORCEMENT_OFFICER_JUNIOR, Position.ENFORCEMENT_OFFICER_INTERMEDIATE,
         Position.ENFORCEMENT_OFFICER_SENIOR, Position.CHIEF_INSPECTOR,
         Position.SENIOR_INSPECTOR)


class System(StrEnum):
    CIVIL = "civil"        # organised by the General Department (Art. 60.1)
    MILITARY = "military"  # by the Ministry of National Defence's Department (Art. 58, 60.2)


#: Art. 58.1, 60: who organises an examination of each system, by level.
ORGANISER_LEVELS = {System.CIVIL: "general_department", System.MILITARY: "military"}


def organiser_reasons(system, level):
    """Why an authority of ``level`` may not organise an examination of ``system``: Decree
    62/2015 Art. 60.1 (the General Department receives and considers the civil candidates),
    60.2 (the Ministry of National Defence's Department, the military ones)."""
    if ORGANISER_LEVELS[System(system)] == level:
        return []
    return [f"a {system} examination is organised by the {ORGANISER_LEVELS[System(system)]} "
            f"authority, not a {level} one (Decree 62/2015 Art. 60)"]


def list_recipient(level, parent_id, organiser_id):
    """To whom an authority of ``level`` (with ``parent_id``) sends its candidate list for the
    examination organised by ``organiser_id``: Decree 62/2015 Art. 58.1 — a Sub-department (and,
    since 2025, a regional office) to its Department; a military-zone authority to the Ministry
    of National Defence's Department; Art. 58.2, 59.2, 60 — a Department compiles its own and its
    Sub-departments' candidates and sends them to the General Department."""
    if level in ("district", "regional") and parent_id is not None:
        return parent_id
    return organiser_id


def completed_years(since, on):
    """Whole years from ``since`` to ``on`` (a year is complete on the same-numbered day,
    Civil Code Art. 147)."""
    return on.year - since.year - ((on.month, on.day) < (since.month, since.day))


def _row(params, key, on):
    return next((r for r in params.history(key) if r.applies_on(on)), None)


def eligibility_reasons(rank, facts, lower_rank_since, on, params):
    """Why a candidate may not sit the examination for ``rank`` on ``on``, with the rows used.

    Decree 62/2015 Art. 57.1 and Law Art. 18: a Vietnamese citizen, of good health, with a law
    degree and the enforcement training; for a junior officer, years of legal work after the
    degree (a dated row: 3); for an intermediate or senior officer, years at the rank below (a
    dated row: 5), counted from ``lower_rank_since`` (``None``: not holding it). Art. 57.2: not
    facing criminal prosecution, nor under a disciplinary action, until a final conclusion.
    """
    reasons, rows = [], []
    for fact, missing in (("citizen", "is not a Vietnamese citizen"),
                          ("law_degree", "holds no law degree"),
                          ("training_completed", "has not completed the enforcement training"),
                          ("health_fit", "is not fit in health for the duties")):
        if not facts[fact]:
            reasons.append(f"the candidate {missing} (Law Art. 18; Decree 62/2015 Art. 57.1)")
    if facts["criminal_prosecution"]:
        reasons.append("the candidate faces a criminal prosecution (Decree 62/2015 Art. 57.2; "
                       "Law Art. 18)")
    if facts["disciplinary_action"]:
        reasons.append("the candidate is under a disciplinary action (Decree 62/2015 Art. 57.2)")
    if Position(rank) == Position.ENFORCEMENT_OFFICER_JUNIOR:
        row = _row(params, LEGAL_WORK_KEY, on)
        rows.append(row)
        since = facts["legal_work_since"]
        if since is None or completed_years(since, on) < int(row.value):
            reasons.append(f"the candidate has {completed_years(since, on) if since else 0} "
                           f"years of legal work, not {row.value} ({row.source})")
    else:
        row = _row(params, YEARS_AT_RANK_KEY, on)
        rows.append(row)
        below = lower_rank(rank)
        held = completed_years(lower_rank_since, on) if lower_rank_since else 0
        if held < int(row.value):
            reasons.append(f"the candidate has held {below} for {held} years, not {row.value} "
                           f"({row.source})")
    return reasons, rows


def sitting_reasons(rank, system, facts, lower_rank_since, on, params):
    """Why a candidate may not sit the examination for ``rank``, with the rows used: an
    enforcement officer's examination by Law Art. 18 and Decree 62/2015 Art. 57
    (``eligibility_reasons``); an inspectors' promotion examination by Art. 66.2 and 69.1
    (``rules.inspection.inspector_promotion_reasons``)."""
    if position_kind(rank).category == Category.INSPECTOR:
        return inspection.inspector_promotion_reasons(lower_rank(rank), facts,
                                                      lower_rank_since, system), []
    return eligibility_reasons(rank, facts, lower_rank_since, on, params)


def applicant_reasons(rank, date_of_birth, on, params):
    """Why a candidate who is not an official may not sit the examination for ``rank`` on
    ``on``, with the row used. Decree 62/2015 Art. 58.4 lets such candidates sit (on the
    Ministry's conditions); Art. 56.2 and Law Art. 18.3-18.4: only the junior examination, the
    others being promotions from the rank below; Art. 57.2 and the law on officials they are
    recruited under: at least 18 years old that day (a dated row). The conditions of Law Art. 18
    and Art. 57 they meet as any candidate (``eligibility_reasons``)."""
    row = _row(params, MINIMUM_AGE_KEY, on)
    reasons = []
    if Position(rank) != Position.ENFORCEMENT_OFFICER_JUNIOR:
        reasons.append(f"a candidate who is not an official may sit only the "
                       f"{Position.ENFORCEMENT_OFFICER_JUNIOR} examination, not the {rank} one "
                       "(Decree 62/2015 Art. 56.2, 58.4; Law Art. 18.3-18.4)")
    age = completed_years(date_of_birth, on)
    if age < int(row.value):
        reasons.append(f"the candidate is {age} years old on {on.isoformat()}, not "
                       f"{row.value} ({row.source})")
    return reasons, [row]


def lower_rank(rank):
    """The rank below ``rank`` in its category (Decree 62/2015 Art. 56.2: promotion from junior
    to intermediate, intermediate to senior)."""
    kind = position_kind(rank)
    return next(p for p in Position
                if position_kind(p).category == kind.category
                and position_kind(p).rank == kind.rank - 1)


def designation_refusal_reasons(status, decider):
    """Why a candidate may not be designated after the examination: Decree 62/2015 Art. 62 and
    Law Art. 18.6-18.7 — only a candidate who passed, by the Minister of Justice."""
    reasons = decider_reasons(decider, {Decider.MINISTER}, "the designation of an enforcement "
                              "officer", DESIGNATED_AFTER_EXAMINATION)
    if status != "passed":
        reasons.append(f"the candidate is {status}, not passed (Decree 62/2015 Art. 62.1)")
    return reasons
