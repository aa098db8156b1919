"""revoke_enforcement_decision through RabbitMQ and PostgreSQL."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

pytestmark = pytest.mark.integration


def revocation(decision_id, **changes):
    return {"decision_id": decision_id, "number": "3/QĐ-THQĐ", "revoked_on": "2026-11-27",
            "ground": "error_changing_content", "reasons": "The amount is wrong", **changes}


@pytest.fixture
def decision_id(decided_case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        return rpc.cases.get_case(decided_case_id)["decision"]["id"]


def test_revoke_and_reissue(decision_id, decided_case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        revoked = rpc.cases.revoke_enforcement_decision(revocation(
            decision_id, reissue={"number": "4/QĐ", "issued_on": "2026-11-27"}))
        case = rpc.cases.get_case(decided_case_id)
    assert (revoked["status"], revoked["decision_id"]) == ("decision_issued", decision_id)
    assert revoked["reissued_decision"]["notify_by"] == "2026-12-02"
    assert case["decision"]["id"] == revoked["reissued_decision"]["id"]
    with rpc_as("head_of_authority") as rpc, pytest.raises(Conflict):
        rpc.cases.revoke_enforcement_decision(revocation(decision_id))


def test_bad_revocation_is_a_validation_error_naming_the_field(decision_id, rpc_as):
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.revoke_enforcement_decision(revocation(decision_id, ground="whim",
                                                         reasons=""))
    assert {"ground", "reasons"} <= set(err.value.fields)


def test_only_the_head_revokes_and_only_in_their_authority(decision_id, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.revoke_enforcement_decision(revocation(decision_id))
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.revoke_enforcement_decision(revocation(decision_id))
