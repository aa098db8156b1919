"""From seizure to auction proceeds, end to end through RabbitMQ and three PostgreSQL databases
(Decree 62/2015 Art. 24, 26, 27; issue 14's "Done when").

A court's judgment reaches ``cases``, the creditor's request opens the case and
``enforcement_case.opened`` crosses the bus to ``property``. There the officer records the
debtor's house, seizes it, has it valued and announces its auction — ``auction.announced``
goes out on the bus and ``disclosure`` posts the public notice (Art. 12.5, 27). The house sells,
the buyer pays within the 30 days, the house is handed over and the proceeds go out as
``funds.collected`` (source ``auction_proceeds``) and enter the ledger of ``cases``. A second
auction, of the debtor's car, is paid on day 31: the sale is voided, the deposit forfeited to
the State budget and the notice cancelled (``auction.cancelled``) on the portal too.
"""
import pytest

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from services.property.service import PropertyService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.property.conftest import HOUSE

pytestmark = pytest.mark.integration
PORTAL_NOTICES = ("SELECT kind, source_id, requested_on, requested_until, cancelled_on "
                  "FROM public_notice ORDER BY requested_on, source_id")

CAR = {**HOUSE, "kind": "movable", "estimated_value": 600_000_000,
       "description": "Xe ô tô Toyota Camry biển số 30A-123.45"}


def events_of(drain, *types, count):
    return wait_for(lambda: (lambda seen: seen if len(seen) >= count else None)(
        [e for e in drain() if e["type"] in types]), message=f"{count} of {types}")


def announcement(case_id, item, price, deposit, **dates):
    return {"case_id": case_id, "organisation": "Công ty Đấu giá hợp danh Việt Nam",
            "organisation_chosen_by": "agreement", "contract_number": "HĐ-15/2026/ĐG",
            "contract_signed_on": "2026-11-27", "debts_and_costs": 350_000_000,
            "venue": "Số 2 Hàng Bài, Hoàn Kiếm, Hà Nội", "posted_on": "2026-11-28",
            "registration_closes_on": "2026-12-24", "auction_on": "2026-12-28",
            "lots": [{"property_id": item["id"], "starting_price": price, "deposit": deposit}],
            **dates}


