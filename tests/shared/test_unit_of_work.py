"""The platform's providers and entrypoints on the real broker and PostgreSQL: outbox, inbox,
dead letters, identity, audit, metrics and health, on a small service made for the test."""
import pytest
import requests
from kombu import Connection, Exchange, Queue
from marshmallow import Schema, fields
from nameko.exceptions import RemoteError
from sqlalchemy import create_engine, text

from shared import deadletters
from shared.entrypoints import event_handler, http, rpc
from shared.errors import Conflict, PermissionDenied, Unauthenticated, ValidationError
from shared.events import contract, new_envelope
from shared.service import PlatformService
from shared.topology import event_queues
from tests.conftest import wait_for

pytestmark = pytest.mark.integration
FAIL_ONCE = set()


@contract("test.thing_recorded", version=1, source="recorder")
class ThingRecorded(Schema):
    name = fields.String(required=True)


class Recorder(PlatformService):
    name = "recorder"

    @rpc(permission="thing.record")
    def record(self, name, fail=False):
        self.db.emit("test.thing_recorded", {"name": name}, authority="HN-01")
        self.db.audit("thing.recorded", subject_type="thing", subject_id=name,
                      legal_basis="test")
        if fail:
            raise Conflict("refused after writing", {"name": name})
        return name

    @rpc(permission="thing.record", read_only=True)
    def audited(self, write=False, then_read=True):
        """How many audit records there are; with ``write``, a read that wrongly writes."""
        if write:
            self.db.audit("thing.read", subject_type="thing", subject_id="x", legal_basis="test")
            if not then_read:
                return None
        autocommit = self.db.session.connection().connection.dbapi_connection.autocommit
        return self.db.session.scalar(text("SELECT count(*) FROM platform_audit")), autocommit


    @http("GET", "/things/<name>")
    def http_that_writes(self, request, name):
        """HTTP is read-only on the platform: this write must be refused, not silently lost."""
        self.db.emit("test.thing_recorded", {"name": name}, authority="HN-01")
        return "written"


class Listener(PlatformService):
    name = "listener"

    @event_handler("recorder", "test.thing_recorded")
    def on_thing(self, event):
        name = event["payload"]["name"]
        self.db.audit("thing.seen", subject_type="thing", subject_id=name, legal_basis="test")
        if name in FAIL_ONCE:
            FAIL_ONCE.discard(name)
            raise RuntimeError(f"transient failure on {name}")


def count(uri, sql):
    engine = create_engine(uri)
    with engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    engine.dispose()
    return value


@pytest.fixture
def recorder_config(service_config):
    return service_config("cases", ROLE_PERMISSIONS={"tester": ["thing.record"]})


@pytest.fixture
def listener_config(service_config):
    return service_config("notifications")


@pytest.fixture
def recorder(container_factory, recorder_config):
    container = container_factory(Recorder, recorder_config)
    container.start()
    return container


@pytest.fixture
def listener(container_factory, listener_config):
    container = container_factory(Listener, listener_config)
    container.start()
    return container


@pytest.fixture
def tap(rabbit_config):
    """A queue bound to the recorder's events: what actually reached the broker."""
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        queue = Queue("tap", Exchange("recorder.events", type="topic", durable=True),
                      routing_key="#", durable=False)
        queue(conn.channel()).declare()

        def drain():
            channel = conn.channel()
            got = []
            while (message := queue(channel).get(no_ack=True)) is not None:
                got.append(message.payload)
            return got

        yield drain


def publish(amqp_uri, envelope, routing_key=None):
    with Connection(amqp_uri) as conn:
        conn.Producer().publish(envelope, exchange=Exchange("recorder.events", type="topic",
                                                            durable=True),
                                routing_key=routing_key or envelope["type"], serializer="json",
                                user_id="guest",  # the broker checks it is our login
                                message_id=envelope.get("event_id") if isinstance(envelope, dict)
                                else None)


def test_event_is_committed_with_the_state_change_and_published(recorder, rpc_as, tap,
                                                                databases):
    with rpc_as("tester") as rpc:
        assert rpc.recorder.record("first") == "first"
    published = wait_for(tap, message="the event on the broker")
    assert published[0]["type"] == "test.thing_recorded"
    assert published[0]["payload"] == {"name": "first"}
    assert count(databases["cases"], "SELECT count(*) FROM platform_outbox "
                                     "WHERE published_at IS NOT NULL") == 1
    assert count(databases["cases"], "SELECT actor FROM platform_audit") == "tester@HN-01"


