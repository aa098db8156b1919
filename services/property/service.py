"""The property service: the judgment debtor's property in a case, and when coercion may happen.

Entrypoints only: validate input, call the rules, record state, return a schema dump.
"""
import uuid

from sqlalchemy import select

from shared.entrypoints import rpc
from shared.errors import NotFound
from shared.law import Law
from shared.service import PlatformService
from shared.validation import load, require_id

from services.property import rules
from services.property.models import PropertyItem
from services.property.schemas import (ForcibleMeasureTimeIn, ForcibleMeasureTimeOut, PropertyIn,
                                       PropertyOut)

PROPERTY_IN, PROPERTY_OUT, PROPERTIES_OUT = PropertyIn(), PropertyOut(), PropertyOut(many=True)
TIME_IN, TIME_OUT = ForcibleMeasureTimeIn(), ForcibleMeasureTimeOut()


class PropertyService(PlatformService):
    name = "property"
    law = Law()

    @rpc(permission="property.item.record")
    def record_property(self, item):
        """Record an item of the debtor's property, declared by them or found by verification."""
        data = load(PROPERTY_IN, item, "property item")
        identity = self.caller.require_jurisdiction(data["authority"])
        record = PropertyItem(id=str(uuid.uuid4()), recorded_by=identity.user, **data)
        self.db.session.add(record)
        self.db.audit("property.recorded", subject_type="property_item", subject_id=record.id,
                      legal_basis="Law on Civil Judgment Enforcement Art. 44; "
                                  "Decree 62/2015 Art. 9.1",
                      details={"case_id": record.case_id, "kind": record.kind,
                               "status": record.status})
        return PROPERTY_OUT.dump(record)

    @rpc(permission="property.item.read", read_only=True)
    def list_property(self, case_id):
        """Every item recorded in a case, oldest first; only for the case's own authority."""
        require_id(case_id, "case_id")
        items = self.db.session.scalars(
            select(PropertyItem).where(PropertyItem.case_id == case_id)
            .order_by(PropertyItem.recorded_on, PropertyItem.created_at, PropertyItem.id)).all()
        for authority in sorted({i.authority for i in items}):
            self.caller.require_jurisdiction(authority)
        return PROPERTIES_OUT.dump(items)

    @rpc(permission="property.item.read", read_only=True)
    def get_property(self, property_id):
        require_id(property_id, "property_id")
        record = self.db.session.get(PropertyItem, property_id)
        if record is None:
            raise NotFound(f"no property item {property_id!r}", {"property_id": property_id})
        self.caller.require_jurisdiction(record.authority)
        return PROPERTY_OUT.dump(record)

    @rpc(permission="property.coercion.check")
    def forcible_measure_allowed(self, request):
        """Whether a forcible measure may be carried out at a moment (Law Art. 46; Decree
        62/2015 Art. 13.2), with every reason it may not, on the current calendar."""
        data = load(TIME_IN, request, "forcible measure time")
        verdict = rules.forcible_measure_allowed_at(data["at"], self.law.calendar,
                                                    self.law.params, data["traditional_days"])
        return TIME_OUT.dump(verdict)
