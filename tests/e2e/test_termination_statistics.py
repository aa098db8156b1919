"""A terminated case counts in disclosure's open statistics, end to end through RabbitMQ and
two PostgreSQL databases (issue 13 capability 8; Law Art. 50): termination closes the case with
the ledger's figures and emits ``enforcement_case.closed`` (ground ``terminated``), which
``disclosure`` counts as closed but not completed."""
import pytest
import requests

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def statistics(start_service):
    start_service(CasesService)
    disclosure = start_service(DisclosureService)
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    return lambda: requests.get(base + "/api/statistics?year=2026&authority=HN-01",
                                timeout=10).json()


def test_a_terminated_case_counts_in_the_statistics(statistics, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_payment({"case_id": case_id, "amount": 7_000_000,
                                  "received_on": "2026-11-27", "payer": "Trần Thị Bình",
                                  "reference": "PT-001"})
    with rpc_as("head_of_authority") as rpc:
        ended = rpc.cases.terminate_enforcement(
            {"case_id": case_id, "ground": "50.1.c", "number": "11/QĐ", "reasons": "Waived",
             "ground_arose_on": "2026-12-03", "decided_on": "2026-12-04"})
    assert ended["case_status"] == "terminated"
    [closed] = wait_for(lambda: rows(databases["disclosure"],
                                     "SELECT ground, amount_collected FROM closed_case"),
                        message="disclosure counting the closed case")
    assert (closed["ground"], closed["amount_collected"]) == ("terminated", 7_000_000)
    totals = statistics()["totals"]
    assert (totals["closed"], totals["completed"], totals["amount_collected"]) == (1, 0,
                                                                                   7_000_000)
