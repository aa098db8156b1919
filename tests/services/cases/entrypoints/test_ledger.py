"""The ledger, payouts, certificate and closing through RabbitMQ and PostgreSQL: the happy path
(a receipt published as ``funds.collected`` by ``property``), and the typed errors crossing the
wire."""
import pytest

from shared.errors import NotFound, PermissionDenied, ValidationError
from shared.events import new_envelope
from tests.conftest import rows, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def case_id(decided_case_id):
    return decided_case_id


def payment(case_id, **changes):
    return {"case_id": case_id, "amount": 150_000_000, "received_on": "2026-11-27",
            "payer": "Trần Thị Bình", "reference": "PT-001", **changes}


def test_money_from_two_sources_to_a_closed_case(case_id, rpc_as, publish_event, databases,
                                                 tap_events):
    drain = tap_events("cases.events")
    publish_event(new_envelope("funds.collected", {
        "collection_id": "col-77", "source": "garnishment", "amount": 200_000_000,
        "collected_on": "2026-11-30", "reference": "VCB-1", "institution": "VCB"},
        authority="HN-01", case_id=case_id))
    wait_for(lambda: rows(databases["cases"], "SELECT id FROM ledger_receipt"),
             message="the collection in the ledger")
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_payment(payment(case_id))
        seen = rpc.cases.preview_distribution({"case_id": case_id, "on": "2026-12-01"})
        decided = rpc.cases.decide_distribution({"case_id": case_id, "number": "12/QĐ",
                                                 "decided_on": "2026-12-01"})
        assert decided["lines"] == seen["lines"]
        ledger = rpc.cases.get_ledger({"case_id": case_id})
    # 350,000,000 owed and received: all to P1; the fee is 3% of the 200,000,000 garnished (the
    # 150,000,000 paid voluntarily before the decision was notified bears none)
    assert [(l["kind"], l["amount"], l["fee_base"], l["fee"]) for l in decided["lines"]] == [
        ("share", 350_000_000, 200_000_000, 6_000_000)]
    assert (ledger["balance"], len(ledger["receipts"])) == (0, 2)
    [owed] = ledger["payouts"]
    with rpc_as("enforcement_officer") as rpc:
        paid = rpc.cases.pay_out({"payout_id": owed["id"], "method": "by_transfer",
                                  "paid_on": "2026-12-02", "recipient_kind": "natural_person",
                                  "reference": "UNC-9", "account_given": True})
    assert (paid["status"], paid["amount"]) == ("paid", 344_000_000)
    with rpc_as("head_of_authority") as rpc:
        cert = rpc.cases.issue_certificate({"case_id": case_id, "number": "3/XN",
                                            "issued_on": "2026-12-03",
                                            "requested_by": "Nguyễn Văn An"})
        closed = rpc.cases.close_case({"case_id": case_id, "closed_on": "2026-12-04"})
    assert cert["fulfilled"] and closed["case_status"] == "completed"
    types = wait_for(lambda: (lambda t: t if "enforcement_case.closed" in t else None)(
        [e["type"] for e in drain()]), message="events")
    assert {"money.received", "distribution.decided", "payout.made", "enforcement.fulfilled",
            "result_certificate.issued"} <= set(types)


def test_bad_input_is_a_validation_error_naming_the_fields(case_id, rpc_as):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.record_payment(payment(case_id, amount=1.5, received_on="2026-02-30"))
    assert set(err.value.fields) == {"amount", "received_on"}
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.decide_distribution({"case_id": case_id, "number": "1",
                                       "decided_on": "2026-12-01",
                                       "categories": {"O1": "gambling_debt"}})
    assert set(err.value.fields) == {"categories"}


def test_another_authority_is_not_found_and_a_desk_officer_may_not(case_id, rpc_as):
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.record_payment(payment(case_id))
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.decide_distribution({"case_id": case_id, "number": "1",
                                       "decided_on": "2026-12-01"})
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.close_case({"case_id": case_id, "closed_on": "2026-12-04"})
