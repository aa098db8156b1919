"""issue_automatic_decisions and the Art. 7.4 refusal through RabbitMQ and PostgreSQL."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration

FEE = {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2", "amount": 17_500_000,
       "automatic": "court_fee", "description": "Court fee of the first instance"}


@pytest.fixture
def received(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        return rpc.cases.receive_judgment(judgment(
            obligations=[judgment()["obligations"][0], FEE], received_on="2026-11-27"))


def decisions(judgment_id, **changes):
    return {"judgment_id": judgment_id, "number": "9/QĐ-CTHADS", "issued_on": "2026-12-01",
            **changes}


def test_receive_judgment_keeps_the_automatic_marks(received):
    fee = received["obligations"][1]
    assert (fee["automatic"], fee["joint_group"], fee["debtor_identified"]) == (
        "court_fee", None, True)
    assert received["received_on"] == "2026-11-27"


def test_issue_automatic_decisions(received, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        result = rpc.cases.issue_automatic_decisions(decisions(received["id"]))
        [one] = result["decisions"]
        case = rpc.cases.get_case(one["case_id"])
    assert result["decision_due_on"] == "2026-12-04"
    assert (one["obligation_ids"], one["grouping"]["clause"]) == (["O2"], "6.1")
    assert (one["decision"]["basis"], one["decision"]["notify_by"]) == ("automatic", "2026-12-04")
    assert (case["status"], case["requester_party_id"]) == ("decision_issued", None)


def test_automatic_items_are_decided_once(received, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_automatic_decisions(decisions(received["id"]))
        with pytest.raises(Conflict) as err:
            rpc.cases.issue_automatic_decisions(decisions(received["id"]))
    assert err.value.details == {"judgment_id": received["id"]}


def test_bad_input_is_a_validation_error_naming_the_field(received, rpc_as):
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.issue_automatic_decisions(decisions(received["id"], number="x" * 91,
                                                      issued_on="2026-13-01"))
    assert set(err.value.fields) == {"number", "issued_on"}


def test_only_the_head_of_the_authority_decides(received, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.issue_automatic_decisions(decisions(received["id"]))


def test_a_judgment_of_another_authority_is_not_found(received, rpc_as):
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.issue_automatic_decisions(decisions(received["id"]))


def test_an_unknown_automatic_mark_is_refused_at_intake(cases, rpc_as):
    with rpc_as("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.receive_judgment(judgment(obligations=[{**FEE, "automatic": "bribe"}]))
    assert "obligations" in err.value.fields


def test_a_request_the_judgment_leaves_unclear_is_refused_in_writing(cases, rpc_as):
    unstated = {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
                "creditor_party_id": "P1", "description": "Pay what the parties agree"}
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(obligations=[unstated]))
    with rpc_as("desk_officer") as rpc:
        refused = rpc.cases.submit_request(request_for(received["id"]))
    assert refused["status"] == "request_refused"
    assert refused["refusal"]["legal_basis"].endswith("Decree 62/2015 Art. 7.4")
    assert "does not clearly determine the amount payable" in refused["refusal"]["reasons"][0]
