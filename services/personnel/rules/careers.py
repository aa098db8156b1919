"""Careers of officers: managerial standards (Decree 62/2015 Art. 72), who decides a
mobilisation, reassignment or secondment (Art. 64, 70) and the grounds of dismissal (Art. 65).
Pure: plain values in, plain values out; the legal numbers come from ``params``.

A decision of the office is checked here and, when it breaks a rule, refused with reasons: each
function returns the reasons (empty: the decision may be made), never raises for a legal ground.
"""
from dataclasses import dataclass
from enum import StrEnum

from services.personnel.rules.staff import Category, Position, position_kind


class Decider(StrEnum):
    """Who signs a personnel decision (Decree 62/2015 Art. 65, 70.1, 72.3, 72.5)."""

    MINISTER = "minister"                       # the Minister of Justice
    GENERAL_DIRECTOR = "general_director"       # of the General Department
    PROVINCIAL_DIRECTOR = "provincial_director"  # of the Department (provincial agency)
    MINISTER_OF_NATIONAL_DEFENCE = "minister_of_national_defence"


class DecisionKind(StrEnum):
    DESIGNATION = "designation"      # of a Director or Deputy Director (Art. 72)
    MOBILISATION = "mobilisation"    # "điều động" (Art. 70.1)
    REASSIGNMENT = "reassignment"    # "luân chuyển" (Art. 64, 70.1)
    SECONDMENT = "secondment"        # "biệt phái", for a period (Art. 70.1)
    DISMISSAL = "dismissal"          # "miễn nhiệm" of an enforcement officer (Art. 65)
    DESIGNATION_WITHOUT_EXAMINATION = "designation_without_examination"  # (Art. 63)
    DESIGNATION_AFTER_EXAMINATION = "designation_after_examination"  # (Art. 62)


TRANSFERS = (DecisionKind.MOBILISATION, DecisionKind.REASSIGNMENT, DecisionKind.SECONDMENT)

MANAGERIAL_STANDARD = "Decree 62/2015 Art. 72.1.a, 72.2.a"
MANAGER_DESIGNATED = "Decree 62/2015 Art. 72.1-72.3"
TRANSFER_POWER = "Decree 62/2015 Art. 70.1"
REASSIGNMENT_APPLICATION = "Decree 62/2015 Art. 64"
DISMISSAL = "Decree 62/2015 Art. 65; Law on Civil Judgment Enforcement Art. 18, 21"
MINIMUM_RANK_KEY = "manager_minimum_rank.{level}"

#: Military levels: their managers' standards and deciders are the Minister of National
#: Defence's (Art. 72.5, 70.2), not stated in the decree.
MILITARY_LEVELS = ("military", "military_zone")


def enforcement_rank(holdings, on):
    """The enforcement officer rank (a ``Position``) held on ``on`` among ``holdings`` (dicts
    with ``position``, ``valid_from``, ``valid_to``), or ``None`` (Law Art. 17.2: one rank at a
    time)."""
    for held in holdings:
        kind = position_kind(held["position"])
        if (kind.category == Category.ENFORCEMENT_OFFICER and held["valid_from"] <= on
                and (held["valid_to"] is None or on <= held["valid_to"])):
            return Position(held["position"])
    return None


def managerial_standard_breaches(level, rank_held, on, params):
    """The reasons a Director or Deputy Director of an authority of ``level`` holding the
    enforcement rank ``rank_held`` (``None``: none) on ``on`` breaks the managerial standard,
    with the parameter row used (``None`` when the decree sets no rank for that level).

    Decree 62/2015 Art. 72.1.a: of a Sub-department, at least a junior enforcement officer;
    Art. 72.2.a: of a Department, at least an intermediate one. The minimum rank per level is a
    dated row (``manager_minimum_rank.<level>``); the 2025 regional offices and provincial
    agencies take the Sub-departments' and Departments' rows (confidence ``check``).
    """
    row = next((r for r in params.history(MINIMUM_RANK_KEY.format(level=level))
                if r.applies_on(on)), None)
    if row is None:
        return [], None
    minimum = Position(row.value)
    if rank_held is None:
        return [f"a manager of a {level} authority must hold at least the rank {minimum} "
                f"({row.source}); the officer holds no enforcement officer rank on "
                f"{on.isoformat()}"], row
    if position_kind(rank_held).rank < position_kind(minimum).rank:
        return [f"a manager of a {level} authority must hold at least the rank {minimum} "
                f"({row.source}); the officer holds {rank_held} on {on.isoformat()}"], row
    return [], row


def designation_deciders(level, position):
    """Who may designate the ``position`` (head or deputy head) of an authority of ``level``.

    Decree 62/2015 Art. 72.3: the Minister of Justice designates Directors of Departments, and
    delegates the designation of their Deputy Directors and of Directors and Deputy Directors of
    Sub-departments (to the General Director, who decided them under the delegation); Art. 72.5:
    military-zone managers by the Minister of National Defence.
    """
    if level in MILITARY_LEVELS:
        return {Decider.MINISTER_OF_NATIONAL_DEFENCE}
    if level in ("provincial", "general_department") and position == Position.HEAD:
        return {Decider.MINISTER}
    return {Decider.MINISTER, Decider.GENERAL_DIRECTOR}


def decider_reasons(decider, allowed, what, article):
    """The reason a ``decider`` outside ``allowed`` may not decide ``what`` (``article``)."""
    if decider in allowed:
        return []
    return [f"{what} is decided by {' or '.join(sorted(allowed))}, not {decider} ({article})"]