def test_a_seized_house_is_valued_auctioned_paid_handed_over_and_its_proceeds_collected(
        start_service, rpc_as, databases, tap_events):
    start_service(CasesService)
    start_service(PropertyService)
    start_service(DisclosureService)
    drain = tap_events("property.events")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    case_id = case["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    wait_for(lambda: rows(databases["property"],
                          f"SELECT 1 FROM known_case WHERE case_id = '{case_id}'"),
             message="property knows the case cases opened")

    with rpc_as("enforcement_officer") as rpc:
        house = rpc.property.record_property({**HOUSE, "case_id": case_id})
        car = rpc.property.record_property({**CAR, "case_id": case_id})
        seizure = rpc.property.decide_seizure({
            "case_id": case_id, "property_id": house["id"], "decided_on": "2026-11-23",
            "debtor_kind": "individual", "category": "land_house", "value": 4_500_000_000,
            "debts_and_costs": 350_000_000})
        valued = rpc.property.record_valuation({
            "case_id": case_id, "property_id": house["id"], "valued_on": "2026-11-25",
            "value": 4_400_000_000, "valuing_body": "Công ty Thẩm định giá Thăng Long",
            "chosen_by": "agreement"})
        [auction] = rpc.property.announce_auction(
            announcement(case_id, house, valued["value"], 880_000_000))
    assert seizure["outcome"] == "seized"
    [announced] = events_of(drain, "auction.announced", count=1)
    assert announced["case_id"] == case_id
    assert announced["payload"]["starting_price"] == 4_400_000_000
    assert announced["payload"]["property_description"].startswith("Nhà và đất tại 45 Kim Mã")
    [notice] = wait_for(lambda: rows(databases["disclosure"], PORTAL_NOTICES),
                        message="the auction's notice on the portal")
    # as requested; it is shown from the day disclosure really posts it (today, in this test)
    assert (notice["kind"], notice["source_id"], notice["requested_on"].isoformat(),
            notice["requested_until"].isoformat()) == (
        "auction", auction["id"], "2026-11-28", "2026-12-28")

    with rpc_as("enforcement_officer") as rpc:
        sold = rpc.property.record_auction_result({
            "auction_id": auction["id"], "held_on": "2026-12-28", "outcome": "sold",
            "price": 4_500_000_000})
        paid = rpc.property.record_auction_payment({
            "auction_id": auction["id"], "paid_on": "2027-01-27", "amount": 3_620_000_000})
        handed = rpc.property.hand_over_auctioned_property({
            "auction_id": auction["id"], "handed_over_on": "2027-02-22",
            "interest": 9_000_000})
    assert (sold["payment_due_on"], paid["status"]) == ("2027-01-27", "paid")  # day 30
    assert (handed["status"], handed["handover_late"]) == ("handed_over", False)
    [collected] = events_of(drain, "funds.collected", count=1)
    assert collected["case_id"] == case_id
    assert collected["payload"] | {"collection_id": None} == {
        "collection_id": None, "source": "auction_proceeds", "amount": 4_509_000_000,
        "collected_on": "2027-02-22", "reference": "HĐ-15/2026/ĐG",
        "institution": "Công ty Đấu giá hợp danh Việt Nam", "measure_id": auction["id"],
        "obligation_ids": []}
    with rpc_as("accountant") as rpc:
        receipts = wait_for(lambda: rpc.cases.get_ledger({"case_id": case_id})["receipts"],
                            message="the proceeds in the ledger of cases")
    assert [(r["source"], r["amount"], r["reference"]) for r in receipts] == [
        ("auction_proceeds", 4_509_000_000, "HĐ-15/2026/ĐG")]

    # The second auction: the car, sold, paid on day 31 -> voided, the deposit forfeited.
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.decide_seizure({
            "case_id": case_id, "property_id": car["id"], "decided_on": "2026-11-23",
            "debtor_kind": "individual", "category": "other", "value": 600_000_000,
            "debts_and_costs": 50_000_000})
        [second] = rpc.property.announce_auction(
            announcement(case_id, car, 600_000_000, 120_000_000,
                         debts_and_costs=50_000_000))
        rpc.property.record_auction_result({"auction_id": second["id"], "held_on": "2026-12-28",
                                            "outcome": "sold", "price": 610_000_000})
        voided = rpc.property.record_auction_payment({
            "auction_id": second["id"], "paid_on": "2027-01-28", "amount": 490_000_000})
    assert (voided["status"], voided["deposit_forfeited"]) == ("voided", 120_000_000)
    [cancelled] = events_of(drain, "auction.cancelled", count=1)
    assert cancelled["payload"]["auction_id"] == second["id"]
    assert "State budget" in cancelled["payload"]["reason"]
    assert [e["type"] for e in drain() if e["type"] == "funds.collected"] == ["funds.collected"]
    wait_for(lambda: len(rows(databases["disclosure"], PORTAL_NOTICES)) == 2,
             message="the second auction's notice")
    assert {n["source_id"]: n["cancelled_on"] is not None
            for n in rows(databases["disclosure"], PORTAL_NOTICES)} == {
        auction["id"]: False, second["id"]: True}
    deadlines = rows(databases["property"], "SELECT rule_id, status, due_on, met_on "
                     "FROM platform_deadline WHERE rule_id = 'decree27.3-buyer-payment' "
                     "ORDER BY id")
    assert [(d["due_on"].isoformat(), d["met_on"].isoformat()) for d in deadlines] == [
        ("2027-01-27", "2027-01-27"), ("2027-01-27", "2027-01-28")]
