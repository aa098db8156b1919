"""The platform's entrypoints: nameko's ``rpc`` and ``event_handler`` with the gaps closed.

- ``rpc(permission=..., read_only=False)``: the caller's signed identity is checked against the
  declared permission before the method runs; the unit of work commits *before* the reply is
  sent (a read-only one has no transaction to commit); typed
  platform errors are "expected" (logged as warnings, rebuilt as themselves by the caller).
- ``timer(interval)``: the unit of work commits when the tick's worker succeeds.
- ``http(method, url)``: read-only. The platform serves only reads over HTTP (health, metrics,
  the public portal); every command is an RPC with a signed identity.
- ``event_handler(source, type)``: see ``shared.eventhandler``: the publisher is verified from the
  broker-validated ``user_id``; an undecodable message, or one that fails its contract, or whose
  handler raises, is parked in the service's dead-letter queue (nameko would ack and drop it); a
  database failure means a delayed retry, never a dead process; a message already handled
  (inbox) is acknowledged without effect; the effect and the inbox record commit together.
"""
import functools
import json
import logging
import os
import socket
import sys
import time
import uuid
from pathlib import Path

from nameko.rpc import Rpc as NamekoRpc
from nameko.timer import Timer as NamekoTimer
from nameko.web.handlers import HttpRequestHandler
from nameko.web.server import WebServer
from werkzeug.wrappers import Response

from shared import auth, deadletters, idempotency  # noqa: F401
from shared import remote_errors  # noqa: F401 (typed errors on the wire)
from shared.database import database_of
from shared.errors import EXPECTED_ERRORS, Conflict, PlatformError, ValidationError

log = logging.getLogger(__name__)


def _finish(container, worker_ctx, exc_info, inbox_key=None):
    database = database_of(container)
    return exc_info if database is None else database.finish(worker_ctx, exc_info, inbox_key)


class Rpc(NamekoRpc):
    def __init__(self, permission, read_only=False, **kwargs):
        self.permission = permission
        self.read_only = read_only  # the unit of work reads in autocommit, with no transaction
        self.requests = {}  # worker_ctx -> idempotency.Request of a command that sent a key
        kwargs.setdefault("expected_exceptions", EXPECTED_ERRORS)
        super().__init__(**kwargs)

    def begin_request(self, worker_ctx, args, kwargs):
        """Called in the worker once the caller is authorized: the stored reply if this command's
        ``request_id`` was already answered (see ``shared.idempotency``), else ``_RUN``."""
        database = database_of(self.container)
        if self.read_only or database is None or worker_ctx not in database.units:
            return _RUN
        request = idempotency.begin(worker_ctx, database.units[worker_ctx].session, args, kwargs)
        if request is None:
            return _RUN
        self.requests[worker_ctx] = request
        return request.reply if request.replayed else _RUN

    def handle_result(self, message, worker_ctx, result, exc_info):
        request = self.requests.pop(worker_ctx, None)
        database = database_of(self.container)
        if request is not None and not request.replayed and exc_info is None:
            try:  # the key and the reply commit with the effect, or not at all
                idempotency.record(database.units[worker_ctx].session, request, result)
            except Exception:
                exc_info = sys.exc_info()
        exc_info = _finish(self.container, worker_ctx, exc_info)
        if request is not None and exc_info is not None and isinstance(exc_info[1], Conflict) \
                and exc_info[1].details.get("constraint") == idempotency.CONSTRAINT:
            try:  # another delivery of this request committed first: answer as it did
                stored = idempotency.settle_race(database.Session, request)
                if stored is not None:
                    result, exc_info = stored, None
            except Conflict as exc:
                exc_info = (type(exc), exc, exc.__traceback__)
        if exc_info is None:
            _fault_pause_after_commit()
        return super().handle_result(message, worker_ctx, result, exc_info)


_RUN = object()  # no stored reply: run the method


