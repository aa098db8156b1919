"""Reading cases."""
from shared.entrypoints import rpc
from shared.validation import require_id

from services.cases.handlers import cases as handlers
from services.cases.schemas import CASE_OUT


class CaseEntrypoints:
    @rpc(permission="cases.case.read", read_only=True)
    def get_case(self, case_id):
        """A case of the caller's authority, with its decision; NotFound otherwise."""
        case_id = require_id(case_id, "case_id")
        return CASE_OUT.dump(handlers.get_case(case_id, self.db, self.law, self.caller))
