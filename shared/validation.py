"""Input validation at the RPC boundary: marshmallow errors become a typed ValidationError."""
from marshmallow import ValidationError as SchemaError

from shared.errors import ValidationError


def load(schema, data, what="request"):
    """Validate ``data`` with ``schema``; raise ValidationError naming every bad field."""
    if not isinstance(data, dict):
        raise ValidationError(f"{what} must be an object", {"_schema": ["not an object"]})
    try:
        return schema.load(data)
    except SchemaError as exc:
        raise ValidationError(f"{what} is invalid: {', '.join(map(str, exc.messages))}",
                              exc.messages)


def require_id(value, name):
    """An id argument must be a non-empty string; raise ValidationError naming it otherwise."""
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{name} must be a non-empty string", {name: ["required"]})
    return value
