"""The RPC inputs and outputs of the personnel service."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from services.personnel.rules import LEVELS

# "HN-01", "HCM", "QK7-02": upper-case letters and digits in groups joined by hyphens.
AUTHORITY_ID = validate.And(validate.Length(min=2, max=50), validate.Regexp(
    r"^[A-Z0-9]+(-[A-Z0-9]+)*$", error="must be upper-case letters and digits in groups joined "
                                       "by hyphens, like HN-01"))


class AuthorityIn(Schema):
    """An authority as an administrator registers it."""

    id = fields.String(required=True, validate=AUTHORITY_ID)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    name_vi = fields.String(required=True, validate=validate.Length(min=1, max=200))
    level = fields.String(required=True, validate=validate.OneOf(LEVELS))
    parent_id = fields.String(load_default=None, allow_none=True, validate=AUTHORITY_ID)
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(load_default=None, allow_none=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data.get("valid_to") is not None and data["valid_to"] < data["valid_from"]:
            raise SchemaError({"valid_to": ["cannot be before valid_from"]})
        if data.get("parent_id") is not None and data["parent_id"] == data["id"]:
            raise SchemaError({"parent_id": ["an authority cannot be its own parent"]})


class AuthoritySummary(Schema):
    id = fields.String()
    name = fields.String()
    name_vi = fields.String()
    level = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()


class AuthorityOut(AuthoritySummary):
    parent_id = fields.String()
    parameters_used = fields.List(fields.Dict())
    # The authorities above it, nearest first, up to the top of its system.
    chain = fields.List(fields.Nested(AuthoritySummary))
