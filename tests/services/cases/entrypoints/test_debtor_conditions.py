"""record_declaration, delegate_verification, extend_delegated_verification,
record_delegated_result, receive_new_information, verify_new_information and
review_separate_log through RabbitMQ and PostgreSQL: each RPC, its events and its typed
errors crossing the wire."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for

pytestmark = pytest.mark.integration

ITEMS = {"money_and_property_rights": "none", "cash_accounts_loans": "VND 2,000,000 cash",
         "property": "none", "incomes": "none", "minors_in_custody": "none",
         "capability": "cannot pay now"}


def test_declaration_and_delegation(decided_case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    case_id = decided_case_id
    with rpc_as("enforcement_officer") as rpc:
        declared = rpc.cases.record_declaration(
            {"case_id": case_id, "debtor_party_id": "P2", "declared_on": "2026-12-01",
             "provided": True, "truthful": False, "items": ITEMS})
        assert declared["penalty_may_be_imposed"] is True
        with pytest.raises(PermissionDenied):
            rpc.cases.delegate_verification({})
    with rpc_as("head_of_authority") as rpc:
        delegation = rpc.cases.delegate_verification(
            {"case_id": case_id, "delegated_authority": "HCM-02",
             "subject": "registered_property", "number": "15/UT",
             "tasks": "Verify the debtor's land in District 3", "delegated_on": "2026-11-25"})
        assert delegation["due_on"] == "2026-12-25"
        extended = rpc.cases.extend_delegated_verification(
            {"delegation_id": delegation["id"], "extended_on": "2026-12-20",
             "reasons": "Three plots in two districts"})
        assert extended["due_on"] == "2027-01-11"
        answered = rpc.cases.record_delegated_result(
            {"delegation_id": delegation["id"], "received_on": "2027-01-08",
             "result": "One plot, certificate BĐ 123456"})
        assert answered["result_received_on"] == "2027-01-08"
    wanted = {"debtor_declaration.recorded", "verification.delegated",
              "delegated_verification.extended", "delegated_verification.answered"}
    got = wait_for(lambda: (lambda seen: seen if set(seen) == wanted else None)(
        {e["type"]: e for e in drain() if e["type"] in wanted}), message="events")
    assert got["delegated_verification.answered"]["payload"]["late"] is False


def test_new_information_and_separate_log(decided_case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    case_id = decided_case_id
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.record_verification({"case_id": case_id, "verified_on": "2026-12-03",
                                       "finding": "lacks_conditions", "note": "No property"})
        rpc.cases.decide_lacking_conditions({"case_id": case_id, "number": "5/QĐ",
                                             "decided_on": "2026-12-07"})
    with rpc_as("enforcement_officer") as rpc:
        monitored = rpc.cases.review_separate_log({"case_id": case_id,
                                                   "reviewed_on": "2027-06-08"})
        assert monitored["kind"] == "separate_monitoring"
        info = rpc.cases.receive_new_information(
            {"case_id": case_id, "received_on": "2027-03-03", "source": "the creditor",
             "content": "The debtor bought a car"})
        assert info["due_on"] == "2027-03-15"
        verified = rpc.cases.verify_new_information(
            {"information_id": info["id"], "verified_on": "2027-03-10",
             "finding": "has_conditions", "note": "The car is the debtor's"})
        assert verified["verification"]["finding"] == "has_conditions"
        with pytest.raises(Conflict):
            rpc.cases.verify_new_information(
                {"information_id": info["id"], "verified_on": "2027-03-11",
                 "finding": "has_conditions", "note": "again"})
        with pytest.raises(ValidationError) as err:
            rpc.cases.review_separate_log({"case_id": case_id, "reviewed_on": "2027-02-30"})
        assert set(err.value.fields) == {"reviewed_on"}
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.receive_new_information(
            {"case_id": case_id, "received_on": "2027-03-03", "source": "the creditor",
             "content": "The debtor bought a car"})
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.review_separate_log({"case_id": case_id, "reviewed_on": "2027-06-08"})
    wanted = {"case.separately_monitored", "new_information.received"}
    got = wait_for(lambda: (lambda seen: seen if set(seen) == wanted else None)(
        {e["type"]: e for e in drain() if e["type"] in wanted}), message="events")
    assert got["new_information.received"]["payload"]["information_id"] == info["id"]
