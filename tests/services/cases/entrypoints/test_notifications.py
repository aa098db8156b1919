"""``notice.valid`` through RabbitMQ and PostgreSQL: published by notifications, consumed by
cases, which meets the decision's notification deadline once every notice of it is valid."""
import pytest

from shared.events import new_envelope
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


def notice_valid(decision_id, case_id, valid_count, notified_on):
    return new_envelope("notice.valid", {
        "notice_id": f"n-{valid_count}", "document_type": "enforcement_decision",
        "document_id": decision_id, "party_id": f"P{valid_count}",
        "party_role": "judgment_creditor", "channel": "direct", "outcome": "delivered",
        "valid_on": "2026-11-25", "required_count": 2, "valid_count": valid_count,
        "document_notified_on": notified_on}, authority="HN-01", case_id=case_id)


def test_notice_valid_of_the_last_notice_meets_the_notification_deadline(
        cases, rpc_as, publish_event, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
    decision_id = decided["decision"]["id"]
    sql = ("SELECT status, due_on::text, met_on::text FROM platform_deadline "
           "WHERE rule_id = 'law39.1-notify-decision'")

    publish_event(notice_valid(decision_id, case["id"], 1, None))
    wait_for(lambda: rows(databases["cases"], "SELECT 1 FROM platform_inbox WHERE consumer = "
                                              "'cases.on_notice_valid'"),
             message="the first notice.valid consumed")
    assert rows(databases["cases"], sql) == [
        {"status": "open", "due_on": "2026-11-27", "met_on": None}]

    publish_event(notice_valid(decision_id, case["id"], 2, "2026-11-26"))
    met = wait_for(lambda: [r for r in rows(databases["cases"], sql) if r["status"] == "met"],
                   message="the notification deadline met")
    assert met == [{"status": "met", "due_on": "2026-11-27", "met_on": "2026-11-26"}]


def test_notice_valid_of_a_decision_cases_owes_nothing_for_is_parked(cases, publish_event,
                                                                    rabbit_config, databases):
    """Jurisdiction from cases' own record: an unknown decision (or another authority's) is
    refused (NotFound) and the message parked, nothing met."""
    from shared import deadletters

    publish_event(notice_valid("no-such-decision", "case-x", 2, "2026-11-26"))
    parked = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "cases"),
                      message="parked message")
    assert len(parked) == 1
    assert rows(databases["cases"], "SELECT count(*) AS n FROM platform_audit") == [{"n": 0}]
