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
