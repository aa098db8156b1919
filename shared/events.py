"""The event envelope and the registry of event contracts.

Every event on the bus is one JSON envelope::

    {"event_id", "type", "version", "occurred_at", "authority", "case_id",
     "correlation_id", "payload"}

``type`` is also the AMQP routing key, on the topic exchange ``<source service>.events`` (the
exchange nameko's own ``event_handler`` binds to). Each (type, version) has a marshmallow schema
registered with ``shared.registry.contract``; a consumer accepts an envelope only if it and its payload
validate. External parties (banks, VSDC) publish and read the same envelopes with any AMQP client.
The registry itself is ``shared.registry``; this module re-exports its lookups.
"""
import json
import uuid
from datetime import datetime, timezone

from marshmallow import Schema, fields
from marshmallow import ValidationError as SchemaError

import shared.contracts  # noqa: F401  (registers every published contract)
from shared.errors import ValidationError
from shared.registry import CONTRACTS, contract, latest_version, schema_of, source_of  # noqa: F401


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
def exchange_name(source):
    return f"{source}.events"


def _iso(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def new_envelope(event_type, payload, *, authority, correlation_id=None, case_id=None,
                 version=None, occurred_at=None):
    """Build a validated envelope; a producer cannot emit an event its contract refuses."""
    version = version or latest_version(event_type)
    schema = schema_of(event_type, version)
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
        payload = schema_of(body["type"], body["version"]).load(body["payload"])
    except SchemaError as exc:
        raise ValidationError(f"payload of {body['type']} v{body['version']} is invalid",
                              {"payload": exc.messages})
    return {**body, "payload": payload}

