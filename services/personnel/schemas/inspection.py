"""The RPC inputs and outputs of inspections (Decree 62/2015 Art. 66-68)."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.personnel.schemas import authority_id, identity_number

#: Decree 62/2015 Art. 67.1-67.3: what an inspector inspects or verifies.
SUBJECT_KINDS = ["case", "complaint", "statistics", "procuracy_appeal", "other"]


class PersonIn(Schema):
    person_id = f.Id(required=True)
    name = f.Text(max_length=200, required=True)
    identity_number = identity_number(load_default=None, allow_none=True)


class InspectionIn(Schema):
    """An inspection given by the head's decision (Art. 68.3.c) to an inspector."""

    authority_id = authority_id(required=True)
    inspector_id = f.Id(required=True)
    subject_kind = f.Text(max_length=30, required=True, validate=validate.OneOf(SUBJECT_KINDS))
    subject_reference = f.Text(max_length=200, required=True)
    persons = f.List(fields.Nested(PersonIn), min_length=0, max_length=100, required=True)
    decision_number = f.Text(max_length=100, required=True)
    on = f.Day(required=True)


class BarOut(Schema):
    person_id = fields.String()
    person_name = fields.String()
    relation = fields.String()
    matched_by = fields.String()
    ground = fields.String()


class InspectionOut(Schema):
    id = fields.Integer()
    authority_id = fields.String()
    inspector_id = fields.String()
    subject_kind = fields.String()
    subject_reference = fields.String()
    persons = fields.List(fields.Dict())
    outcome = fields.String()
    reasons = fields.List(fields.String())
    barred_by = fields.List(fields.Nested(BarOut))
    decision_number = fields.String()
    on = fields.Date()


INSPECTION_IN, INSPECTION_OUT = InspectionIn(), InspectionOut()
