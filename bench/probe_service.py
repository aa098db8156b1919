"""The cases service with stopwatches in it, for the breakdown phase only (never deployed).

``nameko run --config services/cases/config.yaml bench.probe_service:ProbeCases`` runs the real
``CasesService`` (same providers, same config, same database) plus:

- timers around each phase of a worker: each provider's ``get_dependency``/``worker_setup``/
  ``worker_result``/``worker_teardown``, the method and its parts (``authorize`` with the JWT check,
  ``views.case``, the schema dump), the unit of work's finish (``Database.finish``), the reply
  (``Responder.send_response``: serialise, publish, wait for the broker's confirm);
- SQL counters and timers on both engines (each statement by table, pings, COMMIT, ROLLBACK);
- extra entrypoints for a ladder of costs: ``bench_bare_echo`` (plain nameko ``rpc``, so only
  the providers' injection and teardown) and ``bench_platform_echo`` (the platform's
  ``rpc(permission=..., read_only=True)`` as get_case has it: identity check and unit-of-work
  finish, no query);
- ``bench_stats``: per phase, wall time and CPU time (``time.thread_time``: every greenthread runs
  on the main OS thread, so with one call in flight that is this call's CPU), and counts.

The timers cost about a microsecond each; the breakdown says so next to its figures.
"""
import collections
import functools
import re
import time

import eventlet
from nameko.extensions import DependencyProvider
from nameko.rpc import Responder
from nameko.rpc import rpc as bare_rpc
from sqlalchemy import event

from services.cases import schemas as cases_schemas
from services.cases import views as cases_views
from services.cases.service import CasesService
from shared import auth
from shared.database import Database
from shared.entrypoints import rpc

perf = time.perf_counter
PROBED = ("get_case", "bench_platform_echo", "bench_bare_echo")


cpu = time.thread_time


class Recorder:
    def __init__(self):
        self.by_greenlet = {}
        self.records = collections.defaultdict(list)
        self.arrivals = {}

    def add(self, phase, seconds, cpu_seconds=None):
        rec = self.by_greenlet.get(eventlet.getcurrent())
        if rec is not None:
            rec[phase] = rec.get(phase, 0.0) + seconds
            rec["#" + phase] = rec.get("#" + phase, 0) + 1
            if cpu_seconds is not None:
                rec["cpu:" + phase] = rec.get("cpu:" + phase, 0.0) + cpu_seconds


RECORDER = Recorder()


def timed(phase, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        began, began_cpu = perf(), cpu()
        try:
            return fn(*args, **kwargs)
        finally:
            RECORDER.add(phase, perf() - began, cpu() - began_cpu)
    return wrapper


# Module-level functions the service reaches through their modules, so patching them here works.
auth.authorize = timed("method/authorize", auth.authorize)
auth.verify_token = timed("method/authorize/verify_token (jwt.decode)", auth.verify_token)
cases_views.case = timed("method/views.case (one SELECT, plain rows)", cases_views.case)
cases_schemas.CASE_OUT.dump = timed("method/CaseOut.dump (marshmallow)",
                                    cases_schemas.CASE_OUT.dump)
Responder.send_response = timed("handle_result/send_response (serialise, publish, confirm)",
                                Responder.send_response)

_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE)\s+\"?(\w+)", re.IGNORECASE)


def _statement_kind(statement):
    verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "?"
    match = _TABLE.search(statement)
    return f"{verb} {match.group(1) if match else ''}".strip()


