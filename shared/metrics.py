"""Every entrypoint counted and timed, by service, entrypoint and outcome, without code in it."""
import time

from nameko.extensions import DependencyProvider
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

CALLS = Counter("platform_entrypoint_calls", "Entrypoint calls by outcome",
                ["service", "entrypoint", "outcome"])
LATENCY = Histogram("platform_entrypoint_seconds", "Entrypoint duration (worker start to end)",
                    ["service", "entrypoint"],
                    buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10))


def outcome_of(exc_info):
    """``ok``, or the error's class name (``ValidationError``, ``NotFound``...)."""
    return "ok" if exc_info is None else type(exc_info[1]).__name__


class Metrics(DependencyProvider):
    def __init__(self):
        self.started = {}

    def worker_setup(self, worker_ctx):
        self.started[worker_ctx] = time.perf_counter()

    def worker_result(self, worker_ctx, result=None, exc_info=None):
        started = self.started.pop(worker_ctx, None)
        service, entrypoint = worker_ctx.service_name, worker_ctx.entrypoint.method_name
        CALLS.labels(service, entrypoint, outcome_of(exc_info)).inc()
        if started is not None:
            LATENCY.labels(service, entrypoint).observe(time.perf_counter() - started)

    def worker_teardown(self, worker_ctx):
        self.started.pop(worker_ctx, None)


def exposition():
    """The Prometheus text exposition of this process's registry: (body, content type)."""
    return generate_latest(), CONTENT_TYPE_LATEST
