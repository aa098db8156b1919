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
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from nameko.extensions import DependencyProvider

from shared.errors import PermissionDenied, Unauthenticated

log = logging.getLogger(__name__)

CONTEXT_KEY = "identity"
ALGORITHM = "EdDSA"
_CACHE_ATTR = "_platform_identity"
REQUIRED_CLAIMS = ("iss", "aud", "sub", "role", "authority", "iat", "exp")

# Development mode (``make run``): the key pair `make run` writes to var/identity/ (git ignores
# var/) and this issuer name. Outside development mode a service refuses both.
ROOT = Path(__file__).resolve().parent.parent
DEV_KEY_DIR = ROOT / "var" / "identity"
DEV_ISSUER = "enforcement-identity-dev"
DEV_KID_PREFIX = "dev-"
DEFAULT_AUDIENCE = "enforcement-platform"
_KID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class IdentityConfigurationError(Exception):
    """A service's identity settings would leave it unable to verify callers, or insecure."""


@dataclass(frozen=True)
class Identity:
    user: str
    role: str
    authority: str

    @property
    def is_system(self):
        return self.user.startswith("system:")


def check_kid(kid):
    if not isinstance(kid, str) or not _KID.match(kid):
        raise ValueError(f"key id {kid!r} must be 1-64 letters, digits, '.', '_' or '-'")
    return kid


