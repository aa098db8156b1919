"""A forcible measure decided, and one refused in the lunar new year window, reach the parties
end to end through RabbitMQ and three PostgreSQL databases (issue 10 capability 1 for
``measure.decided``; Decree 62/2015 Art. 13.1-13.2, 19-23; Law Art. 39.1, 46).

``cases`` issues the enforcement decision, whose notices ``notifications`` records for both
parties. In ``property`` the officer plans a distraint for 8 Feb 2027 (refused: within 15 days
of the lunar new year's eve) and for 1 Dec 2026 (decided): each ``measure.decided`` becomes one
notice per party, issued on the day the event occurred in Vietnam, owing its delivery within 3
working days, its text in the person's inbox (the refusal with its reason and article).
"""
import pytest

from services.cases.service import CasesService
from services.notifications.service import NotificationsService
from services.property.service import PropertyService
from shared.calendar import today_in_vietnam
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.property import institutions as banks

pytestmark = pytest.mark.integration

ACTS = ("measure_decision", "measure_refusal")


def test_a_measure_decided_and_one_refused_are_notified_to_both_parties(
        start_service, rpc_as, databases):
    start_service(CasesService)
    start_service(PropertyService)
    start_service(NotificationsService)
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    wait_for(lambda: rows(databases["property"],
                          f"SELECT 1 FROM known_case WHERE case_id = '{case_id}'"),
             message="property knows the case")

    request = {"case_id": case_id, "decision": banks.DECISION, "kind": "property_distraint",
               "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
               "targeted_amount": 360_000_000, "starts_at": "2027-02-08T08:00:00+07:00",
               "minutes": 120}
    with rpc_as("enforcement_officer") as rpc:
        refused = rpc.property.plan_forcible_measure(request)["measure"]
        decided = rpc.property.plan_forcible_measure(
            {**request, "starts_at": "2026-12-01T08:00:00+07:00"})["measure"]

        def acts():
            got = [n for n in rpc.notifications.list_notices(case_id)
                   if n["document_type"] in ACTS]
            return got if len(got) == 4 else None
        notices = {(n["document_type"], n["party_id"]): n
                   for n in wait_for(acts, message="4 notices of measures")}
    today = today_in_vietnam().isoformat()
    assert {k: (n["document_id"], n["document_number"], n["document_issued_on"], n["status"])
            for k, n in notices.items()} == {
        ("measure_refusal", "P1"): (refused["id"], "07/QĐ-CCTHADS", today, "pending"),
        ("measure_refusal", "P2"): (refused["id"], "07/QĐ-CCTHADS", today, "pending"),
        ("measure_decision", "P1"): (decided["id"], "07/QĐ-CCTHADS", today, "pending"),
        ("measure_decision", "P2"): (decided["id"], "07/QĐ-CCTHADS", today, "pending")}
    # each notice owes its delivery from the act's day, its due day the notice's ``due_by``
    assert sorted((r["starts_on"], r["due_on"], r["status"]) for r in rows(
        databases["notifications"],
        "SELECT d.starts_on::text, d.due_on::text, d.status FROM notice n JOIN "
        "platform_deadline d ON d.subject_id = n.id WHERE n.document_type LIKE 'measure_%'")) \
        == sorted((today, n["due_by"], "open") for n in notices.values())

    with rpc_as("portal") as rpc:
        inbox = {i["document_type"]: i for i in rpc.notifications.list_inbox("P2")}
    assert "360.000.000 đồng" in inbox["measure_decision"]["body"]
    assert "(căn cứ: Decree 62/2015 Art. 13.2)" in inbox["measure_refusal"]["body"]
