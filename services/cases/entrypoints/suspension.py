"""Postponement, suspension, termination and continuation of enforcement (Law Art. 48-50;
Decree 62/2015 Art. 14)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import suspension as handlers
from services.cases.schemas import (
    CONTINUATION_IN, STOP_IN, STOP_OUT, TERMINATION_IN, TERMINATION_OUT)


class SuspensionEntrypoints:
    @rpc(permission="cases.enforcement.stop")
    def stop_enforcement(self, decision):
        """The head of the authority postpones (Law Art. 48) or suspends (Art. 49) enforcement."""
        data = load(STOP_IN, decision, "postponement or suspension decision")
        return STOP_OUT.dump(handlers.stop_enforcement(data, self.db, self.law, self.caller))

    @rpc(permission="cases.enforcement.continue")
    def continue_enforcement(self, decision):
        """Enforcement continues after a postponement or suspension (Art. 48.4, 49.3)."""
        data = load(CONTINUATION_IN, decision, "continuation decision")
        return STOP_OUT.dump(handlers.continue_enforcement(data, self.db, self.law,
                                                           self.caller))

    @rpc(permission="cases.enforcement.terminate")
    def terminate_enforcement(self, decision):
        """The head of the authority terminates enforcement (Law Art. 50)."""
        data = load(TERMINATION_IN, decision, "termination decision")
        return TERMINATION_OUT.dump(handlers.terminate_enforcement(data, self.db, self.law,
                                                                   self.caller))
