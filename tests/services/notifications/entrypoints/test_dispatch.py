"""Delivery as a process through RabbitMQ and PostgreSQL with real channel servers: the later
notices of a case go by VNeID (the gateway stand-in) and by e-mail (a real SMTP server) on the
service's own timer, become valid and reach the bus as ``notice.valid``; a channel that refuses
escalates the notice to direct delivery (``notice.escalated``)."""
import pytest

from services.notifications.service import NotificationsService
from shared.events import new_envelope
from tests.conftest import wait_for
from tests.services.notifications.entrypoints.test_consent import LACKING, PARTIES, by_document
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration


@pytest.fixture
def case(start_service, publish_event, rpc_as, smtp_server, gateway):
    """The service with its adapters on the real servers; case-1's decision delivered to both
    parties; P1 consented to VNeID, P2 asked for e-mail. Returns ``publish_later()``, which
    publishes the lacking-conditions decision and returns its notices by party."""
    host, port, _ = smtp_server
    start_service(NotificationsService, SMTP_HOST=host, SMTP_PORT=port,
                  NOTIFY_GATEWAY_URL=gateway[0], DELIVERY_RETRY_SECONDS=1,
                  CHANNEL_TIMEOUT_SECONDS=3)
    publish_event(new_envelope("enforcement_decision.issued", {**PAYLOAD, "parties": PARTIES},
                               authority="HN-01", case_id="case-1"))
    with rpc_as("enforcement_officer") as rpc:
        for notice in by_document(rpc, "enforcement_decision", 2).values():
            rpc.notifications.record_delivery({
                "notice_id": notice["id"], "channel": "direct", "delivered_on": "2026-11-25",
                "outcome": "delivered"})
        rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-25"})
        rpc.notifications.record_consent(
            {"party_id": "P2", "channel": "email", "contact": "tran.b@example.vn",
             "given_on": "2026-11-25"})

    def publish_later(event=None):
        publish_event(event or new_envelope("lacking_conditions.decided", LACKING,
                                            authority="HN-01", case_id="case-1"))
        with rpc_as("enforcement_officer") as rpc:
            return by_document(rpc, "lacking_conditions_decision", 2)

    return publish_later


def settled(rpc, predicate):
    """The case's lacking-conditions notices by party, once ``predicate(notices)`` holds."""
    def check():
        notices = {n["party_id"]: n for n in rpc.notifications.list_notices("case-1")
                   if n["document_type"] == "lacking_conditions_decision"}
        return notices if notices and predicate(notices) else None
    return wait_for(check, timeout=15, message="dispatched notices")


def test_later_notices_go_by_vneid_and_email_and_become_valid(case, rpc_as, smtp_server,
                                                              gateway, tap_events):
    drain = tap_events("notifications.events", "notice.valid")
    later = case()
    assert {p: n["channel"] for p, n in later.items()} == {"P1": "vneid", "P2": "email"}
    with rpc_as("enforcement_officer") as rpc:
        done = settled(rpc, lambda ns: all(n["status"] == "valid" for n in ns.values()))
    assert {p: [(a["channel"], a["outcome"], a["recorded_by"]) for a in n["attempts"]]
            for p, n in done.items()} == {
        "P1": [("vneid", "delivered", "system:notifications")],
        "P2": [("email", "delivered", "system:notifications")]}
    [received] = gateway[1].received["vneid"]
    assert received["party_id"] == "P1" and "7/QĐ-CCTHADS" in received["subject"]
    [mail] = smtp_server[2].messages
    assert mail["To"] == "tran.b@example.vn" and "7/QĐ-CCTHADS" in mail["Subject"]

    def both_valid():
        parties = {e["payload"]["party_id"] for e in drain()
                   if e["payload"]["document_type"] == "lacking_conditions_decision"}
        return parties if parties == {"P1", "P2"} else None
    assert wait_for(both_valid, message="notice.valid of both") == {"P1", "P2"}


def test_a_refusing_channel_escalates_the_notice_to_direct_delivery(case, rpc_as, gateway,
                                                                     tap_events):
    drain = tap_events("notifications.events", "notice.escalated")
    gateway[1].unknown = {"P1"}  # P1 has no e-ID account after all
    case()
    with rpc_as("enforcement_officer") as rpc:
        done = settled(rpc, lambda ns: ns["P1"]["channel"] == "direct")
    assert [(a["channel"], a["outcome"]) for a in done["P1"]["attempts"]] == [
        ("vneid", "failed")]
    [event] = wait_for(drain, message="notice.escalated")
    assert (event["payload"]["from_channel"], event["payload"]["channel"]) == ("vneid", "direct")




def test_the_same_event_consumed_twice_sends_nothing_twice(case, rpc_as, gateway,
                                                          publish_event):
    """Issue 10, faults: a redelivered event records no second notice, so nothing is sent
    twice."""
    event = new_envelope("lacking_conditions.decided", LACKING, authority="HN-01",
                         case_id="case-1")
    case(event)
    publish_event(event)
    with rpc_as("enforcement_officer") as rpc:
        settled(rpc, lambda ns: ns["P1"]["status"] == "valid" and ns["P2"]["status"] == "valid")
        notices = [n for n in rpc.notifications.list_notices("case-1")
                   if n["document_type"] == "lacking_conditions_decision"]
    assert sorted(n["party_id"] for n in notices) == ["P1", "P2"]
    assert [m["party_id"] for m in gateway[1].received["vneid"]] == ["P1"]
