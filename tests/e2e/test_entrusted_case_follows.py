"""An entrusted case takes its jurisdiction along, end to end through RabbitMQ and three
PostgreSQL databases (Decree 62/2015 Art. 16; issue 8 capability 10).

``cases`` opens a case of HN-01 (``property`` and ``disclosure`` learn its authority from
``enforcement_case.opened``); its officer records the debtor's account in ``property``. The debtor
moved: the head entrusts the case to HN-02, the office competent for the new commune as
``personnel`` answers. ``enforcement.entrusted`` crosses the bus; from then on HN-02's officer
records property of the case and HN-01's meets ``NotFound``, in ``property`` as in ``cases``.
"""
import pytest

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from services.personnel.service import PersonnelService
from services.property.service import PropertyService
from shared.errors import NotFound
from tests.conftest import rows, wait_for
from tests.factories import judgment, request_for
from tests.services.personnel.examples import HANOI, HANOI_REGION_1, authority
from tests.services.property.conftest import ACCOUNT, HOUSE

pytestmark = pytest.mark.integration


@pytest.fixture
def services(start_service, rpc_as):
    for service in (CasesService, PersonnelService, PropertyService, DisclosureService):
        start_service(service)
    with rpc_as("administrator", authority="HN") as rpc:
        for each in (HANOI, HANOI_REGION_1, authority(HANOI_REGION_1, id="HN-02")):
            rpc.personnel.register_authority(each)
        rpc.personnel.record_division_jurisdiction(
            {"province_code": "01", "commune_code": "00007", "authority_id": "HN-02",
             "valid_from": "2025-07-01", "source": "Decision 1234/QD-BTP"})


def known_authority(databases, service, case_id):
    found = rows(databases[service], f"SELECT authority FROM known_case "
                                     f"WHERE case_id = '{case_id}'")
    return found and found[0]["authority"]


def test_property_and_disclosure_follow_the_entrusted_case(services, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case_id = rpc.cases.submit_request(request_for(received["id"]))["id"]
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case_id, "number": "1/QĐ", "issued_on": "2026-11-23"})
    for service in ("property", "disclosure"):
        wait_for(lambda: known_authority(databases, service, case_id) == "HN-01",
                 message=f"{service} knows the case")
    with rpc_as("enforcement_officer") as rpc:
        rpc.property.record_property({**ACCOUNT, "case_id": case_id})

    with rpc_as("head_of_authority") as rpc:
        entrusted = rpc.cases.entrust_enforcement({
            "case_id": case_id, "number": "15/QĐ-UTTHA", "ground_arose_on": "2026-12-03",
            "decided_on": "2026-12-04", "places": [
                {"kind": "residence", "province_code": "01", "commune_code": "00007",
                 "description": "The debtor moved to Long Biên"}],
            "tasks": "Verify and enforce", "fulfilled": "None",
            "unfulfilled": "VND 350,000,000"})
    assert entrusted["to_authority"] == "HN-02"
    for service in ("property", "disclosure"):
        wait_for(lambda: known_authority(databases, service, case_id) == "HN-02",
                 message=f"{service} follows the entrustment")

    with rpc_as("enforcement_officer", authority="HN-02") as rpc:
        house = rpc.property.record_property({**HOUSE, "case_id": case_id})
        assert house["authority"] == "HN-02"
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(NotFound):
            rpc.property.record_property({**HOUSE, "case_id": case_id})
        with pytest.raises(NotFound):
            rpc.cases.get_case(case_id)
    [audit] = rows(databases["property"], "SELECT details FROM platform_audit "
                                          "WHERE action = 'known_case.entrusted'")
    assert audit["details"]["entrustment_id"] == entrusted["id"]
