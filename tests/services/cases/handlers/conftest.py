"""Helpers for the cases handlers run without a broker (``handler_env`` in tests/conftest.py):
the input as the entrypoints load it, and a judgment already received."""
import pytest

from shared.validation import load

from services.cases.handlers import judgments, requests
from services.cases.schemas import DECISION_IN, JUDGMENT_IN, REQUEST_IN
from tests.factories import judgment, request_for
from tests.handlers import HandlerDriver


class Cases(HandlerDriver):
    """The cases handlers with loaded input, on one ``HandlerEnv``."""

    def receive(self, **changes):
        return self.run(judgments.receive_judgment, load(JUDGMENT_IN, judgment(**changes)))

    def submit(self, judgment_id, **changes):
        return self.run(requests.submit_request,
                        load(REQUEST_IN, request_for(judgment_id, **changes)))

    def opened(self, **changes):
        """A case opened on the default judgment and request."""
        return self.submit(self.receive().id, **changes)

    @staticmethod
    def decision(case_id, number="1/QĐ", issued_on="2026-11-23"):
        return load(DECISION_IN, {"case_id": case_id, "number": number, "issued_on": issued_on})


@pytest.fixture
def cases(handler_env):
    return Cases(handler_env("cases", role="head_of_authority", authority="HN-01"))


def decided_case(cases):
    """The id of a case opened on the default judgment and request, its enforcement decision
    issued on Mon 2026-11-23."""
    from services.cases.handlers.decisions import issue_enforcement_decision

    case = cases.opened()
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"]
