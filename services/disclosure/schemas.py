"""The RPC inputs and outputs of the disclosure service."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError


def text(max_length):
    return fields.String(required=True, validate=validate.Length(min=1, max=max_length))


class EntryIn(Schema):
    """A judgment debtor to publish, after the decision that they lack conditions."""

    case_id = text(36)
    authority = text(50)
    debtor_name = text(200)
    debtor_address = text(500)
    judgment = text(300)  # e.g. "Bản án số 125/2026/DS-ST ngày 15/9/2026 của TAND quận Ba Đình"
    enforcement_decision = text(300)
    unmet_obligation = text(1000)
    reason = text(500)
    lacking_conditions_decision = text(100)
    decided_on = fields.Date(required=True)
    published_on = fields.Date(required=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data["published_on"] < data["decided_on"]:
            raise SchemaError({"published_on": ["cannot be before the decision (decided_on)"]})


class RemovalIn(Schema):
    """Why and when an entry leaves the register (Decree 62/2015 Art. 11.3)."""

    ground = fields.String(required=True)
    document = text(100)  # the decision to resume, or the certification of fulfilment
    document_on = fields.Date(required=True)
    removed_on = fields.Date(required=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data["removed_on"] < data["document_on"]:
            raise SchemaError({"removed_on": ["cannot be before the document (document_on)"]})


class EntryOut(Schema):
    """An entry as the authority's own systems see it (the public see ``rules.public_record``)."""

    id = fields.String()
    authority = fields.String()
    case_id = fields.String()
    debtor_name = fields.String()
    debtor_address = fields.String()
    judgment = fields.String()
    enforcement_decision = fields.String()
    unmet_obligation = fields.String()
    reason = fields.String()
    lacking_conditions_decision = fields.String()
    decided_on = fields.Date()
    publish_by = fields.Date()
    published_on = fields.Date()
    published_late = fields.Function(lambda e: e.published_on > e.publish_by)
    removal_ground = fields.String()
    removal_document = fields.String()
    removal_document_on = fields.Date()
    remove_by = fields.Date()
    removed_on = fields.Date()
    removed_late = fields.Function(lambda e: e.removed_on is not None
                                   and e.removed_on > e.remove_by)
