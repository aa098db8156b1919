"""record_verification, decide_lacking_conditions and resume_enforcement through RabbitMQ and
PostgreSQL: each happy path and the typed errors crossing the wire."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def case_id(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
    return case["id"]


def verification(case_id, **changes):
    return {"case_id": case_id, "verified_on": "2026-12-03", "finding": "lacks_conditions",
            "note": "No property found", **changes}


def lacking(case_id, **changes):
    return {"case_id": case_id, "number": "5/QĐ", "decided_on": "2026-12-07", **changes}


def resumption(case_id, **changes):
    return {"case_id": case_id, "number": "9/QĐ", "decided_on": "2027-01-08",
            "new_conditions": "Inherited a house", **changes}


def test_record_verification(case_id, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        record = rpc.cases.record_verification(verification(case_id))
    assert (record["decision_due_on"], record["case_status"]) == ("2026-12-10",
                                                                  "decision_issued")
    assert record["recorded_by"] == "enforcement_officer@HN-01"


def test_decide_lacking_conditions_and_resume_enforcement(case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(verification(case_id))
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.decide_lacking_conditions(lacking(case_id))
    assert (decided["case_status"], decided["debtor_party_id"]) == ("lacking_conditions", "P2")
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(verification(case_id, finding="has_conditions",
                                                   verified_on="2027-01-05"))
    with rpc_as("head_of_authority") as rpc:
        resumed = rpc.cases.resume_enforcement(resumption(case_id))
        assert rpc.cases.get_case(case_id)["status"] == "decision_issued"
    assert resumed["lacking_conditions_decision_id"] == decided["id"]
    got = wait_for(lambda: (lambda seen: seen if len(seen) >= 2 else None)(
        [e for e in drain() if e["type"] in ("lacking_conditions.decided",
                                             "enforcement.resumed")]), message="events")
    by_type = {e["type"]: e for e in got}
    assert by_type["lacking_conditions.decided"]["payload"]["debtor"]["name"] == "Trần Thị Bình"
    assert by_type["enforcement.resumed"]["payload"]["debtor_party_id"] == "P2"
    assert by_type["enforcement.resumed"]["case_id"] == case_id


def test_bad_input_is_a_validation_error_naming_the_fields(case_id, rpc_as):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.record_verification(verification(case_id, finding="maybe", note="x" * 2001))
    assert set(err.value.fields) == {"finding", "note"}
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.decide_lacking_conditions(lacking(case_id, number="", decided_on="2026-13-01"))
    assert set(err.value.fields) == {"number", "decided_on"}
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.resume_enforcement(resumption(case_id, new_conditions=None))
    assert set(err.value.fields) == {"new_conditions"}


def test_bad_states_are_conflicts(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        with pytest.raises(Conflict, match="no verification finding"):
            rpc.cases.decide_lacking_conditions(lacking(case_id))
        with pytest.raises(Conflict, match="Art. 9.4") as err:
            rpc.cases.resume_enforcement(resumption(case_id))
    assert err.value.details == {"status": "decision_issued"}


def test_another_authority_is_not_found(case_id, rpc_as):
    with rpc_as("head_of_authority", authority="HCM-02") as rpc:
        for call, payload in ((rpc.cases.record_verification, verification(case_id)),
                              (rpc.cases.decide_lacking_conditions, lacking(case_id)),
                              (rpc.cases.resume_enforcement, resumption(case_id))):
            with pytest.raises(NotFound) as err:
                call(payload)
            assert err.value.details == {"case_id": case_id}


def test_only_the_head_decides_and_resumes(case_id, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(PermissionDenied):
            rpc.cases.decide_lacking_conditions(lacking(case_id))
        with pytest.raises(PermissionDenied):
            rpc.cases.resume_enforcement(resumption(case_id))
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.record_verification(verification(case_id))