class KeySet:
    """The public keys (by kid), issuer and audience a service verifies identities with."""

    def __init__(self, public_keys, issuer, audience):
        if not public_keys:
            raise IdentityConfigurationError("no identity public keys")
        for kid, key in public_keys.items():
            check_kid(kid)
            if not isinstance(key, Ed25519PublicKey):
                raise IdentityConfigurationError(f"key {kid!r} is not an Ed25519 public key")
        self._keys = dict(public_keys)
        self.issuer, self.audience = issuer, audience
        # What the verified-token cache is keyed by: a token verified under one key set is
        # never answered from memory under another.
        self.fingerprint = (issuer, audience, tuple(sorted(
            (kid, key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
            for kid, key in self._keys.items())))

    @property
    def kids(self):
        return sorted(self._keys)

    def key(self, kid):
        return self._keys.get(kid)

    def __eq__(self, other):
        return isinstance(other, KeySet) and other.fingerprint == self.fingerprint

    def __hash__(self):
        return hash(self.fingerprint)

    def __repr__(self):
        return f"KeySet(kids={self.kids}, issuer={self.issuer!r}, audience={self.audience!r})"


def load_public_keys(source):
    """{kid: Ed25519PublicKey} from a directory of ``<kid>.pem`` files or a JWKS file."""
    path = Path(source)
    if path.is_dir():
        keys = {}
        for pem in sorted(path.glob("*.pem")):
            data = pem.read_bytes()
            if b"PRIVATE KEY" in data:
                raise IdentityConfigurationError(
                    f"{pem} is a private key: services hold only public keys (give them the "
                    "issuer's public/ directory, never its private/ one)")
            try:
                check_kid(pem.stem)
                key = serialization.load_pem_public_key(data)
            except ValueError as exc:
                raise IdentityConfigurationError(f"{pem}: {exc}") from None
            if not isinstance(key, Ed25519PublicKey):
                raise IdentityConfigurationError(
                    f"{pem} is not an Ed25519 public key: identities are EdDSA only")
            keys[pem.stem] = key
        if not keys:
            raise IdentityConfigurationError(f"{path} holds no <kid>.pem public key")
        return keys
    if path.is_file():
        try:
            document = json.loads(path.read_text())
            entries = document["keys"]
        except (ValueError, KeyError, TypeError) as exc:
            raise IdentityConfigurationError(f"{path} is not a JWKS document: {exc}") from None
        keys = {}
        for entry in entries:
            if not isinstance(entry, dict) or "d" in entry:
                raise IdentityConfigurationError(
                    f"{path} holds a private or malformed key: services hold only public keys")
            if entry.get("kty") != "OKP" or entry.get("crv") != "Ed25519":
                raise IdentityConfigurationError(
                    f"{path}: key {entry.get('kid')!r} is not an Ed25519 key (EdDSA only)")
            try:
                kid = check_kid(entry.get("kid"))
                keys[kid] = jwt.PyJWK(entry, algorithm=ALGORITHM).key
            except (ValueError, jwt.PyJWKError) as exc:
                raise IdentityConfigurationError(f"{path}: {exc}") from None
        if not keys:
            raise IdentityConfigurationError(f"{path} holds no public key")
        return keys
    raise IdentityConfigurationError(f"{path} does not exist (a directory of <kid>.pem public "
                                     "keys or a JWKS file)")


def dev_mode(config):
    value = config.get("PLATFORM_DEV_MODE", os.environ.get("PLATFORM_DEV_MODE"))
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def load_keys(config):
    """The KeySet a service's config names; raise IdentityConfigurationError saying what is wrong.

    Outside development mode the keys, issuer and audience must all be set explicitly, and the
    development key pair and issuer of ``make run`` are refused.
    """
    dev = dev_mode(config)
    source = config.get("IDENTITY_PUBLIC_KEYS") or (DEV_KEY_DIR / "public" if dev else None)
    issuer = config.get("IDENTITY_ISSUER") or (DEV_ISSUER if dev else None)
    audience = config.get("IDENTITY_AUDIENCE")
    problems = []
    if config.get("IDENTITY_SECRET"):
        problems.append("IDENTITY_SECRET is set, but shared-secret (HS256) identities are no "
                        "longer accepted: remove it and configure the issuer's public keys")
    if not source:
        problems.append("IDENTITY_PUBLIC_KEYS is not set: give the identity issuer's public "
                        "keys (a directory of <kid>.pem files or a JWKS file)")
    if not issuer:
        problems.append("IDENTITY_ISSUER is not set: give the identity issuer's name (the "
                        "tokens' iss)")
    if not audience:
        problems.append("IDENTITY_AUDIENCE is not set: give the platform's audience (the "
                        "tokens' aud)")
    keys = {}
    if source:
        try:
            keys = load_public_keys(source)
        except IdentityConfigurationError as exc:
            problems.append(f"IDENTITY_PUBLIC_KEYS: {exc}")
    if not dev:
        if issuer == DEV_ISSUER:
            problems.append(f"IDENTITY_ISSUER is the development issuer {DEV_ISSUER!r}")
        dev_kids = sorted(kid for kid in keys if kid.startswith(DEV_KID_PREFIX))
        if dev_kids:
            problems.append(f"development keys {dev_kids} are configured")
        if source and Path(source).resolve().is_relative_to(DEV_KEY_DIR.resolve()):
            problems.append(f"IDENTITY_PUBLIC_KEYS is the development key directory {source}")
    if problems:
        raise IdentityConfigurationError(
            "refusing to start: the identity configuration is missing or unsafe:\n  - "
            + "\n  - ".join(problems)
            + ("\n(PLATFORM_DEV_MODE=1 relaxes the development-key checks; it is for "
               "`make run` only)" if not dev else ""))
    return KeySet(keys, issuer, audience)


_KEYSETS = {}  # config's identity settings -> KeySet (loaded at service start)


def _settings(config):
    return tuple(str(config.get(name)) for name in (
        "IDENTITY_PUBLIC_KEYS", "IDENTITY_ISSUER", "IDENTITY_AUDIENCE", "IDENTITY_SECRET")
    ) + (dev_mode(config),)


def keys_of(config, reload=False):
    """The KeySet of a service's config, read from disk once (at start, or ``reload``)."""
    settings = _settings(config)
    keys = None if reload else _KEYSETS.get(settings)
    if keys is None:
        keys = _KEYSETS[settings] = load_keys(config)
    return keys


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
