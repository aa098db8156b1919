"""Recruitment of enforcement officers (Decree 62/2015 Art. 56-63): designation without
examination in the listed areas (Art. 63) and its provincial recruitment board. Pure: plain
values in, reasons out; the legal numbers (the article's window, the commitment, the quorum and
the majority) are dated rows read from ``params``.
"""
from enum import StrEnum
from fractions import Fraction

from services.personnel.rules.careers import Decider

WITHOUT_EXAMINATION = "Decree 62/2015 Art. 63"
COMMITMENT_KEY = "designation_without_examination.commitment_years"
ALLOWANCE_KEY = "designation_without_examination.min_allowance_coefficient_hundredths"
QUORUM_KEY = "recruitment_board.quorum_fraction"
MAJORITY_KEY = "recruitment_board.majority_fraction"


class Area(StrEnum):
    """Decree 62/2015 Art. 63.1.a: where an officer may be designated without examination."""

    BORDER = "border"
    ISLAND = "island"
    EXTREMELY_DISADVANTAGED = "extremely_disadvantaged"


class BoardRole(StrEnum):
    """Decree 62/2015 Art. 63.4: the provincial recruitment board's composition."""

    #: Chairperson or Deputy Chairperson of the provincial People's Committee
    CHAIR = "chair"
    #: Director of a judgment enforcement authority of the province
    DEPUTY_CHAIR = "deputy_chair"
    #: representatives of the Department of Internal Affairs, the Department of Justice and the
    #: Standing Committee of the provincial Bar Association
    INTERNAL_AFFAIRS = "member_internal_affairs"
    JUSTICE = "member_justice"
    BAR_ASSOCIATION = "member_bar_association"
    #: the personnel manager of the Department
    SECRETARY = "secretary"


def _row(params, key, on):
    return next((r for r in params.history(key) if r.applies_on(on)), None)


def board_composition_problems(roles):
    """What the board of ``roles`` (one per member) lacks or has too many of (Decree 62/2015 Art.
    63.4): one chair, one deputy chair, one secretary, and at least one representative each of
    the Department of Internal Affairs, the Department of Justice and the Bar's Standing
    Committee. Empty when it is composed as the article says."""
    problems = []
    for role in (BoardRole.CHAIR, BoardRole.DEPUTY_CHAIR, BoardRole.SECRETARY):
        if roles.count(role) != 1:
            problems.append(f"the board has {roles.count(role)} {role}, not one (Decree "
                            "62/2015 Art. 63.4)")
    for role in (BoardRole.INTERNAL_AFFAIRS, BoardRole.JUSTICE, BoardRole.BAR_ASSOCIATION):
        if role not in roles:
            problems.append(f"the board has no {role} (Decree 62/2015 Art. 63.4)")
    return problems


def meeting_is_quorate(members, present, params, on):
    """Whether a board of ``members`` meets with ``present`` of them, and the row used: Decree
    62/2015 Art. 63.4 — "only if attended by at least two thirds of the members" (9 members: 6
    present, not 5)."""
    row = _row(params, QUORUM_KEY, on)
    return present >= Fraction(row.value) * members, row


def decision_is_passed(members, in_favour, params, on):
    """Whether a board decision is ratified, and the row used: Decree 62/2015 Art. 63.4 —
    "voted for by more than half of the members" — of all the members, not of those present
    (9 members: 5 in favour, not 4)."""
    row = _row(params, MAJORITY_KEY, on)
    return in_favour > Fraction(row.value) * members, row


def board_vote_reasons(members, present, in_favour, params, on):
    """The reasons a board's meeting or vote does not carry (Decree 62/2015 Art. 63.4), with the
    rows used."""
    quorate, quorum = meeting_is_quorate(members, present, params, on)
    passed, majority = decision_is_passed(members, in_favour, params, on)
    reasons = []
    if not quorate:
        reasons.append(f"the board met with {present} of its {members} members, fewer than "
                       f"{quorum.value} of them (Decree 62/2015 Art. 63.4)")
    elif not passed:
        reasons.append(f"{in_favour} of the board's {members} members voted for it, not more "
                       f"than {majority.value} of them (Decree 62/2015 Art. 63.4)")
    return reasons, [quorum, majority]


def listing_reasons(listing, params, on):
    """The reasons an authority may not designate without examination (Decree 62/2015 Art.
    63.1.a, 63.2): it is on the list enclosed with the decree, of a district other than the
    province's chief district, with a region-based allowance coefficient of at least 0.3 (a
    dated row, in hundredths), in a border area, on an island or in an extremely
    disadvantaged area (``Area``, required when listed). ``listing`` is ``None`` when it is not
    listed."""
    if listing is None:
        return ["the authority is not on the list of Decree 62/2015 Art. 63.2"], []
    row = _row(params, ALLOWANCE_KEY, on)
    reasons = []
    if listing["level"] != "district" or listing["chief_district"]:
        reasons.append("only a Sub-department of a district other than the province's chief "
                       "district may (Decree 62/2015 Art. 63.1.a)")
    if row is not None and listing["allowance_coefficient_hundredths"] < int(row.value):
        reasons.append(f"the region-based allowance coefficient is "
                       f"{listing['allowance_coefficient_hundredths'] / 100:.2f}, below "
                       f"{int(row.value) / 100:.2f} (Decree 62/2015 Art. 63.1.a)")
    return reasons, [row] if row else []


def without_examination_reasons(on, commitment_years, decider, params):
    """The reasons a designation without examination on ``on`` is refused for its date, its
    commitment or its decider, with the row used (Decree 62/2015 Art. 63.1: only from
    2015-07-01 to 2020-06-30 inclusive — the validity of the dated row; 63.1.b: a written
    commitment to work there for at least 5 years; 63.3: decided by the Minister of Justice)."""
    row = _row(params, COMMITMENT_KEY, on)
    reasons = []
    if row is None:
        window = params.history(COMMITMENT_KEY)
        reasons.append(f"designation without examination is allowed only from "
                       f"{window[0].valid_from.isoformat()} to "
                       f"{window[-1].valid_to.isoformat()} (Decree 62/2015 Art. 63.1), not on "
                       f"{on.isoformat()}")
    elif commitment_years < int(row.value):
        reasons.append(f"the written commitment is for {commitment_years} years, not at least "
                       f"{row.value} (Decree 62/2015 Art. 63.1.b)")
    if decider != Decider.MINISTER:
        reasons.append(f"a designation without examination is decided by the minister, not "
                       f"{decider} (Decree 62/2015 Art. 63.3)")
    return reasons, [row] if row else []
