"""Orders to banks and VSDC through RabbitMQ and PostgreSQL, answered by the reference
institutions (deploy/institutions/reference.py, plain kombu processes): applied once, refused
answers parked for an operator and never applied (issue 12)."""
import pytest

from shared import deadletters
from shared.errors import Conflict, PermissionDenied, ValidationError
from shared.events import new_envelope

from tests.conftest import rows, wait_for
from tests.services.property import institutions as banks

pytestmark = pytest.mark.integration


def _statuses(databases, kind="account_freeze"):
    return {r["institution"]: r["status"] for r in rows(
        databases["property"],
        f"SELECT institution, status FROM institution_order WHERE kind = '{kind}'")}


@pytest.fixture
def known_case(institution_service, publish_event, databases):
    from tests.services.property.conftest import case_opened
    publish_event(case_opened())
    wait_for(lambda: rows(databases["property"], "SELECT 1 FROM known_case"), message="case")


def test_freezes_answered_by_two_reference_banks_one_refusing(
        known_case, reference_institution, rpc_as, databases):
    reference_institution("bank-vcb")
    reference_institution("bank-bidv", mode="refuse")
    with rpc_as("enforcement_officer") as rpc:
        result = rpc.property.order_account_freeze(banks.freeze_request())
    assert result["measure"]["status"] == "decided" and len(result["orders"]) == 2
    wait_for(lambda: set(_statuses(databases).values()) == {"frozen", "refused"},
             timeout=20, message="both answers")
    assert _statuses(databases) == {"bank-vcb": "frozen", "bank-bidv": "refused"}
    [refusal] = rows(databases["property"], "SELECT reason_code FROM institution_order "
                                            "WHERE status = 'refused'")
    assert refusal == {"reason_code": "refused_to_receive"}


def test_an_answer_given_twice_is_applied_once(known_case, reference_institution, rpc_as,
                                               databases, tap_events):
    answers = tap_events("bank.events")
    applied = tap_events("property.events", "institution_order.answered")
    reference_institution("bank-vcb", mode="twice")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze(banks.freeze_request(accounts=[
            {"institution": "bank-vcb", "account_number": "0011004455667",
             "amount": 100_000_000}]))
    wait_for(lambda: len(answers()) == 2, timeout=20, message="two answers")
    wait_for(lambda: _statuses(databases) == {"bank-vcb": "frozen"}, timeout=20,
             message="frozen")
    assert rows(databases["property"], "SELECT count(*) AS n FROM institution_answer") == [
        {"n": 1}]
    assert rows(databases["property"], "SELECT count(*) AS n FROM platform_outbox WHERE "
                                        "routing_key = 'institution_order.answered'") == [{"n": 1}]
    wait_for(applied, message="the answer applied")
    assert [e["payload"]["outcome"] for e in applied()] == ["frozen"]  # once, not twice


def test_an_answer_with_a_bad_signature_is_parked_for_an_operator_and_not_applied(
        known_case, reference_institution, rpc_as, databases, rabbit_config):
    reference_institution("bank-vcb", mode="bad-signature")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze(banks.freeze_request(accounts=[
            {"institution": "bank-vcb", "account_number": "0011004455667",
             "amount": 100_000_000}]))
    [parked] = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "property"),
                        timeout=20, message="parked answer")
    assert parked["reason"] == "handler failed: BadSignature"
    assert _statuses(databases) == {"bank-vcb": "sent"}


def test_an_answer_about_an_unknown_order_and_a_malformed_one_are_parked(
        institution_service, publish_event, rabbit_config, databases):
    order = {"id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "institution": "bank-vcb",
             "case_id": "case-1", "authority": "HN-01"}
    publish_event(banks.frozen(order, 1))
    malformed = banks.frozen(order, 1)
    del malformed["payload"]["answered_at"]
    publish_event(malformed)
    parked = wait_for(lambda: (lambda p: p if len(p) == 2 else None)(
        deadletters.list_parked(rabbit_config["AMQP_URI"], "property")), timeout=20,
        message="two parked answers")
    assert sorted(p["reason"] for p in parked) == [
        "handler failed: UnknownOrder", "rejected: ValidationError (fields: payload.answered_at)"]


