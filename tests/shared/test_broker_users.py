"""Each service and institution logs in as itself and can touch only its own exchanges and queues
(``python -m shared.brokerusers apply``), checked on the real broker in a fresh vhost."""
import uuid

import pytest
import requests
from amqp.exceptions import AccessRefused, PreconditionFailed
from kombu import Connection, Exchange, Queue

from shared import brokerusers

pytestmark = pytest.mark.integration

API, ADMIN = "http://127.0.0.1:15672/api", ("guest", "guest")
NOTICES_QUEUE = ("evt-cases-enforcement_decision.issued--"
                 "notifications.on_enforcement_decision_issued")


@pytest.fixture
def fresh_vhost():
    """A vhost and a user prefix of this test only; both removed afterwards."""
    tag = uuid.uuid4().hex[:8]
    vhost, prefix = f"bus-users-{tag}", f"t{tag}-"
    spec = brokerusers.load_spec()
    passwords = {login: f"pw-{login}" for login in brokerusers.permissions(spec, prefix)}
    yield spec, vhost, prefix, passwords
    for login in passwords:
        requests.delete(f"{API}/users/{login}", auth=ADMIN, timeout=10)
    requests.delete(f"{API}/vhosts/{vhost}", auth=ADMIN, timeout=10)


def uri(login, vhost):
    return f"amqp://{login}:pw-{login}@127.0.0.1:5672/{vhost}"


def publish(amqp_uri, exchange, routing_key="enforcement_decision.issued", **properties):
    with Connection(amqp_uri, transport_options={"confirm_publish": True}) as conn:
        conn.Producer().publish({"x": 1}, exchange=Exchange(exchange, type="topic",
                                                            durable=True),
                                routing_key=routing_key, serializer="json",
                                declare=[], **properties)


def get(amqp_uri, queue):
    with Connection(amqp_uri) as conn:
        return Queue(queue, channel=conn.channel()).get(no_ack=True)


def test_each_login_touches_only_its_own_exchanges_and_queues(fresh_vhost):
    spec, vhost, prefix, passwords = fresh_vhost
    first = brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords)
    # idempotent: a second run (without passwords: existing users keep theirs) changes nothing
    again = brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords={})
    assert not any(line.startswith("user ") for line in again)
    assert {line for line in again} <= {line for line in first}
    requests.put(f"{API}/permissions/{vhost}/guest", auth=ADMIN, timeout=10,
                 json={"configure": ".*", "write": ".*", "read": ".*"})
    with Connection(f"amqp://guest:guest@127.0.0.1:5672/{vhost}") as conn:
        Queue(NOTICES_QUEUE, Exchange("cases.events", type="topic", durable=True),
              routing_key="enforcement_decision.issued", durable=True)(conn.channel()).declare()

    cases, notifications = uri(f"{prefix}cases", vhost), uri(f"{prefix}notifications", vhost)
    bank = uri(f"{prefix}bank-vcb", vhost)
    publish(cases, "cases.events", user_id=f"{prefix}cases")  # its own exchange: confirmed
    assert get(notifications, NOTICES_QUEUE).payload == {"x": 1}  # its own queue: readable

    with pytest.raises(AccessRefused):
        publish(cases, "notifications.events")  # another service's exchange
    with pytest.raises(AccessRefused):
        get(cases, NOTICES_QUEUE)  # another service's queue
    with pytest.raises(AccessRefused):
        publish(bank, "cases.events", user_id=f"{prefix}bank-vcb")  # an institution: not cases
    with pytest.raises(AccessRefused):
        get(bank, NOTICES_QUEUE)
    # its own kind's exchange, with an answer type (topic permissions: test_broker_topic_...)
    publish(bank, "bank.events", "bank.account_frozen", user_id=f"{prefix}bank-vcb")
    with pytest.raises(PreconditionFailed):  # and it cannot claim to be someone else
        publish(bank, "bank.events", "bank.account_frozen", user_id=f"{prefix}bank-bidv")


def test_publishers_config_names_each_sources_logins():
    publishers = brokerusers.event_publishers(brokerusers.load_spec())
    assert publishers["cases"] == ["cases"]
    assert publishers["bank"] == ["bank-vcb", "bank-bidv"]
    assert publishers["treasury"] == ["treasury"]


def test_a_service_runs_as_its_own_login_and_trusts_only_its_sources_logins(
        fresh_vhost, container_factory, service_config, databases):
    """notifications, logged in as itself, consumes what cases (logged in as itself) published;
    the same event from another login (here the administrator) is parked."""
    from services.notifications.service import NotificationsService
    from shared import deadletters
    from shared.events import new_envelope
    from tests.conftest import rows, wait_for
    from tests.shared.test_events import PAYLOAD

    spec, vhost, prefix, passwords = fresh_vhost
    brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords)
    requests.put(f"{API}/permissions/{vhost}/guest", auth=ADMIN, timeout=10,
                 json={"configure": ".*", "write": ".*", "read": ".*"})
    notifications = uri(f"{prefix}notifications", vhost)
    container = container_factory(NotificationsService, service_config(
        "notifications", AMQP_URI=notifications,
        EVENT_PUBLISHERS=brokerusers.event_publishers(spec, prefix)))
    container.start()

    def send(login, case_id):
        envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01",
                                case_id=case_id)
        amqp_uri = (uri(login, vhost) if login != "guest"
                    else f"amqp://guest:guest@127.0.0.1:5672/{vhost}")
        with Connection(amqp_uri, transport_options={"confirm_publish": True}) as conn:
            conn.Producer().publish(envelope, exchange=Exchange("cases.events", type="topic",
                                                                durable=True),
                                    routing_key=envelope["type"], serializer="json",
                                    message_id=envelope["event_id"], user_id=login, declare=[])
        return envelope

    send(f"{prefix}cases", "case-from-cases")
    forged = send("guest", "case-from-elsewhere")
    uri_db = databases["notifications"]
    wait_for(lambda: rows(uri_db, "SELECT case_id FROM notice"), message="the notice")
    parked = wait_for(lambda: deadletters.list_parked(notifications, "notifications"),
                      message="the other login's event parked")
    assert [p["message_id"] for p in parked] == [forged["event_id"]]
    assert [r["case_id"] for r in rows(uri_db, "SELECT case_id FROM notice")] == [
        "case-from-cases"]
    assert rows(uri_db, "SELECT DISTINCT actor FROM platform_audit") == [
        {"actor": f"system:{prefix}cases"}]
