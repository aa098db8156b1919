"""Events published by the ``personnel`` service."""
from marshmallow import Schema, fields, validate

from shared.registry import contract

LEVELS = ["general_department", "provincial", "district", "regional", "military",
          "military_zone"]


@contract("authority.registered", version=1, source="personnel")
class AuthorityRegisteredV1(Schema):
    """An authority was added to the authority tree (Decree 62/2015 Art. 52-54; since 2025-07-01
    provincial agencies with regional offices). The envelope's authority is the new one.

    ancestor_ids lists the authorities above it, nearest first, so a consumer deciding
    jurisdiction need not call back for the chain.
    """

    authority_id = fields.String(required=True)
    name = fields.String(required=True)
    name_vi = fields.String(required=True)
    level = fields.String(required=True, validate=validate.OneOf(LEVELS))
    parent_id = fields.String(required=True, allow_none=True)
    ancestor_ids = fields.List(fields.String(), required=True)
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(required=True, allow_none=True)
