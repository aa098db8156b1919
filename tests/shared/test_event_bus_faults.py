"""What the event bus does when things go wrong, on the real broker and PostgreSQL: a publisher
that is not verified, a body that cannot be decoded, a database that goes away, an event no queue
is bound for, events that arrive out of order."""
import json

import psycopg2
import pytest
import requests
from kombu import Connection, Exchange, Queue
from marshmallow import Schema, fields
from prometheus_client import REGISTRY
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from shared import deadletters, operator
from shared.database import make_engine
from shared.entrypoints import RetryLater, event_handler
from shared.events import contract, new_envelope
from shared.models import OutboxMessage
from shared.outbox import OutboxRelay
from shared.service import PlatformService
from tests import conftest
from tests.conftest import PG_ADMIN, rows, wait_for

pytestmark = pytest.mark.integration

EXCHANGE = Exchange("bustest.events", type="topic", durable=True)


@contract("bus.step_one", version=1, source="bustest")
class StepOne(Schema):
    name = fields.String(required=True)


@contract("bus.step_two", version=1, source="bustest")
class StepTwo(Schema):
    name = fields.String(required=True)


class Steps(PlatformService):
    # Named like a real service so that `python -m shared.deadletters list notifications` sees
    # its dead letters; it runs in the test's own vhost and database.
    name = "notifications"

    @event_handler("bustest", "bus.step_one")
    def on_one(self, event):
        self.db.audit("step.one", subject_type="step", subject_id=event["payload"]["name"],
                      legal_basis="test")

    @event_handler("bustest", "bus.step_two")
    def on_two(self, event):
        """Needs step one first: the bus does not promise order, so it asks to be retried."""
        name = event["payload"]["name"]
        if not self.db.session.execute(
                select(1).select_from(_audit()).where(_audit().c.action == "step.one",
                                                      _audit().c.subject_id == name)).first():
            raise RetryLater(f"step one of {name} not seen yet")
        self.db.audit("step.two", subject_type="step", subject_id=name, legal_basis="test")


def _audit():
    from shared.models import AuditRecord

    return AuditRecord.__table__


@pytest.fixture
def steps_config(service_config):
    def make(**overrides):
        return service_config("notifications", EVENT_RETRY_SECONDS=0.2,
                              EVENT_RETRY_MAX_SECONDS=0.5, **overrides)

    return make


@pytest.fixture
def start(container_factory, steps_config):
    def run(**overrides):
        config = steps_config(**overrides)
        container = container_factory(Steps, config)
        container.start()
        return container, config

    return run


def publish(amqp_uri, body, routing_key="bus.step_one", **properties):
    with Connection(amqp_uri) as conn:
        conn.Producer().publish(body, exchange=EXCHANGE, routing_key=routing_key, **properties)


def step(amqp_uri, name, routing_key="bus.step_one", user_id="guest"):
    envelope = new_envelope(routing_key, {"name": name}, authority="HN-01")
    publish(amqp_uri, envelope, routing_key, serializer="json", message_id=envelope["event_id"],
            **({"user_id": user_id} if user_id else {}))
    return envelope


def audit(uri):
    return [(r["action"], r["subject_id"], r["actor"])
            for r in rows(uri, "SELECT action, subject_id, actor FROM platform_audit ORDER BY id")]


# -- item 3: who published it --------------------------------------------------------------------

def test_the_publisher_is_verified_from_the_brokers_user_id(start, rabbit_config, databases):
    start()
    amqp_uri, uri = rabbit_config["AMQP_URI"], databases["notifications"]
    unsigned = step(amqp_uri, "anonymous", user_id=None)
    step(amqp_uri, "signed")  # user_id "guest": RabbitMQ checked it is the connection's login
    wait_for(lambda: audit(uri), message="the verified event handled")
    parked = wait_for(lambda: deadletters.list_parked(amqp_uri, "notifications"),
                      message="the unverified event parked")
    assert [p["message_id"] for p in parked] == [unsigned["event_id"]]
    assert parked[0]["reason"].startswith("refused: no user_id")
    assert audit(uri) == [("step.one", "signed", "system:guest")]  # acts as the publisher


