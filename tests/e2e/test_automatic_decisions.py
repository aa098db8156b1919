"""Automatic decisions end to end (Law Art. 36.2; Decree 62/2015 Art. 6): a judgment with a
court fee and a fine of two persons and money returned to a third reaches ``cases``; the head of
the authority decides them without a request, as Art. 6 groups them; ``notifications`` records
the notice of each decision for the persons it concerns; one decision is then revoked and
re-issued (Law Art. 37) and its revocation crosses the bus."""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from tests.conftest import rows, wait_for
from tests.factories import judgment

pytestmark = pytest.mark.integration

PARTIES = [{"party_id": "P1", "name": "Nguyễn Văn An", "address": "12 Phố Huế, Hà Nội"},
           {"party_id": "P2", "name": "Trần Thị Bình", "address": "45 Kim Mã, Hà Nội"},
           {"party_id": "P3", "name": "Lê Văn Cường", "address": "3 Láng Hạ, Hà Nội"}]
ITEMS = [
    {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P1", "amount": 300_000,
     "automatic": "court_fee", "description": "Court fee"},
    {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2", "amount": 5_000_000,
     "automatic": "fine", "description": "Fine"},
    {"obligation_id": "O3", "kind": "pay_money", "debtor_party_id": "P1",
     "creditor_party_id": "P3", "amount": 20_000_000, "automatic": "return_to_owner",
     "description": "Return the deposit seized as evidence"},
]


@pytest.fixture
def services(container_factory, service_config):
    cases = container_factory(CasesService, service_config("cases"))
    notifications = container_factory(NotificationsService, service_config("notifications"))
    cases.start()
    notifications.start()
    return cases, notifications


def test_automatic_decisions_are_notified_and_a_revocation_crosses_the_bus(
        services, rpc_as, databases, tap_events):
    drain = tap_events("cases.events", "enforcement_decision.revoked")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(
            parties=PARTIES, obligations=ITEMS, received_on="2026-11-27"))
    with rpc_as("head_of_authority") as rpc:
        result = rpc.cases.issue_automatic_decisions(
            {"judgment_id": received["id"], "number": "12/QĐ-CTHADS",
             "issued_on": "2026-11-30"})
    assert result["decision_due_on"] == "2026-12-04"  # Friday receipt, weekend skipped
    pooled, returned = result["decisions"]
    assert (pooled["grouping"]["clause"], pooled["obligation_ids"]) == ("6.1", ["O1", "O2"])
    assert (returned["grouping"]["clause"], returned["obligation_ids"]) == ("6.1.a", ["O3"])

    with rpc_as("enforcement_officer") as rpc:
        notices = wait_for(lambda: rpc.notifications.list_notices(returned["case_id"]),
                           message="the returned money's decision notified")
    assert sorted((n["party_id"], n["party_role"], n["due_by"]) for n in notices) == [
        ("P1", "judgment_debtor", "2026-12-03"), ("P3", "judgment_creditor", "2026-12-03")]

    with rpc_as("head_of_authority") as rpc:
        revoked = rpc.cases.revoke_enforcement_decision({
            "decision_id": returned["decision"]["id"], "number": "13/QĐ-THQĐ",
            "revoked_on": "2026-12-01", "ground": "error_changing_content",
            "reasons": "The amount to return is VND 2,000,000, not 20,000,000",
            "reissue": {"number": "14/QĐ-CTHADS", "issued_on": "2026-12-01"}})
    assert revoked["status"] == "decision_issued"
    [envelope] = wait_for(drain, timeout=15, message="enforcement_decision.revoked on the bus")
    event = envelope["payload"]
    assert (event["decision_id"], event["reissued_decision_id"]) == (
        returned["decision"]["id"], revoked["reissued_decision"]["id"])
    deadlines = rows(databases["cases"], "SELECT rule_id, status FROM platform_deadline "
                                         "WHERE rule_id = 'law36.2-automatic-decision'")
    assert deadlines == [{"rule_id": "law36.2-automatic-decision", "status": "met"}]
