"""Inspections: the head (or an administrator) of an authority gives an inspection to one of
its inspectors, refused with reasons when a relation bars them."""
from shared.entrypoints import rpc
from shared.validation import load

from services.personnel.handlers import inspection as handlers
from services.personnel.schemas.inspection import INSPECTION_IN, INSPECTION_OUT


class InspectionEntrypoints:
    @rpc(permission="personnel.inspection.assign")
    def assign_inspection(self, inspection):
        """Give an inspection to an inspector, or refuse it (Decree Art. 66, 68.4)."""
        data = load(INSPECTION_IN, inspection, "inspection")
        return INSPECTION_OUT.dump(handlers.assign_inspection(data, self.db, self.law,
                                                              self.caller))
