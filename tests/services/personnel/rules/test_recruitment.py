"""Recruitment rules (Decree 62/2015 Art. 63), one test (or more) named after each."""
from datetime import date

from shared.law import parameters_of

from services.personnel.rules import recruitment as rules
from services.personnel.rules.recruitment import BoardRole

PARAMS = parameters_of("personnel")
ON = date(2017, 5, 10)
BOARD = [BoardRole.CHAIR, BoardRole.DEPUTY_CHAIR, BoardRole.INTERNAL_AFFAIRS,
         BoardRole.JUSTICE, BoardRole.BAR_ASSOCIATION, BoardRole.SECRETARY]


def test_board_composition_problems_none_for_the_board_of_art_63_4():
    assert rules.board_composition_problems(BOARD) == []
    assert rules.board_composition_problems(BOARD + [BoardRole.JUSTICE] * 3) == []


def test_board_composition_problems_names_what_is_missing_or_doubled():
    roles = [BoardRole.CHAIR, BoardRole.CHAIR, BoardRole.JUSTICE]
    assert rules.board_composition_problems(roles) == [
        "the board has 2 chair, not one (Decree 62/2015 Art. 63.4)",
        "the board has 0 deputy_chair, not one (Decree 62/2015 Art. 63.4)",
        "the board has 0 secretary, not one (Decree 62/2015 Art. 63.4)",
        "the board has no member_internal_affairs (Decree 62/2015 Art. 63.4)",
        "the board has no member_bar_association (Decree 62/2015 Art. 63.4)"]


def test_meeting_is_quorate_with_two_thirds_of_the_members_present():
    assert rules.meeting_is_quorate(9, 5, PARAMS, ON)[0] is False  # 5 of 9: under two thirds
    quorate, row = rules.meeting_is_quorate(9, 6, PARAMS, ON)
    assert quorate is True and row.value == "2/3"
    assert rules.meeting_is_quorate(7, 4, PARAMS, ON)[0] is False  # 4 < 14/3
    assert rules.meeting_is_quorate(7, 5, PARAMS, ON)[0] is True


def test_decision_is_passed_by_more_than_half_of_all_members_not_of_those_present():
    assert rules.decision_is_passed(9, 4, PARAMS, ON)[0] is False  # 4 of 6 present: still not
    passed, row = rules.decision_is_passed(9, 5, PARAMS, ON)
    assert passed is True and row.value == "1/2"
    assert rules.decision_is_passed(8, 4, PARAMS, ON)[0] is False  # half is not more than half


def test_board_vote_reasons_the_edges_of_a_board_of_nine():
    reasons, rows = rules.board_vote_reasons(9, 5, 5, PARAMS, ON)
    assert reasons == ["the board met with 5 of its 9 members, fewer than 2/3 of them (Decree "
                       "62/2015 Art. 63.4)"]
    assert [r.key for r in rows] == ["recruitment_board.quorum_fraction",
                                     "recruitment_board.majority_fraction"]
    assert rules.board_vote_reasons(9, 6, 4, PARAMS, ON)[0] == [
        "4 of the board's 9 members voted for it, not more than 1/2 of them (Decree 62/2015 "
        "Art. 63.4)"]
    assert rules.board_vote_reasons(9, 6, 5, PARAMS, ON)[0] == []


def test_listing_reasons_listed_non_chief_district_with_coefficient_0_3():
    listing = {"level": "district", "chief_district": False, "area": "border",
               "allowance_coefficient_hundredths": 30}
    reasons, [row] = rules.listing_reasons(listing, PARAMS, ON)
    assert reasons == [] and row.value == 30
    reasons, _ = rules.listing_reasons({**listing, "chief_district": True,
                                        "allowance_coefficient_hundredths": 20}, PARAMS, ON)
    assert reasons == [
        "only a Sub-department of a district other than the province's chief district may "
        "(Decree 62/2015 Art. 63.1.a)",
        "the region-based allowance coefficient is 0.20, below 0.30 (Decree 62/2015 Art. "
        "63.1.a)"]
    assert rules.listing_reasons(None, PARAMS, ON) == (
        ["the authority is not on the list of Decree 62/2015 Art. 63.2"], [])


def test_without_examination_reasons_window_of_art_63_1_inclusive():
    for day in (date(2015, 7, 1), date(2020, 6, 30)):
        reasons, [row] = rules.without_examination_reasons(day, 5, "minister", PARAMS)
        assert reasons == [] and row.value == 5
    reasons, rows = rules.without_examination_reasons(date(2020, 7, 1), 5, "minister", PARAMS)
    assert reasons == ["designation without examination is allowed only from 2015-07-01 to "
                       "2020-06-30 (Decree 62/2015 Art. 63.1), not on 2020-07-01"]
    assert rows == []


def test_without_examination_reasons_commitment_of_5_years_and_the_minister():
    reasons, _ = rules.without_examination_reasons(ON, 4, "general_director", PARAMS)
    assert reasons == ["the written commitment is for 4 years, not at least 5 (Decree 62/2015 "
                       "Art. 63.1.b)",
                       "a designation without examination is decided by the minister, not "
                       "general_director (Decree 62/2015 Art. 63.3)"]
