"""Helpers for the notifications handlers run without a broker (``handler_env`` in
tests/conftest.py): the decision event as the event handler hands it over, and the RPC input as
the entrypoint loads it."""
import pytest

from shared.events import new_envelope, validate_envelope
from shared.validation import load
from tests.handlers import HandlerDriver
from tests.shared.test_events import PAYLOAD

from services.notifications.handlers import delivery, notices
from services.notifications.schemas import DELIVERY_IN

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


@pytest.fixture
def notif(handler_env):
    return Notifications(handler_env("notifications", role="enforcement_officer",
                                     authority="HN-01"))
