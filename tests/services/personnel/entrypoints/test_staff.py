"""Staff and ranks through RabbitMQ and PostgreSQL: each RPC's happy path (its event reaching
the bus) and the typed errors crossing the wire."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import rows, wait_for
from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, appointment)

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
    return container


def test_register_appoint_end_and_read_an_officer_with_history(personnel, rpc_as, tap_events):
    tap = tap_events("personnel.events", "officer.*")
    with rpc_as("administrator", authority="HN") as rpc:
        registered = rpc.personnel.register_officer(OFFICER_A)
        junior = rpc.personnel.appoint_position(appointment("CHV-A"))
        ended = rpc.personnel.end_position({"appointment_id": junior["id"],
                                            "valid_to": "2025-12-31", "reason": "promoted"})
        rpc.personnel.appoint_position(appointment(
            "CHV-A", "enforcement_officer_intermediate", valid_from="2026-01-01"))
        relation = rpc.personnel.record_relation({"officer_id": "CHV-A",
                                                  "person_name": "Phạm Văn Dũng",
                                                  "relation": "sibling"})
    assert registered["status"] == "active" and registered["positions"] == []
    assert junior["category"] == "enforcement_officer" and junior["valid_to"] is None
    assert ended["valid_to"] == "2025-12-31" and ended["end_reason"] == "promoted"
    assert relation["relation"] == "sibling"
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        officer = rpc.personnel.get_officer("CHV-A")
    assert [(p["position"], p["valid_from"], p["valid_to"]) for p in officer["positions"]] == [
        ("enforcement_officer_junior", "2025-07-01", "2025-12-31"),
        ("enforcement_officer_intermediate", "2026-01-01", None)]
    assert officer["relations"][0]["person_name"] == "Phạm Văn Dũng"
    wait_for(lambda: len(tap()) >= 5, message="the officer events on the bus")
    assert len(tap()) == 5


def test_appoint_position_bad_input_names_the_fields(personnel, rpc_as):
    bad = appointment("CHV-A", position="judge", valid_from="2025-13-01")
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.appoint_position(bad)
    assert set(err.value.fields) == {"position", "valid_from"}


def test_appoint_position_overlapping_rank_is_a_conflict(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_officer(OFFICER_A)
        held = rpc.personnel.appoint_position(appointment("CHV-A"))
        with pytest.raises(Conflict) as err:
            rpc.personnel.appoint_position(appointment("CHV-A", "enforcement_officer_senior"))
    assert err.value.details == {"appointment_id": str(held["id"])}  # details travel as text


def test_foreign_officer_is_not_found_and_roles_without_the_permission_are_refused(
        personnel, rpc_as, databases):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_officer(OFFICER_A)
    with rpc_as("administrator", authority="HCM") as rpc, pytest.raises(NotFound) as err:
        rpc.personnel.get_officer("CHV-A")
    assert err.value.details == {"officer_id": "CHV-A"}
    with rpc_as("administrator", authority="HCM") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.register_officer({**OFFICER_A, "id": "CHV-X"})
    with rpc_as("enforcement_officer", authority="HN-01") as rpc, pytest.raises(
            PermissionDenied) as err:
        rpc.personnel.appoint_position(appointment("CHV-A"))
    assert err.value.details == {"permission": "personnel.position.appoint",
                                 "role": "enforcement_officer"}
    assert rows(databases["personnel"], "SELECT count(*) AS n FROM appointment") == [{"n": 0}]


def test_change_officer_status_over_the_wire(personnel, rpc_as):
    change = {"officer_id": "CHV-A", "status": "suspended", "on": "2026-11-02",
              "reason": "pending discipline", "decision_number": "QD-77"}
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_officer(OFFICER_A)
        assert rpc.personnel.change_officer_status(change)["status"] == "suspended"
        with pytest.raises(Conflict):
            rpc.personnel.change_officer_status(change)
        with pytest.raises(ValidationError) as err:
            rpc.personnel.change_officer_status({**change, "status": "dismissed"})
        assert list(err.value.fields) == ["status"]