def test_a_login_not_allowed_for_the_source_is_refused(start, rabbit_config, databases):
    start(EVENT_PUBLISHERS={"bustest": ["bank-vcb"]})
    amqp_uri = rabbit_config["AMQP_URI"]
    step(amqp_uri, "forged")
    parked = wait_for(lambda: deadletters.list_parked(amqp_uri, "notifications"),
                      message="parked")
    assert parked[0]["reason"] == "refused: 'guest' may not publish bustest events"
    assert parked[0]["publisher"] == "guest"
    assert audit(databases["notifications"]) == []


# -- item 5: bodies that cannot be decoded --------------------------------------------------------

def test_undecodable_messages_are_parked_with_their_raw_body(start, rabbit_config, monkeypatch,
                                                             capsys):
    start()
    amqp_uri = rabbit_config["AMQP_URI"]
    publish(amqp_uri, b"{not json\xff", content_type="application/json",
            content_encoding="binary", message_id="garbage", headers={"x-trace": "t1"},
            user_id="guest")
    publish(amqp_uri, b"<xml/>", content_type="application/xml", content_encoding="utf-8",
            message_id="xml", user_id="guest")
    wait_for(lambda: len(deadletters.list_parked(amqp_uri, "notifications")) == 2,
             message="both parked")
    monkeypatch.setenv("AMQP_URI", amqp_uri)
    assert deadletters.main(["list", "notifications"]) == 0
    listed = {item["message_id"]: item for item in map(
        json.loads, capsys.readouterr().out.splitlines())}
    assert listed["garbage"]["raw_body"] == "{not json\\xff"
    assert listed["garbage"]["reason"].startswith("undecodable: ")
    assert listed["xml"]["raw_body"] == "<xml/>"
    assert listed["xml"]["content_type"] == "application/xml"
    assert listed["xml"]["reason"] == "undecodable: ContentDisallowed"
    with Connection(amqp_uri) as conn:  # headers kept, and where it came from
        queue = Queue("notifications.dead-letters", channel=conn.channel())
        # both were parked concurrently: either may be first
        message = next(m for m in iter(lambda: queue.get(no_ack=False), None)
                       if m.properties["message_id"] == "garbage")
        assert message.headers["x-trace"] == "t1"
        assert message.headers["x-parked-queue"] == "evt-bustest-bus.step_one--notifications.on_one"
        assert message.body == b"{not json\xff"


# -- item 4: the database goes away -----------------------------------------------------------

def _admin(sql):
    conn = psycopg2.connect(PG_ADMIN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def _database_reachable(reachable):
    name = conftest.test_db_name("notifications")
    _admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if reachable else 'false'}")
    if not reachable:
        _admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
               " AND pid <> pg_backend_pid()")


def test_a_database_outage_delays_events_and_the_process_lives(start, rabbit_config, databases):
    container, config = start()
    amqp_uri, uri = rabbit_config["AMQP_URI"], databases["notifications"]
    health = f"http://{config['WEB_SERVER_ADDRESS']}/health"
    step(amqp_uri, "before")
    wait_for(lambda: audit(uri), message="the first event")  # the pools hold live connections

    _database_reachable(False)  # its backends terminated, new connections refused
    try:
        step(amqp_uri, "during")

        def degraded():
            body = requests.get(health, timeout=5).json()
            return body if body["status"] == "degraded" and body["events_retrying"] else None

        body = wait_for(degraded, timeout=5, message="/health to say degraded")
        assert body["database"].startswith("error")
        wait_for(lambda: REGISTRY.get_sample_value(
            "platform_events_retrying", {"service": "notifications"}), message="the gauge")
        assert not container._died.ready()  # the inbox check failed; the process did not
    finally:
        _database_reachable(True)
    wait_for(lambda: len(audit(uri)) == 2, timeout=5, message="the event after the outage")
    assert [a[1] for a in audit(uri)] == ["before", "during"]
    wait_for(lambda: requests.get(health, timeout=5).status_code == 200, timeout=5,
             message="/health ok again")
    assert not container._died.ready()
    assert deadletters.list_parked(amqp_uri, "notifications") == []


