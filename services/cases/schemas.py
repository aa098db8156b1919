"""The RPC inputs and outputs of the cases service."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

ROLES = ["judgment_creditor", "judgment_debtor", "related_party"]
KINDS = ["pay_money", "deliver_property", "perform_act", "refrain_from_act", "other"]


class PartyIn(Schema):
    party_id = fields.String(required=True, validate=validate.Length(min=1, max=50))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    address = fields.String(required=True, validate=validate.Length(min=1, max=500))


class ObligationIn(Schema):
    obligation_id = fields.String(required=True, validate=validate.Length(min=1, max=50))
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    debtor_party_id = fields.String(required=True)
    creditor_party_id = fields.String(load_default=None)
    amount = fields.Integer(load_default=None, validate=validate.Range(min=1))
    due_on = fields.Date(load_default=None)
    description = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class JudgmentIn(Schema):
    """A judgment as a court's case system sends it."""

    court = fields.String(required=True, validate=validate.Length(min=1, max=200))
    number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    issued_on = fields.Date(required=True)
    effective_on = fields.Date(required=True)
    authority = fields.String(required=True, validate=validate.Length(min=1, max=50))
    parties = fields.List(fields.Nested(PartyIn), required=True,
                          validate=validate.Length(min=2))
    obligations = fields.List(fields.Nested(ObligationIn), required=True,
                              validate=validate.Length(min=1))

    @validates_schema
    def check_references(self, data, **kwargs):
        party_ids = {p["party_id"] for p in data["parties"]}
        errors = {}
        if len(party_ids) != len(data["parties"]):
            errors["parties"] = ["party_id must be unique"]
        for i, item in enumerate(data["obligations"]):
            for key in ("debtor_party_id", "creditor_party_id"):
                if item.get(key) is not None and item[key] not in party_ids:
                    errors.setdefault("obligations", {}).setdefault(i, {})[key] = [
                        f"no party {item[key]!r} in this judgment"]
        if data["effective_on"] < data["issued_on"]:
            errors["effective_on"] = ["cannot be before issued_on"]
        if errors:
            raise SchemaError(errors)


class RequestIn(Schema):
    """A litigant's request for enforcement (Law Art. 31), as the desk records it."""

    judgment_id = fields.String(required=True)
    requester_party_id = fields.String(required=True)
    obligation_ids = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    received_on = fields.Date(required=True)
    content = fields.String(required=True, validate=validate.Length(min=1, max=2000))


class DecisionIn(Schema):
    case_id = fields.String(required=True)
    number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    issued_on = fields.Date(required=True)


class PartyOut(Schema):
    party_id = fields.String()
    name = fields.String()
    address = fields.String()


class ObligationOut(Schema):
    obligation_id = fields.String()
    kind = fields.String()
    debtor_party_id = fields.String()
    creditor_party_id = fields.String()
    amount = fields.Integer()
    due_on = fields.Date()
    description = fields.String()


class JudgmentOut(Schema):
    id = fields.String()
    court = fields.String()
    number = fields.String()
    issued_on = fields.Date()
    effective_on = fields.Date()
    authority = fields.String()
    parties = fields.List(fields.Nested(PartyOut))
    obligations = fields.List(fields.Nested(ObligationOut))


class DecisionOut(Schema):
    id = fields.String()
    number = fields.String()
    issued_on = fields.Date()
    issued_by = fields.String()
    basis = fields.String()
    notify_by = fields.Date()
    parameters_used = fields.List(fields.Dict())


class CaseOut(Schema):
    id = fields.String()
    authority = fields.String()
    status = fields.String()
    judgment_id = fields.String()
    requester_party_id = fields.String()
    obligation_ids = fields.List(fields.String())
    request_received_on = fields.Date()
    decision_due_on = fields.Date()
    parameters_used = fields.List(fields.Dict())
    decision = fields.Nested(DecisionOut, allow_none=True)
