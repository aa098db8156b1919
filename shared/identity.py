"""The identity issuer: Ed25519 key pairs and the signed identities services accept.

One identity issuer holds the private key and signs identities (EdDSA JWTs with ``iss``,
``aud``, ``sub``, ``role``, ``authority``, ``iat``, ``exp`` and a ``kid`` header). Services hold
only the public keys, by key id, and verify with ``shared.auth``: none of them can mint an
identity. Nothing here runs inside a service.

    python -m shared.identity keygen DIR --kid KID [--if-missing]
        a new pair: DIR/private/KID.pem (mode 0600, the issuer's) and DIR/public/KID.pem
        (give DIR/public, or a JWKS of it, to every service as IDENTITY_PUBLIC_KEYS)
    python -m shared.identity issue --role ROLE --authority AUTH --user USER [--ttl SECONDS]
        [--key-dir DIR | --private-key FILE] [--kid KID] [--issuer ISS] [--audience AUD]
        print a signed identity (the newest private key in DIR unless --kid says which)
    python -m shared.identity jwks DIR/public
        print the JWKS of a directory of public keys

``make run`` calls ``keygen var/identity --kid dev-local --if-missing``: a development pair,
never committed (var/ is ignored by git), which services accept only with PLATFORM_DEV_MODE=1.
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jwt.algorithms import OKPAlgorithm

from shared.auth import (ALGORITHM, DEFAULT_AUDIENCE, DEV_ISSUER, DEV_KEY_DIR,
                         IdentityConfigurationError, check_kid, load_public_keys)


def generate_key_pair():
    """A new Ed25519 pair as PEM bytes: (private PKCS#8, public SubjectPublicKeyInfo)."""
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    return private_pem, public_pem


def keygen(directory, kid, if_missing=False):
    """Write DIR/private/<kid>.pem (0600) and DIR/public/<kid>.pem; return the two paths.

    An existing kid is never overwritten (a new key is a new kid); with ``if_missing`` the
    existing pair is kept and returned.
    """
    check_kid(kid)
    directory = Path(directory)
    private_path = directory / "private" / f"{kid}.pem"
    public_path = directory / "public" / f"{kid}.pem"
    if private_path.exists() or public_path.exists():
        if if_missing and private_path.exists() and public_path.exists():
            return private_path, public_path
        raise FileExistsError(f"key {kid!r} already exists in {directory}: a new key needs a "
                              "new kid (rotation keeps the old public key until it is retired)")
    private_pem, public_pem = generate_key_pair()
    (directory / "private").mkdir(parents=True, exist_ok=True, mode=0o700)
    (directory / "public").mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


class TokenIssuer:
    """Signs identities with one private key: ``TokenIssuer(pem, kid, issuer, audience)``."""

    def __init__(self, private_key_pem, kid, issuer, audience):
        if isinstance(private_key_pem, str):
            private_key_pem = private_key_pem.encode()
        key = serialization.load_pem_private_key(private_key_pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the identity issuer signs with an Ed25519 private key (EdDSA)")
        if not issuer or not audience:
            raise ValueError("an identity needs an issuer and an audience")
        self.kid = check_kid(kid)
        self.issuer, self.audience = issuer, audience
        self._key = key

    @classmethod
    def from_key_dir(cls, directory, kid=None, issuer=DEV_ISSUER, audience=DEFAULT_AUDIENCE):
        """The issuer of DIR/private/<kid>.pem; without ``kid``, the newest key there."""
        private_dir = Path(directory) / "private"
        if kid is None:
            candidates = sorted(private_dir.glob("*.pem"), key=lambda p: p.stat().st_mtime)
            if not candidates:
                raise FileNotFoundError(f"no private key in {private_dir}: run "
                                        f"`python -m shared.identity keygen {directory} --kid K`")
            path = candidates[-1]
        else:
            path = private_dir / f"{kid}.pem"
        return cls(path.read_bytes(), path.stem, issuer, audience)

    def issue(self, user, role, authority, ttl_seconds=3600, now=None):
        """A signed identity; callers put it in context data under ``identity``."""
        issued = int(now if now is not None else time.time())
        claims = {"iss": self.issuer, "aud": self.audience, "sub": user, "role": role,
                  "authority": authority, "iat": issued, "exp": issued + int(ttl_seconds)}
        return jwt.encode(claims, self._key, algorithm=ALGORITHM, headers={"kid": self.kid})


def jwks(public_dir):
    """The JWKS document of a directory of ``<kid>.pem`` public keys."""
    keys = []
    for kid, key in sorted(load_public_keys(public_dir).items()):
        jwk = OKPAlgorithm.to_jwk(key, as_dict=True)
        keys.append({**jwk, "kid": kid, "alg": ALGORITHM, "use": "sig"})
    return {"keys": keys}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m shared.identity", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("keygen", help="a new Ed25519 key pair under DIR")
    gen.add_argument("directory")
    gen.add_argument("--kid", required=True)
    gen.add_argument("--if-missing", action="store_true", help="keep an existing pair")
    issue = commands.add_parser("issue", help="print a signed identity")
    issue.add_argument("--role", required=True)
    issue.add_argument("--authority", required=True)
    issue.add_argument("--user", required=True)
    issue.add_argument("--ttl", type=int, default=3600, help="seconds (default 3600)")
    source = issue.add_mutually_exclusive_group()
    source.add_argument("--key-dir", default=os.environ.get("IDENTITY_KEY_DIR", str(DEV_KEY_DIR)))
    source.add_argument("--private-key", help="a PEM file; its name is the kid unless --kid")
    issue.add_argument("--kid")
    issue.add_argument("--issuer", default=os.environ.get("IDENTITY_ISSUER") or DEV_ISSUER)
    issue.add_argument("--audience",
                       default=os.environ.get("IDENTITY_AUDIENCE") or DEFAULT_AUDIENCE)
    export = commands.add_parser("jwks", help="print the JWKS of a directory of public keys")
    export.add_argument("public_dir")
    args = parser.parse_args(argv)

    try:
        if args.command == "keygen":
            private_path, public_path = keygen(args.directory, args.kid, args.if_missing)
            print(f"private key (the issuer's only): {private_path}\n"
                  f"public key (for services' IDENTITY_PUBLIC_KEYS): {public_path}")
        elif args.command == "issue":
            if args.private_key:
                path = Path(args.private_key)
                issuer = TokenIssuer(path.read_bytes(), args.kid or path.stem, args.issuer,
                                     args.audience)
            else:
                issuer = TokenIssuer.from_key_dir(args.key_dir, args.kid, args.issuer,
                                                  args.audience)
            print(issuer.issue(args.user, args.role, args.authority, args.ttl))
        else:
            print(json.dumps(jwks(args.public_dir), indent=2))
    except (OSError, ValueError, IdentityConfigurationError) as exc:
        print(f"shared.identity: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
