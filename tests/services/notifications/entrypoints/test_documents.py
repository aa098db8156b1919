"""Notices of documents beyond the enforcement decision through RabbitMQ and PostgreSQL:
``enforcement_request.refused`` published by ``cases`` and ``register_entry.published`` /
``.removed`` published by ``disclosure`` become notices (the requester; the commune People's
Committee, an organisation), each owing its delivery; an officer records a delivery over RPC."""
import pytest

from services.notifications.service import NotificationsService
from shared.errors import ValidationError
from shared.events import new_envelope
from tests.conftest import rows, wait_for
from tests.services.notifications.handlers.test_documents import PUBLISHED, REFUSED, REMOVED

pytestmark = pytest.mark.integration

DEADLINES = ("SELECT subject_id, starts_on::text AS starts_on, due_on::text AS due_on, status "
             "FROM platform_deadline WHERE rule_id = 'law39.1-deliver-notice' "
             "ORDER BY starts_on")


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


def listed(rpc_as, case_id, count):
    with rpc_as("enforcement_officer") as rpc:
        return wait_for(lambda: (lambda got: got if len(got) >= count else None)(
            rpc.notifications.list_notices(case_id)), message=f"{count} notices of {case_id}")


def test_a_refused_request_notifies_the_requester(notifications, publish_event, rpc_as,
                                                  databases):
    publish_event(new_envelope("enforcement_request.refused", REFUSED, authority="HN-01",
                               case_id="req-1"))
    [notice] = listed(rpc_as, "req-1", 1)
    assert {k: notice[k] for k in ("document_type", "document_id", "party_id", "party_role",
                                   "recipient_kind", "recipient_address", "channel", "status",
                                   "due_by")} == {
        "document_type": "enforcement_request_refusal", "document_id": "r-1",
        "party_id": "P1", "party_role": "requester", "recipient_kind": "person",
        "recipient_address": None, "channel": "direct", "status": "pending",
        "due_by": "2026-12-01"}
    assert rows(databases["notifications"], DEADLINES) == [{
        "subject_id": notice["id"], "starts_on": "2026-11-26", "due_on": "2026-12-01",
        "status": "open"}]


def test_a_register_entry_published_then_removed_notifies_the_commune_committee(
        notifications, publish_event, rpc_as, databases, tap_events):
    drain = tap_events("notifications.events", "notice.recorded")
    publish_event(new_envelope("register_entry.published", PUBLISHED, authority="HN-01",
                               case_id="case-7"))
    listed(rpc_as, "case-7", 1)
    publish_event(new_envelope("register_entry.removed", REMOVED, authority="HN-01",
                               case_id="case-7"))
    got = {n["document_type"]: n for n in listed(rpc_as, "case-7", 2)}
    assert {t: (n["party_role"], n["recipient_kind"], n["recipient_address"], n["due_by"])
            for t, n in got.items()} == {
        "register_entry_publication": ("commune_peoples_committee", "organisation",
                                       "Xã Phú Thượng, Hà Nội", "2026-02-25"),
        "register_entry_removal": ("commune_peoples_committee", "organisation",
                                   "Xã Phú Thượng, Hà Nội", "2026-12-01")}
    assert [(d["starts_on"], d["due_on"], d["status"])
            for d in rows(databases["notifications"], DEADLINES)] == [
        ("2026-02-13", "2026-02-25", "open"), ("2026-11-26", "2026-12-01", "open")]
    recorded = wait_for(lambda: (lambda got: got if len(got) >= 2 else None)(drain()),
                        message="notice.recorded x2")
    assert sorted(e["payload"]["document_type"] for e in recorded) == [
        "register_entry_publication", "register_entry_removal"]


def test_the_commune_committee_notice_delivered_over_rpc_and_never_posted(
        notifications, publish_event, rpc_as):
    publish_event(new_envelope("register_entry.published", PUBLISHED, authority="HN-01",
                               case_id="case-7"))
    [notice] = listed(rpc_as, "case-7", 1)
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.notifications.record_delivery({
                "notice_id": notice["id"], "channel": "public_posting",
                "delivered_on": "2026-02-23", "outcome": "posted"})
        assert list(err.value.fields) == ["channel"]
        done = rpc.notifications.record_delivery({
            "notice_id": notice["id"], "channel": "post", "delivered_on": "2026-02-23",
            "outcome": "delivered"})
    assert (done["status"], done["valid_on"]) == ("valid", "2026-02-23")
