"""submit_request through RabbitMQ and PostgreSQL: the happy path and the typed errors."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def received(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        return rpc.cases.receive_judgment(judgment())


def test_submit_request(received, rpc_as, table_counts):
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    assert (case["status"], case["judgment_id"], case["decision"]) == (
        "request_accepted", received["id"], None)
    assert case["decision_due_on"] == "2026-11-30"
    counts = table_counts()
    assert (counts["enforcement_case"], counts["platform_deadline"]) == (1, 1)


def test_request_on_unknown_judgment_is_not_found_and_writes_nothing(cases, rpc_as,
                                                                    table_counts):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.cases.submit_request(request_for("no-such-judgment"))
    assert err.value.details == {"judgment_id": "no-such-judgment"}
    assert set(table_counts().values()) == {0}


def test_bad_request_is_a_validation_error_naming_the_field(received, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.submit_request(request_for(received["id"], content="Loan\x00",
                                             received_on="9999-01-01"))
    assert set(err.value.fields) == {"content", "received_on"}
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.submit_request(request_for(received["id"], requester_party_id="P7",
                                             obligation_ids=["O1", "O5"]))
    assert err.value.fields == {"obligation_ids": ["unknown: O5"]}


def test_request_outside_prescriptive_limit_is_answered_with_its_recorded_refusal(
        cases, rpc_as, table_counts, tap_events):
    with rpc_as("court_system") as rpc:
        old = rpc.cases.receive_judgment(judgment(issued_on="2019-01-02",
                                                  effective_on="2019-02-01"))
    drain = tap_events("cases.events", "enforcement_request.refused")
    with rpc_as("desk_officer") as rpc:
        refused = rpc.cases.submit_request(request_for(old["id"], received_on="2026-11-20"))
        assert rpc.cases.get_case(refused["id"]) == refused
    assert refused["status"] == "request_refused" and refused["decision"] is None
    refusal = refused["refusal"]
    assert refusal["refused_on"] == "2026-11-20"
    assert "ended on 2024-02-01" in refusal["reasons"][0]
    assert refusal["computations"][0]["ends_on"] == "2024-02-01"
    [event] = wait_for(drain, message="enforcement_request.refused on the bus")
    assert event["type"] == "enforcement_request.refused"
    assert event["payload"]["refusal_id"] == refusal["id"]
    counts = table_counts()
    assert (counts["enforcement_case"], counts["platform_deadline"]) == (1, 1)


def test_a_late_request_with_proved_deductions_is_accepted(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(issued_on="2021-10-01",
                                                       effective_on="2021-11-10"))
    flood = {"ground": "natural_disaster", "evidence": "4.4.a",
             "evidence_reference": "Xác nhận 12/UBND", "from_on": "2022-10-10",
             "to_on": "2022-10-19"}
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"], deductions=[flood]))
    assert case["status"] == "request_accepted"
    assert case["limit_computations"][0]["ends_on"] == "2026-11-20"


def test_a_bad_deduction_is_a_validation_error_naming_its_fields(received, rpc_as,
                                                                 table_counts):
    bad = {"ground": "boredom", "evidence": "4.4.z", "evidence_reference": "x",
           "from_on": "2022-10-10", "to_on": "2022-10-19"}
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.submit_request(request_for(received["id"], deductions=[bad]))
    assert set(err.value.fields["deductions"]["0"]) == {"ground", "evidence"}
    assert table_counts()["enforcement_case"] == 0


def test_the_same_request_twice_is_a_conflict_naming_the_open_case(received, rpc_as,
                                                                  table_counts):
    with rpc_as("desk_officer") as rpc:
        first = rpc.cases.submit_request(request_for(received["id"]))
        with pytest.raises(Conflict) as err:
            rpc.cases.submit_request(request_for(received["id"]))
    assert err.value.details == {"case_id": first["id"]}
    assert table_counts()["enforcement_case"] == 1


def test_other_authority_has_no_jurisdiction(received, rpc_as, table_counts):
    with rpc_as("desk_officer", authority="HCM-02") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.submit_request(request_for(received["id"]))
    assert table_counts()["enforcement_case"] == 0
