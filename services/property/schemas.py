"""The RPC inputs and outputs of the property service."""
from marshmallow import Schema, fields, validate

from services.property.rules import KINDS, STATUSES


class PropertyIn(Schema):
    """An item of the debtor's property, as the enforcement officer records it."""

    case_id = fields.String(required=True, validate=validate.Length(min=1, max=36))
    authority = fields.String(required=True, validate=validate.Length(min=1, max=50))
    debtor_party_id = fields.String(required=True, validate=validate.Length(min=1, max=50))
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    description = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    estimated_value = fields.Integer(load_default=None, allow_none=True, strict=True,
                                     validate=validate.Range(min=0, max=10**18 - 1))
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    recorded_on = fields.Date(required=True)


class PropertyOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    debtor_party_id = fields.String()
    kind = fields.String()
    description = fields.String()
    estimated_value = fields.Integer()
    status = fields.String()
    recorded_on = fields.Date()
    recorded_by = fields.String()


class ForcibleMeasureTimeIn(Schema):
    """A moment at which a forcible measure is planned (ISO 8601; without an offset it is
    Vietnam's time), and the debtor's traditional days if they are a policy beneficiary."""

    at = fields.DateTime(required=True)
    traditional_days = fields.List(fields.Date(), load_default=list)


class ReasonOut(Schema):
    code = fields.String()
    text = fields.String()
    article = fields.String()


class ForcibleMeasureTimeOut(Schema):
    allowed = fields.Boolean()
    local_time = fields.DateTime()
    reasons = fields.List(fields.Nested(ReasonOut))
    parameters_used = fields.List(fields.Dict())
