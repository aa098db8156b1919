"""entrust_enforcement through RabbitMQ and PostgreSQL, against the real personnel service and
its map of administrative divisions: the case moves to the competent office with its history."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import NotFound, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import HANOI, HANOI_REGION_1, authority

pytestmark = pytest.mark.integration

HANOI_REGION_2 = authority(HANOI_REGION_1, id="HN-02",
                           name="Civil Judgment Enforcement Office, Region 2",
                           name_vi="Phòng Thi hành án dân sự khu vực 2")


@pytest.fixture
def case_id(decided_case_id, start_service, rpc_as):
    start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        for each in (HANOI, HANOI_REGION_1, HANOI_REGION_2):
            rpc.personnel.register_authority(each)
        for commune, office in (("00004", "HN-01"), ("00007", "HN-02")):
            rpc.personnel.record_division_jurisdiction(
                {"province_code": "01", "commune_code": commune, "authority_id": office,
                 "valid_from": "2025-07-01", "source": "Decision 1234/QD-BTP"})
    return decided_case_id


def entrustment(case_id, commune="00007"):
    return {"case_id": case_id, "number": "15/QĐ-UTTHA", "ground_arose_on": "2026-12-03",
            "decided_on": "2026-12-04", "places": [
                {"kind": "residence", "province_code": "01", "commune_code": commune,
                 "description": "The debtor moved to Long Biên"}],
            "tasks": "Verify and enforce", "fulfilled": "None", "unfulfilled": "VND 350,000,000"}


def test_entrust_enforcement_to_the_competent_office(case_id, rpc_as, tap_events):
    drain = tap_events("cases.events", "enforcement.entrusted")
    with rpc_as("head_of_authority") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.cases.entrust_enforcement(entrustment(case_id, commune="00004"))  # its own
        assert set(err.value.fields) == {"places"}
        entrusted = rpc.cases.entrust_enforcement(entrustment(case_id))
        assert (entrusted["to_authority"], entrusted["choice_clause"]) == ("HN-02", "16.1")
        with pytest.raises(NotFound):
            rpc.cases.get_case(case_id)
    with rpc_as("head_of_authority", authority="HN-02") as rpc:
        assert rpc.cases.get_case(case_id)["authority"] == "HN-02"
    [event] = wait_for(drain, message="enforcement.entrusted")
    assert (event["authority"], event["payload"]["from_authority"]) == ("HN-02", "HN-01")
