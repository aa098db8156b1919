"""Assignment for ``cases``: an eligible officer for a case, and the release of one."""
from shared.entrypoints import rpc
from shared.validation import load

from services.personnel.handlers import assignment as handlers
from services.personnel.schemas import (ASSIGNMENT_OUT, CASE_FOR_ASSIGNMENT_IN, RELEASE_IN,
                                        REPLACEMENT_DECIDERS_IN, REPLACEMENT_DECIDERS_OUT)


class AssignmentEntrypoints:
    @rpc(permission="personnel.assignment.make")
    def assign_officer(self, case):
        """Give the case to the least loaded eligible officer without a conflict, and why."""
        data = load(CASE_FOR_ASSIGNMENT_IN, case, "case")
        return ASSIGNMENT_OUT.dump(handlers.assign_officer(data, self.db, self.law,
                                                           self.caller))

    @rpc(permission="personnel.assignment.release")
    def release_assignment(self, release):
        """End a case's open assignment (the case ended, or the officer was replaced)."""
        data = load(RELEASE_IN, release, "release")
        return ASSIGNMENT_OUT.dump(handlers.release_assignment(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="personnel.assignment.make", read_only=True)
    def replacement_deciders(self, case):
        """Whose head decides a request to replace the case's officer (Decree Art. 10.2)."""
        data = load(REPLACEMENT_DECIDERS_IN, case, "case")
        return REPLACEMENT_DECIDERS_OUT.dump(handlers.replacement_deciders(
            data, self.db, self.law, self.caller))
