"""Where ``get_case``'s time goes: the instrumented cases service, one caller, a ladder of calls.

Ladder (same process, same providers, same broker; one call of each in turn, back to back):
  bare echo      plain nameko ``rpc`` in the cases service: every provider injected and torn down
  platform echo  the platform's ``rpc(permission=..., read_only=True)``: + identity check +
                 db.finish
  get_case       + the query and the schema dump
Then each again with a pause between calls, for the service's per-phase timers (wall and CPU):
back to back, a worker still waiting for the broker's publish confirm after its reply is
out shares the hub with the next call's worker, and each would be charged the other's time.
"""
import time

from nameko.standalone.rpc import ClusterRpcProxy

from bench.report import latency_figures


def _round_robin(rungs, calls, pause):
    """One call of each rung in turn, ``calls`` times: the machine's drift hits all alike."""
    latencies = [[] for _ in rungs]
    for _ in range(calls):
        for (_, call, arg), lat in zip(rungs, latencies):
            if pause:
                time.sleep(pause)
            began = time.perf_counter()
            call(arg)
            lat.append(time.perf_counter() - began)
    return latencies


def run(amqp_uri, token, case_id, calls=300, warmup=100, pause=0.005, progress=print):
    config = {"AMQP_URI": amqp_uri}
    with ClusterRpcProxy(config, context_data={"identity": token}, timeout=30) as proxy:
        cases = proxy.cases
        rungs = [("bare echo: nameko rpc in the cases process (providers only)",
                  cases.bench_bare_echo, "ping"),
                 ("platform echo: rpc(permission, read_only) + identity, no query",
                  cases.bench_platform_echo, "ping"),
                 ("get_case: + query + schema dump", cases.get_case, case_id)]
        for _, call, arg in rungs:
            for _ in range(warmup):
                call(arg)
        progress(f"  breakdown: {len(rungs)} entrypoints x{calls}, round-robin, back to back")
        ladder = [{"label": label, **latency_figures(lat)}
                  for (label, _, _), lat in zip(rungs, _round_robin(rungs, calls, 0.0))]
        progress(f"  breakdown: the same, {1000 * pause:g} ms apart, timed inside")
        time.sleep(0.2)
        cases.bench_stats(reset=True)
        isolated = [{"label": label, **latency_figures(lat)}
                    for (label, _, _), lat in zip(rungs, _round_robin(rungs, calls, pause))]
        time.sleep(0.2)  # let the last worker finish (its publish confirm) before reading
        service = cases.bench_stats(reset=True)
    return {"ladder": ladder, "service": service, "pause_between_calls_s": pause,
            "isolated": isolated,
            "note": "instrumented process: each timer adds about 1 us; mean per call; nested "
                    "phases are included in their parent; cpu = time.thread_time of the one "
                    "OS thread every greenthread runs on"}
