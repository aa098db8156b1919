"""Notices by the channels of Decree 62/2015 Art. 12, end to end through RabbitMQ, two
PostgreSQL databases, the VNeID gateway stand-in (deploy/notify-standins/gateway.py) and a real
SMTP server (issue 10, "Done when").

A decision in ``cases`` leads to direct first notices to both parties and to a person with
related rights and obligations (a party of the judgment with no item of its own, Decree
Art. 12.1); the debtor refuses before a witness (Art. 12.4), the others sign; the validity dates
reach ``cases``, whose notification deadline is met (once all three are valid), not overdue.
The creditor consents to VNeID. The later decision that the debtor lacks conditions goes to the
e-ID stand-in for the creditor, on the service's own dispatcher, and by post (with its return
receipt) to the debtor and the related person, who did not consent; each becomes valid.
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from shared.calendar import today_in_vietnam
from tests.conftest import rows, wait_for
from tests.factories import JUDGMENT, judgment, request_for
# the real channel servers of the notifications tests, as fixtures of this module
from tests.services.notifications.conftest import gateway, smtp_server  # noqa: F401

pytestmark = pytest.mark.integration

#: Decree Art. 12.1: a person with related rights and obligations, named by no obligation.
RELATED = {"party_id": "P3", "name": "Phạm Văn Cường (người có quyền lợi, nghĩa vụ liên quan)",
           "address": "8 Lê Lợi, Huế"}

NOTIFY = ("SELECT status, due_on::text, met_on::text FROM platform_deadline "
          "WHERE rule_id = 'law39.1-notify-decision' AND subject_id = '{}'")


@pytest.fixture
def services(start_service, gateway, smtp_server):
    host, port, _ = smtp_server
    start_service(CasesService)
    start_service(NotificationsService, NOTIFY_GATEWAY_URL=gateway[0], SMTP_HOST=host,
                  SMTP_PORT=port, CHANNEL_TIMEOUT_SECONDS=3)
    return gateway[1]


def of_document(rpc, case_id, document_type, count=3):
    def recorded():
        found = [n for n in rpc.notifications.list_notices(case_id)
                 if n["document_type"] == document_type]
        return found if len(found) >= count else None
    return {n["party_id"]: n for n in wait_for(recorded, message=f"{document_type} notices")}


def test_first_notices_direct_later_by_vneid_or_post_deadlines_met(services, rpc_as, databases,
                                                                   tap_events):
    gateway = services
    valid_events = tap_events("notifications.events", "notice.valid")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment(parties=[*JUDGMENT["parties"], RELATED]))
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    decision_id = decided["decision"]["id"]

    with rpc_as("enforcement_officer") as rpc:
        first = of_document(rpc, case["id"], "enforcement_decision")
        assert {p: (n["channel"], n["initial"], n["party_role"]) for p, n in first.items()} == {
            "P1": ("direct", True, "judgment_creditor"), "P2": ("direct", True, "judgment_debtor"),
            "P3": ("direct", True, "related_party")}
        refused = rpc.notifications.record_delivery({
            "notice_id": first["P2"]["id"], "channel": "direct", "delivered_on": "2026-11-24",
            "outcome": "refused_with_witness", "witness_name": "Lê Văn D (tổ trưởng dân phố)"})
        rpc.notifications.record_delivery({
            "notice_id": first["P1"]["id"], "channel": "direct", "delivered_on": "2026-11-24",
            "outcome": "delivered"})
        rpc.notifications.record_delivery({
            "notice_id": first["P3"]["id"], "channel": "direct", "delivered_on": "2026-11-25",
            "outcome": "delivered"})
        rpc.notifications.record_consent(
            {"party_id": "P1", "channel": "vneid", "given_on": "2026-11-24"})
    assert (refused["status"], refused["attempts"][0]["witness_name"]) == (
        "valid", "Lê Văn D (tổ trưởng dân phố)")

    # the validity dates reach cases: its notification deadline is met, not overdue
    met = wait_for(lambda: [r for r in rows(databases["cases"], NOTIFY.format(decision_id))
                            if r["status"] == "met"], message="cases' notification deadline met")
    assert met == [{"status": "met", "due_on": "2026-11-27", "met_on": "2026-11-25"}]

    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(
            {"case_id": case["id"], "verified_on": "2026-11-25", "finding": "lacks_conditions",
             "note": "No property or income found"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.decide_lacking_conditions(
            {"case_id": case["id"], "number": "12/QĐ-CCTHADS", "decided_on": "2026-11-26"})

    with rpc_as("enforcement_officer") as rpc:
        later = of_document(rpc, case["id"], "lacking_conditions_decision")
        assert {p: (n["channel"], n["initial"]) for p, n in later.items()} == {
            "P1": ("vneid", False), "P2": ("direct", False), "P3": ("direct", False)}
        posted = rpc.notifications.record_delivery({
            "notice_id": later["P2"]["id"], "channel": "post", "delivered_on": "2026-11-27",
            "outcome": "delivered", "return_receipt": "RR 0123 4567 VN"})
        assert (posted["status"], posted["attempts"][0]["reference"]) == (
            "valid", "RR 0123 4567 VN")
        to_related = rpc.notifications.record_delivery({
            "notice_id": later["P3"]["id"], "channel": "post", "delivered_on": "2026-11-30",
            "outcome": "delivered", "return_receipt": "RR 0123 4568 VN"})
        assert (to_related["status"], to_related["valid_on"]) == ("valid", "2026-11-30")
        by_vneid = wait_for(
            lambda: [n for n in rpc.notifications.list_notices(case["id"])
                     if n["id"] == later["P1"]["id"] and n["status"] == "valid"],
            timeout=15, message="the VNeID notice valid")[0]
    [message] = gateway.received["vneid"]
    assert message["party_id"] == "P1" and "12/QĐ-CCTHADS" in message["subject"]
    assert (by_vneid["valid_on"], by_vneid["attempts"][0]["reference"]) == (
        today_in_vietnam().isoformat(), "vneid-1")

    def all_valid():
        seen = {(e["payload"]["document_type"], e["payload"]["party_id"])
                for e in valid_events()}
        return seen if len(seen) == 6 else None
    assert wait_for(all_valid, timeout=15, message="six notice.valid events") == {
        (document, party) for document in ("enforcement_decision", "lacking_conditions_decision")
        for party in ("P1", "P2", "P3")}
    overdue = rows(databases["notifications"], "SELECT count(*) AS n FROM platform_deadline "
                                                "WHERE status <> 'met'")
    assert overdue == [{"n": 0}]
