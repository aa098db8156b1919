"""Pieces of the signed messages exchanged with institutions outside the platform (banks, the
State Treasury, VSDC): the signature (``shared.signing``) and plain-text dates.

Every field of a signed payload is a string, an integer, a list or an object, loaded exactly as
it arrived: the signature covers the bytes' canonical JSON, so no field may be reshaped on load
(dates are ISO text checked here, not ``date`` objects).
"""
from datetime import date, datetime

from marshmallow import Schema, ValidationError, fields, validate

from shared.signing import ALGORITHM


def _iso_date(value):
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValidationError("Not a valid ISO date (YYYY-MM-DD).") from None
    if len(value) != 10:
        raise ValidationError("Not a valid ISO date (YYYY-MM-DD).")


def _aware_datetime(value):
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError("Not a valid ISO 8601 date-time.") from None
    if moment.tzinfo is None:
        raise ValidationError("A date-time needs its UTC offset.")


def IsoDate(**kwargs):
    """An ISO date (YYYY-MM-DD) kept as text."""
    return fields.String(validate=_iso_date, metadata={"format": "date"}, **kwargs)


def IsoDateTime(**kwargs):
    """An ISO 8601 date-time with its offset, kept as text."""
    return fields.String(validate=_aware_datetime, metadata={"format": "date-time"}, **kwargs)


def Ident(max_length=64, **kwargs):
    return fields.String(validate=validate.Length(min=1, max=max_length), **kwargs)


UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def Uuid(**kwargs):
    """A lower-case UUID, kept as text."""
    return fields.String(validate=validate.Regexp(UUID_PATTERN), metadata={"format": "uuid"},
                         **kwargs)


def Money(**kwargs):
    """Whole đồng (VND), never a fraction."""
    return fields.Integer(strict=True, validate=validate.Range(min=0, max=10**18 - 1), **kwargs)


class Signature(Schema):
    """HMAC-SHA256 of the canonical JSON of ``{"type", "version", "payload" minus signature}``
    under the sender's key ``key_id`` (docs/integrations.md)."""

    key_id = Ident(required=True)
    algorithm = fields.String(required=True, validate=validate.Equal(ALGORITHM))
    value = fields.String(required=True, validate=validate.Regexp(r"^[0-9a-f]{64}$"))


class SignedMessage(Schema):
    """What every signed message carries: its own id, the institution, the case, a signature."""

    institution = Ident(required=True)
    case_id = Ident(36, required=True)
    signature = fields.Nested(Signature, required=True)


class Answer(SignedMessage):
    """An institution's answer to one order: its own id, the order's id, when it was given."""

    answer_id = Uuid(required=True)
    order_id = Uuid(required=True)
    answered_at = IsoDateTime(required=True)


REFUSAL_CODES = ["account_not_found", "account_closed", "holder_mismatch",
                 "securities_not_found", "order_incomplete", "refused_to_receive", "other"]


class Refused(Answer):
    """The institution did not execute the order (Decree 62/2015 Art. 20.2), with its reason."""

    reason_code = fields.String(required=True, validate=validate.OneOf(REFUSAL_CODES))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class Lifted(Answer):
    """The freeze named by the lift order is lifted."""


class SecurityLine(Schema):
    ticker = fields.String(required=True, validate=validate.Regexp(r"^[A-Z0-9]{1,10}$"))
    quantity = fields.Integer(required=True, strict=True, validate=validate.Range(min=1,
                                                                                  max=10**15))
