"""Notification, end to end through RabbitMQ and two PostgreSQL databases (issue 10).

The head of the authority issues an enforcement decision in ``cases`` (which owes its
notification within 3 working days, Law Art. 39.1); ``notifications`` records a notice for each
party; an officer records their deliveries (one handed over, one refused before a witness,
Decree Art. 12.4); ``notice.valid`` goes back to ``cases``, whose notification deadline for the
decision is met on the day the last notice became valid, not overdue.
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration

NOTIFY = ("SELECT status, due_on::text, met_on::text FROM platform_deadline "
          "WHERE rule_id = 'law39.1-notify-decision' AND subject_id = '{}'")


@pytest.fixture
def services(start_service):
    return start_service(CasesService), start_service(NotificationsService)


def test_deliveries_to_both_parties_meet_the_decisions_notification_deadline(
        services, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    decision_id = decided["decision"]["id"]
    assert rows(databases["cases"], NOTIFY.format(decision_id)) == [
        {"status": "open", "due_on": "2026-11-27", "met_on": None}]

    with rpc_as("enforcement_officer") as rpc:
        notices = {n["party_id"]: n for n in wait_for(
            lambda: rpc.notifications.list_notices(case["id"]), message="notices recorded")}
        assert {p: (n["document_id"], n["channel"]) for p, n in notices.items()} == {
            "P1": (decision_id, "direct"), "P2": (decision_id, "direct")}
        rpc.notifications.record_delivery({
            "notice_id": notices["P2"]["id"], "channel": "direct", "delivered_on": "2026-11-26",
            "outcome": "refused_with_witness", "witness_name": "Lê Văn D (tổ trưởng)"})
        rpc.notifications.record_delivery({
            "notice_id": notices["P1"]["id"], "channel": "post", "delivered_on": "2026-11-25",
            "outcome": "delivered"})

    met = wait_for(lambda: [r for r in rows(databases["cases"], NOTIFY.format(decision_id))
                            if r["status"] == "met"], message="cases' notification deadline met")
    # met on the day the last notice became valid (26 Nov), before its due day (27 Nov)
    assert met == [{"status": "met", "due_on": "2026-11-27", "met_on": "2026-11-26"}]
    own = rows(databases["notifications"], "SELECT status, met_on::text FROM platform_deadline "
                                           "ORDER BY met_on")
    assert own == [{"status": "met", "met_on": "2026-11-25"},
                   {"status": "met", "met_on": "2026-11-26"}]
    consumed = rows(databases["cases"], "SELECT consumer FROM platform_inbox")
    assert consumed == [{"consumer": "cases.on_notice_valid"}] * 2
