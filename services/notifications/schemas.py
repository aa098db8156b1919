"""The RPC inputs and outputs of the notifications service."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.notifications.rules import channels, delivery


class DeliveryIn(Schema):
    """An attempt to deliver a notice in person or by post, as the officer records it."""

    notice_id = f.Id(required=True)
    channel = f.Text(max_length=30, required=True,
                     validate=validate.OneOf(delivery.ATTEMPT_CHANNELS))
    delivered_on = f.Day(required=True)
    outcome = f.Text(max_length=30, required=True, validate=validate.OneOf(delivery.OUTCOMES))
    witness_name = f.Text(max_length=200, load_default=None, allow_none=True)
    relative_name = f.Text(max_length=200, load_default=None, allow_none=True)
    #: the number of the postman's return receipt (Decree Art. 12.1(b)), for ``post``
    return_receipt = f.Text(max_length=200, load_default=None, allow_none=True)
    note = f.Text(max_length=1000, multiline=True, load_default=None, allow_none=True)


class AttemptOut(Schema):
    id = fields.String()
    channel = fields.String()
    attempted_on = fields.Date()
    outcome = fields.String()
    witness_name = fields.String(allow_none=True)
    relative_name = fields.String(allow_none=True)
    reference = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    legal_basis = fields.String()
    recorded_by = fields.String()


class NoticeOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    document_type = fields.String()
    document_id = fields.String()
    document_number = fields.String()
    document_issued_on = fields.Date(allow_none=True)
    party_id = fields.String()
    party_role = fields.String()
    recipient_kind = fields.String()
    recipient_name = fields.String(allow_none=True)
    recipient_address = fields.String(allow_none=True)
    channel = fields.String()
    initial = fields.Boolean()
    contact = fields.String(allow_none=True)
    status = fields.String()
    due_by = fields.Date()
    valid_on = fields.Date(allow_none=True)
    attempts = fields.List(fields.Nested(AttemptOut))


class ConsentIn(Schema):
    """A person's consent to VNeID / the portal or request for e-mail / fax, as given."""

    party_id = f.Id(required=True)
    channel = f.Text(max_length=30, required=True,
                     validate=validate.OneOf(channels.CONSENT_CHANNELS))
    contact = f.Text(max_length=200, load_default=None, allow_none=True)
    given_on = f.Day(required=True)


class WithdrawalIn(Schema):
    consent_id = f.Id(required=True)
    withdrawn_on = f.Day(required=True)


class AddressReportIn(Schema):
    party_id = f.Id(required=True)
    address = f.Text(max_length=500, required=True)
    reported_on = f.Day(required=True)


class ConsentOut(Schema):
    id = fields.String()
    party_id = fields.String()
    channel = fields.String()
    contact = fields.String(allow_none=True)
    given_on = fields.Date()
    withdrawn_on = fields.Date(allow_none=True)
    legal_basis = fields.String()
    recorded_by = fields.String()


class AddressReportOut(Schema):
    id = fields.String()
    party_id = fields.String()
    address = fields.String()
    reported_on = fields.Date()


class InboxItemOut(Schema):
    notice_id = fields.String()
    authority = fields.String()
    case_id = fields.String()
    document_type = fields.String()
    document_number = fields.String()
    document_issued_on = fields.Date(allow_none=True)
    channel = fields.String()
    status = fields.String()
    due_by = fields.Date()
    valid_on = fields.Date(allow_none=True)
    subject = fields.String()
    body = fields.String()


DELIVERY_IN = DeliveryIn()
INBOX_OUT = InboxItemOut(many=True)
CONSENT_IN = ConsentIn()
WITHDRAWAL_IN = WithdrawalIn()
ADDRESS_REPORT_IN = AddressReportIn()
CONSENT_OUT = ConsentOut()
CONSENTS_OUT = ConsentOut(many=True)
ADDRESS_REPORT_OUT = AddressReportOut()
NOTICE_OUT = NoticeOut()
NOTICES_OUT = NoticeOut(many=True)
