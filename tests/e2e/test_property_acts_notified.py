"""The acts on seized property reach the parties, end to end through RabbitMQ and three
PostgreSQL databases (issue 10 capability 1 for the property events; Decree 62/2015 Art. 12.1,
24, 26, 27; Law Art. 39.1).

``cases`` opens the case and issues its enforcement decision, whose notices ``notifications``
records for both parties. In ``property`` the officer seizes the debtor's house, has it valued
and announces its auction: ``seizure.decided``, ``valuation.recorded`` and ``auction.announced``
cross the bus and become one notice per party each, owed within 3 working days of the act and
readable, with the act's figures, in the person's inbox; a delivery makes one valid and meets
its deadline.
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from services.property.service import PropertyService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.property.conftest import HOUSE

pytestmark = pytest.mark.integration

ACTS = ("seizure_decision", "valuation_result", "auction_announcement")


def test_a_seizure_valuation_and_auction_are_notified_to_both_parties(
        start_service, rpc_as, databases):
    start_service(CasesService)
    start_service(PropertyService)
    start_service(NotificationsService)
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    wait_for(lambda: rows(databases["property"],
                          f"SELECT 1 FROM known_case WHERE case_id = '{case_id}'"),
             message="property knows the case")

    with rpc_as("enforcement_officer") as rpc:
        house = rpc.property.record_property({**HOUSE, "case_id": case_id})
        seizure = rpc.property.decide_seizure({
            "case_id": case_id, "property_id": house["id"], "decided_on": "2026-11-27",
            "debtor_kind": "individual", "category": "land_house", "value": 4_500_000_000,
            "debts_and_costs": 350_000_000})
        rpc.property.record_valuation({
            "case_id": case_id, "property_id": house["id"], "valued_on": "2026-11-30",
            "value": 4_400_000_000, "valuing_body": "Công ty Thẩm định giá Thăng Long",
            "chosen_by": "agreement"})
        [auction] = rpc.property.announce_auction({
            "case_id": case_id, "organisation": "Công ty Đấu giá hợp danh Việt Nam",
            "organisation_chosen_by": "agreement", "contract_number": "HĐ-15/2026/ĐG",
            "contract_signed_on": "2026-12-01", "debts_and_costs": 350_000_000,
            "venue": "Số 2 Hàng Bài, Hoàn Kiếm, Hà Nội", "posted_on": "2026-12-02",
            "registration_closes_on": "2026-12-24", "auction_on": "2026-12-28",
            "lots": [{"property_id": house["id"], "starting_price": 4_400_000_000,
                      "deposit": 880_000_000}]})

        def acts():
            got = [n for n in rpc.notifications.list_notices(case_id)
                   if n["document_type"] in ACTS]
            return got if len(got) == 6 else None
        notices = {(n["document_type"], n["party_id"]): n
                   for n in wait_for(acts, message="6 notices of property acts")}
    assert {k: (n["document_issued_on"], n["due_by"], n["channel"], n["status"])
            for k, n in notices.items()} == {
        # Fri 27 Nov: the weekend skipped -> Wed 2 Dec; Mon 30 Nov -> Thu 3 Dec; Wed 2 Dec ->
        # Mon 7 Dec
        ("seizure_decision", "P1"): ("2026-11-27", "2026-12-02", "direct", "pending"),
        ("seizure_decision", "P2"): ("2026-11-27", "2026-12-02", "direct", "pending"),
        ("valuation_result", "P1"): ("2026-11-30", "2026-12-03", "direct", "pending"),
        ("valuation_result", "P2"): ("2026-11-30", "2026-12-03", "direct", "pending"),
        ("auction_announcement", "P1"): ("2026-12-02", "2026-12-07", "direct", "pending"),
        ("auction_announcement", "P2"): ("2026-12-02", "2026-12-07", "direct", "pending")}
    assert notices[("seizure_decision", "P2")]["document_id"] == seizure["id"]
    assert notices[("auction_announcement", "P2")]["document_id"] == auction["id"]

    with rpc_as("portal") as rpc:
        inbox = {i["document_type"]: i for i in rpc.notifications.list_inbox("P1")}
    assert "4.400.000.000 đồng" in inbox["valuation_result"]["body"]
    assert "Ngày đấu giá: 2026-12-28, tại Số 2 Hàng Bài" in inbox["auction_announcement"]["body"]

    with rpc_as("enforcement_officer") as rpc:
        done = rpc.notifications.record_delivery({
            "notice_id": notices[("seizure_decision", "P2")]["id"], "channel": "post",
            "delivered_on": "2026-12-01", "outcome": "delivered", "return_receipt": "RR-1"})
    assert (done["status"], done["valid_on"]) == ("valid", "2026-12-01")
    assert rows(databases["notifications"],
                "SELECT status, met_on::text FROM platform_deadline WHERE subject_id = "
                f"'{done['id']}'") == [{"status": "met", "met_on": "2026-12-01"}]
