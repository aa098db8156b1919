"""Entrustment of enforcement to another authority (Decree 62/2015 Art. 16, 35), the authority
found through ``personnel``."""
from shared.entrypoints import rpc
from shared.rpc import ServiceRpc
from shared.validation import load

from services.cases.handlers import entrustment as handlers
from services.cases.schemas import ENTRUSTMENT_IN, ENTRUSTMENT_OUT


class EntrustmentEntrypoints:
    #: personnel's ``competent_authority``, with a deadline
    personnel = ServiceRpc("personnel")

    @rpc(permission="cases.enforcement.entrust")
    def entrust_enforcement(self, decision):
        """The head entrusts the case to the authority of the place Art. 16.2 picks."""
        data = load(ENTRUSTMENT_IN, decision, "entrustment decision")
        return ENTRUSTMENT_OUT.dump(handlers.entrust_enforcement(
            data, self.db, self.law, self.caller, personnel=self.personnel))
