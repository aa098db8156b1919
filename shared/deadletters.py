"""Dead letters: where a message that cannot be processed is parked, never dropped.

Each service has one durable queue ``<service>.dead-letters`` (bound to the direct exchange
``platform.dead-letters`` with the service name). A parked message keeps its body and headers and
gains ``x-parked-*`` headers saying where it came from and why. An operator lists and replays
them::

    python -m shared.deadletters list cases
    python -m shared.deadletters replay cases --all          # or --event-id ID
    python -m shared.deadletters unrouted                    # events no queue was bound for

A parked message is kept byte for byte (its raw body, content type and encoding), so a body that
is not JSON, or has another content type, is parked like any other. Its reason
(``x-parked-reason``) is built by :func:`reason` only: the stage and the error's class, the
constraint's name for a database error, the field paths for a validation error; never the SQL,
its parameters or the message of an arbitrary exception (which may quote personal data). The
full error goes to the service's log.

Unrouted events: the outbox relay publishes with ``mandatory``; an event no queue is bound for is
returned by the broker and kept in the durable queue ``platform.unrouted`` (exchange of the same
name), with ``x-unrouted-*`` headers saying where it was going (see docs/architecture.md).
"""
import argparse
import json
import sys
from datetime import datetime, timezone

from kombu import Connection, Exchange, Queue
from kombu.pools import producers

EXCHANGE = Exchange("platform.dead-letters", type="direct", durable=True)
UNROUTED_EXCHANGE = Exchange("platform.unrouted", type="fanout", durable=True)
UNROUTED_QUEUE = Queue("platform.unrouted", exchange=UNROUTED_EXCHANGE, durable=True)


def _field_paths(fields, prefix=""):
    if not isinstance(fields, dict):
        return [prefix.rstrip(".")] if prefix else []
    paths = []
    for key, value in fields.items():
        paths.extend(_field_paths(value, f"{prefix}{key}.") if isinstance(value, dict)
                     else [f"{prefix}{key}"])
    return paths


def reason(stage, exc=None):
    """The one place a parked reason is built: ``stage`` plus what may be said of ``exc``.

    Only the error's class (the driver's class for a database error), the name of the constraint
    a database refused, or the field paths of a validation error: never SQL, parameters or an
    exception's message, which may carry personal data.
    """
    if exc is None:
        return stage
    from shared.errors import ValidationError  # late: shared.errors may not be importable early

    name = type(exc).__name__
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if orig is not None:
        name = f"{name}({type(orig).__name__})"
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    details = getattr(exc, "details", None)
    if constraint is None and isinstance(details, dict) and isinstance(
            details.get("constraint"), str):
        constraint = details["constraint"]
    text = f"{stage}: {name}"
    if constraint:
        text += f" (constraint {constraint})"
    if isinstance(exc, ValidationError):
        paths = _field_paths(exc.fields)
        if paths:
            text += f" (fields: {', '.join(sorted(paths))})"
    return text


def queue_for(service):
    return Queue(f"{service}.dead-letters", exchange=EXCHANGE, routing_key=service, durable=True)


def park(amqp_uri, service, *, body, headers, origin_queue, origin_exchange, routing_key,
         reason, message_id=None, content_type=None, content_encoding=None, user_id=None):
    """Publish a copy of a failed message to the service's dead-letter queue (confirmed).

    ``body`` is the raw body (bytes, kept as is with ``content_type``/``content_encoding``) or,
    without a content type, a value to serialise as JSON. ``user_id`` is the publisher the broker
    validated, kept as ``x-parked-user-id`` (the parker cannot set another login's user_id).
    """
    parked_headers = dict(headers or {})
    parked_headers.update({
        "x-parked-reason": reason[:4000],
        "x-parked-at": datetime.now(timezone.utc).isoformat(),
        "x-parked-queue": origin_queue,
        "x-parked-exchange": origin_exchange,
        "x-parked-routing-key": routing_key,
    })
    if user_id:
        parked_headers["x-parked-user-id"] = user_id
    if content_type is None and not isinstance(body, bytes):
        encoding = {"serializer": "json"}
    else:  # raw: exactly the bytes that arrived
        encoding = {"content_type": content_type or "application/octet-stream",
                    "content_encoding": content_encoding or "binary"}
    conn = Connection(amqp_uri, transport_options={"confirm_publish": True})
    with producers[conn].acquire(block=True) as producer:
        producer.publish(body, exchange=EXCHANGE, routing_key=service, headers=parked_headers,
                         delivery_mode=2, message_id=message_id, declare=[queue_for(service)],
                         retry=True, **encoding)


