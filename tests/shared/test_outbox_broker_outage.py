"""The broker goes down with events committed: they wait in the outbox, visibly, and go out when
it comes back. A private RabbitMQ node (port 5673) is stopped and started; the machine's own
broker is never touched."""
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest
from kombu import Connection, Exchange, Queue
from prometheus_client import REGISTRY
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from shared.database import make_engine
from shared.models import OutboxMessage
from shared.outbox import OutboxRelay
from tests.conftest import wait_for

pytestmark = pytest.mark.integration

NODE, PORT = "outbox-faults@localhost", 5673
URI = f"amqp://guest:guest@127.0.0.1:{PORT}/"


def _listening():
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=1).close()
        return True
    except OSError:
        return False


class PrivateBroker:
    """A second RabbitMQ node in a temporary directory (../shared/recipes.md)."""

    def __init__(self):
        self.base = tempfile.mkdtemp(prefix="outbox-faults-")
        for sub in ("mnesia", "log"):
            os.makedirs(os.path.join(self.base, sub))
        with open(os.path.join(self.base, "plugins"), "w") as fh:
            fh.write("[].\n")
        with open(os.path.join(self.base, "rabbitmq.conf"), "w") as fh:
            fh.write(f"listeners.tcp.local = 127.0.0.1:{PORT}\nloopback_users = none\n")
        shutil.chown(self.base, "rabbitmq", "rabbitmq")
        for root, dirs, files in os.walk(self.base):
            for name in dirs + files:
                shutil.chown(os.path.join(root, name), "rabbitmq", "rabbitmq")
        self.env = {**os.environ, "RABBITMQ_NODENAME": NODE,
                    "RABBITMQ_CONFIG_FILE": os.path.join(self.base, "rabbitmq"),
                    "RABBITMQ_DIST_PORT": "25673",
                    "RABBITMQ_MNESIA_BASE": os.path.join(self.base, "mnesia"),
                    "RABBITMQ_LOG_BASE": os.path.join(self.base, "log"),
                    "RABBITMQ_ENABLED_PLUGINS_FILE": os.path.join(self.base, "plugins")}

    def start(self):
        if _listening():  # left over from an interrupted run: stop it by its name first
            self.stop()
        subprocess.run(["rabbitmq-server", "-detached"], env=self.env, check=True,
                       capture_output=True)
        wait_for(_listening, timeout=60, message=f"the private RabbitMQ node on port {PORT}")

    def stop(self):
        subprocess.run(["rabbitmqctl", "-n", NODE, "stop"], env=self.env, check=True,
                       capture_output=True, timeout=60)
        wait_for(lambda: not _listening(), timeout=30, message="the private node to stop")

    def remove(self):
        if _listening():
            self.stop()
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def broker():
    if shutil.which("rabbitmq-server") is None:
        pytest.fail("rabbitmq-server is not installed: this fault test starts its own node")
    node = PrivateBroker()
    node.start()
    yield node
    node.remove()


def gauge(name):
    return REGISTRY.get_sample_value(name, {"service": "outbox-test"})


def test_events_wait_in_the_outbox_while_the_broker_is_down(broker, databases, clean_databases):
    engine = make_engine(databases["cases"])
    Session = sessionmaker(engine, expire_on_commit=False)
    exchange = Exchange("cases.events", type="topic", durable=True)
    queue = Queue("outbox-outage-test", exchange, routing_key="#", durable=True)
    with Connection(URI) as conn:
        queue(conn.channel()).declare()
    broker.stop()

    event_id = str(uuid.uuid4())
    with Session() as session, session.begin():
        session.add(OutboxMessage(event_id=event_id, exchange="cases.events",
                                  routing_key="enforcement_decision.issued",
                                  envelope={"event_id": event_id}, headers={}))
    relay = OutboxRelay(Session, URI, poll_seconds=0.2, service="outbox-test")
    relay.start()
    try:
        def waiting_with_a_reason():
            with Session() as session:
                row = session.scalar(select(OutboxMessage))
            return row if row.last_error and row.published_at is None else None

        row = wait_for(waiting_with_a_reason, timeout=30,
                       message="the relay to record why the event is waiting")
        assert row.attempts >= 1
        assert wait_for(lambda: gauge("platform_outbox_unpublished") == 1, timeout=10,
                        message="the backlog gauge")

        broker.start()
        relay.wake()

        def published():
            with Session() as session:
                return session.scalar(select(OutboxMessage.published_at))

        wait_for(published, timeout=60, message="the relay to publish after the broker returned")
        with Connection(URI) as conn:
            message = wait_for(lambda: queue(conn.channel()).get(no_ack=True), timeout=10,
                               message="the event on the restarted broker")
        assert message.payload == {"event_id": event_id}
        assert wait_for(lambda: gauge("platform_outbox_unpublished") == 0, timeout=10,
                        message="the backlog gauge back to 0")
        assert gauge("platform_outbox_oldest_unpublished_seconds") == 0
    finally:
        relay.stop()
        engine.dispose()
