"""The RPC inputs and outputs of the personnel decisions (Decree 62/2015 Art. 64, 65, 70, 72)."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.personnel.rules.careers import TRANSFERS, Decider, DecisionKind, DismissalGround
from services.personnel.rules.staff import Position
from services.personnel.schemas import authority_id

# --- Careers (Decree 62/2015 Art. 64, 65, 70, 72) ----------------------------------------
DECIDERS = validate.OneOf(list(Decider))


class ManagerDesignationIn(Schema):
    """A Director or Deputy Director designated at an authority from a day (Art. 72)."""

    officer_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    position = f.Text(max_length=40, required=True,
                      validate=validate.OneOf([Position.HEAD, Position.DEPUTY_HEAD]))
    valid_from = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)


class TransferIn(Schema):
    """A mobilisation, reassignment or secondment (Art. 64, 70): a secondment has a last day."""

    officer_id = f.Id(required=True)
    kind = f.Text(max_length=40, required=True, validate=validate.OneOf(list(TRANSFERS)))
    target_authority_id = authority_id(required=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(load_default=None, allow_none=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)
    reason = f.Text(max_length=500, required=True)  # Art. 64.2.a: the reasons
    request_number = f.Text(max_length=100, load_default=None, allow_none=True)  # Art. 64.2.c

    @validates_schema
    def check_period(self, data, **kwargs):
        secondment = data.get("kind") == DecisionKind.SECONDMENT
        if secondment and data.get("valid_to") is None:
            raise SchemaError({"valid_to": ["a secondment has a last day"]})
        if not secondment and data.get("valid_to") is not None:
            raise SchemaError({"valid_to": ["only a secondment has a last day"]})
        if data.get("valid_to") is not None and data["valid_to"] < data["valid_from"]:
            raise SchemaError({"valid_to": ["cannot be before valid_from"]})


class DismissalIn(Schema):
    """An enforcement officer dismissed after ``last_day`` on a ground of Art. 65."""

    officer_id = f.Id(required=True)
    ground = f.Text(max_length=40, required=True,
                    validate=validate.OneOf(list(DismissalGround)))
    # true or false only (no 'yes', 1): Art. 65.1 turns on it
    criminal_prosecution = fields.Boolean(required=True, truthy={True}, falsy={False})
    facts = f.Text(max_length=1000, required=True)
    last_day = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)


class DecisionOut(Schema):
    id = fields.Integer()
    kind = fields.String()
    outcome = fields.String()  # decided or refused
    officer_id = fields.String()
    applicant_id = fields.String()  # a candidate not yet an official (Art. 58.4)
    authority_id = fields.String()
    target_authority_id = fields.String()
    position = fields.String()
    decider = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()
    decision_number = fields.String()
    reasons = fields.List(fields.String())
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    details = fields.Dict()


class DecisionsOut(Schema):
    officer_id = fields.String()
    decisions = fields.List(fields.Nested(DecisionOut))


MANAGER_DESIGNATION_IN, TRANSFER_IN, DISMISSAL_IN = (ManagerDesignationIn(), TransferIn(),
                                                     DismissalIn())
DECISION_OUT, DECISIONS_OUT = DecisionOut(), DecisionsOut()
