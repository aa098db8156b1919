"""Events published by the ``cases`` service."""
from marshmallow import Schema, fields, validate

from shared.registry import contract


class Party(Schema):
    party_id = fields.String(required=True)
    role = fields.String(required=True, validate=validate.OneOf(
        ["judgment_creditor", "judgment_debtor", "related_party"]))
    name = fields.String(required=True)
    address = fields.String(required=True)


@contract("enforcement_decision.issued", version=1, source="cases")
class EnforcementDecisionIssuedV1(Schema):
    """The head of an authority issued a judgment enforcement decision (Decree Art. 6-7).

    Every party listed must be notified (Law Art. 39: within 3 working days of issuance).
    """

    decision_id = fields.String(required=True)
    decision_number = fields.String(required=True)
    basis = fields.String(required=True, validate=validate.OneOf(["on_request", "automatic"]))
    issued_on = fields.Date(required=True)
    judgment_id = fields.String(required=True)
    judgment_number = fields.String(required=True)
    court = fields.String(required=True)
    parties = fields.List(fields.Nested(Party), required=True, validate=validate.Length(min=1))
    notify_by = fields.Date(required=True)
