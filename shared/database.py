"""The unit of work: one SQLAlchemy session per worker, committed before the reply is sent.

``Database`` is the DependencyProvider a service declares once (``db = Database()``). Each worker
gets a :class:`UnitOfWork` holding its session. The platform's entrypoints (``shared.entrypoints``)
call :meth:`Database.finish` *before* they answer or acknowledge, so a caller never hears "done"
for a transaction that later fails to commit; nameko's own ``worker_result`` would run after the
reply. Events (outbox) and audit records ride in the same transaction as the state change.

An entrypoint declared ``read_only`` (``rpc(..., read_only=True)``) gets a session from a second,
smaller pool whose connections are always in autocommit: no BEGIN and no COMMIT round trip, each
SELECT sees committed data, and any attempt to write raises :class:`ReadOnlyViolation` before it
reaches the database. (Switching a pooled connection to autocommit per checkout costs more than
the two round trips it saves, so the pools are separate.)
"""
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from nameko.extensions import DependencyProvider
from sqlalchemy import create_engine, event, select
from sqlalchemy.exc import DisconnectionError, IntegrityError
from sqlalchemy.orm import sessionmaker

from shared import auth, db_errors
from shared.deadlines import DeadlineBook
from shared.events import exchange_name, new_envelope, source_of
from shared.models import AuditRecord, InboxRecord, OutboxMessage
from shared.outbox import OutboxRelay

log = logging.getLogger(__name__)
AUDIT_BASIS_LENGTH = AuditRecord.__table__.c.legal_basis.type.length


class ReadOnlyViolation(RuntimeError):
    """A read-only entrypoint tried to write: a programming error, never a caller's."""


def _refuse_flush(session, flush_context, instances):
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyViolation("a read_only entrypoint tried to write; declare it without "
                                "read_only=True")


def green_postgres():
    """Make psycopg2 cooperate with eventlet, so a query does not block every greenthread."""
    import eventlet.patcher

    if eventlet.patcher.is_monkey_patched("socket"):
        from psycogreen.eventlet import patch_psycopg

        patch_psycopg()


def prepare_sqlite_file(uri):
    """Create the folder of a SQLite file URI (the default ``var/<service>.db``); others: no-op."""
    if uri.startswith("sqlite"):
        path = uri.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


PING_AFTER_IDLE_SECONDS = 10.0


def ping_when_idle(engine, after_seconds=PING_AFTER_IDLE_SECONDS):
    """Ping a pooled connection at checkout only if it sat idle longer than ``after_seconds``.

    ``pool_pre_ping`` pings on every checkout: a round trip on every RPC. A connection returned
    moments ago is alive unless the server restarted just then; in that case the query fails with
    a disconnect error, SQLAlchemy invalidates the whole pool, and the next request reconnects. So
    under load a server restart costs at most one failed request per process; idle connections
    (the usual victims of restarts and firewalls) are still pinged first. Raising
    ``DisconnectionError`` here makes the pool retry with a fresh connection (SQLAlchemy's
    "pessimistic disconnect handling").
    """

    @event.listens_for(engine, "connect")
    def _fresh(dbapi_conn, record):
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(dbapi_conn, record):
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn, record, proxy):
        if time.monotonic() - record.info.get("returned_at", 0.0) <= after_seconds:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:
            raise DisconnectionError(f"stale pooled connection: {exc}") from exc
        if not alive:
            raise DisconnectionError("stale pooled connection")


def make_engine(uri, pool_size=10, ping_after_idle=PING_AFTER_IDLE_SECONDS, **kwargs):
    """An engine for a service database. ``hide_parameters``: a statement's values (names,
    addresses, amounts) never appear in an error's text or in the log."""
    kwargs.setdefault("hide_parameters", True)
    if uri.startswith("sqlite"):
        prepare_sqlite_file(uri)
        engine = create_engine(uri, connect_args={"check_same_thread": False, "timeout": 30},
                               **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _):
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

        return engine
    green_postgres()
    engine = create_engine(uri, pool_size=pool_size, max_overflow=pool_size, **kwargs)
    ping_when_idle(engine, ping_after_idle)
    return engine


