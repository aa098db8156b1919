"""Designation without examination through RabbitMQ and PostgreSQL: the list, the board, a
refused and a decided designation crossing the wire; typed errors."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import (BAT_XAT, BORDER_LISTING, CANDIDATE,
                                               GENERAL_DEPARTMENT, LAO_CAI, LAO_CAI_BOARD,
                                               without_examination)

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        for each in (GENERAL_DEPARTMENT, LAO_CAI, BAT_XAT):
            rpc.personnel.register_authority(each)
        rpc.personnel.register_officer(CANDIDATE)
    return container


def test_board_of_nine_refuses_then_designates_on_the_bus(personnel, rpc_as, tap_events):
    tap = tap_events("personnel.events", "#")
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        listed = rpc.personnel.list_exempt_authority(BORDER_LISTING)
        board = rpc.personnel.constitute_recruitment_board(LAO_CAI_BOARD)
        refused = rpc.personnel.designate_without_examination(
            without_examination(present=6, in_favour=4))
        decided = rpc.personnel.designate_without_examination(
            without_examination(present=6, in_favour=5))
    assert listed["allowance_coefficient_hundredths"] == 50
    assert len(board["members"]) == 9 and board["constituted_on"] == "2016-01-15"
    assert refused["outcome"] == "refused" and "4 of the board's 9" in refused["reasons"][0]
    assert decided["outcome"] == "decided"
    assert decided["details"]["commitment_ends_on"] == "2021-02-17"

    def types():
        return [m["type"] for m in tap()]
    wait_for(lambda: "personnel_decision.made" in types(), message="the decision on the bus")
    assert {"exempt_authority.listed", "recruitment_board.constituted",
            "personnel_decision.refused", "officer.appointed"} <= set(types())


def test_a_board_without_a_chair_is_refused_field_by_field(personnel, rpc_as):
    board = {**LAO_CAI_BOARD, "members": LAO_CAI_BOARD["members"][1:]}
    with rpc_as("administrator", authority="TCTHADS") as rpc, \
            pytest.raises(ValidationError) as err:
        rpc.personnel.constitute_recruitment_board(board)
    assert list(err.value.fields) == ["members"]
