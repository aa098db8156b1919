"""Items of the debtor's property: recorded and read by the officers of the case's authority."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.property.handlers import items as handlers
from services.property.schemas import PROPERTIES_OUT, PROPERTY_IN, PROPERTY_OUT


class ItemEntrypoints:
    @rpc(permission="property.item.record")
    def record_property(self, item):
        """Record an item of the debtor's property, declared by them or found by verification."""
        data = load(PROPERTY_IN, item, "property item")
        return PROPERTY_OUT.dump(handlers.record_property(data, self.db, self.law, self.caller))

    @rpc(permission="property.item.read", read_only=True)
    def list_property(self, case_id):
        """Every item of the caller's authority recorded in a case, oldest first."""
        case_id = require_id(case_id, "case_id")
        return PROPERTIES_OUT.dump(handlers.list_property(case_id, self.db, self.law,
                                                         self.caller))

    @rpc(permission="property.item.read", read_only=True)
    def get_property(self, property_id):
        """One item, if it is of the caller's authority."""
        property_id = require_id(property_id, "property_id")
        return PROPERTY_OUT.dump(handlers.get_property(property_id, self.db, self.law,
                                                       self.caller))