def _payload(message):
    """The body as JSON if it is JSON, else its text (undecodable bytes escaped)."""
    try:
        return {"body": message.decode()}
    except Exception:
        return {"raw_body": message.body.decode("utf-8", "backslashreplace")
                if isinstance(message.body, bytes) else str(message.body),
                "content_type": message.content_type}


def _drain(channel, service, queue=None):
    queue = (queue or queue_for(service))(channel)
    queue.declare()
    while True:
        message = queue.get(no_ack=False, accept=["json"])
        if message is None:
            return
        yield message


def list_parked(amqp_uri, service):
    """Every parked message of ``service``, left in place (unacked messages go back on close)."""
    with Connection(amqp_uri) as conn:
        channel = conn.channel()
        try:
            return [{"message_id": m.properties.get("message_id"),
                     "reason": m.headers.get("x-parked-reason"),
                     "parked_at": m.headers.get("x-parked-at"),
                     "queue": m.headers.get("x-parked-queue"),
                     "publisher": m.headers.get("x-parked-user-id"),
                     **_payload(m)} for m in _drain(channel, service)]
        finally:
            channel.close()


def replay(amqp_uri, service, event_id=None):
    """Send parked messages back to the queue they failed on; returns how many were replayed."""
    replayed = 0
    with Connection(amqp_uri, transport_options={"confirm_publish": True}) as conn:
        channel = conn.channel()
        producer = conn.Producer(channel)
        try:
            # Take every parked message first: a replayed message that fails again is parked
            # again, and must not be picked up by this same replay.
            for message in list(_drain(channel, service)):
                if event_id and message.properties.get("message_id") != event_id:
                    continue
                headers = {k: v for k, v in message.headers.items()
                           if not k.startswith("x-parked-")}
                # The broker validated the original publisher; the replayer's login is on the
                # replayed message, the original publisher rides in a header the consumer trusts
                # only from its allowed replayers (shared.entrypoints).
                if message.headers.get("x-parked-user-id"):
                    headers["x-replayed-user-id"] = message.headers["x-parked-user-id"]
                # The default exchange routes by queue name: only the consumer that failed
                # sees the message again, not every subscriber of the event.
                producer.publish(message.body, exchange="",
                                 routing_key=message.headers["x-parked-queue"],
                                 content_type=message.content_type,
                                 content_encoding=message.content_encoding, headers=headers,
                                 delivery_mode=2, user_id=conn.userid,
                                 message_id=message.properties.get("message_id"))
                message.ack()
                replayed += 1
        finally:
            channel.close()
    return replayed


def list_unrouted(amqp_uri):
    """Events the broker returned because no queue was bound for them (left in place)."""
    with Connection(amqp_uri) as conn:
        channel = conn.channel()
        try:
            return [{"message_id": m.properties.get("message_id"),
                     "service": m.headers.get("x-unrouted-service"),
                     "exchange": m.headers.get("x-unrouted-exchange"),
                     "routing_key": m.headers.get("x-unrouted-routing-key"),
                     "unrouted_at": m.headers.get("x-unrouted-at"), **_payload(m)}
                    for m in _drain(channel, None, UNROUTED_QUEUE)]
        finally:
            channel.close()


def main(argv=None):
    from shared.config import SERVICES, load_config

    parser = argparse.ArgumentParser(prog="python -m shared.deadletters", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["list", "replay", "unrouted"])
    parser.add_argument("service", choices=SERVICES, nargs="?",
                        help="the service (not needed for unrouted)")
    parser.add_argument("--event-id", help="replay only this message")
    parser.add_argument("--all", action="store_true", help="replay every parked message")
    args = parser.parse_args(argv)
    if args.command == "unrouted":
        for item in list_unrouted(load_config(args.service or SERVICES[0])["AMQP_URI"]):
            print(json.dumps(item, ensure_ascii=False, default=str))
        return 0
    if args.service is None:
        parser.error(f"{args.command} needs a service")
    amqp_uri = load_config(args.service)["AMQP_URI"]
    if args.command == "list":
        for item in list_parked(amqp_uri, args.service):
            print(json.dumps(item, ensure_ascii=False, default=str))
        return 0
    if not (args.all or args.event_id):
        parser.error("replay needs --all or --event-id")
    print(f"replayed {replay(amqp_uri, args.service, args.event_id)} message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
