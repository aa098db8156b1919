"""Notices of the money decisions of ``cases`` through RabbitMQ and PostgreSQL: an exit
suspension published by ``cases`` becomes notices to the parties of the case, each owing its
delivery (Law Art. 39.1; Decree 62/2015 Art. 51.1), without the identity number; a complaint's
reply that arrives before the complaint waits for it and reaches the complainant alone (Art.
38.1), once however often it is delivered."""
import pytest

from services.notifications.service import NotificationsService
from shared.events import new_envelope
from tests.conftest import rows, wait_for
from tests.services.notifications.entrypoints.test_property_acts import DEADLINES, decision
from tests.services.notifications.handlers.test_money_acts import (
    COMPLAINT, NOT_ACCEPTED, SUSPENDED)

pytestmark = pytest.mark.integration


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


def of_type(rpc_as, document_type, count):
    with rpc_as("enforcement_officer") as rpc:
        def listed():
            got = [n for n in rpc.notifications.list_notices("case-1")
                   if n["document_type"] == document_type]
            return got if len(got) >= count else None
        return wait_for(listed, message=f"{count} {document_type}")


def test_an_exit_suspension_published_by_cases_notifies_the_parties(
        notifications, publish_event, rpc_as, databases):
    decision(publish_event)
    of_type(rpc_as, "enforcement_decision", 3)
    publish_event(new_envelope("exit_suspension.decided", SUSPENDED, authority="HN-01",
                               case_id="case-1"))
    notices = of_type(rpc_as, "exit_suspension_decision", 3)
    assert [(n["party_id"], n["document_id"], n["channel"], n["status"], n["due_by"])
            for n in notices] == [
        (p, "x-1", "direct", "pending", "2026-12-02") for p in ("P1", "P2", "P3")]
    assert rows(databases["notifications"], DEADLINES.format("exit_suspension_decision")) == [
        {"party_id": p, "starts_on": "2026-11-27", "due_on": "2026-12-02", "status": "open"}
        for p in ("P1", "P2", "P3")]
    assert rows(databases["notifications"],
                "SELECT count(*) AS n FROM notice WHERE document_details::text LIKE "
                "'%001099012345%'") == [{"n": 0}]


def test_a_complaint_reply_before_its_complaint_reaches_the_complainant_once(
        notifications, publish_event, rpc_as, databases):
    """The reply arrives first (retried until the complaint is known here), then again."""
    decision(publish_event)
    of_type(rpc_as, "enforcement_decision", 3)
    reply = new_envelope("complaint.progressed", NOT_ACCEPTED, authority="HN-01",
                         case_id="case-1")
    publish_event(reply)
    publish_event(new_envelope("complaint.received", COMPLAINT, authority="HN-01",
                               case_id="case-1"))
    [notice] = of_type(rpc_as, "complaint_reply", 1)
    publish_event(reply)
    again = new_envelope("complaint.progressed", NOT_ACCEPTED, authority="HN-01",
                         case_id="case-1")
    publish_event(again)
    wait_for(lambda: rows(databases["notifications"],
                          "SELECT 1 AS ok FROM platform_inbox WHERE message_id = "
                          f"'{again['event_id']}'"), message="the second reply consumed")
    assert (notice["party_id"], notice["due_by"]) == ("P3", "2026-12-02")
    assert rows(databases["notifications"], "SELECT complainant_party_id FROM complaint") == [
        {"complainant_party_id": "P3"}]
    assert rows(databases["notifications"], "SELECT count(*) AS n FROM notice "
                                            "WHERE document_type = 'complaint_reply'") == [{"n": 1}]
