"""What the benchmarks run on: a scratch vhost, service processes, a scratch database.

Everything here is created by the bench and removed by it (``close``/``stop``/``drop``), also
when a run fails half-way.
"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AMQP_URI = "amqp://guest:guest@127.0.0.1:5672/"
PG_ADMIN_URI = os.environ.get("BENCH_PG_ADMIN_URI", "postgresql://postgres@127.0.0.1:5432/postgres")
SCRATCH_DB = "enforcement_bench_cases"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- broker -------------------------------------------------------------------------------------

class Vhost:
    """A scratch vhost on the broker (created through the management API, deleted at the end).

    Same broker, same node, same code path as vhost ``/``; it only keeps the bench's ``rpc-cases``
    queue apart from a ``cases`` service someone else may be running on ``/`` at the same time.
    ``name="/"`` (``--vhost /``) uses the default vhost and creates nothing.
    """

    def __init__(self, base_uri, name=None):
        parts = urlsplit(base_uri)
        self.auth = (parts.username or "guest", parts.password or "guest")
        self.api = "http://{}:{}/api".format(parts.hostname or "127.0.0.1",
                                             os.environ.get("RABBIT_MANAGEMENT_PORT", "15672"))
        self.name = name or f"bench-{uuid.uuid4().hex[:8]}"
        self.scratch = name is None
        path = "/" + quote(self.name, safe="") if self.name != "/" else "/"
        self.uri = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self.created = False

    def create(self):
        if not self.scratch:
            return self
        vhost = quote(self.name, safe="")
        response = requests.put(f"{self.api}/vhosts/{vhost}", auth=self.auth, timeout=10)
        response.raise_for_status()
        self.created = True
        response = requests.put(f"{self.api}/permissions/{vhost}/{quote(self.auth[0], safe='')}",
                                json={"configure": ".*", "write": ".*", "read": ".*"},
                                auth=self.auth, timeout=10)
        response.raise_for_status()
        return self

    def close(self):
        """Delete the scratch vhost and, with it, every queue and exchange the bench declared."""
        if self.created:
            requests.delete(f"{self.api}/vhosts/{quote(self.name, safe='')}", auth=self.auth,
                            timeout=30).raise_for_status()
            self.created = False


def consumer_count(amqp_uri, queue):
    """How many consumers ``queue`` has (0 if it does not exist yet)."""
    from kombu import Connection

    with Connection(amqp_uri, connect_timeout=5) as conn:
        channel = conn.channel()
        try:
            return channel.queue_declare(queue, passive=True)[2]
        except Exception:
            return 0


def broker_version(amqp_uri):
    from kombu import Connection

    with Connection(amqp_uri, connect_timeout=5) as conn:
        conn.connect()
        props = conn.connection.server_properties
    decode = lambda v: v.decode() if isinstance(v, bytes) else v  # noqa: E731
    return {"product": decode(props.get("product")), "version": decode(props.get("version")),
            "platform": decode(props.get("platform"))}


# --- service processes --------------------------------------------------------------------------

class ServiceProcess:
    """``nameko run`` in its own process (its own eventlet hub), logging to a temporary file."""

    def __init__(self, label, target, config, env=None, workdir=None):
        self.label, self.target = label, target
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="bench-"))
        if isinstance(config, dict):  # a temporary config, written for this run only
            path = self.workdir / f"{label}.yaml"
            path.write_text(yaml.safe_dump(config))
            config = path
        self.config = Path(config)
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        self.log_path = self.workdir / f"{label}.log"
        self.proc = None

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def start(self):
        nameko = Path(sys.executable).parent / "nameko"
        command = [str(nameko)] if nameko.exists() else [sys.executable, "-m", "nameko"]
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [*command, "run", "--config", str(self.config), self.target], cwd=ROOT,
            env=self.env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def wait_ready(self, amqp_uri, queue, timeout=60):
        """Until the service consumes its RPC queue (or died: then raise with its log)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.label} exited with {self.proc.returncode}:\n"
                                   + self.log_tail())
            if consumer_count(amqp_uri, queue) >= 1:
                return self
            time.sleep(0.2)
        raise RuntimeError(f"{self.label} did not consume {queue} within {timeout} s:\n"
                           + self.log_tail())

    def log_tail(self, lines=40):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout=15):
        """SIGTERM (nameko stops gracefully), SIGKILL if it has not exited within ``timeout``."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None


# --- PostgreSQL ---------------------------------------------------------------------------------

def scratch_db_uri():
    admin = urlsplit(PG_ADMIN_URI)
    return urlunsplit(("postgresql+psycopg2", admin.netloc, "/" + SCRATCH_DB, "", ""))


def _admin():
    import psycopg2

    conn = psycopg2.connect(PG_ADMIN_URI)
    conn.autocommit = True
    return conn


def create_scratch_db():
    """Create ``enforcement_bench_cases`` afresh and migrate it with the real migrations."""
    from shared.migrate import upgrade

    conn = _admin()
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)")
        cur.execute(f"CREATE DATABASE {SCRATCH_DB}")
    conn.close()
    upgrade("cases", scratch_db_uri())
    return scratch_db_uri()


def drop_scratch_db():
    conn = _admin()
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)")
    conn.close()


def postgres_version():
    conn = _admin()
    with conn.cursor() as cur:
        cur.execute("SHOW server_version")
        version = cur.fetchone()[0]
    conn.close()
    return version
