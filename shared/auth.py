"""Signed identities and declared permissions.

Every RPC carries a JWT in the nameko context data under ``identity``: the user, their role and
the authority (enforcement office) they act for. nameko forwards context data on every
downstream call, so one signature follows a request across services. Each RPC entrypoint declares
the permission it needs (``@rpc(permission="cases.request.submit")``); which roles hold which
permissions is the service's config (``ROLE_PERMISSIONS``), not code.

Identities are signed with EdDSA (Ed25519) by the one identity issuer (``shared.identity``),
which alone holds the private key. A service holds only public keys, by key id
(``IDENTITY_PUBLIC_KEYS``: a directory of ``<kid>.pem`` files or a JWKS file), and accepts a
token only if its ``kid`` names one of them, its signature verifies, and its ``iss`` and ``aud``
are ``IDENTITY_ISSUER`` and ``IDENTITY_AUDIENCE``. Any other algorithm (HS256, "none") is
refused. Several public keys may be configured at once, so keys rotate without a flag day.

A service refuses to start (``CallerProvider.setup``) without keys, issuer or audience, or,
unless ``PLATFORM_DEV_MODE`` is on, with the development keys or issuer that ``make run`` makes.
"""
import logging
import time
from dataclasses import dataclass

import jwt
from nameko.extensions import DependencyProvider

from shared.errors import PermissionDenied, Unauthenticated
# Re-exported: the issuer (shared.identity) and the tests use them from here.
from shared.identity_keys import (  # noqa: F401
    ALGORITHM, DEFAULT_AUDIENCE, DEV_ISSUER, DEV_KEY_DIR, DEV_KID_PREFIX,
    IdentityConfigurationError, KeySet, check_kid, dev_mode, keys_of, load_keys,
    load_public_keys)

log = logging.getLogger(__name__)

CONTEXT_KEY = "identity"
_CACHE_ATTR = "_platform_identity"
REQUIRED_CLAIMS = ("iss", "aud", "sub", "role", "authority", "iat", "exp")


@dataclass(frozen=True)
class Identity:
    user: str
    role: str
    authority: str

    @property
    def is_system(self):
        return self.user.startswith("system:")


_VERIFIED = {}  # (key set fingerprint, token) -> (Identity, exp): a caller resends one token
_VERIFIED_MAX = 10_000
_now = time.time  # the clock of remembered tokens (tests move it)


def verify_token(keys, token):
    """Return the Identity in ``token`` or raise Unauthenticated saying what is wrong with it.

    ``keys`` is a KeySet. A token verified before is answered from memory until it expires: the
    cache key is the exact token and key set, so a forged or altered token never matches an
    entry, and a token is not accepted from memory once its key is no longer configured.
    """
    if not token:
        raise Unauthenticated("no identity: send a signed token in context data 'identity'")
    if not isinstance(token, str):
        raise Unauthenticated("identity is not a valid token: it must be a string")
    known = _VERIFIED.get((keys.fingerprint, token))
    if known is not None:
        if known[1] <= _now():
            raise Unauthenticated("identity expired: obtain a new token")
        return known[0]
    identity, expires = _decode(keys, token)
    if len(_VERIFIED) >= _VERIFIED_MAX:
        _VERIFIED.clear()  # bounded memory; the next calls simply verify again
    _VERIFIED[(keys.fingerprint, token)] = (identity, expires)
    return identity


def _decode(keys, token):
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated(f"identity is not a valid token: {exc}")
    algorithm = header.get("alg")
    if algorithm != ALGORITHM:
        raise Unauthenticated(f"identity is signed with {algorithm!r}: only {ALGORITHM} "
                              "identities from the identity issuer are accepted")
    kid = header.get("kid")
    if not kid:
        raise Unauthenticated("identity names no signing key (no 'kid' header): obtain a "
                              "token from the identity issuer")
    key = keys.key(kid) if isinstance(kid, str) else None
    if key is None:
        raise Unauthenticated(f"identity is signed with unknown key {str(kid)[:64]!r}: the key "
                              "is retired or was never the identity issuer's")
    try:
        claims = jwt.decode(token, key, algorithms=[ALGORITHM], issuer=keys.issuer,
                            audience=keys.audience, options={"require": list(REQUIRED_CLAIMS)})
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("identity expired: obtain a new token")
    except jwt.InvalidSignatureError:
        raise Unauthenticated("identity signature is not valid: the token is forged or "
                              "signed with another key")
    except jwt.InvalidAudienceError:
        raise Unauthenticated(f"identity is for another audience: this service accepts "
                              f"aud {keys.audience!r}")
    except jwt.InvalidIssuerError:
        raise Unauthenticated(f"identity is from another issuer: this service accepts "
                              f"iss {keys.issuer!r}")
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated(f"identity is not a valid token: {exc}")
    if not all(isinstance(claims[name], str) and claims[name]
               for name in ("sub", "role", "authority")):
        raise Unauthenticated("identity is not a valid token: sub, role and authority must be "
                              "non-empty strings")
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
            cached = verify_token(keys_of(worker_ctx.config), worker_ctx.data.get(CONTEXT_KEY))
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
    def setup(self):
        # Read the public keys now: a service without valid keys must not start at all.
        config = self.container.config
        keys = keys_of(config, reload=True)
        if dev_mode(config):
            log.warning("identity: DEVELOPMENT MODE (PLATFORM_DEV_MODE): accepting keys %s "
                        "of issuer %r; never run a real deployment like this", keys.kids,
                        keys.issuer)
        else:
            log.info("identity: accepting keys %s of issuer %r for audience %r", keys.kids,
                     keys.issuer, keys.audience)

    def get_dependency(self, worker_ctx):
        return Caller(worker_ctx)
