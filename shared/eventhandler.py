"""The platform's event handler: nameko's ``event_handler`` with its gaps closed.

``shared.entrypoints.event_handler(source, type)`` is :class:`EventHandler`. For each message:

1. **Who published it.** RabbitMQ validates the AMQP ``user_id`` property against the login of
   the connection that published (a mismatch closes the publisher's channel). The handler takes
   that ``user_id`` as the publisher and accepts it only if it may publish ``source``'s events:
   ``EVENT_PUBLISHERS: {source: [login, ...]}`` in the service's config, by default the service's
   own AMQP login (in development and the tests everything logs in as ``guest``). A message
   without ``user_id``, or from another login, is parked. The worker acts as
   ``system:<publisher>`` for the envelope's authority. A message replayed from the dead letters
   carries the replayer's login in ``user_id`` and the original, broker-validated publisher in
   ``x-replayed-user-id``; that header is believed only from ``EVENT_REPLAYERS`` (by default the
   service's own login). ``VERIFY_EVENT_PUBLISHER: false`` turns the check off.
2. **Undecodable messages** (not JSON, another content type) are parked with their raw body and
   headers; nameko's consumer would log and ack them (kombu's ``on_decode_error``).
3. **Contract**: the envelope and payload are validated; a message that fails is parked.
4. **Inbox**: a message already handled is acked without effect; effect and inbox commit together.
5. **Failures.** A handler that raises is parked, except: a database that is unavailable
   (connection refused or terminated, pool timeout, deadlock) means the message is requeued after
   a backoff (``EVENT_RETRY_SECONDS`` doubling up to ``EVENT_RETRY_MAX_SECONDS``, for as long as
   it takes), and :class:`RetryLater` — an event that arrived before what it depends on — is
   retried the same way up to ``EVENT_RETRY_LIMIT`` times, then parked. The process never dies
   of it: nothing escapes the managed threads. ``/health`` says ``degraded`` while messages wait.

Every parked reason is built by ``shared.deadletters.reason`` (no SQL, no parameters, no
personal data).
"""
import collections
import logging
from functools import partial

import eventlet
from kombu import Connection
from nameko.events import EventHandler as NamekoEventHandler
from nameko.exceptions import ContainerBeingKilled
from nameko.messaging import QueueConsumer
from prometheus_client import Gauge
from sqlalchemy.exc import (DBAPIError, DisconnectionError, InterfaceError, OperationalError,
                            TimeoutError as PoolTimeoutError)

from shared import auth, deadletters
from shared.database import database_of
from shared.errors import EXPECTED_ERRORS, RetryLater, ValidationError
from shared.events import validate_envelope

log = logging.getLogger(__name__)

PUBLISHER_KEY = "platform_publisher"  # context data: the verified publisher of the event
RETRYING = Gauge("platform_events_retrying",
                 "Messages held for a delayed retry (database unavailable or RetryLater)",
                 ["service"])
_retrying = collections.Counter()  # service -> messages waiting for their retry


def retrying(service):
    """How many of ``service``'s messages wait for a delayed retry in this process."""
    return _retrying[service]


class PublisherRefused(Exception):
    """The message does not name a publisher allowed to publish its source's events."""


def is_transient(exc):
    """A database failure that says nothing about the message: retry it later."""
    if isinstance(exc, (OperationalError, InterfaceError, DisconnectionError, PoolTimeoutError)):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def amqp_login(amqp_uri):
    """The login a connection to ``amqp_uri`` uses (what RabbitMQ validates ``user_id`` against)."""
    return Connection(amqp_uri).userid


def allowed_publishers(config, source):
    configured = (config.get("EVENT_PUBLISHERS") or {}).get(source)
    return set(configured) if configured else {amqp_login(config["AMQP_URI"])}


def allowed_replayers(config):
    return set(config.get("EVENT_REPLAYERS") or [amqp_login(config["AMQP_URI"])])


