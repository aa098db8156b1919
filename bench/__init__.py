"""Request/reply benchmarks on one broker: ``python -m bench`` (``make bench``).

- **B0**: a raw AMQP round trip with kombu, no framework (a responder process and a caller).
- **E**: a bare nameko echo service (``@rpc def echo(self, x)``) called with ``ClusterRpcProxy``.
- **B1**: the platform's ``cases.get_case(case_id)`` through every provider, on PostgreSQL.

Each runs at 1 and 4 concurrent callers (separate processes, each with its own connection or
proxy), after a warm-up, for a fixed duration. A breakdown phase then times where ``get_case``
spends its time inside the service. Results go to ``bench/results/latest.json``; see
``docs/performance.md`` for what is measured and how to read it.
"""
import warnings

# Every caller process imports nameko, hence eventlet, which warns that it is deprecated.
warnings.filterwarnings("ignore", message=r"\s*Eventlet is deprecated")
warnings.filterwarnings("ignore", message=r"pkg_resources is deprecated")
