"""Notices of a measure and of a termination by agreement through RabbitMQ and PostgreSQL:
``measure.decided`` published by ``property`` and ``enforcement.terminated_by_agreement`` by
``cases`` become notices to the parties of the case, each owing its delivery (Law Art. 39.1;
Decree 62/2015 Art. 5.3, 13, 19-23). The events no source requires notified
(``rules.other_acts.NOT_NOTIFIED``) have no handler, hence no binding: nothing to consume."""
import pytest

from services.notifications.service import NotificationsService
from shared.events import new_envelope
from tests.conftest import rows
from tests.services.notifications.entrypoints.test_property_acts import DEADLINES, of_type
from tests.services.notifications.handlers.conftest import PARTIES
from tests.services.notifications.handlers.test_other_acts import FRIDAY, MEASURE, TERMINATED
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration


@pytest.fixture
def notifications(start_service):
    return start_service(NotificationsService)


def published(publish_event, type_, payload, **more):
    envelope = new_envelope(type_, payload, authority="HN-01", case_id="case-1", **more)
    publish_event(envelope)
    return envelope


def test_a_measure_and_a_termination_by_agreement_notify_the_parties(
        notifications, publish_event, rpc_as, databases):
    published(publish_event, "enforcement_decision.issued", {**PAYLOAD, "parties": PARTIES})
    of_type(rpc_as, "enforcement_decision", 2)
    published(publish_event, "measure.decided", MEASURE, occurred_at=FRIDAY)
    published(publish_event, "enforcement.terminated_by_agreement", TERMINATED)
    measures = of_type(rpc_as, "measure_decision", 2)
    terminations = of_type(rpc_as, "agreement_termination_decision", 2)
    assert [(n["party_id"], n["document_id"], n["due_by"]) for n in measures] == [
        ("P1", "m-1", "2026-12-02"), ("P2", "m-1", "2026-12-02")]
    assert [(n["party_id"], n["document_id"], n["due_by"]) for n in terminations] == [
        ("P1", "ag-1", "2026-12-02"), ("P2", "ag-1", "2026-12-02")]
    assert rows(databases["notifications"], DEADLINES.format("measure_decision")) == [
        {"party_id": p, "starts_on": "2026-11-27", "due_on": "2026-12-02", "status": "open"}
        for p in ("P1", "P2")]
    assert rows(databases["notifications"], "SELECT count(*) AS n FROM notice") == [{"n": 6}]