@dataclass(frozen=True)
class Origin:
    """Where a unit of work comes from: service, entrypoint, correlation and the caller.

    Built from a nameko worker by ``Database``; built directly by handler tests and by work that
    runs outside nameko, so the unit of work itself never needs a worker.
    """

    service: str
    entrypoint: str
    correlation_id: str
    identity: Callable[[], auth.Identity]  # called when needed: verification may come later

    @classmethod
    def of_worker(cls, worker_ctx):
        # Kept across services: an event's handler inherits it, an RPC chain shares its root call.
        correlation = worker_ctx.data.get("correlation_id") or worker_ctx.call_id_stack[0]
        return cls(worker_ctx.service_name, worker_ctx.entrypoint.method_name, correlation,
                   lambda: auth.identity_of(worker_ctx))


class UnitOfWork:
    """What a handler sees of the database: a session, an outbox, an audit trail, deadlines."""

    def __init__(self, session, origin, read_only=False, law=None):
        self.session = session
        self.origin = origin
        self.events = []
        self.read_only = read_only
        self._law = law  # callable -> the service's law context (params, calendar), if it has one

    @property
    def correlation_id(self):
        return self.origin.correlation_id

    @property
    def deadlines(self):
        """The deadline book of this transaction (``owe``, ``meet``, ``latest``)."""
        if self._law is None:
            raise RuntimeError("deadlines need the service's Law provider (law = Law())")
        return DeadlineBook(self.session, self._law)

    def emit(self, event_type, payload, *, authority, case_id=None, version=None,
             routing_key=None):
        """Write an event to the outbox in this transaction; the relay publishes it after commit.

        ``routing_key`` defaults to the event type; a message for one recipient only (an order to
        one bank) names it in its key, so only that recipient's queue is bound to it."""
        envelope = new_envelope(event_type, payload, authority=authority, case_id=case_id,
                                version=version, correlation_id=self.correlation_id)
        self.session.add(OutboxMessage(
            event_id=envelope["event_id"], exchange=exchange_name(source_of(event_type)),
            routing_key=routing_key or event_type, envelope=envelope,
            headers={"nameko.correlation_id": envelope["correlation_id"]}))
        self.events.append(envelope)
        return envelope

    def audit(self, action, *, subject_type, subject_id, legal_basis, details=None):
        """Record who did what, for which authority, on what legal basis (same transaction).

        A legal basis longer than the audit's column (a row of data citing its own source) is
        cut there with an ellipsis; the whole text is kept in the details."""
        who = self.origin.identity()
        details = dict(details or {})
        if len(legal_basis) > AUDIT_BASIS_LENGTH:
            details.setdefault("legal_basis", legal_basis)
            legal_basis = legal_basis[:AUDIT_BASIS_LENGTH - 1] + "…"
        self.session.add(AuditRecord(
            service=self.origin.service, entrypoint=self.origin.entrypoint,
            actor=who.user, role=who.role, authority=who.authority, action=action,
            subject_type=subject_type, subject_id=str(subject_id), legal_basis=legal_basis,
            details=details, correlation_id=self.correlation_id))


