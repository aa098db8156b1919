"""From money collected to the certificate of result, end to end through RabbitMQ and two
PostgreSQL databases (issue 13, Done-when; Law Art. 47, 52; Decree 62/2015 Art. 11.3, 37, 49).

One debtor owes two creditors who requested together (one decision, Art. 7.1): a natural
person's maintenance and a company's loan. The debtor is found to lack conditions and is put on
the public register. An enforcement cost is approved. Three receipts come in from different
sources: a voluntary payment at the office, and two ``funds.collected`` published by
``property`` (a garnishment and auction proceeds). The distribution is previewed and decided,
each line explained: the costs first, maintenance (rank a) before the loan (rank c), the
Circular 216 fee deducted (none on what was paid voluntarily). The maintenance goes by post
(under one base salary, after 15 days), the loan by transfer to the company. The certificate
of result shows everything fulfilled; ``enforcement.fulfilled`` crosses the bus and
``disclosure`` removes the debtor from the register; the case is closed and
``enforcement_case.closed`` is emitted. The exit ban the creditor asked for is lifted by event
the moment the third receipt covers what the debtor owes (tests/e2e/test_exit_ban_lifted.py runs
the immigration stand-in and measures it).
"""
import pytest
import requests

from shared.events import new_envelope
from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from tests.conftest import rows, wait_for
from tests.factories import JUDGMENT, judgment, request_for

pytestmark = pytest.mark.integration

PARTIES = JUDGMENT["parties"] + [
    {"party_id": "P3", "name": "Công ty TNHH Minh Phát", "address": "88 Láng Hạ, Hà Nội"}]
