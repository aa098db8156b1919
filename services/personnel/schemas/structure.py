"""The RPC inputs and outputs of the authority tree's structure (Decree 62/2015 Art. 52-54)."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f
from shared.legal import CONFIDENCE


class StructureRowIn(Schema):
    """A dated row: ``authority_parent_levels.<level>`` (value: the parent levels, or
    ``root``) or ``authority_relation.<level>`` (value: management or affiliation)."""

    key = f.Text(max_length=80, required=True)
    value = f.Text(max_length=200, required=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(load_default=None, allow_none=True)
    source = f.Text(max_length=300, required=True)
    confidence = f.Text(max_length=10, required=True, validate=validate.OneOf(CONFIDENCE))

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data.get("valid_to") is not None and data["valid_to"] < data["valid_from"]:
            raise SchemaError({"valid_to": ["cannot be before valid_from"]})


class StructureCloseIn(Schema):
    """The row of ``key`` starting on ``valid_from`` closed on ``valid_to`` (its last day)."""

    key = f.Text(max_length=80, required=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(required=True)
    reason = f.Text(max_length=300, required=True)


class StructureQueryIn(Schema):
    on = f.Day(required=True)


class StructureChangeOut(Schema):
    id = fields.Integer()
    action = fields.String()
    key = fields.String()
    value = fields.String()
    unit = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()
    source = fields.String()
    confidence = fields.String()
    recorded_by = fields.String()


class LevelOut(Schema):
    level = fields.String()
    exists = fields.Boolean()
    parent_levels = fields.List(fields.String())
    relation = fields.String()
    rows = fields.List(fields.Dict())


class StructureOut(Schema):
    on = fields.Date()
    levels = fields.List(fields.Nested(LevelOut))
    changes = fields.List(fields.Nested(StructureChangeOut))


STRUCTURE_ROW_IN, STRUCTURE_CLOSE_IN, STRUCTURE_QUERY_IN = (StructureRowIn(), StructureCloseIn(),
                                                            StructureQueryIn())
STRUCTURE_CHANGE_OUT, STRUCTURE_OUT = StructureChangeOut(), StructureOut()
