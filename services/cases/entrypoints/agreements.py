"""Agreements of the litigants on enforcement (Decree 62/2015 Art. 5)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import agreements as handlers
from services.cases.schemas import (
    AGREEMENT_IN, AGREEMENT_OUT, BREACH_IN, TERMINATION_BY_AGREEMENT_IN, WITNESS_IN)


class AgreementEntrypoints:
    @rpc(permission="cases.agreement.record")
    def record_agreement(self, agreement):
        """The litigants' written agreement, before or after the decision (Art. 5.1-5.3)."""
        data = load(AGREEMENT_IN, agreement, "agreement")
        return AGREEMENT_OUT.dump(handlers.record_agreement(data, self.db, self.law,
                                                            self.caller))

    @rpc(permission="cases.agreement.witness")
    def witness_agreement(self, witness):
        """The officer witnesses an agreement or refuses with reasons (Art. 5.4)."""
        data = load(WITNESS_IN, witness, "witness")
        return AGREEMENT_OUT.dump(handlers.witness_agreement(data, self.db, self.law,
                                                             self.caller))

    @rpc(permission="cases.enforcement.terminate")
    def terminate_by_agreement(self, decision):
        """The head decides not to enforce what an agreement covers (Art. 5.3)."""
        data = load(TERMINATION_BY_AGREEMENT_IN, decision, "termination by agreement")
        return AGREEMENT_OUT.dump(handlers.terminate_by_agreement(data, self.db, self.law,
                                                                  self.caller))

    @rpc(permission="cases.agreement.record")
    def record_agreement_breach(self, breach):
        """A party did not perform the agreement (Art. 5.1-5.2; Law Art. 6.2)."""
        data = load(BREACH_IN, breach, "breach")
        return AGREEMENT_OUT.dump(handlers.record_breach(data, self.db, self.law, self.caller))
