"""HMAC signatures of messages exchanged with parties outside the platform (banks, the State
Treasury, VSDC; immigration later), with per-party keys and rotation.

A signed message is a JSON envelope whose ``payload`` carries ``signature``::

    {"key_id": "2026-11", "algorithm": "HMAC-SHA256", "value": "<64 hex digits>"}

The value is HMAC-SHA256, under the party's key ``key_id``, of the *signed content*: the UTF-8
bytes of the canonical JSON (RFC 8785; our messages hold only strings, integers, lists and
objects, so it is ``json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)``) of
``{"type": ..., "version": ..., "payload": <payload without "signature">}``. The envelope's
transport fields (``event_id``, ``occurred_at``, ``correlation_id``) are not signed: the
message's own id is in the payload.

Rotation: a party has one ``active`` key (used to sign) and any number of keys still accepted
(``keys``), so during a changeover messages signed with the old or the new key both verify.
Keys come from configuration or the environment, never from the repository (test keys aside).
Pure: no nameko, no broker, no clock.
"""
import hashlib
import hmac
import json
from dataclasses import dataclass, field

ALGORITHM = "HMAC-SHA256"


class SignatureError(Exception):
    """A signature that is missing, malformed, under an unknown key or that does not match."""


def canonical(event_type, version, payload):
    """The bytes that are signed: canonical JSON of type, version and payload minus signature."""
    content = {"type": event_type, "version": version,
               "payload": {k: v for k, v in payload.items() if k != "signature"}}
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def digest(event_type, version, payload):
    """SHA-256 of the signed content: what tells a repeated message from a different one."""
    return hashlib.sha256(canonical(event_type, version, payload)).hexdigest()


def _mac(secret, content):
    return hmac.new(secret.encode("utf-8"), content, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class PartyKeys:
    """One party's keys: ``keys`` {key_id: secret} all accepted, ``active`` the one that signs."""

    active: str
    keys: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.active not in self.keys:
            raise ValueError(f"active key {self.active!r} is not among the keys")


class KeyRing:
    """The keys of every party: ``{party: PartyKeys}``, built with :meth:`from_config`."""

    def __init__(self, parties):
        self.parties = dict(parties)

    @classmethod
    def from_config(cls, config):
        """From ``{party: {"active": key_id, "keys": {key_id: secret}}}`` (a mapping or its JSON
        text, as an environment variable holds it)."""
        if isinstance(config, str):
            config = json.loads(config) if config.strip() else {}
        return cls({party: PartyKeys(spec["active"], dict(spec["keys"]))
                    for party, spec in (config or {}).items()})

    def knows(self, party):
        return party in self.parties

    def sign(self, party, event_type, version, payload):
        """``payload`` with its ``signature`` under ``party``'s active key."""
        keys = self.parties[party]
        value = _mac(keys.keys[keys.active], canonical(event_type, version, payload))
        return {**payload, "signature": {"key_id": keys.active, "algorithm": ALGORITHM,
                                         "value": value}}

    def verify(self, party, event_type, version, payload):
        """Return the key id that verifies ``payload``'s signature as ``party``'s; raise
        ``SignatureError`` (saying which check failed, never the key or the content) if none."""
        keys = self.parties.get(party)
        if keys is None:
            raise SignatureError("unknown party")
        signature = payload.get("signature")
        if not isinstance(signature, dict) or signature.get("algorithm") != ALGORITHM:
            raise SignatureError("no signature, or another algorithm")
        secret = keys.keys.get(signature.get("key_id"))
        if secret is None:
            raise SignatureError("key id not accepted for this party")
        expected = _mac(secret, canonical(event_type, version, payload))
        if not hmac.compare_digest(expected, str(signature.get("value", ""))):
            raise SignatureError("signature does not match")
        return signature["key_id"]
