"""The case's enforcement officer, asked of ``personnel`` (Law Art. 36; Decree 62/2015
Art. 10)."""
from shared.entrypoints import rpc
from shared.rpc import ServiceRpc
from shared.validation import load

from services.cases.handlers import officers as handlers
from services.cases.schemas import (
    CASE_OFFICER_OUT, DOSSIER_IN, DOSSIER_OUT, OFFICER_ASSIGNMENT_IN, OFFICER_REPLACEMENT_IN,
    OFFICER_REPLACEMENT_OUT)


class OfficerEntrypoints:
    #: personnel's ``assign_officer`` and ``release_assignment``, with a deadline
    personnel = ServiceRpc("personnel")

    @rpc(permission="cases.officer.assign")
    def assign_officer(self, assignment):
        """Give the case the enforcement officer personnel chooses (Law Art. 36)."""
        data = load(OFFICER_ASSIGNMENT_IN, assignment, "officer assignment")
        return CASE_OFFICER_OUT.dump(handlers.assign_officer(
            data, self.db, self.law, self.caller, personnel=self.personnel))

    @rpc(permission="cases.officer.replace")
    def decide_officer_replacement(self, decision):
        """The head replaces the officer or rejects the request, with reasons (Art. 10.3)."""
        data = load(OFFICER_REPLACEMENT_IN, decision, "officer replacement decision")
        return OFFICER_REPLACEMENT_OUT.dump(handlers.decide_officer_replacement(
            data, self.db, self.law, self.caller, personnel=self.personnel))

    @rpc(permission="cases.dossier.open")
    def open_dossier(self, dossier):
        """The case's officer opens the dossier of its decision (Art. 8.1)."""
        data = load(DOSSIER_IN, dossier, "dossier")
        return DOSSIER_OUT.dump(handlers.open_dossier(data, self.db, self.law, self.caller))
