"""Inspections through RabbitMQ and PostgreSQL: given, and refused with the barring relation
(Decree 62/2015 Art. 68.4), as the head of the authority."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import HANOI, appointment

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_officer({"id": "TTV-1", "full_name": "Đỗ Thị Lan",
                                        "authority_id": "HN"})
        rpc.personnel.appoint_position(appointment("TTV-1", "senior_inspector",
                                                   authority_id="HN"))
        rpc.personnel.record_relation({"officer_id": "TTV-1", "person_name": "Đỗ Văn Nam",
                                       "identity_number": "001200000001",
                                       "relation": "nephew_niece"})
    return container


def test_inspection_given_then_refused_for_the_nephew(personnel, rpc_as, tap_events):
    tap = tap_events("personnel.events", "inspection.*")
    request = {"authority_id": "HN", "inspector_id": "TTV-1", "subject_kind": "complaint",
               "subject_reference": "complaint 2026/55", "decision_number": "QD-40",
               "on": "2026-11-03", "persons": []}
    with rpc_as("head_of_authority", authority="HN") as rpc:
        given = rpc.personnel.assign_inspection(request)
        refused = rpc.personnel.assign_inspection({**request, "persons": [
            {"person_id": "p-2", "name": "Do Nam", "identity_number": "001200000001"}]})
        with pytest.raises(ValidationError) as err:
            rpc.personnel.assign_inspection({**request, "on": "2026-02-30"})
    assert given["outcome"] == "decided" and given["on"] == "2026-11-03"
    assert refused["outcome"] == "refused"
    assert refused["barred_by"][0]["matched_by"] == "identity_number"
    assert refused["barred_by"][0]["ground"] == "Decree 62/2015 Art. 68.4.c"
    assert list(err.value.fields) == ["on"]
    wait_for(lambda: len(tap()) >= 2, message="the inspections on the bus")
    assert sorted(m["type"] for m in tap()) == ["inspection.assigned", "inspection.refused"]
