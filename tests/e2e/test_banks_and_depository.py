"""Banks and the securities depository, end to end (issue 12): ``cases`` opens the case, the
head issues the enforcement decision, and ``property`` learns the case over the bus; the officer freezes accounts at two reference banks and
securities at the reference VSDC (plain kombu processes, deploy/institutions/reference.py); one
bank freezes, the other refuses; the first garnishes and answers everything twice; the money is
reported once as ``funds.collected`` and enters the ledger in ``cases`` once; the securities are
distrained, transferred by VSDC and sold by matching orders, their proceeds reaching the ledger
too; the debtor pays the rest at the office, the money is distributed and paid out, and the
certificate of result in ``cases`` shows the obligation fulfilled: its ``enforcement.fulfilled``
crosses the bus and every freeze still in force is lifted. No order is left unanswered and none
is applied twice.
"""
import pytest

from services.cases.service import CasesService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.property import institutions as banks
from tests.services.property.entrypoints.conftest import (  # noqa: F401 (fixtures)
    institution_service, reference_institution)

pytestmark = pytest.mark.integration


def _orders(databases):
    return rows(databases["property"], "SELECT id, institution, kind, status, answered_amount "
                                       "FROM institution_order ORDER BY created_at")


def test_freeze_garnish_refuse_and_lift_across_banks_and_vsdc(
        start_service, institution_service, reference_institution, rpc_as, databases,  # noqa
        tap_events):
    start_service(CasesService)
    collected = tap_events("property.events", "funds.collected")
    reference_institution("bank-vcb", mode="twice")
    reference_institution("bank-bidv", mode="refuse")
    reference_institution("vsdc")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    wait_for(lambda: rows(databases["property"], "SELECT 1 FROM known_case"), timeout=20,
             message="property knows the case")
    request = banks.freeze_request(obligation=350_000_000, costs=10_000_000, accounts=[
        {"institution": "bank-vcb", "account_number": "0011004455667", "amount": 100_000_000},
        {"institution": "bank-bidv", "account_number": "12010000998877",
         "amount": 80_000_000}])
    securities = {"case_id": case["id"], "decision": banks.DECISION,
                  "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
                  "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
                  "securities": [{"ticker": "VNM", "quantity": 1000}]}
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_account_freeze({**request, "case_id": case["id"]})
        rpc.property.order_securities_freeze(securities)
    wait_for(lambda: all(o["status"] != "sent" for o in _orders(databases)), timeout=30,
             message="three answers")
    assert {(o["institution"], o["status"]) for o in _orders(databases)} == {
        ("bank-vcb", "frozen"), ("bank-bidv", "refused"), ("vsdc", "frozen")}

    with rpc_as("enforcement_officer") as rpc:
        garnishment = rpc.property.order_garnishment({
            **banks.garnish_request(at="2026-12-01T09:00:00+07:00"), "case_id": case["id"],
            "obligation_amount": 350_000_000, "costs_amount": 10_000_000})
    assert [(o["institution"], o["amount"]) for o in garnishment["orders"]] == [
        ("bank-vcb", 100_000_000)]  # bidv refused: only what vcb froze
    wait_for(lambda: collected(), timeout=30, message="funds.collected")
    wait_for(lambda: rows(databases["property"], "SELECT count(*) AS n FROM platform_inbox "
                                                 "WHERE consumer LIKE '%garnished'")[0]["n"] == 2,
             timeout=30, message="both copies of the garnishment answer handled")
    [money] = collected()  # the bank answered twice: reported once
    assert (money["payload"]["amount"], money["payload"]["institution"],
            money["case_id"]) == (100_000_000, "bank-vcb", case["id"])

    # The securities: distrained (the decision was issued on request, but the window is long
    # past for this test's notification day), transferred by VSDC, sold by matching orders.
    [freeze] = [o for o in _orders(databases) if o["kind"] == "securities_freeze"]
    with rpc_as("enforcement_officer") as rpc:
        distraint = rpc.property.order_securities_transfer({
            "case_id": case["id"], "decision": {**banks.DECISION, "decision_id": "D-9"},
            "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
            "freeze_order_id": freeze["id"], "notified_on": "2026-11-02",
            "to_account": {"name": "Chi cục THADS quận Ba Đình", "number": "058C000123",
                           "member": "Công ty Chứng khoán VPS"}})
    [transfer] = distraint["orders"]
    wait_for(lambda: {o["id"]: o["status"] for o in _orders(databases)}[transfer["id"]]
             == "transferred", timeout=30, message="transferred")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.order_securities_sale({
            "case_id": case["id"], "decision": banks.DECISION,
            "transfer_order_id": transfer["id"],
            "proceeds_account": {"name": "Chi cục THADS quận Ba Đình",
                                 "number": "3949.0.1055555", "bank": "Kho bạc Nhà nước"}})
    wait_for(lambda: len(collected()) == 2, timeout=30, message="proceeds of the sale")
    sale = collected()[1]["payload"]
    assert (sale["source"], sale["amount"]) == ("securities_sale", 61_000_000)  # 1000 x 61,000

    def ledger():
        with rpc_as("accountant") as rpc:
            return rpc.cases.get_ledger({"case_id": case["id"]})["receipts"]
    receipts = wait_for(lambda: (lambda r: r if len(r) == 2 else None)(ledger()), timeout=30,
                        message="both receipts in the ledger of cases")
    assert sorted((r["source"], r["amount"], r["institution"]) for r in receipts) == [
        ("garnishment", 100_000_000, "bank-vcb"), ("securities_sale", 61_000_000, "vsdc")]

    # The rest paid at the office; distributed, paid out, certified fulfilled (Art. 37, 49).
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_payment({"case_id": case["id"], "amount": 189_000_000,
                                  "received_on": "2026-12-03", "payer": "Trần Thị Bình",
                                  "reference": "BL-0042"})
        distributed = rpc.cases.decide_distribution({
            "case_id": case["id"], "number": "21/QĐ-PB", "decided_on": "2026-12-04",
            "categories": {"O1": "other"}})
        [payout] = rpc.cases.get_ledger({"case_id": case["id"]})["payouts"]
        rpc.cases.pay_out({"payout_id": payout["id"], "method": "at_office",
                           "paid_on": "2026-12-07", "recipient_kind": "natural_person",
                           "reference": "PC-0007"})
    assert distributed["amount"] == 350_000_000
    with rpc_as("head_of_authority") as rpc:
        certificate = rpc.cases.issue_certificate({
            "case_id": case["id"], "number": "4/XN", "issued_on": "2026-12-10",
            "requested_by": "Nguyễn Văn An"})
    assert certificate["fulfilled"]
    wait_for(lambda: {(o["institution"], o["kind"]): o["status"] for o in _orders(databases)}
             .get(("bank-vcb", "account_freeze")) == "lifted" and all(
                 o["status"] != "sent" for o in _orders(databases)), timeout=30,
             message="freezes lifted")
    final = {(o["institution"], o["kind"]): o["status"] for o in _orders(databases)}
    assert final == {("bank-vcb", "account_freeze"): "lifted",
                     ("bank-bidv", "account_freeze"): "refused",
                     ("vsdc", "securities_freeze"): "transferred",  # sold: nothing to lift
                     ("bank-vcb", "account_garnishment"): "garnished",
                     ("vsdc", "securities_transfer"): "transferred",
                     ("vsdc", "securities_sale"): "sold",
                     ("bank-vcb", "account_freeze_lift"): "lifted"}
    # every order answered once: one answer applied per order, none outstanding
    assert rows(databases["property"], "SELECT count(*) AS n FROM institution_answer") == [
        {"n": 7}]
    with rpc_as("operator") as rpc:
        assert rpc.property.institution_obligations() == []
