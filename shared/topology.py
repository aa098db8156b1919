"""Declare the bus before any service starts: ``python -m shared.topology``.

nameko declares an event handler's queue only when its service starts, and an event published
before that is routed nowhere and lost. Declaring every service's event queues (durable, bound to
their publisher's exchange) and dead-letter queues first closes that gap: an event published while
its consumer is down waits in the consumer's queue. ``platform.unrouted`` is declared too: the
outbox relay keeps there an event no queue was bound for.
"""
import importlib
import inspect
import sys

from kombu import Connection, Exchange, Queue

from shared import deadletters
from shared.config import SERVICES, load_config
from shared.entrypoints import EventHandler
from shared.events import exchange_name


def service_class(service):
    module = importlib.import_module(f"services.{service}.service")
    for _, cls in inspect.getmembers(module, inspect.isclass):
        if getattr(cls, "name", None) == service and cls.__module__ == module.__name__:
            return cls
    raise LookupError(f"services.{service}.service defines no service named {service!r}")


def event_queues(service, cls):
    """The queues nameko's EventHandler would declare for ``cls`` (same names, same flags)."""
    for method_name, method in inspect.getmembers(cls, callable):
        for extension in getattr(method, "nameko_entrypoints", ()):
            if isinstance(extension, EventHandler):
                handler = extension
                yield Queue(
                    f"evt-{handler.source_service}-{handler.event_type}--{service}.{method_name}",
                    exchange=Exchange(exchange_name(handler.source_service), type="topic",
                                      durable=True),
                    routing_key=handler.event_type, durable=True, auto_delete=False)


def declare(amqp_uri, services=SERVICES):
    declared = []
    with Connection(amqp_uri) as conn:
        channel = conn.channel()
        for service in services:
            for queue in [*event_queues(service, service_class(service)),
                          deadletters.queue_for(service)]:
                queue(channel).declare()
                declared.append(queue.name)
        deadletters.UNROUTED_QUEUE(channel).declare()
        declared.append(deadletters.UNROUTED_QUEUE.name)
    return declared


def main():
    amqp_uri = load_config(SERVICES[0])["AMQP_URI"]
    for name in declare(amqp_uri):
        print(f"declared {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
