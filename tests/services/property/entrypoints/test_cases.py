"""The known-case consumer through RabbitMQ and PostgreSQL: ``enforcement_case.opened`` as
``cases`` publishes it (a stub publisher: the envelope of shared.events.new_envelope, published
on ``cases.events``) becomes a known case; a malformed one is parked, not recorded."""
import pytest

from shared import deadletters
from tests.conftest import rows, wait_for
from tests.services.property.conftest import case_opened

pytestmark = pytest.mark.integration


def test_case_opened_becomes_a_known_case_with_its_authority(open_case, databases):
    envelope = open_case("case-9", "DN-03")
    [known] = rows(databases["property"],
                   "SELECT case_id, authority, judgment_id, source_event_id FROM known_case")
    assert known == {"case_id": "case-9", "authority": "DN-03", "judgment_id": "J-1",
                     "source_event_id": envelope["event_id"]}


def test_case_opened_breaking_its_contract_is_parked(property_service, publish_event,
                                                     rabbit_config, databases):
    envelope = case_opened()
    envelope["payload"] = {"judgment_id": "J-1"}  # no opened_on
    publish_event(envelope)
    parked = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "property"),
                      message="parked message")
    assert len(parked) == 1
    assert rows(databases["property"], "SELECT count(*) AS n FROM known_case") == [{"n": 0}]
