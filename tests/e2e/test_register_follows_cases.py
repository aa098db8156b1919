"""The public register follows the decisions of ``cases``, end to end through RabbitMQ and two
PostgreSQL databases (Decree 62/2015 Art. 9, 11; issue 8 capability 7).

A court sends a judgment to ``cases``; the creditor's request is accepted; the head of the
authority issues the enforcement decision; the officer's verification finds that the debtor
lacks conditions; the head decides so — ``lacking_conditions.decided`` crosses the bus and
``disclosure`` publishes the debtor on the public register (its portal's JSON, /api/register),
with only name, address and the obligation. A later verification finds conditions; the head
resumes enforcement — ``enforcement.resumed`` crosses the bus and the debtor leaves the register.
"""
import pytest
import requests

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def register(start_service):
    start_service(CasesService)
    disclosure = start_service(DisclosureService)
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    return lambda: requests.get(base + "/api/register", timeout=10).json()["entries"]


def test_debtor_is_published_on_lacking_conditions_and_removed_on_resumption(
        register, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    with rpc_as("enforcement_officer") as rpc:
        verified = rpc.cases.record_verification(
            {"case_id": case["id"], "verified_on": "2026-11-25", "finding": "lacks_conditions",
             "note": "No property or income found; the debtor lives at 45 Kim Mã"})
    # Wed 2026-11-25 + 5 working days (weekend skipped) -> Wed 2026-12-02
    assert verified["decision_due_on"] == "2026-12-02"
    assert register() == []

    with rpc_as("head_of_authority") as rpc:
        lacking = rpc.cases.decide_lacking_conditions(
            {"case_id": case["id"], "number": "12/QĐ-CCTHADS", "decided_on": "2026-11-26"})
    assert lacking["case_status"] == "lacking_conditions"
    listed = wait_for(register, message="the debtor on the public register")
    assert [(e["debtor_name"], e["debtor_address"]) for e in listed] == [
        ("Trần Thị Bình", "45 Kim Mã, Hà Nội")]
    assert "12/QĐ-CCTHADS" in str(listed[0])
    entry = rows(databases["disclosure"], "SELECT case_id, authority, decision_id, "
                 "unmet_obligation FROM register_entry")
    assert entry == [{"case_id": case["id"], "authority": "HN-01",
                      "decision_id": lacking["id"],
                      "unmet_obligation": "Repay the loan of VND 350,000,000"}]

    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(
            {"case_id": case["id"], "verified_on": "2026-11-27", "finding": "has_conditions",
             "note": "The debtor received a salary account at a bank"})
    with rpc_as("head_of_authority") as rpc:
        resumed = rpc.cases.resume_enforcement(
            {"case_id": case["id"], "number": "15/QĐ-CCTHADS", "decided_on": "2026-11-27",
             "new_conditions": "A salary of VND 20,000,000 a month"})
        assert rpc.cases.get_case(case["id"])["status"] == "decision_issued"
    assert resumed["case_status"] == "decision_issued"
    wait_for(lambda: register() == [], message="the debtor off the public register")
    removed = rows(databases["disclosure"], "SELECT removal_ground, removed_on "
                   "FROM register_entry")
    assert removed[0]["removal_ground"] == "resumption_decision"
    assert removed[0]["removed_on"] is not None

    deadlines = rows(databases["cases"], "SELECT rule_id, status, due_on, met_on "
                     "FROM platform_deadline WHERE rule_id LIKE 'decree9.4%'")
    assert [(d["status"], d["due_on"].isoformat(), d["met_on"].isoformat())
            for d in deadlines] == [("met", "2026-12-02", "2026-11-26")]
    consumed = {r["consumer"] for r in rows(databases["disclosure"],
                                            "SELECT consumer FROM platform_inbox")}
    assert {"disclosure.on_lacking_conditions_decided",
            "disclosure.on_enforcement_resumed"} <= consumed