@dataclass(frozen=True)
class TransferPower:
    decider: Decider
    point: str              # the point of Art. 70.1 that gives the power
    confer_with: str | None  # Art. 70.1.c: the designator of a managerial post to confer with


def transfer_power(rank, managerial, same_province):
    """Who decides the mobilisation, reassignment or secondment of an officer holding ``rank``
    (a ``Position`` of the enforcement officer or inspector category) and the managerial post
    ``managerial`` (``None`` or ``(position, level)`` of its authority), moved within one
    province (``same_province``) or not. ``None`` when Art. 70.1 does not cover the official
    (a secretary, or a military official: Art. 70.2, 71.1).

    Decree 62/2015 Art. 70.1.a: the Minister — senior inspectors without a managerial post, and
    officers and inspectors in a managerial post the Minister designates (a Director of a
    Department, Art. 72.3); 70.1.b: the General Director — from one province to another, and
    Deputy Directors of Departments (officers) or of the General Department (inspectors);
    70.1.c: the provincial Director — within the province, conferring with whoever designated
    a managerial post the official holds.
    """
    category = position_kind(rank).category
    if category not in (Category.ENFORCEMENT_OFFICER, Category.INSPECTOR):
        return None
    post, post_level = managerial if managerial else (None, None)
    if post_level in MILITARY_LEVELS:
        return None
    if rank == Position.SENIOR_INSPECTOR and post is None:
        return TransferPower(Decider.MINISTER, "Art. 70.1.a", None)
    if post == Position.HEAD and post_level in ("provincial", "general_department"):
        return TransferPower(Decider.MINISTER, "Art. 70.1.a", None)
    if post == Position.DEPUTY_HEAD and (
            (category == Category.ENFORCEMENT_OFFICER and post_level == "provincial")
            or (category == Category.INSPECTOR and post_level == "general_department")):
        return TransferPower(Decider.GENERAL_DIRECTOR, "Art. 70.1.b", None)
    if not same_province:
        return TransferPower(Decider.GENERAL_DIRECTOR, "Art. 70.1.b", None)
    confer = None
    if post is not None:
        confer = " or ".join(sorted(designation_deciders(post_level, post)))
    return TransferPower(Decider.PROVINCIAL_DIRECTOR, "Art. 70.1.c", confer)


def transfer_refusal_reasons(decider, power, kind):
    """Why a ``kind`` transfer decided by ``decider`` is refused, given the ``transfer_power``
    (Decree 62/2015 Art. 70.1; Art. 70.2 and 71.1 leave the others to the law on officials and
    the Ministry of National Defence)."""
    if power is None:
        return [f"Decree 62/2015 Art. 70.1 gives no power of {kind} over this official: only "
                "enforcement officers and inspectors of the civil system are covered (secretaries "
                "and military officials: Art. 70.2, 71 and the law on officials)"]
    return decider_reasons(decider, {power.decider}, f"the {kind} of this official",
                           f"Decree 62/2015 {power.point}")


class DismissalGround(StrEnum):
    #: Art. 65.1: a violation of law in enforcement that leads to dismissal, without criminal
    #: prosecution.
    VIOLATION_IN_ENFORCEMENT = "violation_in_enforcement"
    #: Art. 65.2: a serious violation of Law Art. 21 (the acts an officer must not do).
    SERIOUS_VIOLATION = "serious_violation"


DISMISSAL_GROUNDS = {
    DismissalGround.VIOLATION_IN_ENFORCEMENT: "Decree 62/2015 Art. 65.1",
    DismissalGround.SERIOUS_VIOLATION: "Decree 62/2015 Art. 65.2; Law Art. 21",
}


def dismissal_refusal_reasons(ground, criminal_prosecution, decider, rank_held):
    """Why a dismissal of an enforcement officer is refused (empty: it may be decided).

    Decree 62/2015 Art. 65: dismissed only on its grounds — 65.1 a violation in enforcement
    that results in dismissal *but not in criminal prosecution*, 65.2 a serious violation of
    Law Art. 21 — on the Minister of Justice's decision (procedures of discipline of
    officials), and only an enforcement officer (holding a rank) can be dismissed from it.
    """
    reasons = decider_reasons(decider, {Decider.MINISTER}, "the dismissal of an enforcement "
                              "officer", "Decree 62/2015 Art. 65; Law Art. 18")
    if ground == DismissalGround.VIOLATION_IN_ENFORCEMENT and criminal_prosecution:
        reasons.append("the ground of Decree 62/2015 Art. 65.1 excludes a violation that "
                       "results in criminal prosecution")
    if rank_held is None:
        reasons.append("the official holds no enforcement officer rank then (Decree 62/2015 "
                       "Art. 65)")
    return reasons


def province_of(path):
    """The province an authority belongs to, for Decree 62/2015 Art. 70.1.b-c ("from one
    province to another", "in their provinces"): in ``path`` (``(id, level)`` pairs from the
    authority up to its root) the provincial authority, else the root (the central or the
    military system, each counted as one)."""
    for authority_id, level in path:
        if level == "provincial":
            return authority_id
    return path[-1][0]


def reassignment_application_reasons(kind, rank, request_number):
    """Why a reassignment's application is incomplete: Decree 62/2015 Art. 64.2 — the
    reassignment of an enforcement officer needs, beside the form with its reasons (64.2.a),
    the written request of the Director of the Department (64.2.c), here its number."""
    if (kind == DecisionKind.REASSIGNMENT and rank is not None
            and position_kind(rank).category == Category.ENFORCEMENT_OFFICER
            and not request_number):
        return ["the application for the reassignment of an enforcement officer lacks the "
                "written request of the Director of the Department (Decree 62/2015 Art. "
                "64.2.c)"]
    return []
