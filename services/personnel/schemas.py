"""The RPC inputs and outputs of the personnel service.

Every input field is a strict, bounded ``shared.fields`` type (issue 7 item 10): NUL bytes,
strings longer than their column and days outside 1900..2199 are a ValidationError naming the
field.
"""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.personnel.rules.authorities import LEVELS

# "HN-01", "HCM", "QK7-02": upper-case letters and digits in groups joined by hyphens.
AUTHORITY_ID_FORMAT = validate.Regexp(
    r"^[A-Z0-9]+(-[A-Z0-9]+)*$", error="must be upper-case letters and digits in groups joined "
                                       "by hyphens, like HN-01")
AUTHORITY_ID_LENGTH = 50  # authority.id is String(50)


def authority_id(**kwargs):
    return f.Id(min_length=2, max_length=AUTHORITY_ID_LENGTH, validate=AUTHORITY_ID_FORMAT,
                **kwargs)


class AuthorityIn(Schema):
    """An authority as an administrator registers it."""

    id = authority_id(required=True)
    name = f.Text(max_length=200, required=True)
    name_vi = f.Text(max_length=200, required=True)
    level = f.Text(max_length=30, required=True, validate=validate.OneOf(LEVELS))
    parent_id = authority_id(load_default=None, allow_none=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(load_default=None, allow_none=True)

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


AUTHORITY_IN, AUTHORITY_OUT = AuthorityIn(), AuthorityOut()