class EventQueueConsumer(QueueConsumer):
    """nameko's QueueConsumer, except that a message kombu cannot decode goes to its handler.

    nameko's consumer inherits kombu's ``ConsumerMixin.on_decode_error``, which logs and acks:
    the message is gone before any platform code sees it.
    """

    def get_consumers(self, consumer_cls, channel):
        for provider in self._providers:
            consumer = consumer_cls(queues=[provider.queue],
                                    callbacks=[partial(self.handle_message, provider)],
                                    accept=self.accept,
                                    on_decode_error=partial(self.handle_undecodable, provider))
            consumer.qos(prefetch_count=self.prefetch_count)
            self._consumers[provider] = consumer
        return self._consumers.values()

    def handle_undecodable(self, provider, message, exc):
        self.container.spawn_managed_thread(
            partial(provider.handle_undecodable, message, exc),
            identifier=f"{type(provider).__name__}.handle_undecodable")


class EventHandler(NamekoEventHandler):
    queue_consumer = EventQueueConsumer()

    def __init__(self, source_service, event_type, **kwargs):
        kwargs.update(reliable_delivery=True, requeue_on_error=False)
        kwargs.setdefault("expected_exceptions", EXPECTED_ERRORS)
        super().__init__(source_service, event_type, **kwargs)

    @property
    def consumer_name(self):
        return f"{self.container.service_name}.{self.method_name}"

    def setup(self):
        super().setup()
        config = self.container.config
        self.verify = bool(config.get("VERIFY_EVENT_PUBLISHER", True))
        self.publishers = allowed_publishers(config, self.source_service)
        self.replayers = allowed_replayers(config)
        self.retry_seconds = float(config.get("EVENT_RETRY_SECONDS", 1.0))
        self.retry_max_seconds = float(config.get("EVENT_RETRY_MAX_SECONDS", 30.0))
        self.retry_limit = int(config.get("EVENT_RETRY_LIMIT", 10))
        self._attempts = {}

    def system_identity(self, worker_ctx):
        """A worker started by an event acts for its verified publisher, on the envelope's
        authority."""
        envelope = worker_ctx.args[0]
        publisher = worker_ctx.data.get(PUBLISHER_KEY) or self.source_service
        return auth.Identity(user=f"system:{publisher}", role="system",
                             authority=envelope["authority"])

    def verified_publisher(self, message):
        user_id = message.properties.get("user_id")
        replayed = (message.headers or {}).get("x-replayed-user-id")
        if user_id and replayed and user_id in self.replayers:
            user_id = replayed
        if not self.verify:
            return user_id or self.source_service
        if not user_id:
            raise PublisherRefused(f"no user_id: publisher of {self.source_service} events "
                                   "not verified")
        if user_id not in self.publishers:
            raise PublisherRefused(f"{user_id!r} may not publish {self.source_service} events")
        return user_id

    # -- receiving ------------------------------------------------------------------------------

    def handle_message(self, body, message):
        # A managed thread: an exception escaping it kills the container, so none does.
        try:
            self._handle_message(body, message)
        except Exception as exc:
            self._failed(message, "before the handler", exc)

    def _handle_message(self, body, message):
        try:
            publisher = self.verified_publisher(message)
        except PublisherRefused as exc:
            return self._park(message, deadletters.reason(f"refused: {exc}"))
        try:
            body = validate_envelope(body)
            if body["type"] != self.event_type:
                raise ValidationError("event type does not match the routing key",
                                      {"type": [f"expected {self.event_type}"]})
        except ValidationError as exc:
            return self._park(message, deadletters.reason("rejected", exc))
        database = database_of(self.container)
        if database is not None and database.already_handled(self.consumer_name,
                                                             body["event_id"]):
            log.info("%s: event %s already handled", self.consumer_name, body["event_id"])
            self._attempts.pop(self._key(message), None)
            return self.queue_consumer.ack_message(message)
        context_data = self.unpack_message_headers(message)
        context_data[PUBLISHER_KEY] = publisher
        try:
            self.container.spawn_worker(self, (body,), {}, context_data=context_data,
                                        handle_result=partial(self.handle_result, message))
        except ContainerBeingKilled:
            self.queue_consumer.requeue_message(message)

    def handle_undecodable(self, message, exc):
        try:
            self._park(message, deadletters.reason("undecodable", exc))
        except Exception:  # _park does not raise; belt and braces for a managed thread
            log.exception("%s: could not park an undecodable message", self.consumer_name)

    def handle_result(self, message, worker_ctx, result=None, exc_info=None):
        database = database_of(self.container)
        try:
            outcome = exc_info if database is None else database.finish(
                worker_ctx, exc_info, (self.consumer_name, worker_ctx.args[0]["event_id"]))
        except Exception as exc:  # finishing itself failed (e.g. the rollback's connection died)
            outcome = (type(exc), exc, exc.__traceback__)
        if outcome is None or outcome == "duplicate":
            self._attempts.pop(self._key(message), None)
            self.queue_consumer.ack_message(message)
        else:
            self._failed(message, "handler failed", outcome[1])
            exc_info = outcome
        return result, exc_info

    # -- failing --------------------------------------------------------------------------------

    @staticmethod
    def _key(message):
        return message.properties.get("message_id") or message.delivery_tag

    def _failed(self, message, stage, exc):
        try:
            if is_transient(exc) or isinstance(exc, RetryLater):
                return self._retry_later(message, stage, exc)
            log.warning("%s: %s", self.consumer_name, stage, exc_info=exc)
            self._attempts.pop(self._key(message), None)
            return self._park(message, deadletters.reason(stage, exc))
        except Exception:
            log.exception("%s: could not dispose of a failed message; requeueing it later",
                          self.consumer_name)
            self._requeue_after(message, self.retry_max_seconds)

    def _retry_later(self, message, stage, exc):
        key = self._key(message)
        attempts = self._attempts.get(key, 0) + 1
        if isinstance(exc, RetryLater) and attempts > self.retry_limit:
            self._attempts.pop(key, None)
            return self._park(message, deadletters.reason(
                f"{stage} (still not ready after {self.retry_limit} retries)", exc))
        if len(self._attempts) > 10000:  # messages taken by other processes are never seen again
            self._attempts.clear()
        self._attempts[key] = attempts
        delay = min(self.retry_seconds * 2 ** (attempts - 1), self.retry_max_seconds)
        log.warning("%s: %s; message %s retried in %.1f s (attempt %d)", self.consumer_name,
                    deadletters.reason(stage, exc), key, delay, attempts)
        self._requeue_after(message, delay)

    def _requeue_after(self, message, delay):
        service = self.container.service_name
        _retrying[service] += 1
        RETRYING.labels(service).set(_retrying[service])

        def later():
            try:
                eventlet.sleep(delay)
            finally:
                _retrying[service] -= 1
                RETRYING.labels(service).set(_retrying[service])
                try:
                    self.queue_consumer.requeue_message(message)
                except Exception:  # the channel is gone: the broker redelivers it anyway
                    log.debug("requeue after delay failed", exc_info=True)

        self.container.spawn_managed_thread(later, identifier=f"{self.consumer_name}.retry")

    def _park(self, message, reason):
        log.warning("%s: parking message %s: %s", self.consumer_name,
                    message.properties.get("message_id"), reason)
        try:
            deadletters.park(
                self.container.config["AMQP_URI"], self.container.service_name,
                body=message.body, headers=message.headers, origin_queue=self.queue.name,
                origin_exchange=self.queue.exchange.name, routing_key=self.event_type,
                reason=reason, message_id=message.properties.get("message_id"),
                content_type=message.content_type or "application/octet-stream",
                content_encoding=message.content_encoding or "binary",
                user_id=message.properties.get("user_id"))
        except Exception:
            # Could not park: leave it on its queue (after a pause) rather than lose it.
            log.exception("%s: could not park; requeueing later", self.consumer_name)
            return self._requeue_after(message, self.retry_seconds)
        return self.queue_consumer.ack_message(message)


event_handler = EventHandler.decorator
