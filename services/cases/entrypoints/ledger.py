"""The money ledger: receipts, costs, distribution, payouts (Law Art. 47; Decree 62/2015 Art.
43-45, 49)."""
from shared.entrypoints import event_handler, rpc
from shared.validation import load

from services.cases.handlers import ledger as handlers
from services.cases.handlers import payouts
from services.cases.schemas import (
    COST_IN, COST_OUT, DISTRIBUTION_IN, DISTRIBUTION_OUT, LEDGER_CASE_IN, LEDGER_OUT, PAYMENT_IN,
    PAYOUT_IN, PAYOUT_OUT, PREVIEW_IN, PREVIEW_OUT, RECEIPT_OUT)


class LedgerEntrypoints:
    @rpc(permission="cases.ledger.record")
    def record_payment(self, payment):
        """A voluntary payment of the debtor at the office (Law Art. 47.1)."""
        data = load(PAYMENT_IN, payment, "payment")
        return RECEIPT_OUT.dump(handlers.record_payment(data, self.db, self.law, self.caller))

    @event_handler("property", "funds.collected")
    def on_funds_collected(self, event):
        """Money ``property`` collected enters the ledger once per ``collection_id``."""
        handlers.record_collection(event, self.db, self.law, self.caller)

    @rpc(permission="cases.cost.approve")
    def approve_enforcement_cost(self, cost):
        """An enforcement cost approved before forcible measures (Decree Art. 43, 45.1(b))."""
        data = load(COST_IN, cost, "enforcement cost")
        return COST_OUT.dump(handlers.approve_enforcement_cost(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="cases.ledger.read", read_only=True)
    def preview_distribution(self, preview):
        """What-if: the distribution that would be decided on ``on``; nothing is written."""
        data = load(PREVIEW_IN, preview, "distribution preview")
        return PREVIEW_OUT.dump(handlers.preview_distribution(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="cases.distribution.decide")
    def decide_distribution(self, distribution):
        """The distribution by the Law's order and pro rata within a rank (Law Art. 47)."""
        data = load(DISTRIBUTION_IN, distribution, "distribution")
        return DISTRIBUTION_OUT.dump(handlers.decide_distribution(data, self.db, self.law,
                                                                  self.caller))

    @rpc(permission="cases.payout.make")
    def pay_out(self, payout):
        """How a payout was made (Decree Art. 49.2-49.5)."""
        data = load(PAYOUT_IN, payout, "payout")
        return PAYOUT_OUT.dump(payouts.pay_out(data, self.db, self.law, self.caller))

    @rpc(permission="cases.ledger.read", read_only=True)
    def get_ledger(self, case):
        """The case's receipts, costs, distributions, payouts and undistributed balance."""
        data = load(LEDGER_CASE_IN, case, "case")
        return LEDGER_OUT.dump(handlers.get_ledger(data, self.db, self.law, self.caller))
