"""Fixtures for tests against the real RabbitMQ and PostgreSQL.

Each test session creates one PostgreSQL database per service (``enforcement_test_<service>``),
migrates it with the real migrations, and empties its tables before each test that uses it.
RabbitMQ isolation comes from nameko's ``rabbit_config`` fixture (one vhost per test). If either
server is missing the session fails with a message saying how to start it; nothing is skipped.
"""
import atexit
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest
import requests
from nameko.standalone.rpc import ClusterRpcProxy
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

import shared.remote_errors  # noqa: F401  (typed errors arrive as themselves)
from shared.auth import Caller, Identity
from shared.calendar import WorkingCalendar
from shared.database import Origin, UnitOfWork, make_engine
from shared.law import parameters_of
from shared.legal import LawContext

from shared.identity import TokenIssuer, generate_key_pair, keygen
from shared.config import ROOT, SERVICES, load_config
from shared.migrate import upgrade

PG_ADMIN = os.environ.get("TEST_PG_ADMIN_URI", "postgresql://postgres@127.0.0.1:5432/postgres")
# Identities: one ephemeral Ed25519 key pair per test session (nothing secret is committed).
# Services get its public key (IDENTITY_CONFIG); the `token` fixture signs with its private key.
_IDENTITY_DIR = Path(tempfile.mkdtemp(prefix="enforcement-test-identity-"))
atexit.register(shutil.rmtree, _IDENTITY_DIR, True)
TEST_KID = "test-session"
IDENTITY_CONFIG = {"IDENTITY_PUBLIC_KEYS": str(_IDENTITY_DIR / "public"),
                   "IDENTITY_ISSUER": "enforcement-identity-test",
                   "IDENTITY_AUDIENCE": "enforcement-platform", "PLATFORM_DEV_MODE": "0"}
ISSUER = TokenIssuer(keygen(_IDENTITY_DIR, TEST_KID)[0].read_bytes(), TEST_KID,
                     IDENTITY_CONFIG["IDENTITY_ISSUER"], IDENTITY_CONFIG["IDENTITY_AUDIENCE"])
# Several checkouts (or developers) on one PostgreSQL: TEST_DB_SUFFIX=alice keeps each suite's
# databases apart (enforcement_test_alice_cases, ...).
_SUFFIX = os.environ.get("TEST_DB_SUFFIX", "")
if not re.fullmatch(r"[a-z0-9_]*", _SUFFIX):  # it becomes part of unquoted database names
    raise pytest.UsageError(f"TEST_DB_SUFFIX={_SUFFIX!r}: use lower-case letters, digits and _")


