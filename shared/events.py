"""The event envelope and the registry of event contracts.

Every event on the bus is one JSON envelope::

    {"event_id", "type", "version", "occurred_at", "authority", "case_id",
     "correlation_id", "payload"}

``type`` is also the AMQP routing key, on the topic exchange ``<source service>.events`` (the
exchange nameko's own ``event_handler`` binds to). Each (type, version) has a marshmallow schema
registered with :func:`contract`; a consumer accepts an envelope only if it and its payload
validate. External parties (banks, VSDC) publish and read the same envelopes with any AMQP client.
"""
import json
import uuid
from datetime import datetime, timezone

from marshmallow import Schema, fields
from marshmallow import ValidationError as SchemaError

from shared.errors import ValidationError


class Envelope(Schema):
    event_id = fields.UUID(required=True)
    type = fields.String(required=True)
    version = fields.Integer(required=True, strict=True)
    occurred_at = fields.AwareDateTime(required=True)
    authority = fields.String(required=True)
    case_id = fields.String(load_default=None, allow_none=True)
    correlation_id = fields.String(required=True)
    payload = fields.Dict(required=True)


_ENVELOPE = Envelope()
CONTRACTS = {}  # (type, version) -> (source service, schema instance)


def contract(event_type, version, source):
    """Register a payload schema as the contract of ``event_type`` at ``version``."""

    def register(schema_cls):
        key = (event_type, version)
        if key in CONTRACTS:
            raise RuntimeError(f"contract {event_type} v{version} registered twice")
        CONTRACTS[key] = (source, schema_cls())
        schema_cls.event_type, schema_cls.version, schema_cls.source = event_type, version, source
        return schema_cls

    return register


def latest_version(event_type):
    versions = [v for (t, v) in CONTRACTS if t == event_type]
    if not versions:
        raise ValidationError(f"unknown event type {event_type!r}", {"type": ["unknown"]})
    return max(versions)


def source_of(event_type):
    return CONTRACTS[(event_type, latest_version(event_type))][0]


def exchange_name(source):
    return f"{source}.events"


def _schema(event_type, version):
    try:
        return CONTRACTS[(event_type, version)][1]
    except KeyError:
        raise ValidationError(f"no contract for event {event_type!r} version {version}",
                              {"type": [f"no contract for {event_type} v{version}"]})


def _iso(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def new_envelope(event_type, payload, *, authority, correlation_id=None, case_id=None,
                 version=None, occurred_at=None):
    """Build a validated envelope; a producer cannot emit an event its contract refuses."""
    version = version or latest_version(event_type)
    schema = _schema(event_type, version)
    try:
        # Through JSON first: the contract validates exactly what goes on the wire.
        dumped = schema.dump(schema.load(json.loads(json.dumps(payload, default=_iso))))
    except SchemaError as exc:
        raise ValidationError(f"payload of {event_type} v{version} breaks its contract",
                              {"payload": exc.messages})
    event_id = str(uuid.uuid4())
    return {
        "event_id": event_id,
        "type": event_type,
        "version": version,
        "occurred_at": (occurred_at or datetime.now(timezone.utc)).isoformat(),
        "authority": authority,
        "case_id": case_id,
        "correlation_id": correlation_id or event_id,
        "payload": dumped,
    }


def validate_envelope(body):
    """Check an incoming envelope and its payload; raise ValidationError naming each bad field.

    Returns the envelope with its payload loaded by the contract (dates as dates, etc.).
    """
    if not isinstance(body, dict):
        raise ValidationError("event body is not a JSON object", {"body": ["not an object"]})
    try:
        _ENVELOPE.load(body)
    except SchemaError as exc:
        raise ValidationError("event envelope is invalid", exc.messages)
    try:
        payload = _schema(body["type"], body["version"]).load(body["payload"])
    except SchemaError as exc:
        raise ValidationError(f"payload of {body['type']} v{body['version']} is invalid",
                              {"payload": exc.messages})
    return {**body, "payload": payload}


# Register every contract (at the end: the contract modules import ``contract`` from here).
import shared.contracts  # noqa: E402,F401
