"""Cost relief (Decree Art. 44) and complaints (Art. 38) through RabbitMQ and PostgreSQL: the
happy paths and the typed errors crossing the wire."""
import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError

pytestmark = pytest.mark.integration


@pytest.fixture
def case_id(decided_case_id):
    return decided_case_id


def test_cost_relief_granted_and_revoked(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        cost = rpc.cases.approve_enforcement_cost({
            "case_id": case_id, "item": "43.1.a", "description": "Meeting before coercion",
            "amount": 1_000_001, "borne_by": "debtor", "approved_on": "2026-11-24"})
    with rpc_as("enforcement_officer") as rpc:
        applied = rpc.cases.apply_for_cost_relief({
            "cost_id": cost["id"], "applicant_party_id": "P2", "ground": "44.1.a",
            "evidence_reference": "Commune confirmation 7/XN-UBND", "applied_on": "2026-11-27"})
        with pytest.raises(PermissionDenied):
            rpc.cases.decide_cost_relief({"relief_id": applied["id"],
                                          "decided_on": "2026-12-01"})
    assert applied["decide_by"] == "2026-12-04"
    with rpc_as("head_of_authority") as rpc:
        granted = rpc.cases.decide_cost_relief({"relief_id": applied["id"],
                                                "decided_on": "2026-12-01"})
        revoked = rpc.cases.revoke_cost_relief({"relief_id": applied["id"],
                                                "revoked_on": "2026-12-09",
                                                "reason": "Untruthful income statement"})
        with pytest.raises(Conflict):
            rpc.cases.revoke_cost_relief({"relief_id": applied["id"],
                                          "revoked_on": "2026-12-10", "reason": "again"})
    assert (granted["status"], granted["relief"], revoked["status"]) == ("granted", 500_000,
                                                                          "revoked")


def test_complaint_answered_and_settled(case_id, rpc_as):
    with rpc_as("desk_officer") as rpc:
        complaint = rpc.cases.receive_complaint({
            "case_id": case_id, "complainant_party_id": "P2", "subject_kind": "other",
            "act_reference": "1/QĐ", "act_known_on": "2026-11-24",
            "received_on": "2026-11-27", "content": "Wrong amount"})
        with pytest.raises(ValidationError) as err:
            rpc.cases.receive_complaint({"case_id": case_id, "subject_kind": "rumour"})
    assert {"subject_kind", "complainant_party_id"} <= set(err.value.fields)
    assert complaint["reply_by"] == "2026-12-04"
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.answer_complaint({"complaint_id": complaint["id"], "on": "2026-12-01",
                                    "accepted": True})
        settled = rpc.cases.settle_complaint({"complaint_id": complaint["id"],
                                              "on": "2026-12-10", "result": "rejected",
                                              "reasons": ["The amount is the judgment's"]})
        with pytest.raises(Conflict):
            rpc.cases.answer_complaint({"complaint_id": complaint["id"], "on": "2026-12-11",
                                        "accepted": True})
    assert [h["step"] for h in settled["history"]] == ["received", "accepted", "settled"]


def test_cost_advanced_up_to_the_estimate(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        cost = rpc.cases.approve_enforcement_cost({
            "case_id": case_id, "item": "43.1.c", "description": "Valuation of the house",
            "amount": 4_000_000, "borne_by": "debtor", "approved_on": "2026-11-24"})
        made = rpc.cases.record_cost_advance({
            "cost_id": cost["id"], "advanced_by": "authority", "amount": 4_000_000,
            "advanced_on": "2026-11-25"})
        with pytest.raises(ValidationError) as err:
            rpc.cases.record_cost_advance({
                "cost_id": cost["id"], "advanced_by": "litigant", "party_id": "P1",
                "amount": 1, "advanced_on": "2026-11-25"})
    assert (made["amount"], made["advanced_in_all"]) == (4_000_000, 4_000_000)
    assert set(err.value.fields) == {"amount"}
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(PermissionDenied):
            rpc.cases.record_cost_advance({
                "cost_id": cost["id"], "advanced_by": "authority", "amount": 1,
                "advanced_on": "2026-11-25"})
