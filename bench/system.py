"""The machine a run was on, and where its CPU went during a measured window (from /proc)."""
import os
import platform
import subprocess
from datetime import datetime, timezone
from importlib import metadata

TICK = os.sysconf("SC_CLK_TCK")
PACKAGES = ("nameko", "eventlet", "kombu", "amqp", "SQLAlchemy", "psycopg2-binary", "psycogreen",
            "marshmallow", "PyJWT", "prometheus-client")


def _read(path):
    try:
        with open(path, "rb") as fh:
            return fh.read().decode(errors="replace")
    except OSError:
        return None


def process_cpu(pid, split=False):
    """utime + stime of one process in seconds, or (utime, stime); None if it is gone."""
    stat = _read(f"/proc/{pid}/stat")
    if stat is None:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    user, system = int(fields[11]) / TICK, int(fields[12]) / TICK
    return (user, system) if split else user + system


def machine_busy():
    """(CPU seconds not idle, CPU seconds stolen by the hypervisor), all cores, since boot."""
    values = [int(v) for v in _read("/proc/stat").splitlines()[0].split()[1:]] + [0] * 8
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle - values[7]) / TICK, values[7] / TICK


def _processes():
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            comm = _read(f"/proc/{entry}/comm")
            if comm is not None:
                yield int(entry), comm.strip()


def snapshot(server_pids, db_name):
    """CPU seconds so far by party: the server under test, the broker, PostgreSQL, the machine.

    PostgreSQL is split into the backends serving ``db_name`` (the service's connections) and
    every other postgres process.
    """
    busy, steal = machine_busy()
    shot = {"machine": busy, "steal": steal, "server": 0.0, "server_user": 0.0, "broker": {},
            "postgres": {}}
    for pid in server_pids:
        user, system = process_cpu(pid, split=True) or (0.0, 0.0)
        shot["server"] += user + system
        shot["server_user"] += user
    for pid, comm in _processes():
        if comm == "beam.smp":
            shot["broker"][pid] = process_cpu(pid) or 0.0
        elif comm == "postgres":
            cmdline = _read(f"/proc/{pid}/cmdline") or ""
            key = ("bench" if db_name and db_name in cmdline else "other", pid)
            shot["postgres"][key] = process_cpu(pid) or 0.0
    return shot


def cpu_delta(before, after, callers_cpu):
    """Seconds of CPU per party between two snapshots; ``other`` is what nobody above explains."""
    def delta(name):
        return sum(v - before[name].get(k, 0.0) for k, v in after[name].items())

    pg_bench = sum(v - before["postgres"].get(k, 0.0)
                   for k, v in after["postgres"].items() if k[0] == "bench")
    pg_all = delta("postgres")
    server_user = after["server_user"] - before["server_user"]
    used = {"server": after["server"] - before["server"], "broker": delta("broker"),
            "postgres_service": pg_bench, "postgres_other": pg_all - pg_bench,
            "callers": callers_cpu, "machine": after["machine"] - before["machine"]}
    used["other"] = used["machine"] - sum(used[k] for k in (
        "server", "broker", "postgres_service", "postgres_other", "callers"))
    used["server_user"] = server_user
    used["steal"] = after["steal"] - before["steal"]
    used["server_system"] = used["server"] - server_user
    return used


def describe(amqp_uri):
    from bench.infra import broker_version, postgres_version

    cpuinfo = _read("/proc/cpuinfo") or ""
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                  if line.startswith("model name")), platform.processor())
    meminfo = _read("/proc/meminfo") or ""
    mem_kb = next((int(line.split()[1]) for line in meminfo.splitlines()
                   if line.startswith("MemTotal")), 0)
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=os.path.dirname(__file__)).stdout.strip() or None
    except OSError:
        commit = None
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "cpu_model": model,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": versions,
        "rabbitmq": broker_version(amqp_uri),
        "postgresql": postgres_version(),
        "git_commit": commit,
        "loadavg_at_start": (_read("/proc/loadavg") or "").split()[:3],
    }


def loadavg():
    return (_read("/proc/loadavg") or "").split()[:3]
