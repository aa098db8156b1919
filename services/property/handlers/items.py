"""Items of the judgment debtor's property in a case (Law Art. 44; Decree 62/2015 Art. 9):
record them, list and read them.

Jurisdiction (issue 7 item 1): an item belongs to the authority of its known case; a reader
sees only the items of their own authority, and an item or case of another authority reads
exactly as one that does not exist.
"""
import uuid

from sqlalchemy import select

from shared.errors import NotFound

from services.property.handlers.cases import case_of
from services.property.models import PropertyItem
from services.property.rules import items as rules
from services.property.rules import lifecycle


def record_property(data, uow, law, caller):
    """Record an item of the debtor's property in a case the caller's authority holds, declared
    by the debtor or found by verification; audited. Returns the ``PropertyItem``."""
    case = case_of(uow, data["case_id"], caller)
    status = lifecycle.check_transition(None, data["status"]).target
    record = PropertyItem(id=str(uuid.uuid4()), authority=case.authority,
                          recorded_by=caller.identity.user, **{**data, "status": str(status)})
    uow.session.add(record)
    uow.audit("property.recorded", subject_type="property_item", subject_id=record.id,
              legal_basis=rules.PROPERTY_RECORDED,
              details={"case_id": record.case_id, "kind": record.kind, "status": record.status})
    return record


def list_property(case_id, uow, law, caller):
    """The items of ``case_id`` that belong to the caller's authority, oldest first (a case of
    another authority reads as a case with no items)."""
    return uow.session.scalars(
        select(PropertyItem).where(PropertyItem.case_id == case_id,
                                   PropertyItem.authority == caller.identity.authority)
        .order_by(PropertyItem.recorded_on, PropertyItem.created_at, PropertyItem.id)).all()


def get_property(property_id, uow, law, caller):
    """The item ``property_id`` if it is of the caller's authority, else ``NotFound``."""
    record = uow.session.get(PropertyItem, property_id)
    if record is None or record.authority != caller.identity.authority:
        raise NotFound(f"no property item {property_id!r}", {"property_id": property_id})
    return record
