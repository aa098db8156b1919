"""A person's channels through RabbitMQ and PostgreSQL: consent recorded and withdrawn over RPC
and announced on the bus; a later document published by ``cases`` is notified by VNeID to the
party who consented and directly to the one who did not (Decree 62/2015 Art. 12.1); typed
errors cross the wire."""
import pytest

from services.notifications.service import NotificationsService
from shared.errors import NotFound, PermissionDenied, ValidationError
from shared.events import new_envelope
from tests.conftest import wait_for
from tests.shared.test_events import PAYLOAD

pytestmark = pytest.mark.integration

PARTIES = [
    {"party_id": "P1", "role": "judgment_creditor", "name": "Nguyễn A", "address": "Huế"},
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
]
LACKING = {"decision_id": "lc-1", "decision_number": "7/QĐ-CCTHADS", "decided_on": "2026-11-30",
           "debtor": {"party_id": "P2", "name": "Trần B", "address": "Hà Nội"},
           "obligation": {"text": "trả 100.000.000 đồng", "amount": 100_000_000}}


@pytest.fixture
def service(start_service):
    start_service(NotificationsService)


def by_document(rpc, document_type, count):
    """The case's notices of ``document_type`` by party, once ``count`` of them are recorded."""
    def recorded():
        found = [n for n in rpc.notifications.list_notices("case-1")
                 if n["document_type"] == document_type]
        return found if len(found) >= count else None
    return {n["party_id"]: n for n in wait_for(recorded, message=f"notices of {document_type}")}


def test_record_and_withdraw_consent_over_rpc_announced_on_the_bus(service, rpc_as, tap_events):
    drain = tap_events("notifications.events", "consent.*")
    with rpc_as("enforcement_officer") as rpc:
        consent = rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-20"})
        withdrawn = rpc.notifications.withdraw_consent(
            {"consent_id": consent["id"], "withdrawn_on": "2026-11-26"})
        listed = rpc.notifications.list_consents("P1")
    assert (consent["channel"], consent["withdrawn_on"]) == ("vneid", None)
    assert withdrawn["withdrawn_on"] == "2026-11-26"
    assert [c["withdrawn_on"] for c in listed] == ["2026-11-26"]
    got = wait_for(lambda: len(drain()) == 2 and drain(), message="consent events")
    assert [e["type"] for e in got] == ["consent.recorded", "consent.withdrawn"]


@pytest.mark.parametrize("change, field", [
    ({"channel": "carrier_pigeon"}, "channel"),
    ({"channel": "email"}, "contact"),  # an e-mail request names the address (Art. 12.2)
    ({"given_on": "2026-02-30"}, "given_on"),
    ({"party_id": " P1"}, "party_id"),
])
def test_record_consent_bad_input_is_a_validation_error_naming_the_field(service, rpc_as,
                                                                         change, field):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-20", **change})
    assert list(err.value.fields) == [field]


def test_record_consent_needs_the_permission_and_withdrawal_the_authority(service, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-20"})
    assert err.value.details["permission"] == "notifications.consent.record"
    with rpc_as("enforcement_officer") as rpc:
        consent = rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-20"})
    with rpc_as("enforcement_officer", authority="DN-03") as rpc, pytest.raises(NotFound):
        rpc.notifications.withdraw_consent({"consent_id": consent["id"],
                                            "withdrawn_on": "2026-11-26"})


def test_a_later_document_goes_by_vneid_to_who_consented_and_directly_to_who_did_not(
        service, rpc_as, publish_event):
    publish_event(new_envelope("enforcement_decision.issued", {**PAYLOAD, "parties": PARTIES},
                               authority="HN-01", case_id="case-1"))
    with rpc_as("enforcement_officer") as rpc:
        first = by_document(rpc, "enforcement_decision", 2)
        for notice in first.values():
            rpc.notifications.record_delivery({
                "notice_id": notice["id"], "channel": "direct", "delivered_on": "2026-11-25",
                "outcome": "delivered"})
        rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-25"})
        rpc.notifications.report_address(
            {"party_id": "P2", "address": "45 Lê Lợi, Đà Nẵng", "reported_on": "2026-11-26"})
    publish_event(new_envelope("lacking_conditions.decided", LACKING, authority="HN-01",
                               case_id="case-1"))
    with rpc_as("enforcement_officer") as rpc:
        later = by_document(rpc, "lacking_conditions_decision", 2)
    assert {p: (n["channel"], n["initial"], n["recipient_address"])
            for p, n in later.items()} == {
        "P1": ("vneid", False, "Huế"), "P2": ("direct", False, "45 Lê Lợi, Đà Nẵng")}
