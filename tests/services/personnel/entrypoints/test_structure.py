"""The tree's structure through RabbitMQ and PostgreSQL: a reorganisation recorded, the event
on the bus, registrations following it; typed errors."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import (GENERAL_DEPARTMENT, HANOI, HANOI_REGION_1,
                                               authority)

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.register_authority(GENERAL_DEPARTMENT)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
    return container


def test_reorganisation_recorded_and_followed(personnel, rpc_as, tap_events):
    tap = tap_events("personnel.events", "structure.changed")
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.close_structure_row({
            "key": "authority_relation.regional", "valid_from": "2025-07-01",
            "valid_to": "2026-12-31", "reason": "reorganisation of 2027 (test data)"})
        added = rpc.personnel.record_structure_row({
            "key": "authority_relation.regional", "value": "management",
            "valid_from": "2027-01-01", "source": "reorganisation of 2027 (test data)",
            "confidence": "check"})
    with rpc_as("administrator", authority="HN") as rpc:
        office = rpc.personnel.register_authority(authority(HANOI_REGION_1,
                                                            valid_from="2027-01-01"))
        structure = rpc.personnel.get_structure({"on": "2027-01-01"})
    assert added["valid_from"] == "2027-01-01" and office["relation"] == "management"
    regional = next(lv for lv in structure["levels"] if lv["level"] == "regional")
    assert regional["relation"] == "management"
    wait_for(lambda: len(tap()) >= 2, message="structure.changed on the bus")
    assert [m["payload"]["action"] for m in tap()] == ["close", "add"]


def test_structure_errors_cross_the_wire(personnel, rpc_as):
    row = {"key": "authority_relation.regional", "value": "management",
           "valid_from": "2027-01-01", "source": "x", "confidence": "sure"}
    with rpc_as("administrator", authority="TCTHADS") as rpc, \
            pytest.raises(ValidationError) as err:
        rpc.personnel.record_structure_row(row)
    assert list(err.value.fields) == ["confidence"]
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.record_structure_row({**row, "confidence": "check"})
