"""Figures from raw latencies, the ratios the target is stated in, and the printed tables."""
import json
import os
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def percentile(sorted_values, q):
    """Linear interpolation between closest ranks (numpy's default), ``q`` in 0..100."""
    if not sorted_values:
        return float("nan")
    position = (len(sorted_values) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def latency_figures(latencies):
    values = sorted(latencies)
    ms = lambda s: round(1000.0 * s, 3)  # noqa: E731
    return {"p50_ms": ms(percentile(values, 50)), "p95_ms": ms(percentile(values, 95)),
            "p99_ms": ms(percentile(values, 99)),
            "mean_ms": ms(sum(values) / len(values)) if values else None,
            "max_ms": ms(values[-1]) if values else None}


def summarise(case, callers, slices):
    """One row from the slices a case was measured in: ``[(caller outcomes, cpu seconds)]``."""
    latencies, elapsed, cpu, per_slice = [], 0.0, {}, []
    for outcome, used in slices:
        lat = [x for r in outcome for x in r["latencies"]]
        took = max(r["elapsed"] for r in outcome)
        latencies += lat
        elapsed += took
        for key, value in used.items():
            cpu[key] = cpu.get(key, 0.0) + value
        per_slice.append({"calls": len(lat), "calls_per_s": round(len(lat) / took, 1),
                          "p50_ms": latency_figures(lat)["p50_ms"]})
    errors = [r for outcome, _ in slices for r in outcome]
    calls = len(latencies)
    return {"case": case, "callers": callers, "calls": calls,
            "errors": sum(r["errors"] for r in errors),
            "first_error": next((r["first_error"] for r in errors if r["first_error"]), None),
            "elapsed_s": round(elapsed, 3), "calls_per_s": round(calls / elapsed, 1),
            **latency_figures(latencies),
            "slices": per_slice,
            "steal_pct": round(100.0 * cpu.get("steal", 0.0)
                               / (elapsed * (os.cpu_count() or 1)), 2),
            "cpu_s": {k: round(v, 3) for k, v in cpu.items()},
            "cpu_ms_per_call": {k: round(1000.0 * v / calls, 3) if calls else None
                                for k, v in cpu.items()}}


def ratios(rows):
    """B1/E and B1/B0 at each concurrency, for p50 latency and for throughput."""
    by = {(r["case"], r["callers"]): r for r in rows}
    out = {}
    for callers in sorted({r["callers"] for r in rows}):
        b1 = by.get(("B1", callers))
        if b1 is None:
            continue
        entry = {}
        for base in ("E", "B0"):
            other = by.get((base, callers))
            if other is None:
                continue
            entry[f"B1/{base} p50"] = round(b1["p50_ms"] / other["p50_ms"], 2)
            entry[f"B1/{base} calls_per_s"] = round(b1["calls_per_s"] / other["calls_per_s"], 2)
        if "B1/E p50" in entry:
            entry["target B1 within 2x of E at p50"] = entry["B1/E p50"] <= 2.0
        out[str(callers)] = entry
    return out


def table(rows):
    head = (f"{'case':<4} {'callers':>7} {'calls':>6} {'calls/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
            f"{'p99 ms':>7} {'p50 by slice':>20} {'err':>3} | CPU ms/call: {'server':>6} "
            f"{'(sys)':>5} {'broker':>6} {'pg':>5} {'caller':>6} {'other':>5}")
    lines = [head, "-" * len(head)]
    for r in rows:
        c = r["cpu_ms_per_call"]
        by_slice = "/".join(f"{s['p50_ms']:.2f}" for s in r["slices"])
        lines.append(
            f"{r['case']:<4} {r['callers']:>7} {r['calls']:>6} {r['calls_per_s']:>7.0f} "
            f"{r['p50_ms']:>7.2f} {r['p95_ms']:>7.2f} {r['p99_ms']:>7.2f} {by_slice:>20} "
            f"{r['errors']:>3} | {'':>11} {c['server']:>6.2f} {c['server_system']:>5.2f} "
            f"{c['broker']:>6.2f} {c['postgres_service'] + c['postgres_other']:>5.2f} "
            f"{c['callers']:>6.2f} {c['other']:>5.2f}")
    return "\n".join(lines)


def ratio_table(ratio):
    lines = []
    for callers, entry in ratio.items():
        parts = [f"{k} = {v}" for k, v in entry.items() if not k.startswith("target")]
        verdict = entry.get("target B1 within 2x of E at p50")
        lines.append(f"{callers} caller(s): " + ", ".join(parts)
                     + ("" if verdict is None else f"  -> target (<= 2.0x E p50): "
                        f"{'met' if verdict else 'MISSED'}"))
    return "\n".join(lines)


def breakdown_table(breakdown):
    lines = ["ladder (1 caller, back to back; client-side latency):"]
    for rung in breakdown["ladder"]:
        lines.append(f"  {rung['label']:<62} p50 {rung['p50_ms']:6.2f} ms   "
                     f"p95 {rung['p95_ms']:6.2f} ms")
    pause = 1000 * breakdown["pause_between_calls_s"]
    lines.append(f"each alone ({pause:g} ms between calls), inside the service, mean per call:")
    lines.append(f"  {'entrypoint':<30} {'client p50 ms':>13} {'to reply sent us':>16} "
                 f"{'worker wall us':>14} {'worker cpu us':>13} {'SQL round trips':>15}")
    entrypoints = ("bench_bare_echo", "bench_platform_echo", "get_case")
    for name, iso in zip(entrypoints, breakdown["isolated"]):
        ph = breakdown["service"].get(name, {}).get("phases", {})
        trips = ph.get("sql/round trips to PostgreSQL (psycogreen wait)", {})
        lines.append(f"  {name:<30} {iso['p50_ms']:>13.2f} "
                     f"{ph.get('=service time to reply sent', {}).get('wall_us', 0):>16.0f} "
                     f"{ph.get('=service time, whole worker', {}).get('wall_us', 0):>14.0f} "
                     f"{ph.get('=service time, whole worker', {}).get('cpu_us') or 0:>13.0f} "
                     f"{trips.get('count_per_call') or 0:>15g}")
    phases = breakdown["service"].get("get_case", {}).get("phases", {})
    if phases:
        lines.append("get_case phase by phase (alone; mean per call; nested phases indented):")
        lines.append(f"  {'phase':<66} {'wall us':>8} {'cpu us':>8} {'count':>6}")
        small = [v for k, v in phases.items() if v["wall_us"] < 5 and v["cpu_us"] is not None]
        for key, value in sorted(phases.items(), key=lambda kv: _phase_order(kv[0])):
            if value["wall_us"] < 5 and value["cpu_us"] is not None:
                continue
            parts = key.split("/")
            depth = sum(1 for i in range(1, len(parts)) if "/".join(parts[:i]) in phases)
            label = "/".join(parts[depth:]) if depth else key
            count = value["count_per_call"]
            cpu = value["cpu_us"]
            lines.append(f"  {'  ' * depth}{label:<{66 - 2 * depth}} {value['wall_us']:8.1f} "
                         f"{'' if cpu is None else f'{cpu:8.1f}':>8} "
                         f"{'' if count in (None, 1) else f'x{count:g}':>6}")
        if small:
            lines.append(f"  {f'({len(small)} other provider hooks, < 5 us each)':<66} "
                         f"{sum(v['wall_us'] for v in small):8.1f} "
                         f"{sum(v['cpu_us'] for v in small):8.1f}")
    return "\n".join(lines)


def profile_table(profile):
    lines = [f"py-spy on the cases service, 1 caller: {profile['calls']} calls, "
             f"{profile['busy_ms_per_call']:.2f} ms of non-idle samples per call:",
             f"  {'component (inclusive)':<66} {'% busy':>6} {'ms/call':>8}"]
    for label, value in profile["components"].items():
        lines.append(f"  {label:<66} {value['pct_of_busy']:6.1f} {value['ms_per_call']:8.3f}")
    return "\n".join(lines)


_ORDER = ("spawn", "get_dependency", "worker_setup", "method", "handle_result", "worker_result",
          "worker_teardown", "sql", "pool", "=")


def _phase_order(key):
    head = key.split("/", 1)[0].split(" ", 1)[0]
    group = next((i for i, g in enumerate(_ORDER) if head.startswith(g)), len(_ORDER))
    return group, key.count("/") > 0, key


def write(results, name="latest.json"):
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return path