class Database(DependencyProvider):
    """Session-per-worker provider; reads ``DB_URI`` from the service config."""

    def __init__(self, engine_options=None):
        self.engine_options = engine_options or {}
        self.units = {}
        self.on_commit = []  # callables(events) run after a commit that wrote events

    def setup(self):
        config = self.container.config
        self.engine = make_engine(config["DB_URI"], **self.engine_options)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        # Autocommit connections hold no transaction, so there is nothing to reset on return.
        self.read_engine = make_engine(config["DB_URI"], pool_size=5, isolation_level="AUTOCOMMIT",
                                       pool_reset_on_return=None, **self.engine_options)
        self.ReadSession = sessionmaker(self.read_engine, expire_on_commit=False)
        event.listen(self.ReadSession, "before_flush", _refuse_flush)
        self.relay = None
        # OUTBOX_RELAY: false leaves events in the outbox (fault tests: "died before publishing").
        if config.get("OUTBOX_RELAY", True):
            self.relay = OutboxRelay(self.Session, config["AMQP_URI"],
                                     float(config.get("OUTBOX_POLL_SECONDS", 1.0)),
                                     service=self.container.service_name)
            self.on_commit.append(self.relay.wake)

    def start(self):
        if self.relay is not None:
            self.relay.start()

    def stop(self):
        if self.relay is not None:
            self.relay.stop()
        self.engine.dispose()
        self.read_engine.dispose()

    def kill(self):
        # nameko kills (not stops) containers on error and in its test fixtures: close the pools
        # all the same, or every killed container leaves its connections open.
        self.stop()

    def get_dependency(self, worker_ctx):
        read_only = getattr(worker_ctx.entrypoint, "read_only", False)
        unit = UnitOfWork((self.ReadSession if read_only else self.Session)(),
                          Origin.of_worker(worker_ctx), read_only=read_only,
                          law=self._law_source())
        self.units[worker_ctx] = unit
        return unit

    def finish(self, worker_ctx, exc_info, inbox_key=None):
        """Commit on success, roll back on failure; returns the (possibly new) exc_info.

        ``inbox_key`` = (consumer, message_id) is recorded in the same transaction; a duplicate
        key means this message already had its effect, so the effect is rolled back and the
        worker reports success (returns ``"duplicate"``).

        A database error, raised by the handler or by the commit, is returned as the platform's
        typed error (``shared.db_errors``): a broken unique key is a ``Conflict`` naming the
        constraint, never a raw ``IntegrityError`` carrying SQL and values.
        """
        unit = self.units.get(worker_ctx)
        where = f"{worker_ctx.service_name}.{worker_ctx.entrypoint.method_name}"
        if unit is None:
            return db_errors.translated(exc_info, where)
        session = unit.session
        if exc_info is not None:
            session.rollback()
            return db_errors.translated(exc_info, where)
        if unit.read_only:  # nothing to commit; a write left unflushed is still refused
            try:
                _refuse_flush(session, None, None)
            except ReadOnlyViolation as exc:
                return (type(exc), exc, exc.__traceback__)
            return None
        try:
            if inbox_key is not None:
                session.add(InboxRecord(consumer=inbox_key[0], message_id=inbox_key[1]))
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if inbox_key is not None and self.already_handled(*inbox_key):
                return "duplicate"
            return db_errors.translated((type(exc), exc, exc.__traceback__), where)
        except Exception as exc:
            session.rollback()
            log.warning("commit failed for %s: %s", where, type(exc).__name__)
            return db_errors.translated((type(exc), exc, exc.__traceback__), where)
        if unit.events:
            for hook in self.on_commit:
                hook(unit.events)
        return None

    def already_handled(self, consumer, message_id):
        with self.Session() as session:
            return session.scalar(select(InboxRecord.id).where(
                InboxRecord.consumer == consumer, InboxRecord.message_id == message_id)) is not None

    def _law_source(self):
        """The container's law (a provider with ``context()``), looked up once; or None."""
        if not hasattr(self, "_law_provider"):
            self._law_provider = next((d for d in self.container.dependencies
                                       if callable(getattr(d, "law_context", None))), None)
        return None if self._law_provider is None else self._law_provider.law_context

    def worker_teardown(self, worker_ctx):
        unit = self.units.pop(worker_ctx, None)
        if unit is not None:
            unit.session.close()


def database_of(container):
    """The container's Database provider (the entrypoints finish its transaction)."""
    for dependency in container.dependencies:
        if isinstance(dependency, Database):
            return dependency
    return None
