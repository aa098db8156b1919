"""The disclosure service started on the test's vhost and database, its web address, and the
cases it knows."""
import pytest
import requests

from services.disclosure.service import DisclosureService
from tests.conftest import rows, wait_for
from tests.services.disclosure.conftest import CASES, case_opened


@pytest.fixture
def disclosure(start_service):
    return start_service(DisclosureService)


@pytest.fixture
def web(disclosure):
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    return lambda path, **params: requests.get(base + path, params=params, timeout=10)


@pytest.fixture
def known_cases(disclosure, publish_event, databases):
    """``enforcement_case.opened`` of every example case, published on ``cases.events`` as
    ``cases`` does (a contract test against a stub publisher: envelopes of
    shared.events.new_envelope); returns once the service knows them all."""
    for case_id, authority in CASES.items():
        publish_event(case_opened(case_id, authority))
    wait_for(lambda: rows(databases["disclosure"], "SELECT count(*) AS n FROM known_case")
             == [{"n": len(CASES)}], message="known cases")
    return CASES
