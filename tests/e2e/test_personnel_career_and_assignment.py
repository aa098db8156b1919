"""An officer's career in ``personnel`` decides who ``cases`` may be given, end to end through
RabbitMQ and two PostgreSQL databases (issue 9 capabilities 3, 5, 6, 8).

A case is opened in ``cases`` (judgment, request, enforcement decision). In ``personnel`` two
secretaries of HN-01 pass the examination and are designated junior officers by the Minister;
one is the debtor's nephew. The head of HN-01 asks ``cases`` to assign the case's officer;
``cases`` sends the parties to personnel's ``assign_officer``: the other officer is chosen and
``cases`` records personnel's reasons, which name the nephew's exclusion. The chosen officer is
then dismissed (Art. 65) and the case released; asked directly (role ``system``, as ``cases``
acts), personnel will not give the case to the nephew, and the answer says so.
"""
import pytest

from services.cases.service import CasesService
from services.personnel.service import PersonnelService
from shared.errors import Conflict
from tests.factories import JUDGMENT, judgment, request_for
from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, JUNIOR_EXAM, dismissal,
                                               nomination)

pytestmark = pytest.mark.integration
CENTRAL = {"id": "TCTHADS", "name": "Central managing authority", "name_vi": "Cục Quản lý "
           "thi hành án dân sự", "level": "general_department", "parent_id": None,
           "valid_from": "2009-07-01"}


def rpc_history(rpc_as, case_id):
    with rpc_as("enforcement_officer") as rpc:
        return rpc.cases.get_case_file(case_id)["history"]


def designate(rpc, officer_id):
    return rpc.personnel.designate_passed_candidate({
        "examination_id": "KT-2026", "officer_id": officer_id, "valid_from": "2026-10-01",
        "decision_number": f"QD-{officer_id}/QD-BTP", "decider": "minister"})


def test_a_designated_officer_is_given_the_case_and_the_related_one_never(
        start_service, rpc_as):
    start_service(CasesService)
    start_service(PersonnelService)
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})

    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.register_authority(CENTRAL)
        rpc.personnel.open_examination({**JUNIOR_EXAM, "id": "KT-2026",
                                        "examination_on": "2026-06-15"})
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
        for officer_id, name in (("TK-1", "Lê Văn Cường"), ("TK-2", "Trần Văn Đức")):
            rpc.personnel.register_officer({"id": officer_id, "full_name": name,
                                            "authority_id": "HN-01"})
            rpc.personnel.nominate_candidate(nomination(officer_id, "KT-2026"))
        rpc.personnel.record_relation({"officer_id": "TK-2", "person_name": "Trần Thị Bình",
                                       "relation": "uncle_aunt"})
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.forward_candidate_list({"examination_id": "KT-2026",
                                              "authority_id": "HN",
                                              "application_number": "CV-1/THADS-HN"})
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.consider_applications({"examination_id": "KT-2026"})
        rpc.personnel.record_examination_results({"examination_id": "KT-2026", "results": [
            {"officer_id": "TK-1", "passed": True, "score": 80},
            {"officer_id": "TK-2", "passed": True, "score": 85}]})
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        designated = [designate(rpc, officer_id) for officer_id in ("TK-1", "TK-2")]
    assert [d["outcome"] for d in designated] == ["decided", "decided"]

    with rpc_as("head_of_authority") as rpc:
        officer = rpc.cases.assign_officer({"case_id": case["id"]})
    assert officer["officer_id"] == "TK-1"
    assert any(r.startswith("TK-2 excluded: uncle_aunt") for r in officer["reasons"]), officer
    assert "case_officer.assigned" in [h["action"] for h in rpc_history(rpc_as, case["id"])]
    parties = [{"party_id": p["party_id"], "name": p["name"]} for p in JUDGMENT["parties"]]
    with rpc_as("administrator", authority="HN") as rpc:
        dismissed = rpc.personnel.dismiss_officer({**dismissal("TK-1"), "last_day": "2026-11-01"})
    assert dismissed["outcome"] == "decided"
    with rpc_as("system", authority="HN-01") as rpc:
        rpc.personnel.release_assignment({"authority": "HN-01", "case_id": case["id"],
                                          "reason": "the officer was dismissed (Art. 10.3)"})
        with pytest.raises(Conflict) as err:
            rpc.personnel.assign_officer({"authority": "HN-01", "case_id": case["id"],
                                          "parties": parties})
    assert "every eligible officer has a conflict" in str(err.value)
    assert err.value.details["excluded"][0]["officer_id"] == "TK-2"
