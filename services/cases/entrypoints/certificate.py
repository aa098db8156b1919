"""The certificate of result (Decree 62/2015 Art. 37) and closing a fulfilled case (Law Art.
52)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import certificate as handlers
from services.cases.schemas import CERTIFICATE_IN, CERTIFICATE_OUT, CLOSURE_IN, CLOSURE_OUT


class CertificateEntrypoints:
    @rpc(permission="cases.certificate.issue")
    def issue_certificate(self, certificate):
        """The written verification of the result of enforcement (Decree Art. 37)."""
        data = load(CERTIFICATE_IN, certificate, "certificate of result")
        return CERTIFICATE_OUT.dump(handlers.issue_certificate(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="cases.case.close")
    def close_case(self, closure):
        """Close a case whose certificate shows every obligation fulfilled (Law Art. 52)."""
        data = load(CLOSURE_IN, closure, "closure")
        return CLOSURE_OUT.dump(handlers.close_case(data, self.db, self.law, self.caller))
