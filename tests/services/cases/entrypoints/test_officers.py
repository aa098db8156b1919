"""assign_officer and decide_officer_replacement through RabbitMQ and PostgreSQL, against the
real personnel service (its assign_officer and release_assignment RPCs)."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_C, appointment,
                                               designation)

pytestmark = pytest.mark.integration

DEBTOR = "Trần Thị Bình"  # party P2 of tests.factories.judgment
OFFICER_D = {"id": "CHV-D", "full_name": "Đỗ Thị Hoa", "authority_id": "HN-01"}


@pytest.fixture
def case_id(decided_case_id, start_service, rpc_as):
    start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
        for officer in (OFFICER_C, OFFICER_D):
            rpc.personnel.register_officer(officer)
            rpc.personnel.appoint_position(appointment(officer["id"]))
    return decided_case_id


def replacement(case_id, outcome):
    return {"case_id": case_id, "requested_by_party_id": "P2", "ground": "10.1.d",
            "request_reasons": "Discriminatory treatment", "received_on": "2026-12-03",
            "outcome": outcome, "explanation": "No discrimination was found in the record",
            "decided_on": "2026-12-04"}


def test_assign_officer_and_decide_replacement_through_personnel(case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    with rpc_as("head_of_authority") as rpc:
        officer = rpc.cases.assign_officer({"case_id": case_id})
        assert officer["officer_id"] == "CHV-C"  # both idle: the smallest id
        assert officer["reasons"] and officer["personnel_assignment_id"]
        with pytest.raises(Conflict):
            rpc.cases.assign_officer({"case_id": case_id})
        # released, CHV-C is again the least loaded; personnel sets it aside (Art. 10.3)
        replaced = rpc.cases.decide_officer_replacement(replacement(case_id, "replace"))
        rejected = rpc.cases.decide_officer_replacement(replacement(case_id, "reject"))
    assert (replaced["outcome"], replaced["old_officer_id"], replaced["new_officer_id"]) == (
        "replace", "CHV-C", "CHV-D")
    assert (rejected["outcome"], rejected["old_officer_id"]) == ("reject", "CHV-D")
    with rpc_as("head_of_authority") as rpc:
        held = rpc.personnel.assign_officer({"authority": "HN-01", "case_id": "probe",
                                             "parties": [{"party_id": "X", "name": "X"}]})
    # personnel holds CHV-D for the case and none for CHV-C: the probe goes to CHV-C
    assert held["officer"] == {"officer_id": "CHV-C", "full_name": OFFICER_C["full_name"],
                               "open_assignments": 0}
    assert [c["officer_id"] for c in held["considered"]] == ["CHV-C", "CHV-D"]
    wanted = {"case_officer.assigned", "case_officer.replaced", "officer_replacement.rejected"}
    got = wait_for(lambda: (lambda seen: seen if wanted <= set(seen) else None)(
        {e["type"]: e for e in drain()}), message="events")
    assert got["case_officer.replaced"]["payload"]["new_officer_id"] == "CHV-D"
    assert got["officer_replacement.rejected"]["payload"]["replacement_id"] == rejected["id"]


def test_replacement_without_another_officer_gives_the_officer_back(case_id, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:  # CHV-D is the sister of party P2
        rpc.personnel.record_relation({"officer_id": "CHV-D", "person_name": DEBTOR,
                                       "relation": "sibling"})
    with rpc_as("head_of_authority") as rpc:
        assert rpc.cases.assign_officer({"case_id": case_id})["officer_id"] == "CHV-C"
        with pytest.raises(Conflict, match="no other eligible officer") as err:
            rpc.cases.decide_officer_replacement(replacement(case_id, "replace"))
        assert err.value.details == {"case_id": case_id, "officer_id": "CHV-C"}
        # personnel holds CHV-C for the case again: asking twice names it
        with pytest.raises(Conflict) as held:
            rpc.personnel.assign_officer({"authority": "HN-01", "case_id": case_id,
                                          "parties": [{"party_id": "X", "name": "X"}]})
    assert held.value.details == {"case_id": case_id, "officer_id": "CHV-C"}


def test_replacement_of_the_head_decided_by_the_superior_through_personnel(case_id, rpc_as):
    """Decree 62/2015 Art. 10.2: CHV-C heads HN-01, so the head of HN decides."""
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.designate_manager(designation("CHV-C"))
    with rpc_as("head_of_authority") as rpc:
        assert rpc.cases.assign_officer({"case_id": case_id})["officer_id"] == "CHV-C"
    with rpc_as("head_of_authority", authority="HCM") as rpc, pytest.raises(NotFound):
        rpc.cases.decide_officer_replacement(replacement(case_id, "replace"))
    with rpc_as("head_of_authority", authority="HN") as rpc:
        decision = rpc.cases.decide_officer_replacement(replacement(case_id, "replace"))
    assert (decision["old_officer_id"], decision["new_officer_id"]) == ("CHV-C", "CHV-D")
    assert decision["decided_by"] == "head_of_authority@HN"
    assert decision["computations"]["decided_by_superior"]["deciders"] == ["HN-01", "HN"]
    # CHV-D is no head: the superior has no say over its replacement
    with rpc_as("head_of_authority", authority="HN") as rpc, pytest.raises(NotFound):
        rpc.cases.decide_officer_replacement(replacement(case_id, "reject"))


def test_only_the_head_assigns(case_id, rpc_as):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.assign_officer({"case_id": case_id})


def test_the_officer_opens_the_dossier(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        officer = rpc.cases.assign_officer({"case_id": case_id})
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.cases.open_dossier({"case_id": case_id, "opened_on": "2026-11-22"})
        assert set(err.value.fields) == {"opened_on"}
        dossier = rpc.cases.open_dossier({"case_id": case_id,
                                          "opened_on": officer["assigned_on"]})
        assert dossier["computations"]["compilation_deadline"]["met_on"] == (
            officer["assigned_on"])
        kinds = [i["kind"] for i in rpc.cases.get_case_file(case_id)["dossier"]]
    assert "dossier_opened" in kinds
