"""Judgment enforcement decisions of the head of the authority."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import decisions as handlers
from services.cases.schemas import CASE_OUT, DECISION_IN


class DecisionEntrypoints:
    @rpc(permission="cases.decision.issue")
    def issue_enforcement_decision(self, decision):
        """The head of the authority issues the judgment enforcement decision on a request."""
        data = load(DECISION_IN, decision, "enforcement decision")
        return CASE_OUT.dump(handlers.issue_enforcement_decision(data, self.db, self.law,
                                                                 self.caller))
