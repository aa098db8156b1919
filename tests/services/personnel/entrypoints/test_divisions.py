"""The competent authority of a division through RabbitMQ and PostgreSQL: happy path with its
event on the bus, and the typed errors crossing the wire."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import HANOI, HANOI_REGION_1

pytestmark = pytest.mark.integration

DIVISION = {"province_code": "01", "commune_code": "00004", "authority_id": "HN-01",
            "valid_from": "2025-07-01", "source": "Decision 1234/QD-BTP"}


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
    return container


def test_record_and_look_up_the_competent_authority(personnel, rpc_as, token, tap_events):
    tap = tap_events("personnel.events", "division_jurisdiction.recorded")
    with rpc_as("administrator", authority="HN") as rpc:
        recorded = rpc.personnel.record_division_jurisdiction(DIVISION)
    assert recorded["authority_id"] == "HN-01" and isinstance(recorded["id"], int)
    cases = token("system", authority="HN-01", user="system:cases")
    with rpc_as("system", raw_token=cases) as rpc:
        got = rpc.personnel.competent_authority({"province_code": "01",
                                                 "commune_code": "00004",
                                                 "on": "2026-11-30"})
    assert (got["matched"], got["on"], got["authority"]["id"]) == ("commune", "2026-11-30",
                                                                   "HN-01")
    assert got["authority"]["chain"][0]["id"] == "HN"
    assert got["division_jurisdiction"]["source"] == "Decision 1234/QD-BTP"
    wait_for(lambda: tap(), message="division_jurisdiction.recorded on the bus")
    with rpc_as("administrator", authority="HN") as rpc:
        closed = rpc.personnel.close_division_jurisdiction({
            "division_jurisdiction_id": recorded["id"], "valid_to": "2026-12-31",
            "reason": "reorganisation"})
    assert closed["valid_to"] == "2026-12-31"


def test_division_errors_cross_the_wire(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.personnel.record_division_jurisdiction({**DIVISION, "province_code": "1",
                                                        "commune_code": "4"})
        assert set(err.value.fields) == {"province_code", "commune_code"}
        rpc.personnel.record_division_jurisdiction(DIVISION)
        with pytest.raises(Conflict):
            rpc.personnel.record_division_jurisdiction(DIVISION)
    with rpc_as("administrator", authority="HCM") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.record_division_jurisdiction({**DIVISION, "commune_code": "00007"})
    with rpc_as("desk_officer", authority="HN-01") as rpc, pytest.raises(NotFound):
        rpc.personnel.competent_authority({"province_code": "48", "on": "2026-11-30"})
