"""Signed identities and declared permissions.

Every RPC carries a JWT (HS256) in the nameko context data under ``identity``: the user, their
role and the authority (enforcement office) they act for. nameko forwards context data on every
downstream call, so one signature follows a request across services. Each RPC entrypoint declares
the permission it needs (``@rpc(permission="cases.request.submit")``); which roles hold which
permissions is the service's config (``ROLE_PERMISSIONS``), not code.
"""
import time
from dataclasses import dataclass

import jwt
from nameko.extensions import DependencyProvider

from shared.errors import PermissionDenied, Unauthenticated

CONTEXT_KEY = "identity"
ALGORITHM = "HS256"
_CACHE_ATTR = "_platform_identity"


@dataclass(frozen=True)
class Identity:
    user: str
    role: str
    authority: str

    @property
    def is_system(self):
        return self.user.startswith("system:")


def issue_token(secret, user, role, authority, ttl_seconds=3600, now=None):
    """Sign an identity; callers put the result in context data under ``identity``."""
    issued = int(now if now is not None else time.time())
    claims = {"sub": user, "role": role, "authority": authority, "iat": issued,
              "exp": issued + ttl_seconds}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


_VERIFIED = {}  # (secret, token) -> (Identity, exp): a caller sends the same token many times
_VERIFIED_MAX = 10_000
_now = time.time  # the clock of remembered tokens (tests move it)


def verify_token(secret, token):
    """Return the Identity in ``token`` or raise Unauthenticated saying what is wrong with it.

    A token verified before is answered from memory until it expires: the key is the exact token
    and secret, so a forged or altered token never matches an entry.
    """
    if not token:
        raise Unauthenticated("no identity: send a signed token in context data 'identity'")
    known = _VERIFIED.get((secret, token))
    if known is not None:
        if known[1] <= _now():
            raise Unauthenticated("identity expired: obtain a new token")
        return known[0]
    identity, expires = _decode(secret, token)
    if len(_VERIFIED) >= _VERIFIED_MAX:
        _VERIFIED.clear()  # bounded memory; the next calls simply verify again
    _VERIFIED[(secret, token)] = (identity, expires)
    return identity


def _decode(secret, token):
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM],
                            options={"require": ["sub", "role", "authority", "exp"]})
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("identity expired: obtain a new token")
    except jwt.InvalidSignatureError:
        raise Unauthenticated("identity signature is not valid: the token is forged or "
                              "signed with another key")
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated(f"identity is not a valid token: {exc}")
    return (Identity(user=claims["sub"], role=claims["role"], authority=claims["authority"]),
            claims["exp"])


def identity_of(worker_ctx):
    """The verified identity of a worker (verified once, then cached on the worker)."""
    cached = getattr(worker_ctx, _CACHE_ATTR, None)
    if cached is None:
        # A worker started by an event acts for the system that published it.
        system_identity = getattr(worker_ctx.entrypoint, "system_identity", None)
        if system_identity is not None:
            cached = system_identity(worker_ctx)
        else:
            cached = verify_token(worker_ctx.config["IDENTITY_SECRET"],
                                  worker_ctx.data.get(CONTEXT_KEY))
        setattr(worker_ctx, _CACHE_ATTR, cached)
    return cached


def permissions_of(config, role):
    return set((config.get("ROLE_PERMISSIONS") or {}).get(role) or ())


def authorize(worker_ctx, permission):
    """Raise unless the worker's caller holds ``permission``; return the caller's identity."""
    identity = identity_of(worker_ctx)
    if permission not in permissions_of(worker_ctx.config, identity.role):
        raise PermissionDenied(
            f"role {identity.role!r} lacks permission {permission!r}",
            {"permission": permission, "role": identity.role})
    return identity


class Caller:
    """What an entrypoint sees of its caller: the minimum interface (nameko's auth example)."""

    def __init__(self, worker_ctx=None, identity=None):
        self._worker_ctx = worker_ctx
        self._identity = identity  # fixed identity: handler tests, system work

    @classmethod
    def acting_as(cls, identity):
        """A caller with a known identity and no worker (handler tests, internal work)."""
        return cls(identity=identity)

    @property
    def identity(self):
        return self._identity or identity_of(self._worker_ctx)

    def require_jurisdiction(self, authority):
        """Officers act only for their own authority (the case's enforcement office)."""
        identity = self.identity
        if identity.authority != authority:
            raise PermissionDenied(
                f"authority {identity.authority!r} has no jurisdiction over a matter of "
                f"{authority!r}", {"authority": authority})
        return identity


class CallerProvider(DependencyProvider):
    def get_dependency(self, worker_ctx):
        return Caller(worker_ctx)
