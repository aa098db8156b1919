"""The RPC inputs and outputs of the notifications service."""
from marshmallow import Schema, fields


class NoticeOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    document_type = fields.String()
    document_id = fields.String()
    document_number = fields.String()
    party_id = fields.String()
    party_role = fields.String()
    recipient_name = fields.String()
    recipient_address = fields.String()
    channel = fields.String()
    status = fields.String()
    due_by = fields.Date()


NOTICES_OUT = NoticeOut(many=True)
