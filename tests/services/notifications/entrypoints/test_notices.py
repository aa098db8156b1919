"""notifications through RabbitMQ and PostgreSQL: the decision event becomes notices; reading
them needs a permission, and shows only the caller's authority's notices; bad ids are typed."""
import pytest
from kombu import Connection, Exchange

from services.notifications.service import NotificationsService
from shared.errors import PermissionDenied, Unauthenticated, ValidationError
from shared.events import new_envelope
from tests.conftest import wait_for
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


@pytest.fixture
def decision_issued(notifications, rabbit_config, rpc_as):
    """``enforcement_decision.issued`` of case-1 (HN-01) published as cases; its notices are
    recorded once this returns."""
    envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01",
                            case_id="case-1")
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        conn.Producer().publish(envelope, exchange=Exchange("cases.events", type="topic",
                                                            durable=True),
                                routing_key="enforcement_decision.issued", serializer="json",
                                user_id="guest")
    with rpc_as("enforcement_officer") as rpc:
        wait_for(lambda: rpc.notifications.list_notices("case-1"), message="notices")
    return envelope


def test_decision_event_becomes_one_notice_per_party(decision_issued, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        notices = rpc.notifications.list_notices("case-1")
    assert [(n["party_id"], n["due_by"], n["status"]) for n in notices] == [
        ("P1", "2026-11-27", "pending")]
    assert notices[0]["authority"] == "HN-01" and notices[0]["channel"] == "direct"


def test_list_notices_of_another_authority_is_empty_like_an_unknown_case(decision_issued,
                                                                          rpc_as):
    """Issue 7 item 11: no PermissionDenied naming the owner; the same answer as no case."""
    with rpc_as("enforcement_officer", authority="DN-03") as rpc:
        assert rpc.notifications.list_notices("case-1") == []
        assert rpc.notifications.list_notices("no-such-case") == []


@pytest.mark.parametrize("case_id", ["", None, "a\x00b", "x" * 65, " case-1", 7])
def test_list_notices_bad_case_id_is_a_validation_error_naming_it(notifications, rpc_as,
                                                                  case_id):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.notifications.list_notices(case_id)
    assert list(err.value.fields) == ["case_id"]


def test_list_notices_needs_the_read_permission(notifications, rpc_as):
    with rpc_as("court_system") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.notifications.list_notices("case-1")
    assert err.value.details["permission"] == "notifications.notice.read"


def test_list_notices_needs_a_valid_token(notifications, rpc_as, token):
    forged = token("enforcement_officer", forged=True)
    with rpc_as("enforcement_officer", raw_token=forged) as rpc, \
            pytest.raises(Unauthenticated):
        rpc.notifications.list_notices("case-1")


def test_list_inbox_over_rpc_for_the_portal_only(notifications, publish_event, rpc_as):
    """Issue 10 capability 5: the portal reads one person's notices; an officer may not."""
    publish_event(new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01",
                               case_id="case-1"))
    party = PAYLOAD["parties"][0]["party_id"]
    with rpc_as("portal", authority="GDTHA") as rpc:
        [item] = wait_for(lambda: rpc.notifications.list_inbox(party), message="inbox")
    assert (item["case_id"], item["document_type"], item["status"]) == (
        "case-1", "enforcement_decision", "pending")
    assert item["subject"].startswith("Thông báo quyết định thi hành án số ")
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.notifications.list_inbox(party)
