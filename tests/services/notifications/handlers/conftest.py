"""Helpers for the notifications handlers run without a broker (``handler_env`` in
tests/conftest.py): the decision event as the event handler hands it over, and the RPC input as
the entrypoint loads it."""
import pytest

from shared.events import new_envelope, validate_envelope
from shared.validation import load
from tests.handlers import HandlerDriver
from tests.shared.test_events import PAYLOAD

from services.notifications.handlers import consent, delivery, notices
from services.notifications.schemas import (
    ADDRESS_REPORT_IN, CONSENT_IN, DELIVERY_IN, WITHDRAWAL_IN)

PARTIES = [
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
    {"party_id": "P1", "role": "judgment_creditor", "name": "Nguyễn A", "address": "Huế"},
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
]


def decision_event(authority="HN-01", case_id="case-1", decision_id="d-1", parties=PARTIES,
                   **changes):
    """The envelope as the event handler hands it over: verified and loaded."""
    payload = {**PAYLOAD, "decision_id": decision_id, "parties": parties, **changes}
    return validate_envelope(new_envelope("enforcement_decision.issued", payload,
                                          authority=authority, case_id=case_id))


class Notifications(HandlerDriver):
    """The notifications handlers with loaded input, on one ``HandlerEnv``."""

    def decision(self, **changes):
        """The notices of a decision event (``decision_event(**changes)``), by party."""
        recorded = self.run(notices.record_decision_notices, decision_event(**changes))
        return {n.party_id: n for n in recorded}

    def deliver(self, notice_id, on="2026-11-25", outcome="delivered", channel="direct",
                **more):
        return self.run(delivery.record_delivery, load(DELIVERY_IN, {
            "notice_id": notice_id, "channel": channel, "delivered_on": on,
            "outcome": outcome, **more}))

    def consent(self, party_id, channel="vneid", given_on="2026-11-20", **more):
        return self.run(consent.record_consent, load(CONSENT_IN, {
            "party_id": party_id, "channel": channel, "given_on": given_on, **more}))

    def withdraw(self, consent_id, on):
        return self.run(consent.withdraw_consent, load(WITHDRAWAL_IN, {
            "consent_id": consent_id, "withdrawn_on": on}))

    def report_address(self, party_id, address, on):
        return self.run(consent.report_address, load(ADDRESS_REPORT_IN, {
            "party_id": party_id, "address": address, "reported_on": on}))

    def lacking(self, **changes):
        """The notices of a lacking-conditions decision, by party."""
        recorded = self.run(notices.record_lacking_conditions_notices, lacking_event(**changes))
        return {n.party_id: n for n in recorded}


def lacking_event(authority="HN-01", case_id="case-1", decision_id="lc-1",
                  decided_on="2026-11-30"):
    """``lacking_conditions.decided`` as the event handler hands it over."""
    payload = {"decision_id": decision_id, "decision_number": "7/QĐ-CCTHADS",
               "decided_on": decided_on,
               "debtor": {"party_id": "P2", "name": "Trần B", "address": "Hà Nội"},
               "obligation": {"text": "trả 100.000.000 đồng", "amount": 100_000_000}}
    return validate_envelope(new_envelope("lacking_conditions.decided", payload,
                                          authority=authority, case_id=case_id))


@pytest.fixture
def notif(handler_env):
    return Notifications(handler_env("notifications", role="enforcement_officer",
                                     authority="HN-01"))
