"""Input validation at the RPC boundary: marshmallow errors become a typed ValidationError.

Schemas use the strict, bounded field types of ``shared.fields``; ``load`` refuses anything but
a JSON object before the schema sees it, and ``require_id`` checks a bare id argument the way
``shared.fields.Id`` checks one in a payload.
"""
from marshmallow import ValidationError as SchemaError

from shared.errors import ValidationError
from shared.fields import ID_MAX_LENGTH, refused_character


def load(schema, data, what="request"):
    """Validate ``data`` with ``schema``; raise ValidationError naming every bad field."""
    if not isinstance(data, dict):
        raise ValidationError(f"{what} must be an object", {"_schema": ["not an object"]})
    try:
        return schema.load(data)
    except SchemaError as exc:
        raise ValidationError(f"{what} is invalid: {', '.join(map(str, exc.messages))}",
                              exc.messages)


def require_id(value, name, max_length=ID_MAX_LENGTH):
    """An id argument must be a non-empty string of at most ``max_length`` characters, without
    control characters or surrounding whitespace; raise ValidationError naming it otherwise."""
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{name} must be a non-empty string", {name: ["required"]})
    if len(value) > max_length:
        raise ValidationError(f"{name} is longer than {max_length} characters",
                              {name: [f"at most {max_length} characters"]})
    if refused_character(value) is not None or value != value.strip():
        raise ValidationError(f"{name} contains a control character or surrounding whitespace",
                              {name: ["invalid character"]})
    return value
