"""Requests for enforcement recorded at the authority's desk."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import requests as handlers
from services.cases.schemas import CASE_OUT, REQUEST_IN


class RequestEntrypoints:
    @rpc(permission="cases.request.submit")
    def submit_request(self, request):
        """Record a litigant's request for enforcement and owe the decision on it."""
        data = load(REQUEST_IN, request, "request for enforcement")
        return CASE_OUT.dump(handlers.submit_request(data, self.db, self.law, self.caller))
