"""The debtor's declaration, delegated verification, new information and the separate log
(Decree 62/2015 Art. 9.1, 9.2, 9.4-9.6)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import debtor_conditions as handlers
from services.cases.schemas import (
    DECLARATION_IN, DECLARATION_OUT, DELEGATED_RESULT_IN, DELEGATION_EXTENSION_IN, DELEGATION_IN,
    DELEGATION_OUT, NEW_INFORMATION_IN, NEW_INFORMATION_OUT, NEW_INFORMATION_VERIFICATION_IN,
    SEPARATE_LOG_REVIEW_IN, SEPARATE_TRACKING_OUT)


class DebtorConditionsEntrypoints:
    @rpc(permission="cases.verification.record")
    def record_declaration(self, declaration):
        """The debtor's declaration, or the record that none was given (Art. 9.1)."""
        data = load(DECLARATION_IN, declaration, "declaration")
        return DECLARATION_OUT.dump(handlers.record_declaration(data, self.db, self.law,
                                                                self.caller))

    @rpc(permission="cases.verification.delegate")
    def delegate_verification(self, delegation):
        """Verification delegated in writing to another authority (Art. 9.2)."""
        data = load(DELEGATION_IN, delegation, "delegation")
        return DELEGATION_OUT.dump(handlers.delegate_verification(data, self.db, self.law,
                                                                  self.caller))

    @rpc(permission="cases.verification.delegate")
    def extend_delegated_verification(self, extension):
        """A difficult verification of registered property extended to 45 days (Art. 9.2(a))."""
        data = load(DELEGATION_EXTENSION_IN, extension, "extension")
        return DELEGATION_OUT.dump(handlers.extend_delegated_verification(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.verification.record")
    def record_delegated_result(self, result):
        """The delegated authority's result, received (Art. 9.2)."""
        data = load(DELEGATED_RESULT_IN, result, "delegated result")
        return DELEGATION_OUT.dump(handlers.record_delegated_result(data, self.db, self.law,
                                                                    self.caller))

    @rpc(permission="cases.verification.record")
    def receive_new_information(self, information):
        """New information on the debtor's conditions, owed verification in 10 days (Art. 9.4)."""
        data = load(NEW_INFORMATION_IN, information, "new information")
        return NEW_INFORMATION_OUT.dump(handlers.receive_new_information(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.verification.record")
    def verify_new_information(self, verification):
        """The verification of new information (Art. 9.4, second paragraph)."""
        data = load(NEW_INFORMATION_VERIFICATION_IN, verification, "verification")
        return NEW_INFORMATION_OUT.dump(handlers.verify_new_information(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.separate_log.review")
    def review_separate_log(self, review):
        """Separate log (Art. 9.5) or separate monitoring (Art. 9.6) of a lacking-conditions case."""
        data = load(SEPARATE_LOG_REVIEW_IN, review, "review")
        return SEPARATE_TRACKING_OUT.dump(handlers.review_separate_log(
            data, self.db, self.law, self.caller))
