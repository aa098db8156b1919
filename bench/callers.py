"""Caller processes: each opens its own connection or proxy, warms up, then calls for a fixed time.

Callers are separate processes (spawned, not forked) so that 4 callers really call at once: no
shared GIL, no shared eventlet hub, no shared AMQP connection. The parent joins two barriers, one
when every caller has warmed up (the measured window opens) and one when every caller has
finished (it closes), so the CPU counters it reads around them cover exactly that window.
"""
import multiprocessing as mp
import time
import traceback
from array import array
from contextlib import contextmanager

SPAWN = mp.get_context("spawn")


@contextmanager
def client(kind, params):
    """A callable ``call(x)`` for one caller, open for the duration of the block."""
    if kind == "raw":
        from bench.raw_amqp import RawClient

        raw = RawClient(params["amqp_uri"], params["queue"])
        try:
            yield raw
        finally:
            raw.close()
    elif kind == "nameko":
        from nameko.standalone.rpc import ClusterRpcProxy

        config = {"AMQP_URI": params["amqp_uri"]}
        with ClusterRpcProxy(config, context_data=params.get("context_data"),
                             timeout=params.get("timeout", 30)) as proxy:
            yield getattr(getattr(proxy, params["service"]), params["method"])
    else:
        raise ValueError(kind)


def reply_ok(check, reply):
    """``check`` is picklable data: None, ("equals", value) or ("field", key, value)."""
    if check is None:
        return True
    if check[0] == "equals":
        return reply == check[1]
    return isinstance(reply, dict) and reply.get(check[1]) == check[2]


def caller_main(index, kind, params, arg, check, warmup, duration, start, end, results):
    try:
        with client(kind, params) as call:
            first = call(arg)
            if not reply_ok(check, first):
                raise AssertionError(f"unexpected reply: {first!r}"[:500])
            warm_until, warmed = time.perf_counter() + warmup, 1
            while time.perf_counter() < warm_until or warmed < 20:
                call(arg)
                warmed += 1
            start.wait(timeout=300)
            latencies, errors, first_error = array("d"), 0, None
            cpu0, t0 = time.process_time(), time.perf_counter()
            deadline = t0 + duration
            while True:
                began = time.perf_counter()
                if began >= deadline:
                    break
                try:
                    call(arg)
                except Exception as exc:
                    errors += 1
                    first_error = first_error or f"{type(exc).__name__}: {exc}"[:500]
                    continue
                latencies.append(time.perf_counter() - began)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            end.wait(timeout=300)
        results.put({"index": index, "latencies": latencies.tobytes(), "elapsed": elapsed,
                     "cpu": cpu, "errors": errors, "first_error": first_error,
                     "warmup_calls": warmed})
    except BaseException:
        start.abort()
        end.abort()
        results.put({"index": index, "failed": traceback.format_exc()})


def run_callers(kind, params, arg, check, callers, warmup, duration, on_window=None):
    """Run ``callers`` caller processes; returns their results (latencies as arrays of seconds).

    ``on_window(phase)`` is called by the parent at "start" and "end" of the measured window.
    """
    start, end = SPAWN.Barrier(callers + 1), SPAWN.Barrier(callers + 1)
    results = SPAWN.Queue()
    procs = [SPAWN.Process(target=caller_main, name=f"bench-caller-{i}",
                           args=(i, kind, params, arg, check, warmup, duration, start, end,
                                 results))
             for i in range(callers)]
    for proc in procs:
        proc.start()
    outcome = []
    try:
        try:
            start.wait(timeout=warmup + 120)
            if on_window:
                on_window("start")
            end.wait(timeout=duration + 120)
            if on_window:
                on_window("end")
        except Exception:
            pass  # a caller failed: its report says why
        for _ in procs:
            outcome.append(results.get(timeout=60))
    except BaseException:  # Ctrl-C or a lost caller: release the others at once
        start.abort()
        end.abort()
        raise
    finally:
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
                proc.join(5)
    failed = [r["failed"] for r in outcome if "failed" in r]
    if failed:
        raise RuntimeError("a caller failed:\n" + failed[0])
    for r in outcome:
        lat = array("d")
        lat.frombytes(r["latencies"])
        r["latencies"] = lat
    return sorted(outcome, key=lambda r: r["index"])
