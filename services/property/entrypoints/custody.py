"""Impounded, expropriated and certified property: impoundment and return (Decree 62/2015 Art.
18), expropriated evidence handed over or destroyed (Art. 32, 33), certificates revoked or
cancelled by the land authority (Art. 28)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.property.handlers import certificates, expropriation, impoundment
from services.property.schemas import (CERTIFICATE_DECISION_IN, CERTIFICATE_IN, CERTIFICATE_OUT,
                                       EXPROPRIATED_DONE_IN, EXPROPRIATED_IN, EXPROPRIATED_OUT,
                                       IMPOUNDMENT_IN, IMPOUNDMENT_OUT, IMPOUNDMENT_RETURN_IN)


class CustodyEntrypoints:
    @rpc(permission="property.seizure.decide")
    def impound(self, record):
        """Record an impoundment with the contents of Art. 18.2."""
        data = load(IMPOUNDMENT_IN, record, "impoundment")
        return IMPOUNDMENT_OUT.dump(impoundment.impound(data, self.db, self.law, self.caller))

    @rpc(permission="property.seizure.decide")
    def return_impounded(self, request):
        """Return impounded property against proof of ownership (Art. 18.3)."""
        data = load(IMPOUNDMENT_RETURN_IN, request, "return")
        return IMPOUNDMENT_OUT.dump(impoundment.return_impounded(data, self.db, self.law,
                                                                 self.caller))

    @rpc(permission="property.seizure.decide")
    def record_expropriated(self, record):
        """Expropriated evidence or property to hand over or destroy (Art. 32.2, 33.1)."""
        data = load(EXPROPRIATED_IN, record, "expropriated property")
        return EXPROPRIATED_OUT.dump(expropriation.record_expropriated(data, self.db, self.law,
                                                                       self.caller))

    @rpc(permission="property.seizure.decide")
    def complete_expropriated(self, completion):
        """Received by the responsible authority, or destroyed by the council."""
        data = load(EXPROPRIATED_DONE_IN, completion, "completion")
        return EXPROPRIATED_OUT.dump(expropriation.complete_expropriated(data, self.db,
                                                                         self.law, self.caller))

    @rpc(permission="property.seizure.decide")
    def propose_certificate_revocation(self, proposal):
        """The proposal to revoke or cancel a certificate (Art. 28.2(a))."""
        data = load(CERTIFICATE_IN, proposal, "certificate proposal")
        return CERTIFICATE_OUT.dump(certificates.propose_certificate_revocation(
            data, self.db, self.law, self.caller))

    @rpc(permission="property.seizure.decide")
    def record_certificate_decision(self, decision):
        """The land authority's decision (Art. 28.2(b))."""
        data = load(CERTIFICATE_DECISION_IN, decision, "certificate decision")
        return CERTIFICATE_OUT.dump(certificates.record_certificate_decision(
            data, self.db, self.law, self.caller))
