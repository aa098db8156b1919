"""What the handlers of part 2 (seizure, valuation, auctions) share: the item a decision is
about, and what a decision keeps of the periods it counted."""
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
