"""Verification of the debtor's conditions, the lacking-conditions decision and the resumption
(Decree 62/2015 Art. 9, 11)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import verification as handlers
from services.cases.schemas import (
    LACKING_CONDITIONS_IN, LACKING_CONDITIONS_OUT, RESUMPTION_IN, RESUMPTION_OUT,
    VERIFICATION_IN, VERIFICATION_OUT)


class VerificationEntrypoints:
    @rpc(permission="cases.verification.record")
    def record_verification(self, verification):
        """The officer's verification result; a lack of conditions owes the decision (Art. 9.4)."""
        data = load(VERIFICATION_IN, verification, "verification")
        return VERIFICATION_OUT.dump(handlers.record_verification(data, self.db, self.law,
                                                                  self.caller))

    @rpc(permission="cases.lacking_conditions.decide")
    def decide_lacking_conditions(self, decision):
        """The head of the authority decides that the debtor lacks conditions (Art. 9.4)."""
        data = load(LACKING_CONDITIONS_IN, decision, "lacking-conditions decision")
        return LACKING_CONDITIONS_OUT.dump(handlers.decide_lacking_conditions(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.enforcement.resume")
    def resume_enforcement(self, decision):
        """The head of the authority resumes enforcement on new conditions (Art. 9.4, 9.6)."""
        data = load(RESUMPTION_IN, decision, "resumption decision")
        return RESUMPTION_OUT.dump(handlers.resume_enforcement(data, self.db, self.law,
                                                               self.caller))
