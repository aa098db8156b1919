"""Idempotency keys for RPC commands: a repeat gets the first reply, never a second effect.

nameko acknowledges an RPC request only after replying, so a process killed between its commit
and that ack is handed the same request again; and a caller whose call timed out cannot know
whether it took effect. A caller therefore puts a key in the nameko context data::

    ClusterRpcProxy(config, context_data={"identity": token, "request_id": "<uuid4>"})

and sends the same key again when it retries. For a non-read-only ``rpc`` entrypoint the platform
stores (entrypoint, caller, request_id, fingerprint of the arguments, reply) in
``platform_rpc_request`` *in the transaction of the command's effect*. Then:

- a repeat of the key with the same arguments returns the stored reply; the method does not run;
- the same key with different arguments is a ``Conflict`` (details ``{"request_id": ...}``);
- two deliveries racing each other: the unique key lets one commit; the other's effect is rolled
  back and it answers with the stored reply (or ``Conflict`` if its arguments differ);
- a call that failed stored nothing (its effect was rolled back too): the retry runs it afresh.

The key is scoped by entrypoint and by the caller's identity (``sub``), so two integrators'
keys never meet and a key forwarded with the context data to another service's different
entrypoint is a different request there. It is 1-64 characters without control characters; a
UUID is the usual choice. Read-only entrypoints ignore it.

Whether a command without a key is accepted is configuration: ``REQUEST_ID_REQUIRED_ROLES``
(service config, a list of roles) lists the roles whose commands are refused without one
(``ValidationError`` naming ``request_id``). See docs/architecture.md for the policy.
"""
import hashlib
from dataclasses import dataclass, field
from typing import Any

from kombu.utils.json import dumps, loads
from sqlalchemy import select

from shared import auth
from shared.errors import Conflict, ValidationError
from shared.models import RpcRequest
from shared.validation import require_id

CONTEXT_KEY = "request_id"
CONSTRAINT = "uq_platform_rpc_request"
REQUIRED_ROLES_CONFIG_KEY = "REQUEST_ID_REQUIRED_ROLES"


@dataclass
class Request:
    """A command's key, as found at the start of its worker."""

    entrypoint: str
    caller: str
    request_id: str
    fingerprint: str
    replayed: bool = False  # a stored reply was found: the method did not run
    reply: Any = field(default=None)


def request_id_of(worker_ctx):
    """The caller's idempotency key (validated), or ``None`` if it sent none."""
    value = worker_ctx.data.get(CONTEXT_KEY)
    if value is None:
        return None
    return require_id(value, CONTEXT_KEY)


def fingerprint(args, kwargs):
    """A digest of the call's arguments, as they arrived on the wire."""
    canonical = dumps([list(args), kwargs], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _stored(session, request):
    return session.scalar(select(RpcRequest).where(
        RpcRequest.entrypoint == request.entrypoint, RpcRequest.caller == request.caller,
        RpcRequest.request_id == request.request_id))


def _reused(request):
    return Conflict("request_id was already used for a different request",
                    {"request_id": ["already used with other arguments"]})


def begin(worker_ctx, session, args, kwargs):
    """Look the worker's key up; returns a ``Request`` (``replayed`` with its stored ``reply``
    if this is a repeat) or ``None`` when the caller sent no key. Raises ``Conflict`` for a key
    reused with other arguments, ``ValidationError`` for a malformed key or a missing one the
    caller's role must send."""
    request_id = request_id_of(worker_ctx)
    identity = auth.identity_of(worker_ctx)
    if request_id is None:
        required = worker_ctx.config.get(REQUIRED_ROLES_CONFIG_KEY) or ()
        if identity.role in required:
            raise ValidationError("commands from this system need a request_id in the context "
                                  "data (an idempotency key)", {CONTEXT_KEY: ["required"]})
        return None
    request = Request(entrypoint=f"{worker_ctx.service_name}.{worker_ctx.entrypoint.method_name}",
                      caller=identity.user, request_id=request_id,
                      fingerprint=fingerprint(args, kwargs))
    stored = _stored(session, request)
    if stored is not None:
        if stored.fingerprint != request.fingerprint:
            raise _reused(request)
        request.replayed, request.reply = True, loads(stored.reply)
    return request


def record(session, request, result):
    """Add the key and the reply to the command's transaction (committed with its effect)."""
    session.add(RpcRequest(entrypoint=request.entrypoint, caller=request.caller,
                           request_id=request.request_id, fingerprint=request.fingerprint,
                           reply=dumps(result)))


def settle_race(session_factory, request):
    """After the key's unique constraint refused our commit: the winner's reply, or Conflict."""
    with session_factory() as session:
        stored = _stored(session, request)
        if stored is None:  # not a race on the key after all
            return None
        if stored.fingerprint != request.fingerprint:
            raise _reused(request)
        return loads(stored.reply)