def _fault_pause_after_commit():
    """Fault injection for tests only: with ``PLATFORM_FAULT_PAUSE_AFTER_COMMIT=<path>`` in the
    environment, a command that committed touches ``<path>`` and hangs before replying and
    acknowledging, so a test can SIGKILL the process "between commit and ack"."""
    marker = os.environ.get("PLATFORM_FAULT_PAUSE_AFTER_COMMIT")
    if marker:
        Path(marker).touch()
        while True:
            time.sleep(60)


def rpc(fn=None, *, permission, read_only=False):
    """An RPC entrypoint that requires ``permission`` of its signed caller.

    ``read_only=True`` declares that it never writes: its session skips the transaction (see
    ``shared.database``), and a write in it is refused. A command (not read-only) honours the
    caller's idempotency key, ``request_id`` in the context data (``shared.idempotency``).
    """
    if fn is None:
        return functools.partial(rpc, permission=permission, read_only=read_only)

    @functools.wraps(fn)
    def guarded(self, *args, **kwargs):
        worker_ctx = _current_worker(self)
        auth.authorize(worker_ctx, permission)
        stored = worker_ctx.entrypoint.begin_request(worker_ctx, args, kwargs)
        if stored is not _RUN:
            return stored
        return fn(self, *args, **kwargs)

    return Rpc.decorator(permission=permission, read_only=read_only)(guarded)


def _current_worker(service):
    # CallerProvider is on every PlatformService; it holds the worker context.
    caller = getattr(service, "caller", None)
    if not isinstance(caller, auth.Caller):
        raise RuntimeError("rpc(permission=...) needs the service to derive from PlatformService")
    return caller._worker_ctx


# The event handler (publisher verification, parking, delayed retries) is in shared.eventhandler.
from shared.eventhandler import EventHandler, RetryLater, event_handler  # noqa: E402,F401


class Timer(NamekoTimer):
    def handle_result(self, worker_ctx, result, exc_info):
        exc_info = _finish(self.container, worker_ctx, exc_info)
        return super().handle_result(worker_ctx, result, exc_info)


timer = Timer.decorator


class NoDelayWebServer(WebServer):
    """nameko's web server with TCP_NODELAY on the listening socket (accepted sockets inherit it
    on Linux). eventlet's WSGI server writes a response larger than its buffer (~8 kB) in two
    sends; with Nagle's algorithm the second waits for the client's delayed ACK, ~40 ms per
    page (measured on the portal: a 20 kB page of the register took 56 ms, 5.6 ms with it)."""

    def start(self):
        super().start()
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class Http(HttpRequestHandler):
    """Read-only HTTP. Errors answer with a short JSON body: a typed platform error with its
    status (400, 401, 403, 404, 409, 503) and message; anything else a generic 500 with a
    reference to the log line. Never a traceback, SQL or a value from the database."""

    read_only = True  # the unit of work reads on the autocommit pool and refuses writes
    server = NoDelayWebServer()

    STATUS = {"validation_error": 400, "unauthenticated": 401, "permission_denied": 403,
              "not_found": 404, "conflict": 409, "service_unavailable": 503}

    def handle_result(self, event, worker_ctx, result, exc_info):
        exc_info = _finish(self.container, worker_ctx, exc_info)  # a write left pending: refused
        return super().handle_result(event, worker_ctx, result, exc_info)

    def response_from_exception(self, exc):
        if isinstance(exc, PlatformError) and exc.code in self.STATUS:
            body = {"error": exc.code, "message": exc.message}
            if isinstance(exc, ValidationError):
                body["fields"] = exc.fields
            status = self.STATUS[exc.code]
        else:
            reference = uuid.uuid4().hex[:12]
            log.error("%s %s failed (reference %s): %s", self.method, self.url, reference,
                      type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
            body, status = {"error": "internal_error", "reference": reference}, 500
        return Response(json.dumps(body, ensure_ascii=False, default=str), status=status,
                        mimetype="application/json")


http = Http.decorator
