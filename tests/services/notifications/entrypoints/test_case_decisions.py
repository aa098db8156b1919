"""Notices of the decisions of ``cases`` and of the heir search through RabbitMQ and
PostgreSQL: a postponement published by ``cases`` becomes notices to the litigants and the
related person, a rejected replacement a notice to its requester alone, each owing its delivery
(Law Art. 39.1); the same event twice records nothing twice; ``public_notice.requested``
(heir search) becomes the posting owed for 3 months and the mass-media announcement (Decree
Art. 15.1)."""
import pytest

from services.notifications.service import NotificationsService
from shared.events import new_envelope
from tests.conftest import rows, wait_for
from tests.services.notifications.entrypoints.test_property_acts import (
    DEADLINES, decision, of_type)
from tests.services.notifications.handlers.test_case_decisions import POSTPONED, REJECTED
from tests.services.notifications.handlers.test_heir_search import REQUESTED

pytestmark = pytest.mark.integration


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


def test_a_postponement_and_a_rejection_published_by_cases_are_notified(
        notifications, publish_event, rpc_as, databases):
    postponed = new_envelope("enforcement.postponed", POSTPONED, authority="HN-01",
                             case_id="case-1")
    publish_event(postponed)  # before the case's decision: retried until its notices exist
    decision(publish_event)
    notices = of_type(rpc_as, "postponement_decision", 3)
    assert [(n["party_id"], n["party_role"], n["channel"], n["due_by"]) for n in notices] == [
        ("P1", "judgment_creditor", "direct", "2026-12-02"),
        ("P2", "judgment_debtor", "direct", "2026-12-02"),
        ("P3", "related_party", "direct", "2026-12-02")]
    publish_event(postponed)
    publish_event(new_envelope("officer_replacement.rejected", REJECTED, authority="HN-01",
                               case_id="case-1"))
    [rejection] = of_type(rpc_as, "officer_replacement_rejection", 1)
    assert (rejection["party_id"], rejection["document_id"]) == ("P2", "rp-2")
    # the postponement delivered twice is consumed once (and recorded once)
    wait_for(lambda: rows(databases["notifications"], "SELECT 1 AS ok FROM platform_inbox "
                          f"WHERE message_id = '{postponed['event_id']}'"), message="consumed")
    assert len(of_type(rpc_as, "postponement_decision", 3)) == 3
    assert rows(databases["notifications"], DEADLINES.format("postponement_decision")) == [
        {"party_id": p, "starts_on": "2026-11-27", "due_on": "2026-12-02", "status": "open"}
        for p in ("P1", "P2", "P3")]


def test_an_heir_search_requested_by_cases_owes_its_posting_and_announcement(
        notifications, publish_event, rpc_as, databases):
    publish_event(new_envelope("public_notice.requested", REQUESTED, authority="HN-01",
                               case_id="case-1"))
    [posting] = of_type(rpc_as, "heir_search_posting", 1)
    [announcement] = of_type(rpc_as, "heir_search_announcement", 1)
    assert (posting["channel"], posting["party_id"], posting["due_by"]) == (
        "public_posting", "heirs:pn-1", "2027-03-01")
    assert (announcement["channel"], announcement["due_by"]) == ("mass_media", "2026-12-02")
    with rpc_as("enforcement_officer") as rpc:
        posted = rpc.notifications.record_delivery({
            "notice_id": posting["id"], "channel": "public_posting", "delivered_on": "2026-11-27",
            "outcome": "posted", "note": "UBND phường Kim Mã"})
    assert (posted["status"], posted["valid_on"]) == ("posted", "2027-03-01")
    met = wait_for(lambda: rows(databases["notifications"],
                                "SELECT rule_id, status, met_on::text FROM platform_deadline "
                                f"WHERE subject_id = '{posting['id']}' AND status = 'met'"),
                   message="the posting's 3 months met")
    assert met == [{"rule_id": "decree15.1-heir-search-posting", "status": "met",
                    "met_on": "2027-03-01"}]
