"""The first slice, end to end through RabbitMQ and two PostgreSQL databases.

A court's case system sends a judgment to ``cases``; the creditor's request is submitted; the
head of the authority issues the enforcement decision, which owes its notification within 3
working days; the event crosses the bus through the outbox; ``notifications`` records a notice
for each party.
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def services(container_factory, service_config):
    cases = container_factory(CasesService, service_config("cases"))
    notifications = container_factory(NotificationsService, service_config("notifications"))
    cases.start()
    notifications.start()
    return cases, notifications


def test_judgment_request_decision_notices(services, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    # Fri 2026-11-20 + 5 working days: 24 Nov (Vietnam Culture Day) is a holiday -> 2026-11-30
    assert case["status"] == "request_accepted"
    assert case["decision_due_on"] == "2026-11-30"

    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    # Mon 2026-11-23 + 3 working days, skipping the 24 Nov holiday -> 2026-11-27
    assert decided["status"] == "decision_issued"
    assert decided["decision"]["notify_by"] == "2026-11-27"
    assert decided["decision"]["parameters_used"][0]["key"] == "notification_working_days"

    with rpc_as("enforcement_officer") as rpc:
        notices = wait_for(lambda: rpc.notifications.list_notices(case["id"]),
                           message="notices recorded by the notifications service")
    assert sorted((n["party_id"], n["party_role"], n["due_by"], n["channel"]) for n in notices) == [
        ("P1", "judgment_creditor", "2026-11-27", "direct"),
        ("P2", "judgment_debtor", "2026-11-27", "direct"),
    ]

    deadlines = rows(databases["cases"],
                     "SELECT rule_id, status, due_on FROM platform_deadline ORDER BY id")
    assert [(d["rule_id"], d["status"], d["due_on"].isoformat()) for d in deadlines] == [
        ("law36.1-decision-on-request", "met", "2026-11-30"),
        ("law39.1-notify-decision", "open", "2026-11-27"),
    ]
    outbox = rows(databases["cases"], "SELECT routing_key, published_at FROM platform_outbox "
                                      "ORDER BY id")
    assert [o["routing_key"] for o in outbox] == ["enforcement_case.opened",
                                                  "enforcement_decision.issued"]
    assert all(o["published_at"] is not None for o in outbox)
    audit = rows(databases["cases"], "SELECT action, actor, authority FROM platform_audit "
                                     "ORDER BY id")
    assert [(a["action"], a["actor"]) for a in audit] == [
        ("judgment.received", "court_system@HN-01"),
        ("enforcement_request.accepted", "desk_officer@HN-01"),
        ("enforcement_decision.issued", "head_of_authority@HN-01"),
    ]
    consumed = rows(databases["notifications"], "SELECT consumer FROM platform_inbox")
    assert consumed == [{"consumer": "notifications.on_enforcement_decision_issued"}]
