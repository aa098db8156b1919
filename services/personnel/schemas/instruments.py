"""The RPC inputs and outputs of support instruments (Decree 62/2015 Art. 74-77)."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.personnel.rules.instruments import Condition, InstrumentKind
from services.personnel.schemas import authority_id


class InstrumentIn(Schema):
    id = f.Id(required=True)
    authority_id = authority_id(required=True)
    kind = f.Text(max_length=40, required=True, validate=validate.OneOf(list(InstrumentKind)))
    allocation_decision = f.Text(max_length=100, required=True)  # Art. 75.1
    on = f.Day(required=True)


def quantities(minimum):
    # {kind of Art. 74.2: how many}; integers only
    return fields.Dict(keys=f.Text(max_length=40, validate=validate.OneOf(list(InstrumentKind))),
                       values=f.StrictInteger(minimum=minimum, maximum=100000), required=True,
                       validate=validate.Length(min=1))


class PlanIn(Schema):
    """A Department's plan of support instruments (Art. 75.1)."""

    id = f.Id(required=True)  # the plan's number
    authority_id = authority_id(required=True)
    submitted_on = f.Day(required=True)
    requested = quantities(1)


class AllocationIn(Schema):
    """The General Director's decision on a plan (Art. 75.1)."""

    plan_id = f.Id(required=True)
    decided_by_authority_id = authority_id(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decided_on = f.Day(required=True)
    allocated = quantities(0)


class PlanOut(Schema):
    id = fields.String()
    authority_id = fields.String()
    submitted_on = fields.Date()
    requested = fields.Dict(keys=fields.String(), values=fields.Integer())
    status = fields.String()
    decision_number = fields.String()
    decided_on = fields.Date()
    allocated = fields.Dict(keys=fields.String(), values=fields.Integer(), allow_none=True)


class DeliveryIn(Schema):
    instrument_id = f.Id(required=True)
    officer_id = f.Id(required=True)
    on = f.Day(required=True)
    delivery_note = f.Text(max_length=100, required=True)  # Art. 75.2


class ReturnIn(Schema):
    instrument_id = f.Id(required=True)
    on = f.Day(required=True)
    delivery_note = f.Text(max_length=100, required=True)


class InspectionIn(Schema):
    instrument_id = f.Id(required=True)
    on = f.Day(required=True)
    condition = f.Text(max_length=20, required=True, validate=validate.OneOf(list(Condition)))
    report_number = f.Text(max_length=100, required=True)


class DisposalIn(Schema):
    authority_id = authority_id(required=True)
    instrument_ids = f.List(f.Id(), min_length=1, max_length=500, required=True)
    action = f.Text(max_length=20, required=True,
                    validate=validate.OneOf(["liquidate", "destroy"]))
    on = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)


class MovementOut(Schema):
    id = fields.Integer()
    action = fields.String()
    outcome = fields.String()
    officer_id = fields.String()
    on = fields.Date()
    document_number = fields.String()
    condition = fields.String()
    reasons = fields.List(fields.String())


class InstrumentOut(Schema):
    id = fields.String()
    authority_id = fields.String()
    kind = fields.String()
    status = fields.String()
    condition = fields.String()
    holder_id = fields.String()
    allocation_decision = fields.String()
    movements = fields.List(fields.Nested(MovementOut))


class DisposalOut(Schema):
    authority_id = fields.String()
    action = fields.String()
    outcome = fields.String()
    reasons = fields.List(fields.String())
    instruments = fields.List(fields.Nested(InstrumentOut))


INSTRUMENT_IN, DELIVERY_IN, RETURN_IN = InstrumentIn(), DeliveryIn(), ReturnIn()
INSTRUMENT_INSPECTION_IN, DISPOSAL_IN = InspectionIn(), DisposalIn()
INSTRUMENT_OUT, DISPOSAL_OUT = InstrumentOut(), DisposalOut()
PLAN_IN, ALLOCATION_IN, PLAN_OUT = PlanIn(), AllocationIn(), PlanOut()
