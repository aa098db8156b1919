"""The known-case consumer through RabbitMQ and PostgreSQL: ``enforcement_case.opened`` as
``cases`` publishes it (a stub publisher) becomes a known case; one breaking its contract is
parked, not recorded."""
import pytest

from shared import deadletters
from tests.conftest import rows, wait_for
from tests.services.disclosure.conftest import CASES, case_opened

pytestmark = pytest.mark.integration


def test_case_opened_becomes_a_known_case_with_its_authority(known_cases, databases):
    known = rows(databases["disclosure"], "SELECT case_id, authority FROM known_case")
    assert {k["case_id"]: k["authority"] for k in known} == CASES


def test_case_opened_breaking_its_contract_is_parked(disclosure, publish_event, rabbit_config,
                                                     databases):
    envelope = case_opened()
    envelope["payload"] = {"opened_on": "2025-10-20"}  # no judgment_id
    publish_event(envelope)
    parked = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "disclosure"),
                      message="parked message")
    assert len(parked) == 1
    assert rows(databases["disclosure"], "SELECT count(*) AS n FROM known_case") == [{"n": 0}]
