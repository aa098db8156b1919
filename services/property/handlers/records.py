"""What the handlers of part 2 (seizure, valuation, auctions) share: the item a decision is
about, and what a decision keeps of the periods it counted."""
from sqlalchemy import select

from shared.errors import NotFound

from services.property.models import PropertyItem


def item_of(uow, case, property_id, field="property_id"):
    """The item ``property_id`` of the known ``case`` (so of its authority), else ``NotFound``
    naming ``field``."""
    item = uow.session.get(PropertyItem, property_id)
    if item is None or item.case_id != case.case_id or item.authority != case.authority:
        raise NotFound(f"no property item {property_id!r} in case {case.case_id}",
                       {field: property_id})
    return item



def deadline_record(deadline):
    """A deadline as a decision stores it in ``computations``: rule, article, the period as
    counted and the day it was met (JSON-safe)."""
    return {"rule_id": deadline.rule_id, "article": deadline.article,
            "starts_on": deadline.starts_on.isoformat(), "length": deadline.length,
            "unit": deadline.unit, "due_on": deadline.due_on.isoformat(),
            "met_on": deadline.met_on.isoformat() if deadline.met_on else None}


def record_of(uow, model, record_id, caller, field, lock=True):
    """The ``model`` row ``record_id`` of the caller's authority, locked for the change unless
    ``lock`` is false; ``NotFound`` naming ``field`` alike for one that does not exist and one
    of another authority (issue 7 item 1)."""
    query = select(model).where(model.id == record_id)
    record = uow.session.scalars(query.with_for_update() if lock else query).first()
    if record is None or record.authority != caller.identity.authority:
        raise NotFound(f"no {model.__tablename__.replace('_', ' ')} {record_id!r}",
                       {field: record_id})
    return record
