"""get_case through RabbitMQ and PostgreSQL: the happy path and the typed errors."""
import pytest

from shared.errors import NotFound, PermissionDenied, Unauthenticated, ValidationError
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration

UNKNOWN = "9b1c0000-0000-0000-0000-000000000000"


def test_get_case_answers_exactly_as_the_write_entrypoints_do(cases, rpc_as):
    # get_case reads through services/cases/views.py (plain SQL), the writes dump ORM objects.
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("head_of_authority") as rpc:
        requested = rpc.cases.submit_request(request_for(received["id"]))
        assert rpc.cases.get_case(requested["id"]) == requested
        assert requested["decision"] is None
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": requested["id"], "number": "2/QĐ", "issued_on": "2026-11-23"})
        assert rpc.cases.get_case(requested["id"]) == decided
        assert decided["decision"]["number"] == "2/QĐ"


def test_unknown_case_is_not_found(cases, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.cases.get_case(UNKNOWN)
    assert err.value.details == {"case_id": UNKNOWN}


def test_a_case_of_another_authority_is_not_found_as_an_unknown_one(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("desk_officer", authority="HCM-02") as rpc:
        with pytest.raises(NotFound) as foreign:
            rpc.cases.get_case(case["id"])
        with pytest.raises(NotFound) as unknown:
            rpc.cases.get_case(UNKNOWN)
    assert foreign.value.details == {"case_id": case["id"]}
    assert foreign.value.message == unknown.value.message.replace(UNKNOWN, case["id"])
    assert "HN-01" not in str(foreign.value)


@pytest.mark.parametrize("case_id", [123, "", "case\x00id", "x" * 65])
def test_a_case_id_that_is_not_an_id_is_a_validation_error(cases, rpc_as, case_id):
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.get_case(case_id)
    assert set(err.value.fields) == {"case_id"}


def test_get_case_needs_a_valid_identity_with_the_permission(cases, rpc_as, token):
    with rpc_as("court_system") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.get_case(UNKNOWN)
    with rpc_as("desk_officer", raw_token=token("desk_officer", forged=True)) as rpc, \
            pytest.raises(Unauthenticated):
        rpc.cases.get_case(UNKNOWN)
