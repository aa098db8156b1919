"""The disclosure handlers run without a broker (``handler_env`` in tests/conftest.py), with
the input as the entrypoints load it."""
import pytest

from shared.events import validate_envelope
from shared.validation import load

from services.disclosure.handlers import (
    cases, decisions, notices, portal, register, statistics)
from services.disclosure.schemas import (
    ENTRY_IN, NOTICE_QUERY, REGISTER_QUERY, REMOVAL_IN, STATISTICS_QUERY)

from tests.services.disclosure.conftest import CASES, case_opened
from tests.handlers import HandlerDriver


class Disclosure(HandlerDriver):
    """The disclosure handlers with loaded input, on one ``HandlerEnv``."""

    def open_cases(self, cases_=CASES):
        for case_id, authority in cases_.items():
            self.run(cases.record_case_opened,
                     validate_envelope(case_opened(case_id, authority)))
        return self

    def publish(self, entry):
        return self.run(register.publish_entry, load(ENTRY_IN, entry))

    def remove(self, entry_id, removal):
        return self.run(register.remove_entry, entry_id, load(REMOVAL_IN, removal))

    def on_event(self, envelope, today):
        """The handler of ``envelope`` (a decision of cases, a notice of cases or property), on day ``today`` in Vietnam."""
        envelope = validate_envelope(envelope)
        name = "on_" + envelope["type"].replace(".", "_")
        module = next(m for m in (decisions, notices, statistics) if hasattr(m, name))
        handler = getattr(module, name)
        self.monkeypatch.setattr(decisions, "today_in_vietnam", lambda: today)
        self.monkeypatch.setattr(notices, "today_in_vietnam", lambda: today)
        return self.run(handler, envelope)

    def notices(self, today, **query):
        """The notices shown on day ``today`` in Vietnam."""
        self.monkeypatch.setattr(portal, "today_in_vietnam", lambda: today)
        return self.run(portal.notices_listing, load(NOTICE_QUERY, query), read_only=True)

    def statistics(self, **query):
        return self.run(statistics.statistics, load(STATISTICS_QUERY, query), read_only=True)

    def listing(self, **query):
        return self.run(portal.register_listing, load(REGISTER_QUERY, query), read_only=True)


@pytest.fixture
def disclosure(handler_env, monkeypatch):
    driver = Disclosure(handler_env("disclosure", role="head_of_authority", authority="HN-01"))
    driver.monkeypatch = monkeypatch
    return driver
