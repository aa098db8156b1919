"""Optional (``--py-spy PATH``): sample the real cases service with py-spy while it serves get_case.

py-spy reads the process from outside (no GIL bias, no code in the service). It is not a
requirement of the project: install it anywhere (``pip install --target DIR py-spy``) and pass
its path. The summary gives, for each component, the share of the service's non-idle samples and
the milliseconds per call that makes (samples / rate / calls).
"""
import collections
import re
import subprocess
import time
from pathlib import Path

from nameko.standalone.rpc import ClusterRpcProxy

# (label, substring of a "file:function" frame); inclusive: a sample counts if any frame matches.
COMPONENTS = (
    ("worker: get_case method", "services/cases/entrypoints/cases.py:CaseEntrypoints.get_case"),
    ("  authorize (JWT decode, permission)", "shared/auth.py:authorize"),
    ("  views.case: one SELECT (case, decision joined, due day)", "services/cases/views.py:case"),
    ("  CaseOut.dump (marshmallow)", "marshmallow/schema.py:Schema.dump"),
    ("worker: providers' get_dependency",
     "nameko/containers.py:ServiceContainer._inject_dependencies"),
    ("worker: handle_result: db.finish (COMMIT)", "shared/database.py:Database.finish"),
    ("worker: handle_result: send_response (publish + confirm)",
     "nameko/rpc.py:Responder.send_response"),
    ("worker: providers' worker_result (metrics)",
     "nameko/containers.py:ServiceContainer._worker_result"),
    ("worker: providers' worker_teardown (session.close)",
     "nameko/containers.py:ServiceContainer._worker_teardown"),
    ("all SQLAlchemy (anywhere)", "sqlalchemy/"),
    ("  pool checkout (incl. a ping if idle)", "sqlalchemy/pool/base.py:_ConnectionFairy._checkout"),
    ("  cursor.execute (psycopg2, incl. its waits)",
     "sqlalchemy/engine/default.py:DefaultDialect.do_execute"),
    ("  statement compile / cache key",
     "sqlalchemy/sql/elements.py:ClauseElement._compile_w_cache"),
    ("  waiting on PostgreSQL (psycogreen wait callback)",
     "psycogreen/eventlet.py:eventlet_wait_callback"),
    ("request consumer (kombu ConsumerMixin: read, decode, spawn)",
     "kombu/mixins.py:ConsumerMixin.run"),
    ("eventlet hub loop (timers, fd callbacks, polling)", "eventlet/hubs/hub.py:BaseHub.run"),
    ("  of which epoll calls", "eventlet/hubs/epolls.py:Hub.do_poll"),
)
_FRAME = re.compile(r"(.*) \((.*):(\d+)\)$")


def _short(frame):
    match = _FRAME.match(frame)
    if not match:
        return frame
    function, filename, _ = match.groups()
    for marker in ("site-packages/", "/work/main/", "/python3.11/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{function}"


def summarise(raw_path, rate, calls, top=25):
    stacks = []
    for line in Path(raw_path).read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack:
            stacks.append(([_short(f) for f in stack.split(";")], int(count)))
    total = sum(n for _, n in stacks)
    # py-spy leaves out samples where the thread sleeps (the hub blocked in epoll_wait); what is
    # left is the thread running, including the hub's polls that return at once.
    polling = sum(n for frames, n in stacks if frames[-1].endswith(("Hub.do_poll", "Hub.wait")))
    busy = total or 1
    ms = lambda n: round(1000.0 * n / rate / calls, 3)  # noqa: E731
    pct = lambda n: round(100.0 * n / busy, 1)  # noqa: E731
    components = {}
    for label, needle in COMPONENTS:
        match = ((lambda f: f.startswith(needle)) if needle.endswith("/")
                 else (lambda f: f == needle))
        n = sum(c for frames, c in stacks if any(match(f) for f in frames))
        components[label] = {"pct_of_busy": pct(n), "ms_per_call": ms(n)}
    self_time, inclusive = collections.Counter(), collections.Counter()
    for frames, n in stacks:
        self_time[frames[-1]] += n
        for frame in set(frames):
            inclusive[frame] += n
    return {"rate_hz": rate, "calls": calls, "samples": total, "hub_poll_samples": polling,
            "busy_ms_per_call": ms(total), "components": components,
            "self_top": {k: {"pct_of_busy": pct(v), "ms_per_call": ms(v)}
                         for k, v in self_time.most_common(top)},
            "inclusive_top": {k: {"pct_of_busy": pct(v), "ms_per_call": ms(v)}
                              for k, v in inclusive.most_common(top)}}


def run(pyspy, pid, amqp_uri, token, case_id, workdir, seconds=8.0, rate=500, progress=print):
    raw = Path(workdir) / "py-spy.txt"
    with ClusterRpcProxy({"AMQP_URI": amqp_uri}, context_data={"identity": token},
                         timeout=30) as proxy:
        for _ in range(100):
            proxy.cases.get_case(case_id)
        progress(f"B1 profile: py-spy on the cases service ({seconds:g} s, {rate} Hz, 1 caller)")
        spy = subprocess.Popen(
            [str(pyspy), "record", "--pid", str(pid), "--duration", str(int(seconds)),
             "--rate", str(rate), "--format", "raw", "--output", str(raw)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        calls, began = 0, time.perf_counter()
        while spy.poll() is None:
            proxy.cases.get_case(case_id)
            calls += 1
        elapsed = time.perf_counter() - began
    output = spy.communicate()[0].decode(errors="replace")
    if spy.returncode != 0 or not raw.exists():
        raise RuntimeError(f"py-spy failed ({spy.returncode}): {output[-1000:]}")
    # calls made while py-spy was sampling (it samples for `seconds`, we called a little longer)
    sampled_calls = max(1, round(calls * min(1.0, seconds / elapsed)))
    return summarise(raw, rate, sampled_calls)
