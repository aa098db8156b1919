"""Assignment for cases through RabbitMQ and PostgreSQL. The contract test calls
``assign_officer`` as ``cases`` does (a system identity acting for the case's authority, with
the permission) and checks the documented shape of the answer (docs/api/personnel.md)."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.events import validate_envelope
from tests.conftest import wait_for
from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, OFFICER_B,
                                               appointment, case)

pytestmark = pytest.mark.integration


@pytest.fixture
def office(start_service, rpc_as):
    """HN-01 with two junior enforcement officers; CHV-A is the debtor's sibling."""
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
        for officer in (OFFICER_A, OFFICER_B):
            rpc.personnel.register_officer(officer)
            rpc.personnel.appoint_position(appointment(officer["id"]))
        rpc.personnel.record_relation({"officer_id": "CHV-A", "person_name": "Phạm Văn Dũng",
                                       "relation": "sibling"})
    return container


@pytest.fixture
def as_cases(rpc_as, token):
    """The identity ``cases`` calls with: its system user, acting for the case's authority."""
    return lambda authority="HN-01": rpc_as(
        "system", raw_token=token("system", authority=authority, user="system:cases"))


def test_contract_assign_officer_as_cases_calls_it(office, as_cases, tap_events):
    tap = tap_events("personnel.events", "officer.assigned")
    with as_cases() as rpc:
        got = rpc.personnel.assign_officer(case("case-1"))
    assert set(got) == {"assignment_id", "authority", "case_id", "status", "assigned_on",
                        "released_on", "officer", "considered", "excluded", "set_aside",
                        "reasons", "legal_basis"}
    assert got["set_aside"] == []  # nobody named in exclude_officer_ids
    assert isinstance(got["assignment_id"], int)
    assert (got["authority"], got["case_id"], got["status"], got["released_on"]) == (
        "HN-01", "case-1", "open", None)
    assert isinstance(got["assigned_on"], str) and len(got["assigned_on"]) == 10
    assert got["officer"] == {"officer_id": "CHV-B", "full_name": "Trần Thị Bình",
                              "open_assignments": 0}
    assert got["considered"] == [got["officer"]]
    assert got["excluded"] == [{
        "officer_id": "CHV-A", "full_name": "Nguyễn Văn An", "open_assignments": 0,
        "conflicts": [{"party_id": "debtor-1", "party_name": "Phạm Văn Dũng",
                       "relation": "sibling", "matched_by": "name",
                       "ground": "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b"}]}]
    assert got["reasons"] == [
        "CHV-B has the fewest open assignments (0); no other officer without a conflict",
        "CHV-A excluded: sibling of party debtor-1 (Decree 62/2015 Art. 10.1.a; Law Art. "
        "21.5.b)"]
    assert "Decree 62/2015 Art. 10.1" in got["legal_basis"]
    wait_for(lambda: tap(), message="officer.assigned on the bus")
    [envelope] = [validate_envelope(e) for e in tap()]
    assert (envelope["case_id"], envelope["payload"]["officer_id"]) == ("case-1", "CHV-B")
    with as_cases() as rpc:
        released = rpc.personnel.release_assignment({"authority": "HN-01",
                                                     "case_id": "case-1",
                                                     "reason": "case completed"})
    assert released["status"] == "released" and released["officer"]["open_assignments"] == 0


def test_assign_officer_typed_errors_cross_the_wire(office, as_cases, rpc_as):
    with as_cases() as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.assign_officer({"authority": "HN-01", "case_id": "c\x00",
                                      "parties": []})
    assert set(err.value.fields) == {"case_id", "parties"}
    with as_cases("HN-02") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.assign_officer(case())  # another authority's case
    with as_cases("XX") as rpc, pytest.raises(NotFound):
        rpc.personnel.assign_officer(case(authority="XX"))
    with rpc_as("enforcement_officer", authority="HN-01") as rpc, pytest.raises(
            PermissionDenied):
        rpc.personnel.assign_officer(case())
    with as_cases() as rpc:
        rpc.personnel.assign_officer(case("case-1"))
        with pytest.raises(Conflict) as err:
            rpc.personnel.assign_officer(case("case-1"))
        assert err.value.details == {"case_id": "case-1", "officer_id": "CHV-B"}
        with pytest.raises(NotFound):
            rpc.personnel.release_assignment({"authority": "HN-01", "case_id": "nope",
                                              "reason": "x"})


def test_assign_officer_no_eligible_officer_is_a_conflict_saying_why(office, as_cases, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.record_relation({"officer_id": "CHV-B", "person_name": "Phạm Văn Dũng",
                                       "identity_number": "001080000009",
                                       "relation": "defender"})
    with as_cases() as rpc, pytest.raises(Conflict) as err:
        rpc.personnel.assign_officer(case())
    assert "every eligible officer has a conflict with a party" in str(err.value)
    assert [(e["officer_id"], e["conflicts"][0]["relation"])
            for e in err.value.details["excluded"]] == [("CHV-A", "sibling"),
                                                         ("CHV-B", "defender")]