def test_failed_entrypoint_publishes_and_writes_nothing(recorder, rpc_as, tap, databases):
    with rpc_as("tester") as rpc, pytest.raises(Conflict) as err:
        rpc.recorder.record("second", fail=True)
    assert err.value.details == {"name": "second"}
    assert count(databases["cases"], "SELECT count(*) FROM platform_outbox") == 0
    assert count(databases["cases"], "SELECT count(*) FROM platform_audit") == 0
    assert tap() == []


def test_commit_failure_reaches_the_caller(recorder, rpc_as, databases):
    # subject_id is VARCHAR(64): PostgreSQL refuses the row at commit, after the method returned.
    # It arrives as a typed ValidationError: no SQL, no parameters (issue 7, item 9).
    with rpc_as("tester") as rpc, pytest.raises(ValidationError) as err:
        rpc.recorder.record("x" * 65)
    assert "INSERT" not in str(err.value) and "x" * 65 not in str(err.value)
    assert count(databases["cases"], "SELECT count(*) FROM platform_outbox") == 0


def test_read_only_entrypoint_reads_without_a_transaction_and_cannot_write(recorder, rpc_as,
                                                                           databases):
    with rpc_as("tester") as rpc:
        rpc.recorder.record("seen")
        assert rpc.recorder.audited() == [1, True]  # psycopg2 sends no BEGIN in autocommit
        with pytest.raises(RemoteError, match="ReadOnlyViolation"):
            rpc.recorder.audited(write=True)  # refused at the SELECT's autoflush
        with pytest.raises(RemoteError, match="ReadOnlyViolation"):
            rpc.recorder.audited(write=True, then_read=False)  # refused at the end
    assert count(databases["cases"], "SELECT count(*) FROM platform_audit") == 1


def test_identity_is_required_and_checked(recorder, rpc_as, token):
    with rpc_as("tester", raw_token="") as rpc, pytest.raises(Unauthenticated):
        rpc.recorder.record("a")
    forged = token("tester", forged=True)
    with rpc_as("tester", raw_token=forged) as rpc, pytest.raises(Unauthenticated) as err:
        rpc.recorder.record("a")
    assert "signature" in err.value.message
    with rpc_as("tester", raw_token=token("tester", ttl_seconds=-1)) as rpc, \
            pytest.raises(Unauthenticated, match="expired"):
        rpc.recorder.record("a")
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.recorder.record("a")
    assert err.value.details == {"permission": "thing.record", "role": "desk_officer"}


def test_redelivered_event_has_its_effect_once(listener, rabbit_config, databases):
    envelope = new_envelope("test.thing_recorded", {"name": "twice"}, authority="HN-01")
    publish(rabbit_config["AMQP_URI"], envelope)
    publish(rabbit_config["AMQP_URI"], envelope)
    uri = databases["notifications"]
    wait_for(lambda: count(uri, "SELECT count(*) FROM platform_inbox") == 1, message="inbox")
    publish(rabbit_config["AMQP_URI"], {**envelope, "payload": {"name": "twice"}})
    wait_for(lambda: count(uri, "SELECT count(*) FROM platform_audit") >= 1, message="audit")
    assert count(uri, "SELECT count(*) FROM platform_audit WHERE action='thing.seen'") == 1
    assert count(uri, "SELECT actor FROM platform_audit") == "system:guest"  # the verified publisher


def test_invalid_event_is_parked_not_dropped(listener, rabbit_config, databases):
    amqp_uri = rabbit_config["AMQP_URI"]
    envelope = new_envelope("test.thing_recorded", {"name": "ok"}, authority="HN-01")
    publish(amqp_uri, {**envelope, "payload": {"nom": "typo"}})
    parked = wait_for(lambda: deadletters.list_parked(amqp_uri, "listener"), message="parked")
    assert parked[0]["message_id"] == envelope["event_id"]
    assert "payload" in parked[0]["reason"] and "name" in parked[0]["reason"]
    assert parked[0]["queue"] == "evt-recorder-test.thing_recorded--listener.on_thing"
    # listing leaves it in place for the operator
    assert len(deadletters.list_parked(amqp_uri, "listener")) == 1
    assert count(databases["notifications"], "SELECT count(*) FROM platform_audit") == 0


