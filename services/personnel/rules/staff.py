"""Staff and ranks (Law on Civil Judgment Enforcement Art. 17-18; Decree 62/2015 Art. 54.2,
66-72): the positions an official may hold at an authority, who may appoint to them, and which
officers may be given a case. Pure: no nameko, no database, no clock.

A holding of a position is a dated row (an appointment from ``valid_from`` to ``valid_to``, its
last day), so an officer's career is the list of those rows: a promotion ends the lower rank the
day before the higher one starts.
"""
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    #: Law Art. 17-18; Decree 62/2015 Art. 54.2, 56: "chấp hành viên", the officer who organises
    #: the enforcement of a case (three ranks).
    ENFORCEMENT_OFFICER = "enforcement_officer"
    #: Decree 62/2015 Art. 66-69: "thẩm tra viên", who inspects enforcement (three ranks).
    INSPECTOR = "inspector"
    #: Decree 62/2015 Art. 71: "thư ký thi hành án", who assists an officer or inspector.
    SECRETARY = "secretary"
    #: Decree 62/2015 Art. 54.2, 72: the head and deputy heads of an authority (Directors and
    #: Deputy Directors), a managerial position held beside a rank.
    MANAGEMENT = "management"


@dataclass(frozen=True)
class PositionKind:
    category: Category
    rank: int  # order within its category: a higher rank is a promotion (Decree Art. 56.2, 69.1)
    article: str


class Position(StrEnum):
    ENFORCEMENT_OFFICER_JUNIOR = "enforcement_officer_junior"
    ENFORCEMENT_OFFICER_INTERMEDIATE = "enforcement_officer_intermediate"
    ENFORCEMENT_OFFICER_SENIOR = "enforcement_officer_senior"
    INSPECTOR = "inspector"
    CHIEF_INSPECTOR = "chief_inspector"
    SENIOR_INSPECTOR = "senior_inspector"
    SECRETARY_INTERMEDIATE = "secretary_intermediate"
    SECRETARY = "secretary"
    HEAD = "head"
    DEPUTY_HEAD = "deputy_head"


#: Each position, its category, its rank in the category and the article that names it.
POSITIONS = {
    Position.ENFORCEMENT_OFFICER_JUNIOR: PositionKind(
        Category.ENFORCEMENT_OFFICER, 1, "Law Art. 17.2; Decree 62/2015 Art. 54.2, 56.2"),
    Position.ENFORCEMENT_OFFICER_INTERMEDIATE: PositionKind(
        Category.ENFORCEMENT_OFFICER, 2, "Law Art. 17.2; Decree 62/2015 Art. 54.2, 56.2"),
    Position.ENFORCEMENT_OFFICER_SENIOR: PositionKind(
        Category.ENFORCEMENT_OFFICER, 3, "Law Art. 17.2; Decree 62/2015 Art. 54.2, 56.2"),
    Position.INSPECTOR: PositionKind(Category.INSPECTOR, 1, "Decree 62/2015 Art. 54.2, 66, 69.1"),
    Position.CHIEF_INSPECTOR: PositionKind(Category.INSPECTOR, 2,
                                           "Decree 62/2015 Art. 54.2, 66, 69.1"),
    Position.SENIOR_INSPECTOR: PositionKind(Category.INSPECTOR, 3,
                                            "Decree 62/2015 Art. 54.2, 66, 69.1"),
    Position.SECRETARY_INTERMEDIATE: PositionKind(Category.SECRETARY, 1,
                                                  "Decree 62/2015 Art. 54.2, 71.1"),
    Position.SECRETARY: PositionKind(Category.SECRETARY, 2, "Decree 62/2015 Art. 54.2, 71.1"),
    Position.DEPUTY_HEAD: PositionKind(Category.MANAGEMENT, 1, "Decree 62/2015 Art. 54.2, 72"),
    Position.HEAD: PositionKind(Category.MANAGEMENT, 2, "Decree 62/2015 Art. 54.2, 72"),
}

#: Legal basis of appointing to and ending a position.
POSITION_APPOINTED = "Law on Civil Judgment Enforcement Art. 17-18; Decree 62/2015 Art. 62, 72"
POSITION_ENDED = "Decree 62/2015 Art. 64, 65, 70 (reassignment, dismissal, mobilisation)"
OFFICER_REGISTERED = "Decree 62/2015 Art. 52.3 (management of the system's officials)"
RELATION_RECORDED = ("Law on Civil Judgment Enforcement Art. 21.5; Decree 62/2015 Art. 10.1, "
                     "68.4 (relations that bar an official from a matter)")


def position_kind(position):
    """The category, rank and article of ``position`` (Law Art. 17.2; Decree 62/2015 Art. 54.2,
    66, 69, 71, 72)."""
    return POSITIONS[Position(position)]


def holds_on(valid_from, valid_to, on):
    """Whether a holding from ``valid_from`` to ``valid_to`` (its last day; ``None``: open)
    covers the day ``on`` (Decree 62/2015 Art. 62, 64, 65: a designation has effect from its
    day until the officer is reassigned or dismissed)."""
    return valid_from <= on and (valid_to is None or on <= valid_to)


def overlapping_holding(position, valid_from, valid_to, holdings):
    """The first of ``holdings`` (dicts with ``position``, ``valid_from``, ``valid_to``) of the
    same category as ``position`` whose period meets [``valid_from``, ``valid_to``]; ``None`` if
    none.

    Law Art. 17.2 and Decree 62/2015 Art. 56.2, 69.1, 71.1: an official holds one rank of a
    category at a time (a promotion replaces the lower rank), and Art. 72 one managerial post;
    so a new holding may not overlap another of its category (end the old one first).
    """
    category = position_kind(position).category
    for held in holdings:
        if position_kind(held["position"]).category != category:
            continue
        ends_before = valid_to is not None and valid_to < held["valid_from"]
        starts_after = held["valid_to"] is not None and valid_from > held["valid_to"]
        if not (ends_before or starts_after):
            return held
    return None


def may_administer(caller_authority, authority_id, ancestry):
    """Whether an administrator acting for ``caller_authority`` may appoint to or end positions
    at ``authority_id`` whose superiors, nearest first, are ``ancestry``.

    Decree 62/2015 Art. 52.3, 70.1 and 72.3: staff are managed by the authority itself and by
    the authorities above it (the Director of the Department for the province's offices, the
    General Department for the provinces); never by a sibling or another tree.
    """
    return caller_authority == authority_id or caller_authority in ancestry


def holds_category_at(holdings, category, authority_id, on):
    """Whether ``holdings`` (dicts with ``authority_id``, ``position``, ``valid_from``,
    ``valid_to``) include a rank of ``category`` at ``authority_id`` on ``on`` (Law Art. 17.2;
    Decree 62/2015 Art. 54.2: an officer or inspector acts at the authority where they hold
    the rank)."""
    return any(h["authority_id"] == authority_id
               and position_kind(h["position"]).category == category
               and holds_on(h["valid_from"], h["valid_to"], on) for h in holdings)


def is_eligible_enforcement_officer(holdings, authority_id, on, suspended):
    """Whether an official may be given a case of ``authority_id`` on ``on``: Law Art. 18 and
    20 (an enforcement officer, designated by the Minister, organises enforcement at the
    authority where they work), Decree 62/2015 Art. 65 (a dismissed officer no longer is one).

    As far as the data goes: holding an enforcement officer rank (any of the three) at that
    authority on that day, and not suspended.
    """
    if suspended:
        return False
    return holds_category_at(holdings, Category.ENFORCEMENT_OFFICER, authority_id, on)
