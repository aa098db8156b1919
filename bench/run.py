"""``python -m bench``: B0, E and B1 at 1 and 4 callers on one broker, then the B1 breakdown.

1. A scratch vhost on the broker; the machine description.
2. Three servers, each in its own process, all up for the whole run: the B0 responder (raw kombu),
   the E echo service (``nameko run``), the real cases service (``nameko run`` on a scratch
   PostgreSQL database, migrated, with one case created through RPC).
3. For each concurrency level, ``--rounds`` rounds; in each round B0, E and B1 are measured one
   after the other (order rotated every round) for ``--duration`` seconds each, after a warm-up.
   Interleaving puts every case through the same drifts of this shared machine, so the ratios
   compare like with like; the per-slice p50s show how much the machine drifted.
4. Optionally py-spy on the real cases service (``--py-spy PATH``); then the breakdown on an
   instrumented copy of it (``bench.probe_service``).
5. ``bench/results/latest.json`` and the tables. Everything started is stopped and everything
   created is removed, also on failure or Ctrl-C.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
import uuid

from bench import infra, report, system
from bench.callers import SPAWN, run_callers

BENCH_ISSUER, BENCH_AUDIENCE = "enforcement-identity-bench", "enforcement-platform"
CASES_CONFIG = infra.ROOT / "services" / "cases" / "config.yaml"
CASES = ("B0", "E", "B1")


def parse(argv):
    parser = argparse.ArgumentParser(prog="python -m bench",
                                     description="B0 (raw AMQP), E (nameko echo) and B1 "
                                                 "(cases.get_case) on one broker")
    parser.add_argument("--callers", default="1,4", help="concurrency levels (default 1,4)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds per concurrency level (default 3)")
    parser.add_argument("--duration", type=float, default=4.0,
                        help="measured seconds per case per round (default 4)")
    parser.add_argument("--warmup", type=float, default=1.0,
                        help="warm-up seconds before each measured slice (default 1)")
    parser.add_argument("--only", default="B0,E,B1", help="which of B0,E,B1 to run")
    parser.add_argument("--no-breakdown", action="store_true",
                        help="skip the instrumented B1 breakdown phase")
    parser.add_argument("--breakdown-calls", type=int, default=300)
    parser.add_argument("--py-spy", metavar="PATH", default=None,
                        help="also profile the real cases service with this py-spy binary")
    parser.add_argument("--vhost", default=None,
                        help="use this existing vhost (e.g. /) instead of a scratch one")
    parser.add_argument("--output", default="latest.json", help="file name in bench/results/")
    return parser.parse_args(argv)


def say(text):
    print(text, flush=True)


class Bench:
    def __init__(self, args):
        self.args = args
        self.levels = [int(c) for c in args.callers.split(",")]
        self.only = [c for c in CASES if c in {s.strip().upper() for s in args.only.split(",")}]
        self.targets = {}  # case -> (kind, params, arg, check, server pids, db name)
        self.rows, self.profile, self.breakdown = [], None, None
        self.cleanups = []  # run in reverse order, whatever happens
        self.workdir = tempfile.mkdtemp(prefix="bench-")
        self.cleanups.append(lambda: shutil.rmtree(self.workdir, ignore_errors=True))

    # --- servers --------------------------------------------------------------------------------
    def start_b0(self, amqp_uri):
        from bench.raw_amqp import responder_main

        queue = f"bench.b0.{uuid.uuid4().hex[:8]}"
        ready, stop = SPAWN.Event(), SPAWN.Event()
        responder = SPAWN.Process(target=responder_main, name="bench-b0-responder",
                                  args=(amqp_uri, queue, ready, stop))
        responder.start()

        def stop_responder():
            stop.set()
            responder.join(10)
            if responder.is_alive():
                responder.terminate()
                responder.join(5)
        self.cleanups.append(stop_responder)
        if not ready.wait(30):
            raise RuntimeError("the B0 responder did not start")
        say(f"B0: raw kombu responder process (pid {responder.pid}) on queue {queue}")
        self.targets["B0"] = ("raw", {"amqp_uri": amqp_uri, "queue": queue}, "ping",
                              ("equals", "ping"), [responder.pid], None)

    def start_e(self, amqp_uri):
        service = infra.ServiceProcess(
            "bench_echo", "bench.echo_service:EchoService",
            {"AMQP_URI": amqp_uri, "max_workers": 10}, workdir=self.workdir)
        self.cleanups.append(service.stop)
        service.start().wait_ready(amqp_uri, "rpc-bench_echo")
        say(f"E: nameko run bench.echo_service:EchoService (pid {service.pid})")
        self.targets["E"] = ("nameko", {"amqp_uri": amqp_uri, "service": "bench_echo",
                                        "method": "echo"}, "ping", ("equals", "ping"),
                             [service.pid], None)

    def start_b1(self, amqp_uri):
        from nameko.standalone.rpc import ClusterRpcProxy

        from shared.identity import TokenIssuer, keygen
        from tests.factories import judgment, request_for

        say(f"B1: creating and migrating the scratch database {infra.SCRATCH_DB}")
        self.cleanups.append(infra.drop_scratch_db)
        db_uri = infra.create_scratch_db()
        # A throw-away key pair in the bench's scratch directory: cases gets its public key.
        keys = os.path.join(self.workdir, "identity")
        private_key, _ = keygen(keys, "bench")
        issuer = TokenIssuer(private_key.read_bytes(), "bench", BENCH_ISSUER, BENCH_AUDIENCE)
        self.cases_env = {"CASES_DB_URI": db_uri, "AMQP_URI": amqp_uri,
                          "IDENTITY_PUBLIC_KEYS": os.path.join(keys, "public"),
                          "IDENTITY_ISSUER": BENCH_ISSUER, "IDENTITY_AUDIENCE": BENCH_AUDIENCE,
                          "CASES_WEB_ADDRESS": f"127.0.0.1:{infra.free_port()}"}
        service = infra.ServiceProcess("cases", "services.cases.service:CasesService",
                                       CASES_CONFIG, self.cases_env, workdir=self.workdir)
        self.cleanups.append(service.stop)
        service.start().wait_ready(amqp_uri, "rpc-cases")
        self.cases_service = service

        def token(role):
            return issuer.issue(f"bench-{role}@HN-01", role, "HN-01", ttl_seconds=3600)

        config = {"AMQP_URI": amqp_uri}
        with ClusterRpcProxy(config, context_data={"identity": token("court_system")},
                             timeout=30) as rpc:
            received = rpc.cases.receive_judgment(judgment())
        with ClusterRpcProxy(config, context_data={"identity": token("desk_officer")},
                             timeout=30) as rpc:
            case = rpc.cases.submit_request(request_for(received["id"]))
        self.case_id, self.reader = case["id"], token("desk_officer")
        say(f"B1: nameko run services.cases.service:CasesService (pid {service.pid}); case "
            f"{case['id']} created through RPC ({case['status']})")
        self.targets["B1"] = ("nameko", {"amqp_uri": amqp_uri, "service": "cases",
                                         "method": "get_case",
                                         "context_data": {"identity": self.reader}},
                              case["id"], ("field", "id", case["id"]), [service.pid],
                              infra.SCRATCH_DB)

    # --- measuring ------------------------------------------------------------------------------
    def slice(self, case, callers):
        kind, params, arg, check, pids, db_name = self.targets[case]
        shots = {}
        outcome = run_callers(kind, params, arg, check, callers, self.args.warmup,
                              self.args.duration, on_window=lambda phase: shots.__setitem__(
                                  phase, system.snapshot(pids, db_name)))
        cpu = system.cpu_delta(shots["start"], shots["end"], sum(r["cpu"] for r in outcome))
        return outcome, cpu

    def measure(self):
        rounds = self.args.rounds
        for callers in self.levels:
            slices = {case: [] for case in self.only}
            for number in range(rounds):
                order = self.only[number % len(self.only):] + self.only[:number % len(self.only)]
                for case in order:
                    outcome, cpu = self.slice(case, callers)
                    slices[case].append((outcome, cpu))
                    calls = sum(len(r["latencies"]) for r in outcome)
                    errors = sum(r["errors"] for r in outcome)
                    lat = sorted(x for r in outcome for x in r["latencies"])
                    if not lat:
                        first = next((r["first_error"] for r in outcome if r["first_error"]), "")
                        raise RuntimeError(f"{case} x{callers}: every call failed: {first}")
                    say(f"  x{callers} round {number + 1}/{rounds} {case:<3} {calls:6d} calls, "
                        f"p50 {1000 * report.percentile(lat, 50):6.2f} ms"
                        + (f", {errors} errors" if errors else ""))
            for case in self.only:
                self.rows.append(report.summarise(case, callers, slices[case]))

    def run(self):
        args = self.args
        started = time.monotonic()
        vhost = infra.Vhost(os.environ.get("AMQP_URI", infra.DEFAULT_AMQP_URI), args.vhost)
        self.cleanups.append(vhost.close)
        vhost.create()
        machine = system.describe(vhost.uri)
        say(f"machine: {machine['cpu_model']}, {machine['cores']} cores, {machine['ram_gib']} GiB, "
            f"{machine['python']}, RabbitMQ {machine['rabbitmq']['version']}, PostgreSQL "
            f"{machine['postgresql']}; vhost {vhost.name}; "
            f"load {' '.join(machine['loadavg_at_start'])}")
        starters = {"B0": self.start_b0, "E": self.start_e, "B1": self.start_b1}
        for case in self.only:
            starters[case](vhost.uri)
        total = len(self.levels) * args.rounds * len(self.only)
        say(f"measuring: {total} slices of {args.warmup:g} s warm-up + {args.duration:g} s")
        self.measure()
        if "B1" in self.only:
            if args.py_spy:
                from bench import pyspy

                self.profile = pyspy.run(args.py_spy, self.cases_service.pid, vhost.uri,
                                           self.reader, self.case_id, self.workdir,
                                           progress=say)
            self.cases_service.stop()
            if not args.no_breakdown:
                self.breakdown = self.run_breakdown(vhost.uri)
        machine["loadavg_at_end"] = system.loadavg()
        results = {
            "machine": machine,
            "settings": {"callers": self.levels, "rounds": args.rounds,
                         "duration_s_per_slice": args.duration, "warmup_s_per_slice": args.warmup,
                         "vhost": "scratch" if vhost.scratch else vhost.name,
                         "callers_are": "separate processes (spawn), one connection/proxy each",
                         "b0_responder": "separate process, one kombu connection, no confirms",
                         "services": "nameko run, each in its own process"},
            "cases": self.rows,
            "ratios": report.ratios(self.rows),
            "profile": self.profile,
            "breakdown": self.breakdown,
            "wall_s": round(time.monotonic() - started, 1),
        }
        path = report.write(results, args.output)
        say("")
        say(report.table(self.rows))
        say("")
        say(report.ratio_table(results["ratios"]))
        if self.profile:
            say("")
            say(report.profile_table(self.profile))
        if self.breakdown:
            say("")
            say(report.breakdown_table(self.breakdown))
        shown = path.relative_to(infra.ROOT) if path.is_relative_to(infra.ROOT) else path
        say(f"\nwrote {shown} in {results['wall_s']} s")
        return 0

    def run_breakdown(self, amqp_uri):
        from bench import breakdown

        say("B1 breakdown: the same service with timers (bench.probe_service:ProbeCases)")
        probe = infra.ServiceProcess("cases-probe", "bench.probe_service:ProbeCases",
                                     CASES_CONFIG, self.cases_env, workdir=self.workdir)
        self.cleanups.append(probe.stop)
        probe.start().wait_ready(amqp_uri, "rpc-cases")
        try:
            return breakdown.run(amqp_uri, self.reader, self.case_id,
                                 calls=self.args.breakdown_calls, progress=say)
        finally:
            probe.stop()

    def close(self):
        while self.cleanups:
            cleanup = self.cleanups.pop()
            try:
                cleanup()
            except Exception as exc:  # keep cleaning up
                print(f"cleanup: {exc}", file=sys.stderr)


def main(argv=None):
    bench = Bench(parse(argv))
    try:
        return bench.run()
    finally:
        bench.close()
