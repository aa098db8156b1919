"""One case from judgment to resumption across four services, through RabbitMQ and their own
PostgreSQL databases (issue 8, "Done when").

A court's judgment reaches ``cases``; the creditor's request is accepted and the head issues the
enforcement decision (``notifications`` records a notice of it for each party); ``cases`` asks
``personnel`` for the case's enforcement officer; the officer's verification finds that the
debtor lacks conditions and the head decides so — ``disclosure`` publishes the debtor on the
public register, ``notifications`` records the notice to the commune's People's Committee and
the decision's notice to each party; a later verification finds conditions, the head resumes
enforcement — the debtor leaves the register, and the committee's notice of removal and the
resumption's notices to the parties are recorded. The case file shows it all.
"""
import pytest
import requests

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from services.notifications.service import NotificationsService
from services.personnel.service import PersonnelService
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.personnel.examples import HANOI, HANOI_REGION_1, OFFICER_C, appointment

pytestmark = pytest.mark.integration


@pytest.fixture
def platform(start_service, rpc_as):
    start_service(CasesService)
    start_service(NotificationsService)
    start_service(PersonnelService)
    disclosure = start_service(DisclosureService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
        rpc.personnel.register_officer(OFFICER_C)
        rpc.personnel.appoint_position(appointment(OFFICER_C["id"]))
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    return lambda: requests.get(base + "/api/register", timeout=10).json()["entries"]


def notice_types(rpc, case_id):
    return sorted(n["document_type"] for n in rpc.notifications.list_notices(case_id))


def test_a_case_from_judgment_to_resumption(platform, rpc_as, databases):
    register = platform
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
        officer = rpc.cases.assign_officer({"case_id": case_id})
    assert officer["officer_id"] == "CHV-C"
    with rpc_as("enforcement_officer") as rpc:
        decision_notices = wait_for(lambda: (lambda n: n if len(n) == 2 else None)(
            notice_types(rpc, case_id)), message="the decision's notices")
        rpc.cases.record_verification(
            {"case_id": case_id, "verified_on": "2026-11-25", "finding": "lacks_conditions",
             "note": "No property or income found; the debtor lives at 45 Kim Mã"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.decide_lacking_conditions(
            {"case_id": case_id, "number": "12/QĐ-CCTHADS", "decided_on": "2026-11-26"})
    listed = wait_for(register, message="the debtor on the public register")
    assert [e["debtor_name"] for e in listed] == ["Trần Thị Bình"]
    with rpc_as("enforcement_officer") as rpc:
        published = wait_for(lambda: (lambda n: n if len(n) == 5 else None)(
            notice_types(rpc, case_id)), message="the publication's notices")
        rpc.cases.record_verification(
            {"case_id": case_id, "verified_on": "2026-11-27", "finding": "has_conditions",
             "note": "The debtor received a salary account at a bank"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.resume_enforcement(
            {"case_id": case_id, "number": "15/QĐ-CCTHADS", "decided_on": "2026-11-27",
             "new_conditions": "A salary of VND 20,000,000 a month"})
    wait_for(lambda: register() == [], message="the debtor off the public register")
    with rpc_as("enforcement_officer") as rpc:
        removed = wait_for(lambda: (lambda n: n if len(n) == 8 else None)(
            notice_types(rpc, case_id)), message="the removal's notices")
        case_file = rpc.cases.get_case_file(case_id)
    assert decision_notices == ["enforcement_decision"] * 2  # one for each party
    # each decision goes to both parties; the register's changes to the commune's committee
    assert published == sorted(decision_notices + ["lacking_conditions_decision"] * 2
                               + ["register_entry_publication"])
    assert removed == sorted(published + ["resumption_decision"] * 2
                             + ["register_entry_removal"])
    assert case_file["case"]["status"] == "decision_issued"
    assert case_file["officer_id"] == "CHV-C"
    # personnel dates the assignment today, so it is left out of the dated order
    assert [i["kind"] for i in case_file["dossier"] if i["kind"] != "officer_assignment"] == [
        "request", "enforcement_decision", "verification_record",
        "lacking_conditions_decision", "verification_record", "resumption_decision"]
    assert "case_officer.assigned" in [h["action"] for h in case_file["history"]]
    assigned = rows(databases["personnel"], "SELECT case_id, officer_id FROM assignment")
    assert assigned == [{"case_id": case_id, "officer_id": "CHV-C"}]
