"""Automatic judgment enforcement decisions (Law Art. 36.2; Decree 62/2015 Art. 6)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import automatic as handlers
from services.cases.schemas import AUTOMATIC_DECISIONS_IN, AUTOMATIC_DECISIONS_OUT


class AutomaticDecisionEntrypoints:
    @rpc(permission="cases.decision.issue")
    def issue_automatic_decisions(self, decisions):
        """The head of the authority decides, without a request, the judgment's items marked for
        automatic enforcement, grouped as Decree Art. 6 says."""
        data = load(AUTOMATIC_DECISIONS_IN, decisions, "automatic decisions")
        return AUTOMATIC_DECISIONS_OUT.dump(
            handlers.issue_automatic_decisions(data, self.db, self.law, self.caller))
