"""The outbox relay: publishes committed events with publisher confirms, then marks them sent.

It runs as a greenthread inside each service process. It wakes at once after a commit that wrote
events, and polls every ``OUTBOX_POLL_SECONDS`` anyway, so rows left by a process that died between
commit and publish go out when any process of the service starts again. Rows are claimed with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several processes of one service never publish the
same row twice at the same time. Delivery is at least once: a crash after the broker confirmed
but before the row was marked sends it again, and consumers' inboxes drop the duplicate.

While the broker is unreachable, events wait in the table: each pass records the error on the
oldest row (``python -m shared.operator outbox`` shows it) and the gauges
``platform_outbox_unpublished`` and ``platform_outbox_oldest_unpublished_seconds`` say how many
and how old, so an operator sees a stalled outbox before anyone misses a notice.
"""
import logging
from datetime import datetime, timezone

import eventlet
from eventlet.event import Event
from kombu import Connection, Exchange, Producer
from prometheus_client import Gauge
from sqlalchemy import func, select

from shared.models import OutboxMessage

log = logging.getLogger(__name__)

BATCH = 100
# How long one attempt to reach the broker may retry before the pass gives up (the loop retries).
CONNECT_RETRY = {"max_retries": 3, "interval_start": 0.5, "interval_step": 0.5,
                 "interval_max": 2}

UNPUBLISHED = Gauge("platform_outbox_unpublished", "Events committed but not yet published",
                    ["service"])
OLDEST = Gauge("platform_outbox_oldest_unpublished_seconds",
               "Age of the oldest event not yet published (0 when none)", ["service"])


class OutboxRelay:
    def __init__(self, Session, amqp_uri, poll_seconds=1.0, service="service"):
        self.service = service
        self.Session = Session
        self.amqp_uri = amqp_uri
        self.poll_seconds = poll_seconds
        self._wakeup = Event()
        self._gt = None
        self._connection = None
        self._running = False

    def start(self):
        self._running = True
        self._gt = eventlet.spawn(self._loop)

    def stop(self):
        self._running = False
        self.wake()
        if self._gt is not None:
            self._gt.kill()
        if self._connection is not None:
            self._connection.release()

    def wake(self, *_):
        if not self._wakeup.ready():
            self._wakeup.send(True)

    def _loop(self):
        while self._running:
            try:
                while self.relay_once() == BATCH:
                    pass
                self.export_backlog()
                delay = self.poll_seconds
            except Exception:
                log.exception("outbox relay failed; retrying")
                delay = min(self.poll_seconds * 5, 30)
            with eventlet.Timeout(delay, False):
                self._wakeup.wait()
            self._wakeup = Event()

    def _producer(self):
        if self._connection is None:
            self._connection = Connection(self.amqp_uri,
                                          transport_options={"confirm_publish": True})
        self._connection.ensure_connection(**CONNECT_RETRY)
        return Producer(self._connection.default_channel)

    def _drop_connection(self):
        """Forget a connection that failed; the next batch opens a new one."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.release()
            except Exception:  # it is already broken; releasing is best effort
                log.debug("outbox: releasing a failed connection raised", exc_info=True)

    def relay_once(self):
        """Publish up to one batch of pending events; returns how many were published."""
        with self.Session() as session, session.begin():
            query = (select(OutboxMessage).where(OutboxMessage.published_at.is_(None))
                     .order_by(OutboxMessage.id).limit(BATCH))
            if session.bind.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = session.scalars(query).all()
            if not rows:
                return 0
            try:
                producer = self._producer()
            except Exception as exc:
                rows[0].attempts += 1
                self._failed(rows[0], exc)
                return 0
            for row in rows:
                row.attempts += 1
                try:
                    producer.publish(
                        row.envelope, exchange=Exchange(row.exchange, type="topic", durable=True),
                        routing_key=row.routing_key, serializer="json", delivery_mode=2,
                        headers=row.headers, message_id=row.event_id, declare=[
                            Exchange(row.exchange, type="topic", durable=True)],
                        retry=True, retry_policy={"max_retries": 3})
                except Exception as exc:
                    # Keep the order of a service's events: stop at the first failure.
                    self._failed(row, exc)
                    return 0
                row.published_at = datetime.now(timezone.utc)
                row.last_error = None
            return len(rows)

    def _failed(self, row, exc):
        """Record why ``row`` is still waiting (committed with the pass) and reconnect next time."""
        row.last_error = f"{type(exc).__name__}: {exc}"
        log.warning("outbox: publishing %s failed (will retry): %s", row.event_id, exc)
        self._drop_connection()

    def export_backlog(self):
        """Set the backlog gauges from the table (one small query per pass)."""
        with self.Session() as session:
            count, oldest = session.execute(
                select(func.count(), func.min(OutboxMessage.created_at))
                .where(OutboxMessage.published_at.is_(None))).one()
        UNPUBLISHED.labels(self.service).set(count)
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=timezone.utc)  # SQLite returns naive UTC
        OLDEST.labels(self.service).set(
            0 if oldest is None else (datetime.now(timezone.utc) - oldest).total_seconds())
