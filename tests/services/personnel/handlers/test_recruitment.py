"""Designation without examination through the handlers (Decree 62/2015 Art. 63): the list,
the provincial board and its votes, the article's window and the 5-year commitment; refusals
recorded with every reason and changing nothing else."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError

from tests.services.personnel.examples import (BAT_XAT, BORDER_LISTING, CANDIDATE,
                                               GENERAL_DEPARTMENT, LAO_CAI, LAO_CAI_BOARD,
                                               without_examination)


@pytest.fixture
def lao_cai(personnel):
    """The 2015 structure: TCTHADS > LC > LC-BX (a border district), LC-BX listed, the board
    of Lao Cai with 9 members, a candidate at LC-BX; acting for the General Department."""
    personnel.as_("administrator", "TCTHADS")
    for each in (GENERAL_DEPARTMENT, LAO_CAI, BAT_XAT):
        personnel.register(each)
    personnel.list_exempt(BORDER_LISTING)
    personnel.board(LAO_CAI_BOARD)
    personnel.register_officer(CANDIDATE)
    return personnel


def ranks(driver, officer_id="CB-LC-01"):
    return [(p["position"], p["authority_id"], p["valid_from"])
            for p in driver.officer(officer_id)["positions"]]


def test_designate_without_examination_decided_opens_the_rank_and_dates_the_commitment(lao_cai):
    got = lao_cai.without_examination(without_examination())
    assert (got["outcome"], got["kind"], got["position"]) == (
        "decided", "designation_without_examination", "enforcement_officer_junior")
    # 5 years from 2016-02-11 end on 2021-02-11, in the lunar new year holiday (10-16 Feb 2021):
    # the next working day (Civil Code Art. 148)
    assert got["details"]["commitment_ends_on"] == "2021-02-17"
    assert [p["key"] for p in got["parameters_used"]] == [
        "designation_without_examination.commitment_years",
        "designation_without_examination.min_allowance_coefficient_hundredths",
        "recruitment_board.quorum_fraction", "recruitment_board.majority_fraction"]
    assert ranks(lao_cai) == [("enforcement_officer_junior", "LC-BX", date(2016, 2, 11))]
    made = lao_cai.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                        "'personnel_decision.made'")
    assert made[0]["envelope"]["payload"]["kind"] == "designation_without_examination"


def test_commitment_ending_on_a_weekend_ends_the_next_monday(lao_cai):
    got = lao_cai.without_examination(without_examination(valid_from="2015-07-04"))
    assert got["details"]["commitment_ends_on"] == "2020-07-06"  # 2020-07-04 is a Saturday


@pytest.mark.parametrize("present, in_favour, reason", [
    (5, 5, "the board met with 5 of its 9 members, fewer than 2/3 of them"),
    (6, 4, "4 of the board's 9 members voted for it, not more than 1/2 of them")])
def test_designate_without_examination_board_votes_that_do_not_carry_are_refused(
        lao_cai, present, in_favour, reason):
    got = lao_cai.without_examination(without_examination(present=present,
                                                          in_favour=in_favour))
    assert got["outcome"] == "refused"
    assert got["reasons"] == [f"{reason} (Decree 62/2015 Art. 63.4)"]
    assert ranks(lao_cai) == []
    [refused] = lao_cai.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                             "'personnel_decision.refused'")
    assert refused["envelope"]["payload"]["reasons"] == got["reasons"]


def test_board_of_nine_with_six_present_and_five_in_favour_carries(lao_cai):
    got = lao_cai.without_examination(without_examination(present=6, in_favour=5))
    assert got["outcome"] == "decided" and got["details"]["board_members"] == 9


def test_designate_without_examination_outside_the_window_short_commitment_wrong_decider(
        lao_cai):
    got = lao_cai.without_examination(without_examination(valid_from="2020-07-01", years=3,
                                                          decider="general_director"))
    assert got["outcome"] == "refused"
    assert got["reasons"][0].startswith("designation without examination is allowed only from "
                                        "2015-07-01 to 2020-06-30")
    assert "not general_director (Decree 62/2015 Art. 63.3)" in got["reasons"][1]
    got = lao_cai.without_examination(without_examination(years=4))
    assert got["reasons"] == ["the written commitment is for 4 years, not at least 5 (Decree "
                              "62/2015 Art. 63.1.b)"]
    assert ranks(lao_cai) == []


def test_designate_without_examination_at_an_unlisted_authority_or_twice_is_refused(lao_cai):
    lao_cai.register({**BAT_XAT, "id": "LC-LC", "name": "Lao Cai city"})
    lao_cai.register_officer({**CANDIDATE, "id": "CB-LC-02", "authority_id": "LC-LC"})
    got = lao_cai.without_examination(without_examination(officer_id="CB-LC-02",
                                                          authority_id="LC-LC"))
    assert got["reasons"] == ["the authority is not on the list of Decree 62/2015 Art. 63.2"]
    lao_cai.without_examination(without_examination())
    again = lao_cai.without_examination(without_examination(valid_from="2016-03-01"))
    assert again["reasons"] == ["the official already holds enforcement_officer_junior on "
                                "2016-03-01 (Decree 62/2015 Art. 63.1)"]


def test_board_composition_and_votes_are_checked_as_input(lao_cai):
    with pytest.raises(ValidationError) as err:
        lao_cai.board({**LAO_CAI_BOARD, "id": "B2", "members": LAO_CAI_BOARD["members"][1:]})
    assert err.value.fields == {"members": ["the board has 0 chair, not one (Decree 62/2015 "
                                            "Art. 63.4)"]}
    with pytest.raises(ValidationError) as err:
        lao_cai.board({**LAO_CAI_BOARD, "id": "B3", "authority_id": "LC-BX"})
    assert list(err.value.fields) == ["authority_id"]
    with pytest.raises(Conflict):
        lao_cai.board(LAO_CAI_BOARD)
    with pytest.raises(ValidationError) as err:
        lao_cai.without_examination(without_examination(present=10))
    assert list(err.value.fields) == ["meeting"]
    with pytest.raises(ValidationError):
        lao_cai.without_examination(without_examination(present=5, in_favour=6))
    with pytest.raises(NotFound):
        lao_cai.without_examination({**without_examination(), "board_id": "NONE"})
    with pytest.raises(Conflict):
        lao_cai.list_exempt(BORDER_LISTING)
    assert lao_cai.rows("SELECT count(*) AS n FROM personnel_decision") == [{"n": 0}]
    events = lao_cai.rows("SELECT routing_key FROM platform_outbox WHERE routing_key IN "
                          "('exempt_authority.listed', 'recruitment_board.constituted')")
    assert len(events) == 2
