"""Suspension of the judgment debtor's exit (Decree 62/2015 Art. 51)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import exit_suspension as handlers
from services.cases.schemas import EXIT_LIFT_IN, EXIT_SUSPENSION_IN, EXIT_SUSPENSION_OUT


class ExitSuspensionEntrypoints:
    @rpc(permission="cases.exit.decide")
    def decide_exit_suspension(self, decision):
        """Suspended and sent to immigration, or refused with reasons (Art. 51.1-51.2)."""
        data = load(EXIT_SUSPENSION_IN, decision, "exit suspension")
        return EXIT_SUSPENSION_OUT.dump(handlers.decide_exit_suspension(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.exit.decide")
    def lift_exit_suspension(self, lift):
        """Lifted or cancelled on a ground of Art. 51.4."""
        data = load(EXIT_LIFT_IN, lift, "exit suspension lift")
        return EXIT_SUSPENSION_OUT.dump(handlers.lift_exit_suspension(
            data, self.db, self.law, self.caller))
