"""Measures and their guards (Decree 62/2015 Art. 13): a forcible measure planned under every
guard, the request for transaction reports on the debtor's other property, collection from
income and profit (Art. 22) and from third parties (Art. 23)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.property.handlers import income, third_parties
from services.property.handlers import measures as handlers
from services.property.schemas import (COLLECTION_IN, FORCIBLE_IN, MEASURE_OUT, THIRD_PARTY_IN,
                                       THIRD_PARTY_OUT, THIRD_PARTY_RESPONSE_IN,
                                       TRANSACTION_REPORTS_IN, TRANSACTION_REPORTS_OUT)


class MeasureEntrypoints:
    @rpc(permission="property.order.issue")
    def plan_forcible_measure(self, request):
        """Judge and record a forcible measure (Art. 13.1, 13.2, 13.3; Law Art. 46)."""
        data = load(FORCIBLE_IN, request, "forcible measure")
        measure = handlers.plan_forcible_measure(data, self.db, self.law, self.caller)
        return MEASURE_OUT.dump({"measure": measure, "orders": []})

    @rpc(permission="property.order.issue")
    def request_transaction_reports(self, request):
        """Ask for reports of transactions on the debtor's other property (Art. 13.8)."""
        data = load(TRANSACTION_REPORTS_IN, request, "transaction reports request")
        return TRANSACTION_REPORTS_OUT.dump(handlers.request_transaction_reports(
            data, self.db, self.law, self.caller))

    @rpc(permission="property.order.issue")
    def plan_collection(self, request):
        """One period's collection from income or profit, leaving the subsistence of the debtor
        and dependants (Art. 22; Law Art. 78)."""
        data = load(COLLECTION_IN, request, "collection")
        measure = income.plan_collection(data, self.db, self.law, self.caller)
        return MEASURE_OUT.dump({"measure": measure, "orders": []})

    @rpc(permission="property.order.issue")
    def request_third_party(self, request):
        """Ask a third party in writing to deliver the debtor's money or property (Art. 23)."""
        data = load(THIRD_PARTY_IN, request, "third-party request")
        return THIRD_PARTY_OUT.dump(third_parties.request_third_party(data, self.db, self.law,
                                                                     self.caller))

    @rpc(permission="property.order.issue")
    def record_third_party_response(self, request):
        """Whether the third party delivered, with the consequence (Art. 23.1-23.3)."""
        data = load(THIRD_PARTY_RESPONSE_IN, request, "third-party response")
        return THIRD_PARTY_OUT.dump(third_parties.record_third_party_response(
            data, self.db, self.law, self.caller))