def test_terminated_connections_alone_cost_a_retry_not_the_event(start, rabbit_config,
                                                                  databases):
    container, _ = start()
    amqp_uri, uri = rabbit_config["AMQP_URI"], databases["notifications"]
    step(amqp_uri, "one")
    wait_for(lambda: audit(uri), message="the first event")
    _admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
           f"'{conftest.test_db_name('notifications')}' AND pid <> pg_backend_pid()")
    step(amqp_uri, "two")
    wait_for(lambda: len(audit(uri)) == 2, timeout=5, message="the event after the blip")
    assert not container._died.ready()


# -- item 8: events out of order --------------------------------------------------------------

def test_an_event_before_its_prerequisite_waits_for_it(start, rabbit_config, databases):
    start()
    amqp_uri, uri = rabbit_config["AMQP_URI"], databases["notifications"]
    step(amqp_uri, "a", routing_key="bus.step_two")  # arrives first
    wait_for(lambda: REGISTRY.get_sample_value(
        "platform_events_retrying", {"service": "notifications"}), message="a retry")
    step(amqp_uri, "a", routing_key="bus.step_one")
    wait_for(lambda: len(audit(uri)) == 2, timeout=5, message="both steps")
    assert [a[0] for a in audit(uri)] == ["step.one", "step.two"]


def test_a_prerequisite_that_never_comes_parks_the_event(start, rabbit_config, databases):
    start(EVENT_RETRY_LIMIT=2)
    amqp_uri = rabbit_config["AMQP_URI"]
    step(amqp_uri, "orphan", routing_key="bus.step_two")
    parked = wait_for(lambda: deadletters.list_parked(amqp_uri, "notifications"), timeout=5,
                      message="parked after its retries")
    assert parked[0]["reason"] == "handler failed (still not ready after 2 retries): RetryLater"


# -- item 6: an event no queue is bound for ----------------------------------------------------

def test_an_unrouted_event_is_kept_and_counted_and_does_not_hold_the_outbox(
        rabbit_config, databases, clean_databases, monkeypatch, capsys):
    amqp_uri = rabbit_config["AMQP_URI"]
    engine = make_engine(databases["cases"])
    Session = sessionmaker(engine, expire_on_commit=False)
    with Connection(amqp_uri) as conn:  # a consumer for bus.step_one only
        tap = Queue("tap", EXCHANGE, routing_key="bus.step_one", durable=False)
        tap(conn.channel()).declare()
    envelopes = [new_envelope(t, {"name": "n"}, authority="HN-01")
                 for t in ("bus.step_two", "bus.step_one")]
    with Session() as session, session.begin():
        for envelope in envelopes:  # the unrouted one first: it must not block the next
            session.add(OutboxMessage(event_id=envelope["event_id"], exchange="bustest.events",
                                      routing_key=envelope["type"], envelope=envelope,
                                      headers={}))
    before = REGISTRY.get_sample_value("platform_outbox_unrouted_total",
                                       {"service": "unrouted-test",
                                        "event_type": "bus.step_two"}) or 0
    relay = OutboxRelay(Session, amqp_uri, service="unrouted-test")
    try:
        assert relay.relay_once() == 2
    finally:
        relay.stop()
    with Session() as session:
        stored = {r.routing_key: r for r in session.scalars(select(OutboxMessage))}
    engine.dispose()
    assert all(r.published_at is not None for r in stored.values())
    assert stored["bus.step_two"].last_error.startswith("unrouted: 312 NO_ROUTE")
    assert stored["bus.step_one"].last_error is None
    with Connection(amqp_uri) as conn:
        delivered = tap(conn.channel()).get(no_ack=True)
        assert delivered.payload["type"] == "bus.step_one"
        assert delivered.properties["user_id"] == "guest"  # the relay names itself
    unrouted = deadletters.list_unrouted(amqp_uri)
    assert [(u["message_id"], u["exchange"], u["routing_key"], u["service"])
            for u in unrouted] == [(envelopes[0]["event_id"], "bustest.events",
                                    "bus.step_two", "unrouted-test")]
    assert REGISTRY.get_sample_value("platform_outbox_unrouted_total",
                                     {"service": "unrouted-test",
                                      "event_type": "bus.step_two"}) == before + 1
    monkeypatch.setattr(operator, "SERVICES", ("cases",))
    monkeypatch.setattr(operator, "db_uri", lambda service: clean_databases[service])
    assert operator.main(["outbox"]) == 0
    assert "pending=0" in (out := capsys.readouterr().out) and "unrouted=1" in out