OBLIGATIONS = [
    {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P1", "amount": 2_000_000, "description": "Maintenance arrears"},
    {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P3", "amount": 100_000_000, "description": "Repay a supply debt"},
]


@pytest.fixture
def register(start_service):
    start_service(CasesService)
    disclosure = start_service(DisclosureService)
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    return lambda: requests.get(base + "/api/register", timeout=10).json()["entries"]


def collected(case_id, collection_id, source, amount, reference):
    return new_envelope("funds.collected", {
        "collection_id": collection_id, "source": source, "amount": amount,
        "collected_on": "2026-11-30", "reference": reference, "institution": "VCB"},
        authority="HN-01", case_id=case_id)


def test_money_to_certificate(register, rpc_as, publish_event, tap_events, databases):
    drain = tap_events("cases.events")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(parties=PARTIES,
                                                       obligations=OBLIGATIONS))
    with rpc_as("desk_officer") as rpc:
        first = rpc.cases.submit_request(request_for(received["id"]))
        rpc.cases.submit_request(request_for(received["id"], requester_party_id="P3",
                                             obligation_ids=["O2"]))
    case_id = first["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification({"case_id": case_id, "verified_on": "2026-11-24",
                                       "finding": "lacks_conditions", "note": "No income"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.decide_lacking_conditions({"case_id": case_id, "number": "12/QĐ",
                                             "decided_on": "2026-11-25"})
        rpc.cases.approve_enforcement_cost({
            "case_id": case_id, "item": "43.1.c", "description": "Valuation of the car",
            "amount": 3_000_000, "borne_by": "debtor", "approved_on": "2026-11-25"})
        banned = rpc.cases.decide_exit_suspension({
            "case_id": case_id, "basis": "51.1.a", "requested_by_party_id": "P1",
            "person_name": "Trần Thị Bình", "identity_number": "001190012345",
            "nationality": "VN", "decided_on": "2026-11-25"})
    assert banned["status"] == "in_force"
    wait_for(register, message="the debtor on the public register")

    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_payment({"case_id": case_id, "amount": 20_000_000,
                                  "received_on": "2026-11-27", "payer": "Trần Thị Bình",
                                  "reference": "PT-001"})
    publish_event(collected(case_id, "col-1", "garnishment", 50_000_000, "VCB-GN-1"))
    publish_event(collected(case_id, "col-2", "auction_proceeds", 35_000_000, "HĐ-ĐG-7"))
    wait_for(lambda: len(rows(databases["cases"], "SELECT id FROM ledger_receipt")) == 3,
             message="three receipts in the ledger")
    # the third receipt covered the costs and both obligations: the exit ban is lifted by event
    lifted = wait_for(lambda: [e for e in drain() if e["type"] == "exit_suspension.lifted"],
                      message="the exit ban lifted on the bus")
    assert (lifted[0]["payload"]["suspension_id"], lifted[0]["payload"]["ground"]) == (
        banned["id"], "fulfilled")

    with rpc_as("enforcement_officer") as rpc:
        categories = {"O1": "maintenance", "O2": "other"}
        seen = rpc.cases.preview_distribution({"case_id": case_id, "on": "2026-12-01",
                                               "categories": categories})
        decided = rpc.cases.decide_distribution({"case_id": case_id, "number": "20/QĐ-PB",
                                                 "decided_on": "2026-12-01",
                                                 "categories": categories})
    assert decided["lines"] == seen["lines"] and decided["amount"] == 105_000_000
    explained = [(l["kind"], l["rank"], l["party_id"], l["amount"], l["fee_base"], l["fee"],
                  l["rule"]) for l in decided["lines"]]
    # the fee (Circular 216, 3%) spares each share's part of the 20,000,000 paid voluntarily
    # (20/105 of it, rounded down, the decision not yet notified): P1 2,000,000 - 380,952 =
    # 1,619,048 -> 48,571; P3 100,000,000 - 19,047,619 = 80,952,381 -> 2,428,571
    assert explained == [
        ("cost", "costs", None, 3_000_000, 0, 0, "Law on Civil Judgment Enforcement Art. "
         "47.1; Decree 62/2015 Art. 43-45 (the costs of enforcement are paid first)"),
        ("share", "a", "P1", 2_000_000, 1_619_048, 48_571,
         "Law on Civil Judgment Enforcement Art. 47.1(a) (pro rata within the rank)"),
        ("share", "c", "P3", 100_000_000, 80_952_381, 2_428_571,
         "Law on Civil Judgment Enforcement Art. 47.1(c) (pro rata within the rank)")]
    assert sum(l["amount"] for l in decided["lines"]) == decided["amount"]
    assert all(l["explanation"] for l in decided["lines"])

    with rpc_as("enforcement_officer") as rpc:
        payouts = {p["party_id"]: p for p in rpc.cases.get_ledger({"case_id": case_id})["payouts"]}
        by_post = rpc.cases.pay_out({
            "payout_id": payouts["P1"]["id"], "method": "by_post", "paid_on": "2026-12-17",
            "recipient_kind": "natural_person", "reference": "VNPost-EE123"})
        by_transfer = rpc.cases.pay_out({
            "payout_id": payouts["P3"]["id"], "method": "by_transfer", "paid_on": "2026-12-02",
            "recipient_kind": "organisation", "reference": "UNC-55"})
    assert (by_post["amount"], by_post["computations"]["come_by"]) == (1_951_429, "2026-12-16")
    assert (by_transfer["amount"], by_transfer["status"]) == (97_571_429, "paid")

    with rpc_as("head_of_authority") as rpc:
        cert = rpc.cases.issue_certificate({"case_id": case_id, "number": "3/XN",
                                            "issued_on": "2026-12-18",
                                            "requested_by": "Trần Thị Bình"})
        assert [(r["obligation_id"], r["result"]) for r in cert["results"]] == [("O1", "fully")]
        assert cert["fulfilled"]
    wait_for(lambda: register() == [], message="the debtor off the public register")
    [removed] = rows(databases["disclosure"], "SELECT removal_ground FROM register_entry")
    assert removed["removal_ground"] != "resumption_decision"

    with rpc_as("head_of_authority") as rpc:
        closed = rpc.cases.close_case({"case_id": case_id, "closed_on": "2026-12-18"})
    assert (closed["case_status"], closed["amount_collected"]) == ("completed", 105_000_000)
    types = wait_for(lambda: (lambda t: t if "enforcement_case.closed" in t else None)(
        [e["type"] for e in drain()]), message="the closing event")
    assert {"money.received", "distribution.decided", "payout.made",
            "enforcement.fulfilled"} <= set(types)
