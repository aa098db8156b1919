"""The RPC inputs and outputs of cards, uniforms and insignia (Decree 62/2015 Art. 73, 81-83)."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.personnel.rules.equipment import CardKind, UniformItem
from services.personnel.schemas.examination import strict_boolean


class CardIn(Schema):
    """A card the Ministry issued (Art. 73.2) for the rank held."""

    officer_id = f.Id(required=True)
    kind = f.Text(max_length=30, required=True, validate=validate.OneOf(list(CardKind)))
    number = f.Text(max_length=50, required=True)
    issued_on = f.Day(required=True)


class CardReturnIn(Schema):
    card_id = f.StrictInteger(minimum=1, required=True)
    on = f.Day(required=True)
    reason = f.Text(max_length=500, required=True)


class CardLostIn(Schema):
    card_id = f.StrictInteger(minimum=1, required=True)
    on = f.Day(required=True)
    # Art. 73.1: the police authority it was reported to and its report
    police_report = f.Text(max_length=300, required=True)


class ReplacementIn(Schema):
    explanation = f.Text(max_length=500, required=True)
    accepted = strict_boolean(required=True)


class UniformIssueIn(Schema):
    officer_id = f.Id(required=True)
    item = f.Text(max_length=40, required=True, validate=validate.OneOf(list(UniformItem)))
    quantity = f.StrictInteger(minimum=1, maximum=10, required=True)
    on = f.Day(required=True)
    in_sweater_region = strict_boolean(load_default=False)  # Art. 83.1.c
    replacement = fields.Nested(ReplacementIn, load_default=None, allow_none=True)


class InsigniaQueryIn(Schema):
    officer_id = f.Id(required=True)
    on = f.Day(required=True)


class CardOut(Schema):
    id = fields.Integer()
    officer_id = fields.String()
    kind = fields.String()
    position = fields.String()
    number = fields.String()
    status = fields.String()
    issued_on = fields.Date()
    ended_on = fields.Date()
    end_reason = fields.String()
    must_return = fields.Boolean()


class CardsOut(Schema):
    officer_id = fields.String()
    cards = fields.List(fields.Nested(CardOut))


class UniformIssueOut(Schema):
    id = fields.Integer()
    officer_id = fields.String()
    item = fields.String()
    quantity = fields.Integer()
    kind = fields.String()
    outcome = fields.String()
    issued_on = fields.Date()
    due_on = fields.Date()
    reasons = fields.List(fields.String())
    parameters_used = fields.List(fields.Dict())
    explanation = fields.String()


class InsigniaOut(Schema):
    officer_id = fields.String()
    on = fields.Date()
    rank = fields.String()
    post = fields.String()
    level = fields.String()
    insignia = fields.Dict()


CARD_IN, CARD_RETURN_IN, CARD_LOST_IN = CardIn(), CardReturnIn(), CardLostIn()
CARD_OUT, CARDS_OUT = CardOut(), CardsOut()
UNIFORM_ISSUE_IN, UNIFORM_ISSUE_OUT = UniformIssueIn(), UniformIssueOut()
INSIGNIA_QUERY_IN, INSIGNIA_OUT = InsigniaQueryIn(), InsigniaOut()
