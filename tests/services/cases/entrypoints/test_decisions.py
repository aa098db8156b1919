"""issue_enforcement_decision through RabbitMQ and PostgreSQL: the happy path and the typed
errors."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def case(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        return rpc.cases.submit_request(request_for(received["id"]))


def decision(case_id, **changes):
    return {"case_id": case_id, "number": "1/QĐ", "issued_on": "2026-11-23", **changes}


def test_issue_enforcement_decision(case, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(decision(case["id"]))
    assert decided["status"] == "decision_issued"
    assert decided["decision"]["number"] == "1/QĐ"
    assert decided["decision"]["notify_by"] == "2026-11-27"
    assert decided["decision"]["issued_by"] == "head_of_authority@HN-01"


def test_a_second_decision_on_one_request_is_refused(case, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(decision(case["id"]))
        with pytest.raises(Conflict, match="one decision per request") as err:
            rpc.cases.issue_enforcement_decision(decision(case["id"]))
    assert err.value.details == {"status": "decision_issued"}


def test_a_case_of_another_authority_is_not_found(case, rpc_as):
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, \
            pytest.raises(NotFound) as err:
        rpc.cases.issue_enforcement_decision(decision(case["id"]))
    assert err.value.details == {"case_id": case["id"]}
    assert "HN-01" not in err.value.message


def test_bad_decision_is_a_validation_error_naming_the_field(case, rpc_as):
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.issue_enforcement_decision(decision(case["id"], number="x" * 101,
                                                      issued_on="0001-01-01"))
    assert set(err.value.fields) == {"number", "issued_on"}


def test_only_the_head_of_the_authority_decides(case, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.issue_enforcement_decision(decision(case["id"]))


def test_one_decision_covers_several_creditors_of_one_debtor(cases, rpc_as):
    parties = [{"party_id": "P1", "name": "An", "address": "Huế"},
               {"party_id": "P2", "name": "Bình", "address": "Kim Mã"},
               {"party_id": "P3", "name": "Chi", "address": "Láng"}]
    obligations = [
        {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "amount": 100, "description": "Repay An"},
        {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P3", "amount": 200, "description": "Repay Chi"}]
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(parties=parties, obligations=obligations))
    with rpc_as("desk_officer") as rpc:
        first = rpc.cases.submit_request(request_for(received["id"]))
        second = rpc.cases.submit_request(request_for(received["id"], requester_party_id="P3",
                                                      obligation_ids=["O2"]))
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(decision(first["id"]))
        other = rpc.cases.get_case(second["id"])
    assert decided["decision"]["covered_case_ids"] == [first["id"], second["id"]]
    assert other["status"] == "decision_issued"
    assert other["decision"]["id"] == decided["decision"]["id"]
