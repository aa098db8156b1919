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

Each event is published with the AMQP ``user_id`` set to the relay's own login (RabbitMQ checks
it; consumers verify the publisher from it) and as ``mandatory``. An event no queue is bound for
is returned by the broker before the confirm; the relay then keeps it in the durable queue
``platform.unrouted`` (with ``x-unrouted-*`` headers saying where it was going), marks the row
published with ``last_error`` starting ``unrouted:`` and counts it in
``platform_outbox_unrouted_total{service,event_type}``. It does not hold the outbox back: an
event type that has no consumer yet is legitimate. ``python -m shared.deadletters unrouted``
lists them.

Order: one pass publishes the rows it claimed in id order and stops at the first failure. That is
all: rows of concurrent transactions commit in another order than their ids, and several
processes publish disjoint batches at the same time. docs/architecture.md says what consumers may
rely on.
"""
import logging
from datetime import datetime, timezone

import eventlet
from eventlet.event import Event
from kombu import Connection, Exchange, Producer
from prometheus_client import Counter, Gauge
from sqlalchemy import func, select

from shared.deadletters import UNROUTED_EXCHANGE, UNROUTED_QUEUE
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
UNROUTED = Counter("platform_outbox_unrouted_total",
                   "Events no queue was bound for, kept in platform.unrouted",
                   ["service", "event_type"])
UNROUTED_PREFIX = "unrouted:"


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
        self.login = Connection(amqp_uri).userid  # RabbitMQ validates user_id against it
        self._returned = {}  # message_id -> reply text, filled by the broker's basic.return

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
        return Producer(self._connection.default_channel, on_return=self._on_return)

    def _on_return(self, exc, exchange, routing_key, message):
        # Runs while publish() waits for the confirm, so before publish() returns.
        message_id = message.properties.get("message_id")
        self._returned[message_id] = f"{getattr(exc, 'reply_code', '')} " \
                                     f"{getattr(exc, 'reply_text', exc)}".strip()

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
                    self._returned.pop(row.event_id, None)
                    exchange = Exchange(row.exchange, type="topic", durable=True)
                    producer.publish(
                        row.envelope, exchange=exchange, routing_key=row.routing_key,
                        serializer="json", delivery_mode=2, headers=row.headers,
                        message_id=row.event_id, user_id=self.login, mandatory=True,
                        declare=[exchange], retry=True, retry_policy={"max_retries": 3})
                    returned = self._returned.pop(row.event_id, None)
                    if returned is not None:
                        self._keep_unrouted(producer, row, returned)
                except Exception as exc:
                    # Stop at the first failure: the rest waits for the next pass.
                    self._failed(row, exc)
                    return 0
                row.published_at = datetime.now(timezone.utc)
                row.last_error = None if returned is None else (
                    f"{UNROUTED_PREFIX} {returned}; kept in {UNROUTED_QUEUE.name}")
            return len(rows)

    def _keep_unrouted(self, producer, row, reply):
        """Publish a returned event to ``platform.unrouted`` (confirmed); raise if that fails."""
        log.warning("outbox: no queue is bound for %s on %s (%s); keeping event %s in %s",
                    row.routing_key, row.exchange, reply, row.event_id, UNROUTED_QUEUE.name)
        headers = {**(row.headers or {}), "x-unrouted-exchange": row.exchange,
                   "x-unrouted-routing-key": row.routing_key, "x-unrouted-service": self.service,
                   "x-unrouted-reason": reply,
                   "x-unrouted-at": datetime.now(timezone.utc).isoformat()}
        producer.publish(row.envelope, exchange=UNROUTED_EXCHANGE, routing_key=row.routing_key,
                         serializer="json", delivery_mode=2, headers=headers,
                         message_id=row.event_id, user_id=self.login, mandatory=True,
                         declare=[UNROUTED_QUEUE], retry=True, retry_policy={"max_retries": 3})
        if self._returned.pop(row.event_id, None) is not None:
            raise RuntimeError(f"{UNROUTED_QUEUE.name} itself is not bound")
        UNROUTED.labels(self.service, row.routing_key).inc()

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