def test_fulfilment_from_cases_lifts_every_freeze_at_the_bank(
        known_case, reference_institution, rpc_as, databases, publish_event):
    reference_institution("bank-vcb")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze(banks.freeze_request(accounts=[
            {"institution": "bank-vcb", "account_number": "0011004455667",
             "amount": 100_000_000}]))
    wait_for(lambda: _statuses(databases) == {"bank-vcb": "frozen"}, timeout=20,
             message="frozen")
    publish_event(new_envelope("enforcement.fulfilled",
                               {"certificate_id": "GCN-9", "issued_on": "2026-12-10",
                                "debtor_party_id": "P2"}, authority="HN-01", case_id="case-1"))
    wait_for(lambda: _statuses(databases) == {"bank-vcb": "lifted"}, timeout=20,
             message="lifted")
    assert _statuses(databases, "account_freeze_lift") == {"bank-vcb": "lifted"}


def test_orders_need_the_permission_and_valid_input(institution_service, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.property.order_account_freeze(banks.freeze_request())
    bad = banks.freeze_request()
    bad["accounts"][0]["amount"] = 1.5
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as raised:
        rpc.property.order_account_freeze(bad)
    assert "accounts" in raised.value.fields


def test_what_institutions_owe_is_reported_to_operators(known_case, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze(banks.freeze_request())
    with rpc_as("operator") as rpc:
        report = rpc.property.institution_obligations()
    assert sorted((r["institution"], r["outstanding"]) for r in report) == [
        ("bank-bidv", 1), ("bank-vcb", 1)]


def test_account_data_never_reaches_the_logs_or_the_metrics(known_case, reference_institution,
                                                            rpc_as, databases, caplog):
    import logging

    from prometheus_client import REGISTRY, generate_latest

    # The services log at INFO (config.yaml). nameko's own DEBUG lines print whole RPC replies,
    # whatever a service returns: never run production at DEBUG.
    caplog.set_level(logging.INFO)
    reference_institution("bank-vcb")
    reference_institution("bank-bidv", mode="bad-signature")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze(banks.freeze_request())
    wait_for(lambda: _statuses(databases)["bank-vcb"] == "frozen", timeout=20,
             message="frozen")
    with rpc_as("enforcement_officer") as rpc:
        orders = rpc.property.list_orders("case-1")  # the case's officers do see it
    assert {o["message"]["account_number"] for o in orders} == {"0011004455667",
                                                                "12010000998877"}
    wait_for(lambda: "parking message" in caplog.text, timeout=20, message="bidv parked")
    exposition = generate_latest(REGISTRY).decode("utf-8")
    assert 'institution="bank-bidv",reason="BadSignature"' in exposition
    for secret in ("0011004455667", "12010000998877", "001185012345", "Trần Thị Bình"):
        assert secret not in caplog.text
        assert secret not in exposition


def test_a_replayed_answer_id_is_parked_and_a_disproportionate_freeze_refused(
        known_case, rpc_as, databases, publish_event, rabbit_config):
    with rpc_as("enforcement_officer") as rpc:
        refused = rpc.property.order_account_freeze(
            banks.freeze_request(obligation=10_000_000, costs=0))
        sent = rpc.property.order_account_freeze(banks.freeze_request())
    assert (refused["measure"]["status"], refused["orders"]) == ("refused", [])
    assert refused["measure"]["reasons"][0]["code"] == "disproportionate"
    vcb = next(o for o in sent["orders"] if o["institution"] == "bank-vcb")
    order = {**vcb, "authority": "HN-01"}
    first = banks.frozen(order, 100_000_000)
    publish_event(first)
    wait_for(lambda: _statuses(databases)["bank-vcb"] == "frozen", timeout=20,
             message="frozen")
    publish_event(banks.frozen(order, 1, answer_id=first["payload"]["answer_id"]))
    [parked] = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "property"),
                        timeout=20, message="parked replay")
    assert parked["reason"] == "handler failed: ReplayedAnswer"
    assert rows(databases["property"], "SELECT answered_amount FROM institution_order "
                                       f"WHERE id = '{vcb['id']}'") == [
        {"answered_amount": 100_000_000}]