def test_failed_handler_is_parked_and_replayed(listener, rabbit_config, databases):
    amqp_uri, uri = rabbit_config["AMQP_URI"], databases["notifications"]
    FAIL_ONCE.add("flaky")
    envelope = new_envelope("test.thing_recorded", {"name": "flaky"}, authority="HN-01")
    publish(amqp_uri, envelope)
    parked = wait_for(lambda: deadletters.list_parked(amqp_uri, "listener"), message="parked")
    assert parked[0]["reason"] == "handler failed: RuntimeError"  # no message: it may quote data
    assert count(uri, "SELECT count(*) FROM platform_audit") == 0  # rolled back

    assert deadletters.replay(amqp_uri, "listener", event_id=envelope["event_id"]) == 1
    wait_for(lambda: count(uri, "SELECT count(*) FROM platform_audit") == 1, message="replayed")
    assert deadletters.list_parked(amqp_uri, "listener") == []


def test_event_published_before_its_consumer_starts_is_kept(
        recorder, container_factory, listener_config, rpc_as, rabbit_config, databases):
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        for queue in event_queues("listener", Listener):
            queue(conn.channel()).declare()
    with rpc_as("tester") as rpc:
        rpc.recorder.record("early")
    uri = databases["cases"]
    wait_for(lambda: count(uri, "SELECT count(*) FROM platform_outbox "
                                "WHERE published_at IS NOT NULL") == 1, message="published")
    listener = container_factory(Listener, listener_config)
    listener.start()
    wait_for(lambda: count(databases["notifications"],
                           "SELECT count(*) FROM platform_audit") == 1, message="consumed")


def test_metrics_and_health_are_served(recorder, recorder_config, rpc_as):
    with rpc_as("tester") as rpc:
        rpc.recorder.record("m")
        with pytest.raises(Conflict):
            rpc.recorder.record("n", fail=True)
    base = f"http://{recorder_config['WEB_SERVER_ADDRESS']}"
    health = requests.get(f"{base}/health", timeout=5)
    assert health.status_code == 200 and health.json()["database"] == "ok"
    metrics = requests.get(f"{base}/metrics", timeout=5).text
    assert 'platform_entrypoint_calls_total{entrypoint="record",outcome="ok",service="recorder"}' \
        in metrics
    assert 'outcome="Conflict",service="recorder"' in metrics
    assert "platform_entrypoint_seconds_bucket" in metrics


def test_http_entrypoints_are_read_only(recorder, recorder_config, databases):
    response = requests.get(f"http://{recorder_config['WEB_SERVER_ADDRESS']}/things/x", timeout=5)
    assert response.status_code == 500 and response.json()["error"] == "internal_error"
    assert count(databases["cases"], "SELECT count(*) FROM platform_outbox") == 0


def test_timer_marks_overdue_deadlines_and_exports_them(container_factory, recorder_config,
                                                        databases):
    engine = create_engine(databases["cases"])
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO platform_deadline (rule_id, article, authority, case_id, subject_type,"
            " subject_id, starts_on, length, unit, due_on, status, parameters_used, created_at)"
            " VALUES ('law39.1-notify-decision', 'Law Art. 39.1', 'HN-01', 'c-1', 'decision',"
            " 'd-1', '2026-01-05', 3, 'working_days', '2026-01-08', 'open', '[]', now())"))
    engine.dispose()
    container_factory(Recorder, recorder_config).start()  # the timer fires once at start
    wait_for(lambda: count(databases["cases"], "SELECT status FROM platform_deadline")
             == "overdue", message="overdue")
    metrics = requests.get(f"http://{recorder_config['WEB_SERVER_ADDRESS']}/metrics",
                           timeout=5).text
    assert ('platform_deadlines{authority="HN-01",rule="law39.1-notify-decision",'
            'service="recorder",state="overdue"} 1.0') in metrics


def test_operator_lists_and_replays_parked_messages(container_factory, service_config,
                                                   rabbit_config, monkeypatch, capsys):
    from services.notifications.service import NotificationsService

    container_factory(NotificationsService, service_config("notifications")).start()
    monkeypatch.setenv("AMQP_URI", rabbit_config["AMQP_URI"])
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        conn.Producer().publish({"type": "enforcement_decision.issued"},
                                exchange=Exchange("cases.events", type="topic", durable=True),
                                routing_key="enforcement_decision.issued", serializer="json",
                                message_id="m-1", user_id="guest")
    wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "notifications"),
             message="parked")
    assert deadletters.main(["list", "notifications"]) == 0
    listed = capsys.readouterr().out
    assert '"message_id": "m-1"' in listed and "rejected: ValidationError" in listed
    assert deadletters.main(["replay", "notifications", "--event-id", "m-1"]) == 0
    assert "replayed 1 message(s)" in capsys.readouterr().out
    # still invalid: parked again, with its reason, never dropped
    wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "notifications"),
             message="parked again")
