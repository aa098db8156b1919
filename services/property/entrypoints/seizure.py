"""Seizure of the debtor's property (Decree 62/2015 Art. 24)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.property.handlers import seizure as handlers
from services.property.schemas import SEIZURE_IN, SEIZURE_OUT


class SeizureEntrypoints:
    @rpc(permission="property.seizure.decide")
    def decide_seizure(self, seizure):
        """Seize an item, refuse with reasons, or notify the mortgagee (Art. 24)."""
        data = load(SEIZURE_IN, seizure, "seizure")
        return SEIZURE_OUT.dump(handlers.decide_seizure(data, self.db, self.law, self.caller))