def test_unlisted_securities_sold_at_auction_are_ordered_to_the_buyer_at_vsdc(
        known_case, rpc_as, databases, publish_event):
    """Art. 13.6 over the broker: VSDC's frozen answer, the auction paid, then the ownership
    transfer order (refused while the price is unpaid; not for a desk officer)."""
    from tests.services.property.conftest import HOUSE
    with rpc_as("enforcement_officer") as rpc:
        sent = rpc.property.order_securities_freeze({
            "case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
            "costs_amount": 5_000_000, "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
            "securities": [{"ticker": "TRANGAN", "quantity": 10000}]})
    [freeze] = sent["orders"]
    publish_event(banks.answer({**freeze, "authority": "HN-01"}, "vsdc.securities_frozen",
                               securities=[{"ticker": "TRANGAN", "quantity": 8000}]))
    wait_for(lambda: _statuses(databases, "securities_freeze") == {"vsdc": "frozen"},
             timeout=20, message="frozen")
    request = {"case_id": "case-1", "decision": banks.DECISION, "freeze_order_id": freeze["id"],
               "buyer": {"name": "Công ty TNHH Đầu tư Minh Long", "id_number": "0101234567",
                         "id_issued_on": "2015-03-02"},
               "buyer_account": {"name": "Công ty TNHH Đầu tư Minh Long",
                                 "number": "058C778899", "member": "Công ty Chứng khoán SSI"}}
    with rpc_as("enforcement_officer") as rpc:
        shares = rpc.property.record_property({
            **HOUSE, "kind": "securities", "estimated_value": 300_000_000,
            "description": "10.000 cổ phần Công ty CP Bánh kẹo Tràng An (chưa niêm yết)"})
        rpc.property.decide_seizure({
            "case_id": "case-1", "property_id": shares["id"], "decided_on": "2026-11-23",
            "debtor_kind": "individual", "category": "other", "value": 300_000_000,
            "debts_and_costs": 155_000_000})
        [auction] = rpc.property.announce_auction({
            "case_id": "case-1", "organisation": "Công ty Đấu giá hợp danh Việt Nam",
            "organisation_chosen_by": "officer", "contract_number": "HĐ-16/2026/ĐG",
            "contract_signed_on": "2026-11-27", "debts_and_costs": 155_000_000,
            "venue": "Số 2 Hàng Bài, Hà Nội", "posted_on": "2026-11-28",
            "registration_closes_on": "2026-12-24", "auction_on": "2026-12-28",
            "lots": [{"property_id": shares["id"], "starting_price": 300_000_000,
                      "deposit": 30_000_000}]})
        rpc.property.record_auction_result({"auction_id": auction["id"], "held_on": "2026-12-28",
                                            "outcome": "sold", "price": 320_000_000})
        with pytest.raises(Conflict):
            rpc.property.order_securities_ownership_transfer(
                {**request, "auction_id": auction["id"]})
        rpc.property.record_auction_payment({"auction_id": auction["id"],
                                             "paid_on": "2027-01-05", "amount": 290_000_000})
        order = rpc.property.order_securities_ownership_transfer(
            {**request, "auction_id": auction["id"]})
        with pytest.raises(ValidationError):
            rpc.property.order_securities_ownership_transfer({**request, "auction_id": ""})
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.property.order_securities_ownership_transfer({**request, "auction_id": auction["id"]})
    assert (order["kind"], order["status"]) == ("securities_ownership_transfer", "sent")
    assert _statuses(databases, "securities_ownership_transfer") == {"vsdc": "sent"}
    [message] = rows(databases["property"], "SELECT message FROM institution_order WHERE "
                                            "kind = 'securities_ownership_transfer'")
    assert message["message"]["securities"] == [{"ticker": "TRANGAN", "quantity": 8000}]