def _reachable(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def pytest_sessionstart(session):
    if not _reachable("127.0.0.1", 5432):
        pytest.exit("PostgreSQL is not running on 127.0.0.1:5432: start it with "
                    "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main "
                    "start` (or run `make test`, which does)", returncode=3)


def pytest_runtest_setup(item):
    # Rules and handler tests need no broker; a test that does fails (never skips) without one.
    if "rabbit_config" in item.fixturenames and not _reachable("127.0.0.1", 5672):
        pytest.fail("RabbitMQ is not running on 127.0.0.1:5672: start it with "
                    "`rabbitmq-server -detached` (or run `make test`, which does)",
                    pytrace=False)


def test_db_name(service):
    return f"enforcement_test_{_SUFFIX}_{service}" if _SUFFIX else f"enforcement_test_{service}"


def pg_uri(service):
    return f"postgresql+psycopg2://postgres@127.0.0.1:5432/{test_db_name(service)}"


class Databases(dict):
    """{service: uri}; each database is created and migrated the first time a test asks.

    Every database a test asks for is marked dirty, and ``clean`` empties only dirty ones: a test
    that touches one service does not pay for truncating five.
    """

    def __init__(self):
        super().__init__()
        self.dirty = set()
        self._engines = {}

    def __missing__(self, service):
        if service not in SERVICES:
            raise KeyError(service)
        admin = psycopg2.connect(PG_ADMIN)
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {test_db_name(service)} WITH (FORCE)")
            cur.execute(f"CREATE DATABASE {test_db_name(service)}")
        admin.close()
        upgrade(service, pg_uri(service))
        dict.__setitem__(self, service, pg_uri(service))
        return pg_uri(service)

    def __getitem__(self, service):
        self.dirty.add(service)
        return super().__getitem__(service)

    def clean(self):
        for service in sorted(self.dirty):
            engine = self._engines.get(service)
            if engine is None:
                # NullPool: no connection outlives the clean (tests count and kill backends).
                engine = self._engines[service] = create_engine(dict.__getitem__(self, service),
                                                                poolclass=NullPool)
            with engine.begin() as conn:
                tables = conn.execute(text(
                    "SELECT tablename FROM pg_tables WHERE schemaname='public' "
                    "AND tablename <> 'alembic_version'")).scalars().all()
                if tables:
                    conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        self.dirty.clear()

    def dispose(self):
        for engine in self._engines.values():
            engine.dispose()


@pytest.fixture(scope="session")
def databases():
    """Freshly created, really migrated PostgreSQL databases, one per service."""
    created = Databases()
    yield created
    created.dispose()


@pytest.fixture
def clean_databases(databases):
    """The databases, emptied: each test starts from migrated, empty tables."""
    yield databases
    databases.clean()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def service_config(rabbit_config, clean_databases):
    """service_config("cases", OUTBOX_RELAY=False) -> a config on this test's vhost and DB."""

    def make(service, **overrides):
        config = load_config(service)
        config.update(AMQP_URI=rabbit_config["AMQP_URI"], DB_URI=clean_databases[service],
                      WEB_SERVER_ADDRESS=f"127.0.0.1:{free_port()}", OUTBOX_POLL_SECONDS=0.2,
                      **IDENTITY_CONFIG)
        config.pop("LOGGING", None)
        config.update(overrides)
        return config

    return make


@pytest.fixture
def start_service(container_factory, service_config):
    """``start_service(CasesService, OUTBOX_RELAY=False)`` -> its started nameko container, on
    this test's vhost and database (config overrides as for ``service_config``)."""

    def start(service_class, **overrides):
        container = container_factory(service_class,
                                      service_config(service_class.name, **overrides))
        container.start()
        return container

    return start


@pytest.fixture
def token():
    def make(role, authority="HN-01", user=None, ttl_seconds=600, forged=False):
        # forged: signed by another private key under the session's kid, issuer and audience
        signer = (TokenIssuer(generate_key_pair()[0], TEST_KID, ISSUER.issuer, ISSUER.audience)
                  if forged else ISSUER)
        return signer.issue(user or f"{role}@{authority}", role, authority, ttl_seconds)

    return make


@pytest.fixture
def rpc_as(rabbit_config, token):
    """``with rpc_as("court_system") as rpc: rpc.cases.receive_judgment(...)``"""

    @contextmanager
    def open_proxy(role, authority="HN-01", raw_token=None, timeout=10):
        config = {"AMQP_URI": rabbit_config["AMQP_URI"]}
        identity = raw_token if raw_token is not None else token(role, authority)
        with ClusterRpcProxy(config, context_data={"identity": identity},
                             timeout=timeout) as proxy:
            yield proxy

    return open_proxy


@pytest.fixture
def tap_events(rabbit_config):
    """``drain = tap_events("personnel.events", "authority.registered")``: a queue bound to a
    service's events exchange; ``drain()`` -> every payload that reached the broker so far."""
    from kombu import Connection, Exchange, Queue

    with Connection(rabbit_config["AMQP_URI"]) as conn:

        def bind(exchange, routing_key="#"):
            queue = Queue(f"tap-{exchange}", Exchange(exchange, type="topic", durable=True),
                          routing_key=routing_key, durable=False)
            queue(conn.channel()).declare()
            got = []

            def drain():
                channel = conn.channel()
                while (message := queue(channel).get(no_ack=True)) is not None:
                    got.append(message.payload)
                return list(got)

            return drain

        yield bind


@pytest.fixture
def publish_event(rabbit_config):
    """``publish_event(envelope)``: publish an envelope (``shared.events.new_envelope``) on its
    source's events exchange, as the source service's relay does (``user_id`` guest, the tests'
    login), e.g. ``enforcement_case.opened`` on ``cases.events``."""
    from kombu import Connection, Exchange

    from shared.events import exchange_name, source_of

    def publish(envelope):
        exchange = Exchange(exchange_name(source_of(envelope["type"])), type="topic",
                            durable=True)
        with Connection(rabbit_config["AMQP_URI"]) as conn:
            conn.Producer().publish(envelope, exchange=exchange, routing_key=envelope["type"],
                                    serializer="json", user_id="guest")

    return publish


class HandlerEnv:
    """A service's handlers run without nameko or a broker: a real unit of work on the service's
    migrated PostgreSQL test database, the service's real law, and a caller with a fixed
    identity. ``with env.unit_of_work() as uow:`` commits at the end, rolls back on error."""

    def __init__(self, service, uri, identity):
        self.service, self.uri = service, uri
        self.engine = make_engine(uri, pool_size=2)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        self.law = LawContext(parameters_of(service), WorkingCalendar())
        self.act_as(identity)

    def act_as(self, identity):
        self.identity = identity
        self.caller = Caller.acting_as(identity)
        return self

    @contextmanager
    def unit_of_work(self, read_only=False):
        session = self.Session()
        identity = self.identity
        uow = UnitOfWork(session, Origin(self.service, "handler-test", "correlation-test",
                                         lambda: identity),
                         read_only=read_only, law=lambda: self.law)
        try:
            yield uow
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def rows(self, sql):
        return rows(self.uri, sql)


@pytest.fixture
def handler_env(clean_databases):
    """``env = handler_env("cases", role="desk_officer", authority="HN-01")``: see HandlerEnv."""
    made = []

    def make(service, role="head_of_authority", authority="HN-01", user=None):
        env = HandlerEnv(service, clean_databases[service],
                         Identity(user or f"{role}@{authority}", role, authority))
        made.append(env)
        return env

    yield make
    for env in made:
        env.engine.dispose()


def run_nameko(service_path, config_path, env, log_path, web_address):
    """Start ``nameko run`` as a real process (for tests that kill it) and wait for /health.

    ``service_path`` is ``module:Class``; the process logs to ``log_path``; returns the Popen.
    """
    nameko = Path(sys.executable).with_name("nameko")
    proc = subprocess.Popen([str(nameko), "run", "--config", str(config_path), service_path],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                            stdout=open(log_path, "ab"), stderr=subprocess.STDOUT)

    def healthy():
        assert proc.poll() is None, f"{service_path} exited: {Path(log_path).read_text()[-3000:]}"
        try:
            return requests.get(f"http://{web_address}/health", timeout=1).ok
        except requests.ConnectionError:
            return False

    wait_for(healthy, timeout=30, interval=0.2, message=f"{service_path} /health")
    return proc


def rows(uri, sql):
    """The rows of ``sql`` on ``uri`` as dicts (what a test reads back from a service's DB)."""
    engine = create_engine(uri)
    with engine.connect() as conn:
        result = [dict(r._mapping) for r in conn.execute(text(sql))]
    engine.dispose()
    return result


def wait_for(predicate, timeout=10, interval=0.05, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")
