"""Judicial assistance abroad (Decree 62/2015 Art. 50)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import judicial_assistance as handlers
from services.cases.schemas import (ASSISTANCE_FALLBACK_IN, ASSISTANCE_RESULT_IN,
                                    FOREIGN_ASSISTANCE_IN, FOREIGN_ASSISTANCE_OUT,
                                    JUDICIAL_ASSISTANCE_IN, JUDICIAL_ASSISTANCE_OUT)


class JudicialAssistanceEntrypoints:
    @rpc(permission="cases.assistance.manage")
    def request_judicial_assistance(self, request):
        """A first or second attempt; results owed within 6 months (Art. 50.3(a))."""
        data = load(JUDICIAL_ASSISTANCE_IN, request, "judicial assistance")
        return JUDICIAL_ASSISTANCE_OUT.dump(handlers.request_judicial_assistance(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.assistance.manage")
    def record_assistance_result(self, result):
        """Sufficient or insufficient results (Art. 50.3(a))."""
        data = load(ASSISTANCE_RESULT_IN, result, "judicial assistance result")
        return JUDICIAL_ASSISTANCE_OUT.dump(handlers.record_assistance_result(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.assistance.manage")
    def apply_assistance_fallback(self, fallback):
        """The fallback of Art. 50.3(b) after the 6 months or a failed second attempt."""
        data = load(ASSISTANCE_FALLBACK_IN, fallback, "judicial assistance fallback")
        return JUDICIAL_ASSISTANCE_OUT.dump(handlers.apply_assistance_fallback(
            data, self.db, self.law, self.caller))

    @rpc(permission="cases.assistance.manage")
    def receive_foreign_assistance_request(self, request):
        """A foreign authority's request, received by a provincial authority (Art. 50.4)."""
        data = load(FOREIGN_ASSISTANCE_IN, request, "foreign judicial assistance request")
        return FOREIGN_ASSISTANCE_OUT.dump(handlers.receive_foreign_assistance_request(
            data, self.db, self.law, self.caller))
