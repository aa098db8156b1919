"""Recruitment by examination through RabbitMQ and PostgreSQL: the lists up the tree, the
publication, the results and the designation crossing the wire; typed errors."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import Conflict, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import (BAT_XAT, GENERAL_DEPARTMENT, JUNIOR_EXAM,
                                               LAO_CAI, nomination)

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        for each in (GENERAL_DEPARTMENT, LAO_CAI, BAT_XAT):
            rpc.personnel.register_authority(each)
        for officer_id in ("TK-1", "TK-2"):
            rpc.personnel.register_officer({"id": officer_id, "full_name": "Thư ký",
                                            "authority_id": "LC-BX"})
        rpc.personnel.open_examination(JUNIOR_EXAM)
    return container


def test_from_the_sub_department_to_designation(personnel, rpc_as, tap_events):
    tap = tap_events("personnel.events", "#")
    with rpc_as("administrator", authority="LC-BX") as rpc:
        first = rpc.personnel.nominate_candidate(nomination("TK-1"))
        rpc.personnel.nominate_candidate(nomination("TK-2", criminal_prosecution=True))
    with rpc_as("administrator", authority="LC") as rpc:
        rpc.personnel.forward_candidate_list({"examination_id": "KT-2016",
                                              "authority_id": "LC",
                                              "application_number": "CV-77"})
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        considered = rpc.personnel.consider_applications({"examination_id": "KT-2016"})
        rpc.personnel.record_examination_results({"examination_id": "KT-2016", "results": [
            {"officer_id": "TK-1", "passed": True, "score": 90}]})
        decided = rpc.personnel.designate_passed_candidate({
            "examination_id": "KT-2016", "officer_id": "TK-1", "valid_from": "2016-09-01",
            "decision_number": "QD-2100/QD-BTP", "decider": "minister"})
        exam = rpc.personnel.get_examination("KT-2016")
        with pytest.raises(Conflict):  # TK-2 was not qualified: no result
            rpc.personnel.record_examination_results({"examination_id": "KT-2016", "results": [
                {"officer_id": "TK-2", "passed": True, "score": 90}]})
    assert first["held_by"] == "LC"
    assert [c["status"] for c in considered["candidates"]] == ["qualified", "not_qualified"]
    assert decided["outcome"] == "decided"
    assert [c["status"] for c in exam["candidates"]] == ["designated", "not_qualified"]

    def types():
        return [m["type"] for m in tap()]
    wait_for(lambda: "personnel_decision.made" in types(), message="the designation")
    assert {"candidate.nominated", "candidate_list.forwarded",
            "examination.candidates_published", "examination.results_recorded"} <= set(types())


def test_nomination_bad_facts_are_named(personnel, rpc_as):
    with rpc_as("administrator", authority="LC-BX") as rpc, \
            pytest.raises(ValidationError) as err:
        rpc.personnel.nominate_candidate({"examination_id": "KT-2016", "officer_id": "TK-1",
                                          "facts": {"citizen": "yes"}})
    assert list(err.value.fields) == ["facts"]


def test_a_candidate_who_is_not_an_official_through_the_broker_art_58_4(personnel, rpc_as,
                                                                         tap_events):
    tap = tap_events("personnel.events", "applicant.registered")
    application = {"examination_id": "KT-2016", "applicant_id": "UV-1", "authority_id": "LC",
                   "full_name": "Lò Thị Xuân", "identity_number": "010195000321",
                   "date_of_birth": "1995-04-30", "facts": nomination("X")["facts"]}
    with rpc_as("administrator", authority="LC") as rpc:
        applied = rpc.personnel.register_applicant(application)
        with pytest.raises(ValidationError) as err:
            rpc.personnel.register_applicant({**application, "date_of_birth": "30/04/1995"})
    assert list(err.value.fields) == ["date_of_birth"]
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.consider_applications({"examination_id": "KT-2016"})
        rpc.personnel.record_examination_results({"examination_id": "KT-2016", "results": [
            {"applicant_id": "UV-1", "passed": True, "score": 88}]})
        decided = rpc.personnel.designate_passed_candidate({
            "examination_id": "KT-2016", "applicant_id": "UV-1", "valid_from": "2016-09-01",
            "decision_number": "QD-2103/QD-BTP", "decider": "minister"})
        officer = rpc.personnel.get_officer("UV-1")
    assert (applied["status"], applied["held_by"], applied["applicant"]["date_of_birth"]) == (
        "received", "TCTHADS", "1995-04-30")
    assert (decided["outcome"], decided["officer_id"]) == ("decided", "UV-1")
    assert (officer["authority_id"], officer["positions"][0]["position"]) == (
        "LC", "enforcement_officer_junior")
    wait_for(lambda: tap(), message="applicant.registered")
    assert tap()[0]["payload"]["applicant_id"] == "UV-1"
