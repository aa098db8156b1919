"""Dead letters: where a message that cannot be processed is parked, never dropped.

Each service has one durable queue ``<service>.dead-letters`` (bound to the direct exchange
``platform.dead-letters`` with the service name). A parked message keeps its body and headers and
gains ``x-parked-*`` headers saying where it came from and why. An operator lists and replays
them::

    python -m shared.deadletters list cases
    python -m shared.deadletters replay cases --all          # or --event-id ID
"""
import argparse
import json
import sys
from datetime import datetime, timezone

from kombu import Connection, Exchange, Queue
from kombu.pools import producers

EXCHANGE = Exchange("platform.dead-letters", type="direct", durable=True)


def queue_for(service):
    return Queue(f"{service}.dead-letters", exchange=EXCHANGE, routing_key=service, durable=True)


def park(amqp_uri, service, *, body, headers, origin_queue, origin_exchange, routing_key,
         reason, message_id=None):
    """Publish a copy of a failed message to the service's dead-letter queue (confirmed)."""
    parked_headers = dict(headers or {})
    parked_headers.update({
        "x-parked-reason": reason[:4000],
        "x-parked-at": datetime.now(timezone.utc).isoformat(),
        "x-parked-queue": origin_queue,
        "x-parked-exchange": origin_exchange,
        "x-parked-routing-key": routing_key,
    })
    conn = Connection(amqp_uri, transport_options={"confirm_publish": True})
    with producers[conn].acquire(block=True) as producer:
        producer.publish(body, exchange=EXCHANGE, routing_key=service, serializer="json",
                         headers=parked_headers, delivery_mode=2, message_id=message_id,
                         declare=[queue_for(service)], retry=True)


def _drain(channel, service):
    queue = queue_for(service)(channel)
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
                     "body": m.payload} for m in _drain(channel, service)]
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
                # The default exchange routes by queue name: only the consumer that failed
                # sees the message again, not every subscriber of the event.
                producer.publish(message.payload, exchange="",
                                 routing_key=message.headers["x-parked-queue"],
                                 serializer="json", headers=headers, delivery_mode=2,
                                 message_id=message.properties.get("message_id"))
                message.ack()
                replayed += 1
        finally:
            channel.close()
    return replayed


def main(argv=None):
    from shared.config import SERVICES, load_config

    parser = argparse.ArgumentParser(prog="python -m shared.deadletters", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["list", "replay"])
    parser.add_argument("service", choices=SERVICES)
    parser.add_argument("--event-id", help="replay only this message")
    parser.add_argument("--all", action="store_true", help="replay every parked message")
    args = parser.parse_args(argv)
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
