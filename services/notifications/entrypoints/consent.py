"""A person's channels: consent to VNeID / the portal, requests for e-mail / fax, their
withdrawal and reported addresses (Decree 62/2015 Art. 12.1-12.3), recorded by the officer."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.notifications.handlers import consent as handlers
from services.notifications.schemas import (
    ADDRESS_REPORT_IN, ADDRESS_REPORT_OUT, CONSENT_IN, CONSENT_OUT, CONSENTS_OUT, WITHDRAWAL_IN)


class ConsentEntrypoints:
    @rpc(permission="notifications.consent.record")
    def record_consent(self, consent):
        """Record a consent to VNeID / the portal (Art. 12.1) or a request for e-mail / fax
        (Art. 12.2); returns it."""
        data = load(CONSENT_IN, consent, "consent")
        return CONSENT_OUT.dump(handlers.record_consent(data, self.db, self.law, self.caller))

    @rpc(permission="notifications.consent.record")
    def withdraw_consent(self, withdrawal):
        """Withdraw a consent or request from a day (Art. 12.1); returns it."""
        data = load(WITHDRAWAL_IN, withdrawal, "withdrawal")
        return CONSENT_OUT.dump(handlers.withdraw_consent(data, self.db, self.law, self.caller))

    @rpc(permission="notifications.notice.read", read_only=True)
    def list_consents(self, party_id):
        """The person's consents and requests to the caller's authority, oldest first."""
        party_id = require_id(party_id, "party_id")
        return CONSENTS_OUT.dump(handlers.list_consents(party_id, self.db, self.law,
                                                        self.caller))

    @rpc(permission="notifications.consent.record")
    def report_address(self, report):
        """Record the new address a person reported (Art. 12.3); returns the report."""
        data = load(ADDRESS_REPORT_IN, report, "address report")
        return ADDRESS_REPORT_OUT.dump(handlers.report_address(data, self.db, self.law,
                                                               self.caller))