class Probe(DependencyProvider):
    """Installs the worker- and SQL-level timers on its container."""

    def setup(self):
        container = self.container
        for provider in container.dependencies:
            if provider is self:
                continue
            name = provider.attr_name
            for hook in ("get_dependency", "worker_setup", "worker_result", "worker_teardown"):
                setattr(provider, hook, timed(f"{hook}/{name}", getattr(provider, hook)))
            if isinstance(provider, Database):
                provider.finish = timed("handle_result/db.finish (commit)", provider.finish)

        spawn_worker, run_worker = container.spawn_worker, container._run_worker
        inject = container._inject_dependencies

        def timed_spawn_worker(*args, **kwargs):
            began = perf()
            worker_ctx = spawn_worker(*args, **kwargs)
            RECORDER.arrivals[worker_ctx] = began
            return worker_ctx

        def timed_inject(worker_ctx):
            inject(worker_ctx)
            name = worker_ctx.entrypoint.method_name
            if name in PROBED:
                service = worker_ctx.service
                setattr(service, name, timed("method", getattr(service, name)))

        def timed_run_worker(worker_ctx, handle_result):
            name = worker_ctx.entrypoint.method_name
            arrived = RECORDER.arrivals.pop(worker_ctx, None)
            if name not in PROBED:
                return run_worker(worker_ctx, handle_result)
            began, began_cpu = perf(), cpu()
            rec = {"spawn -> worker start (greenthread scheduling)": began - (arrived or began)}
            greenlet = eventlet.getcurrent()
            RECORDER.by_greenlet[greenlet] = rec

            def timed_handle_result(*args):
                started, started_cpu = perf(), cpu()
                try:
                    return handle_result(*args)
                finally:
                    now = perf()
                    rec["handle_result"] = now - started
                    rec["cpu:handle_result"] = cpu() - started_cpu
                    rec["=service time to reply sent"] = now - (arrived or began)

            try:
                return run_worker(worker_ctx, timed_handle_result if handle_result else None)
            finally:
                rec["=service time, whole worker"] = perf() - (arrived or began)
                rec["cpu:=service time, whole worker"] = cpu() - began_cpu
                del RECORDER.by_greenlet[greenlet]
                RECORDER.records[name].append(rec)

        container.spawn_worker = timed_spawn_worker
        container._run_worker = timed_run_worker
        container._inject_dependencies = timed_inject

    def start(self):
        database = next(p for p in self.container.dependencies if isinstance(p, Database))
        # Writes use database.engine; read_only entrypoints (get_case) use database.read_engine.
        for engine in (database.engine, database.read_engine):
            self._instrument(engine)
        # psycogreen's wait callback runs once per exchange with the server (BEGIN, a query, a
        # ping, COMMIT): its count is the number of round trips, its wall time the waiting.
        import psycopg2.extensions

        wait = psycopg2.extensions.get_wait_callback()
        if wait is not None:
            psycopg2.extensions.set_wait_callback(
                timed("sql/round trips to PostgreSQL (psycogreen wait)", wait))

    @staticmethod
    def _instrument(engine):
        dialect = engine.dialect

        @event.listens_for(engine, "before_cursor_execute")
        def before(conn, cursor, statement, parameters, context, executemany):
            conn.info["bench_started"] = (perf(), cpu())

        @event.listens_for(engine, "after_cursor_execute")
        def after(conn, cursor, statement, parameters, context, executemany):
            began = conn.info.pop("bench_started", None)
            if began is not None:
                RECORDER.add(f"sql/cursor.execute {_statement_kind(statement)}",
                             perf() - began[0], cpu() - began[1])

        @event.listens_for(engine.pool, "checkout")
        def checkout(*args):
            RECORDER.add("sql/pool checkout (count)", 0.0)

        dialect.do_ping = timed("sql/ping of a connection idle > 10 s", dialect.do_ping)
        dialect.do_commit = timed("sql/COMMIT", dialect.do_commit)
        dialect.do_rollback = timed("sql/ROLLBACK (pool reset on return)", dialect.do_rollback)


def _stats(records):
    phases = collections.defaultdict(list)
    for rec in records:
        for key, value in rec.items():
            phases[key].append(value)
    n = len(records)
    out = {}
    for key, values in sorted(phases.items()):
        if key.startswith(("#", "cpu:")):
            continue
        values.sort()
        cpu_values = phases.get("cpu:" + key)
        out[key] = {"wall_us": round(1e6 * sum(values) / n, 1),
                    "cpu_us": round(1e6 * sum(cpu_values) / n, 1) if cpu_values else None,
                    "wall_p50_us": round(1e6 * values[len(values) // 2], 1),
                    "count_per_call": round(sum(phases.get("#" + key, [])) / n, 2)
                    if ("#" + key) in phases else None}
    return out


class ProbeCases(CasesService):
    name = "cases"
    probe = Probe()

    @bare_rpc
    def bench_bare_echo(self, x):
        return x

    @rpc(permission="cases.case.read", read_only=True)
    def bench_platform_echo(self, x):
        return x

    @bare_rpc
    def bench_stats(self, reset=False):
        out = {name: {"calls": len(records), "phases": _stats(records)}
               for name, records in RECORDER.records.items() if records}
        if reset:
            RECORDER.records.clear()
        return out

