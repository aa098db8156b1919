"""Notices of property acts through RabbitMQ and PostgreSQL: ``seizure.decided`` and
``auction.announced`` published by ``property`` become notices to the litigants and the
related person of the case, each owing its delivery (Law Art. 39.1); the same event delivered
twice records nothing twice; an act that arrives before the case's decision waits for it."""
import pytest

from services.notifications.service import NotificationsService
from shared.events import new_envelope
from tests.conftest import rows, wait_for
from tests.services.notifications.handlers.conftest import PARTIES
from tests.services.notifications.handlers.test_property_acts import ANNOUNCED, RELATED, SEIZED
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration

DEADLINES = ("SELECT n.party_id, d.starts_on::text AS starts_on, d.due_on::text AS due_on, "
             "d.status FROM notice n JOIN platform_deadline d ON d.subject_id = n.id "
             "WHERE n.document_type = '{}' ORDER BY n.party_id")


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


def decision(publish_event):
    publish_event(new_envelope("enforcement_decision.issued",
                               {**PAYLOAD, "parties": [*PARTIES, RELATED]}, authority="HN-01",
                               case_id="case-1"))


def of_type(rpc_as, document_type, count):
    with rpc_as("enforcement_officer") as rpc:
        return wait_for(lambda: (lambda got: got if len(got) >= count else None)(
            [n for n in rpc.notifications.list_notices("case-1")
             if n["document_type"] == document_type]), message=f"{count} {document_type}")


def test_a_seizure_published_by_property_notifies_the_parties(notifications, publish_event,
                                                              rpc_as, databases, tap_events):
    drain = tap_events("notifications.events", "notice.recorded")
    decision(publish_event)
    of_type(rpc_as, "enforcement_decision", 3)
    publish_event(new_envelope("seizure.decided", SEIZED, authority="HN-01", case_id="case-1"))
    notices = of_type(rpc_as, "seizure_decision", 3)
    assert [(n["party_id"], n["party_role"], n["document_id"], n["channel"], n["status"],
             n["due_by"]) for n in notices] == [
        ("P1", "judgment_creditor", "s-1", "direct", "pending", "2026-12-02"),
        ("P2", "judgment_debtor", "s-1", "direct", "pending", "2026-12-02"),
        ("P3", "related_party", "s-1", "direct", "pending", "2026-12-02")]
    assert rows(databases["notifications"], DEADLINES.format("seizure_decision")) == [
        {"party_id": p, "starts_on": "2026-11-27", "due_on": "2026-12-02", "status": "open"}
        for p in ("P1", "P2", "P3")]
    recorded = wait_for(lambda: (lambda got: got if len(got) >= 6 else None)(drain()),
                        message="notice.recorded x6")
    assert sorted(e["payload"]["document_type"] for e in recorded).count("seizure_decision") == 3


def test_an_auction_announced_twice_and_before_its_decision_is_notified_once(
        notifications, publish_event, rpc_as, databases):
    """The announcement arrives first (retried until the decision's notices exist), then again
    (the inbox): one notice per party, the co-owner among them, with the auction's text."""
    announced = new_envelope("auction.announced", ANNOUNCED, authority="HN-01",
                             case_id="case-1")
    publish_event(announced)
    decision(publish_event)
    notices = of_type(rpc_as, "auction_announcement", 3)
    publish_event(announced)
    again = new_envelope("auction.announced", ANNOUNCED, authority="HN-01", case_id="case-1")
    publish_event(again)
    # the act under a new event id is consumed (its inbox record committed) and records nothing
    wait_for(lambda: rows(databases["notifications"],
                          "SELECT 1 AS ok FROM platform_inbox WHERE message_id = "
                          f"'{again['event_id']}'"), message="the second announcement consumed")
    with rpc_as("portal") as rpc:
        inbox = wait_for(lambda: [i for i in rpc.notifications.list_inbox("P3")
                                  if i["document_type"] == "auction_announcement"],
                         message="inbox of P3")
    assert sorted(n["party_id"] for n in notices) == ["P1", "P2", "P3"]
    assert "Giá khởi điểm: 2.400.000.000 đồng" in inbox[0]["body"]
    assert rows(databases["notifications"],
                "SELECT count(*) AS n FROM notice WHERE document_type = "
                "'auction_announcement'") == [{"n": 3}]
    assert rows(databases["notifications"], DEADLINES.format("auction_announcement")) == [
        {"party_id": p, "starts_on": "2026-11-30", "due_on": "2026-12-03", "status": "open"}
        for p in ("P1", "P2", "P3")]
