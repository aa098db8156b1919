"""The property service started on the test's vhost and database, and the cases it knows."""
import pytest

from services.property.service import PropertyService
from tests.conftest import rows, wait_for
from tests.services.property.conftest import case_opened


@pytest.fixture
def property_service(start_service):
    return start_service(PropertyService)


@pytest.fixture
def open_case(property_service, publish_event, databases):
    """``open_case("case-1", "HN-01")`` publishes ``enforcement_case.opened`` on
    ``cases.events`` as ``cases`` does (a contract test against a stub publisher: the envelope
    comes from shared.events.new_envelope) and returns it once the service knows the case."""

    def publish(case_id="case-1", authority="HN-01"):
        envelope = case_opened(case_id=case_id, authority=authority)
        publish_event(envelope)
        wait_for(lambda: rows(databases["property"],
                              f"SELECT 1 FROM known_case WHERE case_id = '{case_id}'"),
                 message=f"known case {case_id}")
        return envelope

    return publish
