"""notifications through RabbitMQ and PostgreSQL: the decision event becomes notices; reading them
needs a permission and the case's authority."""
import pytest
from kombu import Connection, Exchange

from services.notifications.service import NotificationsService
from shared.errors import PermissionDenied, ValidationError
from shared.events import new_envelope
from tests.conftest import wait_for
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration


@pytest.fixture
def notifications(container_factory, service_config):
    container = container_factory(NotificationsService, service_config("notifications"))
    container.start()
    return container


def test_decision_event_becomes_one_notice_per_party(notifications, rabbit_config, rpc_as):
    envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01",
                            case_id="case-1")
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        conn.Producer().publish(envelope, exchange=Exchange("cases.events", type="topic",
                                                            durable=True),
                                routing_key="enforcement_decision.issued", serializer="json",
                                user_id="guest")
    with rpc_as("enforcement_officer") as rpc:
        notices = wait_for(lambda: rpc.notifications.list_notices("case-1"), message="notices")
        assert [(n["party_id"], n["due_by"], n["status"]) for n in notices] == [
            ("P1", "2026-11-27", "pending")]
        with pytest.raises(ValidationError):
            rpc.notifications.list_notices("")
    with rpc_as("enforcement_officer", authority="DN-03") as rpc, pytest.raises(PermissionDenied):
        rpc.notifications.list_notices("case-1")
    with rpc_as("court_system") as rpc, pytest.raises(PermissionDenied):
        rpc.notifications.list_notices("case-1")
