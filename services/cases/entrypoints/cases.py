"""Reading cases."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.cases.handlers import cases as handlers
from services.cases.handlers import queries
from services.cases.schemas import (
    CASE_FILE_OUT, CASE_LIST_IN, CASE_LIST_OUT, CASE_OUT, DEADLINE_LIST_OUT, DEADLINE_QUERY_IN)


class CaseEntrypoints:
    @rpc(permission="cases.case.read", read_only=True)
    def get_case(self, case_id):
        """A case of the caller's authority, with its decision; NotFound otherwise."""
        case_id = require_id(case_id, "case_id")
        return CASE_OUT.dump(handlers.get_case(case_id, self.db, self.law, self.caller))

    @rpc(permission="cases.case.read", read_only=True)
    def get_case_file(self, case_id):
        """The case with its officer, dossier (Art. 8), deadlines and history."""
        case_id = require_id(case_id, "case_id")
        return CASE_FILE_OUT.dump(queries.get_case_file(case_id, self.db, self.law,
                                                        self.caller))

    @rpc(permission="cases.case.read", read_only=True)
    def list_cases(self, query):
        """The caller's authority's cases by status and/or officer, paged."""
        data = load(CASE_LIST_IN, query, "case query")
        return CASE_LIST_OUT.dump(queries.list_cases(data, self.db, self.law, self.caller))

    @rpc(permission="cases.case.read", read_only=True)
    def list_deadlines(self, query):
        """The caller's authority's deadlines overdue and due soon."""
        data = load(DEADLINE_QUERY_IN, query, "deadline query")
        return DEADLINE_LIST_OUT.dump(queries.list_deadlines(data, self.db, self.law,
                                                             self.caller))
