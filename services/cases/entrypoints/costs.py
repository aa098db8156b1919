"""Exemption and reduction of the enforcement cost (Decree 62/2015 Art. 44) and its advances
(Art. 45.1)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import costs as handlers
from services.cases.schemas import (COST_ADVANCE_IN, COST_ADVANCE_OUT, COST_RELIEF_DECISION_IN,
                                    COST_RELIEF_IN, COST_RELIEF_OUT, COST_RELIEF_REVOCATION_IN)


class CostEntrypoints:
    @rpc(permission="cases.ledger.record")
    def apply_for_cost_relief(self, application):
        """The application with its evidence; the decision is owed in 5 working days."""
        data = load(COST_RELIEF_IN, application, "cost relief application")
        return COST_RELIEF_OUT.dump(handlers.apply_for_cost_relief(data, self.db, self.law,
                                                                   self.caller))

    @rpc(permission="cases.cost.approve")
    def decide_cost_relief(self, decision):
        """Granted as Art. 44.3 gives, or refused with its reasons."""
        data = load(COST_RELIEF_DECISION_IN, decision, "cost relief decision")
        return COST_RELIEF_OUT.dump(handlers.decide_cost_relief(data, self.db, self.law,
                                                                self.caller))

    @rpc(permission="cases.cost.approve")
    def revoke_cost_relief(self, revocation):
        """Revoked when the grounds were false or the debtor evades (Art. 44.4)."""
        data = load(COST_RELIEF_REVOCATION_IN, revocation, "cost relief revocation")
        return COST_RELIEF_OUT.dump(handlers.revoke_cost_relief(data, self.db, self.law,
                                                                self.caller))

    @rpc(permission="cases.cost.approve")
    def record_cost_advance(self, advance):
        """An approved cost advanced by the authority or a litigant (Decree Art. 45.1)."""
        data = load(COST_ADVANCE_IN, advance, "cost advance")
        return COST_ADVANCE_OUT.dump(handlers.record_cost_advance(data, self.db, self.law,
                                                                  self.caller))
