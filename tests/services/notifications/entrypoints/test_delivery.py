"""record_delivery through RabbitMQ and PostgreSQL: a decision event published by ``cases``
(with a person with related rights and obligations, and one of unknown address) becomes notices;
an officer records deliveries over RPC; ``notice.valid`` reaches the bus; typed errors cross the
wire."""
import pytest

from services.notifications.service import NotificationsService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.events import new_envelope
from tests.conftest import wait_for
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration

PARTIES = [
    {"party_id": "P1", "role": "judgment_creditor", "name": "Nguyễn A", "address": "Huế"},
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
    {"party_id": "P3", "role": "related_party", "name": "Phạm C", "address": "không rõ"},
]


@pytest.fixture
def notices(start_service, publish_event, rpc_as):
    """``enforcement_decision.issued`` of case-1 (HN-01) with a creditor, a debtor and a related
    person of unknown address, published as cases; returns its notices by party."""
    start_service(NotificationsService)
    publish_event(new_envelope("enforcement_decision.issued", {**PAYLOAD, "parties": PARTIES},
                               authority="HN-01", case_id="case-1"))
    with rpc_as("enforcement_officer") as rpc:
        listed = wait_for(lambda: rpc.notifications.list_notices("case-1"), message="notices")
    return {n["party_id"]: n for n in listed}


def attempt(notice_id, **changes):
    return {"notice_id": notice_id, "channel": "direct", "delivered_on": "2026-11-25",
            "outcome": "delivered", **changes}


def test_a_published_decision_notifies_the_related_person_by_public_posting(notices):
    """Decree Art. 12.1: litigants and persons with related rights and obligations; Law Art. 42:
    public posting for an unknown address."""
    assert {p: (n["party_role"], n["channel"], n["status"]) for p, n in notices.items()} == {
        "P1": ("judgment_creditor", "direct", "pending"),
        "P2": ("judgment_debtor", "direct", "pending"),
        "P3": ("related_party", "public_posting", "pending")}


def test_record_delivery_over_rpc_and_notice_valid_on_the_bus(notices, rpc_as, tap_events):
    drain = tap_events("notifications.events", "notice.valid")
    with rpc_as("enforcement_officer") as rpc:
        notice = rpc.notifications.record_delivery(attempt(
            notices["P2"]["id"], outcome="refused_with_witness", witness_name="Lê Văn D"))
    assert (notice["status"], notice["valid_on"]) == ("valid", "2026-11-25")
    assert [(a["outcome"], a["witness_name"], a["recorded_by"]) for a in notice["attempts"]] == [
        ("refused_with_witness", "Lê Văn D", "enforcement_officer@HN-01")]
    [event] = wait_for(drain, message="notice.valid on notifications.events")
    assert (event["type"], event["authority"], event["case_id"]) == (
        "notice.valid", "HN-01", "case-1")
    assert {k: event["payload"][k] for k in ("document_type", "document_id", "party_id",
                                             "party_role", "valid_on", "required_count",
                                             "valid_count", "document_notified_on")} == {
        "document_type": "enforcement_decision", "document_id": "d-1", "party_id": "P2",
        "party_role": "judgment_debtor", "valid_on": "2026-11-25", "required_count": 3,
        "valid_count": 1, "document_notified_on": None}


def test_record_delivery_failed_attempt_over_rpc(notices, rpc_as, tap_events):
    drain = tap_events("notifications.events", "notice.delivery_failed")
    with rpc_as("head_of_authority") as rpc:
        notice = rpc.notifications.record_delivery(attempt(notices["P1"]["id"], channel="post",
                                                           outcome="failed"))
    assert (notice["status"], notice["valid_on"]) == ("attempt_failed", None)
    [event] = wait_for(drain, message="notice.delivery_failed")
    assert event["payload"]["failed_attempts"] == 1


@pytest.mark.parametrize("change, field", [
    ({"outcome": "refused_with_witness"}, "witness_name"),
    ({"outcome": "lost"}, "outcome"),
    ({"channel": "carrier_pigeon"}, "channel"),
    ({"delivered_on": "2026-11-31"}, "delivered_on"),
    ({"delivered_on": "2026-11-20"}, "delivered_on"),  # before the decision was issued
    ({"note": "x" * 1001}, "note"),
    ({"witness_name": "a\x00b"}, "witness_name"),
])
def test_record_delivery_bad_input_is_a_validation_error_naming_the_field(notices, rpc_as,
                                                                          change, field):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.notifications.record_delivery(attempt(notices["P1"]["id"], **change))
    assert list(err.value.fields) == [field]


def test_record_delivery_twice_on_a_valid_notice_is_a_conflict(notices, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        rpc.notifications.record_delivery(attempt(notices["P1"]["id"]))
        with pytest.raises(Conflict) as err:
            rpc.notifications.record_delivery(attempt(notices["P1"]["id"]))
    assert err.value.details == {"status": "valid"}


def test_record_delivery_of_a_foreign_or_unknown_notice_is_not_found(notices, rpc_as):
    with rpc_as("enforcement_officer", authority="DN-03") as rpc:
        with pytest.raises(NotFound):
            rpc.notifications.record_delivery(attempt(notices["P1"]["id"]))
        with pytest.raises(NotFound):
            rpc.notifications.record_delivery(attempt("no-such-notice"))


def test_record_delivery_needs_the_record_permission(notices, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.notifications.record_delivery(attempt(notices["P1"]["id"]))
    assert err.value.details["permission"] == "notifications.delivery.record"


def test_record_delivery_public_posting_over_rpc(notices, rpc_as):
    """Law Art. 42: the related person of unknown address is notified by posting."""
    with rpc_as("enforcement_officer") as rpc:
        notice = rpc.notifications.record_delivery(attempt(
            notices["P3"]["id"], channel="public_posting", outcome="posted",
            delivered_on="2026-11-23"))
    assert (notice["status"], notice["valid_on"]) == ("posted", "2026-12-03")
