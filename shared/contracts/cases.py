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


@contract("enforcement_case.opened", version=1, source="cases")
class EnforcementCaseOpenedV1(Schema):
    """A request for enforcement was accepted and a case opened (Law Art. 31; Decree Art. 4).

    The envelope's ``case_id`` and ``authority`` name the case and the enforcement authority
    that has jurisdiction over it: other services keep a local record of each case's authority
    from this event and never take jurisdiction from a caller's own input.
    """

    judgment_id = fields.String(required=True)
    opened_on = fields.Date(required=True)
