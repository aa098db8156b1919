"""The money decisions of ``cases`` reach the parties, end to end through RabbitMQ and two
PostgreSQL databases (issue 10 capability 1 for the events of issue 13; Decree 62/2015 Art.
12.1, 51.1, 51.4; Law Art. 39.1).

``cases`` issues the enforcement decision, whose notices ``notifications`` records for both
parties; the head of the authority suspends the debtor's exit on the creditor's request; the
payment that covers the debt lifts it. ``exit_suspension.decided`` and ``exit_suspension.lifted``
cross the bus and become one notice per party each, owed within 3 working days, readable in the
person's inbox without the identity number; a delivery makes one valid and meets its deadline.
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration

ACTS = ("exit_suspension_decision", "exit_suspension_lifting")
IDENTITY = "001190012345"


def test_an_exit_suspension_and_its_lifting_are_notified_to_both_parties(
        start_service, rpc_as, databases):
    start_service(CasesService)
    start_service(NotificationsService)
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "1/QĐ", "issued_on": "2026-11-23"})
        suspension = rpc.cases.decide_exit_suspension({
            "case_id": case_id, "basis": "51.1.a", "requested_by_party_id": "P1",
            "person_name": "Trần Thị Bình", "identity_number": IDENTITY,
            "nationality": "VN", "decided_on": "2026-11-24"})
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_payment({"case_id": case_id, "amount": 350_000_000,
                                  "received_on": "2026-11-27", "payer": "Trần Thị Bình",
                                  "reference": "PT-1"})

        def acts():
            got = [n for n in rpc.notifications.list_notices(case_id)
                   if n["document_type"] in ACTS]
            return got if len(got) == 4 else None
        notices = {(n["document_type"], n["party_id"]): n
                   for n in wait_for(acts, message="4 notices of the exit suspension")}
    assert {k: (n["document_id"], n["document_issued_on"], n["due_by"], n["channel"])
            for k, n in notices.items()} == {
        # Tue 24 Nov -> Fri 27 Nov; Fri 27 Nov, the weekend skipped -> Wed 2 Dec
        ("exit_suspension_decision", "P1"): (suspension["id"], "2026-11-24", "2026-11-27",
                                             "direct"),
        ("exit_suspension_decision", "P2"): (suspension["id"], "2026-11-24", "2026-11-27",
                                             "direct"),
        ("exit_suspension_lifting", "P1"): (suspension["id"], "2026-11-27", "2026-12-02",
                                            "direct"),
        ("exit_suspension_lifting", "P2"): (suspension["id"], "2026-11-27", "2026-12-02",
                                            "direct")}
    assert rows(databases["notifications"],
                "SELECT count(*) AS n FROM notice WHERE document_details::text LIKE "
                f"'%{IDENTITY}%'") == [{"n": 0}]

    with rpc_as("portal") as rpc:
        inbox = {i["document_type"]: i for i in rpc.notifications.list_inbox("P2")}
    assert "tạm hoãn xuất cảnh đối với Trần Thị Bình" in inbox[
        "exit_suspension_decision"]["body"]
    assert IDENTITY not in inbox["exit_suspension_decision"]["body"]

    notice_id = notices[("exit_suspension_decision", "P2")]["id"]
    with rpc_as("enforcement_officer") as rpc:
        rpc.notifications.record_delivery({
            "notice_id": notice_id, "channel": "direct", "delivered_on": "2026-11-26",
            "outcome": "delivered"})
    assert rows(databases["notifications"],
                "SELECT status, met_on::text AS met_on FROM platform_deadline "
                f"WHERE subject_id = '{notice_id}'") == [
        {"status": "met", "met_on": "2026-11-26"}]
