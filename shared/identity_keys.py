"""The identity issuer's public keys as a service holds them: loading, checking, rotating.

A service holds only public keys, by key id (``IDENTITY_PUBLIC_KEYS``: a directory of
``<kid>.pem`` files or a JWKS file), with the issuer and audience it expects. ``load_keys``
refuses a configuration that is missing or unsafe (no keys, ``IDENTITY_SECRET`` still set, the
development keys or issuer outside ``PLATFORM_DEV_MODE``), saying every problem at once; the
service then refuses to start (``shared.auth.CallerProvider.setup``). Verification of tokens is
``shared.auth``'s.
"""
import json
import os
import re
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ALGORITHM = "EdDSA"  # the only one accepted

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
