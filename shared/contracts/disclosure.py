"""Events published by the ``disclosure`` service: the register of judgment debtors (Decree
62/2015 Art. 11). ``notifications`` may act on them to tell the commune People's Committee of
the debtor's residence (no consumer yet: they wait in ``platform.unrouted`` until one binds)."""
from marshmallow import Schema, fields, validate

from shared.registry import contract


@contract("register_entry.published", version=1, source="disclosure")
class RegisterEntryPublishedV1(Schema):
    """A judgment debtor was published on the register (Art. 11.1); the commune People's
    Committee is to be sent the same public record. The envelope's ``case_id`` and
    ``authority`` are the case's."""

    entry_id = fields.String(required=True)
    debtor_name = fields.String(required=True)
    debtor_address = fields.String(required=True)
    unmet_obligation = fields.String(required=True)
    published_on = fields.Date(required=True)
    publish_by = fields.Date(required=True)
    reason_code = fields.String(required=True)


@contract("register_entry.removed", version=1, source="disclosure")
class RegisterEntryRemovedV1(Schema):
    """A judgment debtor was removed from the register (Art. 11.3); the commune People's
    Committee is to be told to stop posting it."""

    entry_id = fields.String(required=True)
    removed_on = fields.Date(required=True)
    remove_by = fields.Date(required=True)
    ground = fields.String(required=True, validate=validate.OneOf(
        ["resumption_decision", "obligation_fulfilled"]))
    reason_code = fields.String(required=True)


@contract("public_notice.posted", version=1, source="disclosure")
class PublicNoticePostedV1(Schema):
    """A notice is on the public portal from ``posted_on`` to ``posted_until`` (Decree 62/2015
    Art. 11.1, 12.5, 15.1, 27). ``source_id`` is the publisher's id (notice, auction or
    decision)."""

    notice_id = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(
        ["heir_search", "enforcement_notice", "auction", "lacking_conditions_decision"]))
    source_id = fields.String(required=True)
    posted_on = fields.Date(required=True)
    posted_until = fields.Date(required=True)
    legal_basis = fields.String(required=True)


@contract("public_notice.cancelled", version=1, source="disclosure")
class PublicNoticeCancelledV1(Schema):
    """An auction's notice is marked cancelled with the reason (Art. 27); it stays shown."""

    notice_id = fields.String(required=True)
    source_id = fields.String(required=True)
    cancelled_on = fields.Date(required=True)
    reason = fields.String(required=True)


@contract("public_notice.ended", version=1, source="disclosure")
class PublicNoticeEndedV1(Schema):
    """A notice left the portal before its last day: the posted decision on lacking conditions
    of a debtor removed from the register (Art. 11.3)."""

    notice_id = fields.String(required=True)
    kind = fields.String(required=True)
    ended_on = fields.Date(required=True)
    reason_code = fields.String(required=True)
