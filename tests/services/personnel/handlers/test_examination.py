"""Recruitment by examination through the handlers (Decree 62/2015 Art. 56-62; Law Art. 18):
lists flowing from the Sub-department to the Department to the General Department, candidates
qualified or refused with reasons, results, designation by the Minister (or refused)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import (BAT_XAT, GENERAL_DEPARTMENT, JUNIOR_EXAM,
                                               LAO_CAI, appointment, nomination)


@pytest.fixture
def lao_cai(personnel):
    """TCTHADS > LC > LC-BX; TK-1 and TK-2 secretaries at LC-BX, TK-3 at LC; the junior
    examination KT-2016 open."""
    personnel.as_("administrator", "TCTHADS")
    for each in (GENERAL_DEPARTMENT, LAO_CAI, BAT_XAT):
        personnel.register(each)
    for officer_id, authority_id in (("TK-1", "LC-BX"), ("TK-2", "LC-BX"), ("TK-3", "LC")):
        personnel.register_officer({"id": officer_id, "full_name": f"Thư ký {officer_id}",
                                    "authority_id": authority_id})
    personnel.open_exam(JUNIOR_EXAM)
    return personnel


def statuses(driver):
    return {c["officer_id"]: (c["status"], c["held_by"])
            for c in driver.exam("KT-2016")["candidates"]}


def test_lists_flow_up_the_tree_and_the_qualified_are_published(lao_cai):
    lao_cai.as_("administrator", "LC-BX")
    sent = lao_cai.nominate(nomination("TK-1"))
    assert (sent["status"], sent["held_by"]) == ("nominated", "LC")  # Art. 58.1
    lao_cai.nominate(nomination("TK-2", criminal_prosecution=True))
    with pytest.raises(ValidationError):  # LC-BX holds no list: it sent it to LC
        lao_cai.forward({"examination_id": "KT-2016", "authority_id": "LC-BX",
                         "application_number": "CV-1"})
    lao_cai.as_("administrator", "LC")
    assert lao_cai.nominate(nomination("TK-3"))["status"] == "received"  # the Department's own
    lao_cai.forward({"examination_id": "KT-2016", "authority_id": "LC",
                     "application_number": "CV-77/CTHADS"})  # Art. 58.2, 59.2
    lao_cai.as_("administrator", "TCTHADS")
    assert statuses(lao_cai) == {"TK-1": ("received", "TCTHADS"),
                                 "TK-2": ("received", "TCTHADS"),
                                 "TK-3": ("received", "TCTHADS")}
    exam = lao_cai.consider("KT-2016")
    by_id = {c["officer_id"]: c for c in exam["candidates"]}
    assert by_id["TK-1"]["status"] == "qualified"
    assert by_id["TK-1"]["application_number"] == "CV-77/CTHADS"
    assert by_id["TK-2"]["status"] == "not_qualified"
    assert by_id["TK-2"]["reasons"] == ["the candidate faces a criminal prosecution (Decree "
                                        "62/2015 Art. 57.2; Law Art. 18)"]
    assert by_id["TK-2"]["parameters_used"][0]["key"] == "officer_eligibility.legal_work_years"
    [published] = lao_cai.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                               "'examination.candidates_published'")
    assert published["envelope"]["payload"] == {"examination_id": "KT-2016",
                                                "qualified": ["TK-1", "TK-3"],
                                                "not_qualified": 1}
    [audit] = lao_cai.rows("SELECT details FROM platform_audit WHERE action = "
                           "'candidate.not_qualified'")
    assert audit["details"]["reasons"] == by_id["TK-2"]["reasons"]
    forwarded = lao_cai.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                             "'candidate_list.forwarded'")
    assert forwarded[0]["envelope"]["payload"]["officer_ids"] == ["TK-1", "TK-2"]


@pytest.fixture
def qualified(lao_cai):
    lao_cai.as_("administrator", "LC")
    lao_cai.nominate(nomination("TK-3"))
    lao_cai.nominate(nomination("TK-1"))
    lao_cai.as_("administrator", "TCTHADS")
    lao_cai.forward({"examination_id": "KT-2016", "authority_id": "LC",
                     "application_number": "CV-77/CTHADS"})
    lao_cai.consider("KT-2016")
    return lao_cai


def test_results_and_designation_by_the_minister_open_the_rank(qualified):
    exam = qualified.results({"examination_id": "KT-2016", "results": [
        {"officer_id": "TK-3", "passed": True, "score": 82},
        {"officer_id": "TK-1", "passed": False, "score": 41}]})
    assert {c["officer_id"]: (c["status"], c["score"]) for c in exam["candidates"]} == {
        "TK-3": ("passed", 82), "TK-1": ("failed", 41)}
    refused = qualified.designate_passed({"examination_id": "KT-2016", "officer_id": "TK-3",
                                          "valid_from": "2016-09-01",
                                          "decision_number": "QD-1/QD-TCTHADS",
                                          "decider": "general_director"})
    assert refused["outcome"] == "refused" and len(refused["reasons"]) == 1
    got = qualified.designate_passed({"examination_id": "KT-2016", "officer_id": "TK-3",
                                      "valid_from": "2016-09-01",
                                      "decision_number": "QD-2100/QD-BTP",
                                      "decider": "minister"})
    assert (got["outcome"], got["kind"], got["details"]["score"]) == (
        "decided", "designation_after_examination", 82)
    assert [(p["position"], p["authority_id"], p["valid_from"])
            for p in qualified.officer("TK-3")["positions"]] == [
        ("enforcement_officer_junior", "LC", date(2016, 9, 1))]
    failed = qualified.designate_passed({"examination_id": "KT-2016", "officer_id": "TK-1",
                                         "valid_from": "2016-09-01",
                                         "decision_number": "QD-2101/QD-BTP",
                                         "decider": "minister"})
    assert failed["reasons"] == ["the candidate is failed, not passed (Decree 62/2015 Art. "
                                 "62.1)"]
    assert statuses(qualified)["TK-3"][0] == "designated"


def test_a_result_for_a_candidate_not_qualified_is_a_conflict_and_strangers_not_found(
        qualified):
    qualified.results({"examination_id": "KT-2016", "results": [
        {"officer_id": "TK-3", "passed": True, "score": 82}]})
    with pytest.raises(Conflict):  # TK-3 already passed
        qualified.results({"examination_id": "KT-2016", "results": [
            {"officer_id": "TK-3", "passed": False, "score": 10}]})
    with pytest.raises(NotFound):
        qualified.results({"examination_id": "KT-2016", "results": [
            {"officer_id": "TK-2", "passed": True, "score": 90}]})


def test_promotion_examination_counts_the_years_at_the_rank_below(lao_cai):
    lao_cai.appoint(appointment("TK-1", authority_id="LC-BX", valid_from="2016-03-01"))
    lao_cai.appoint(appointment("TK-3", authority_id="LC", valid_from="2017-03-01"))
    lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-2021", "examination_on": "2021-03-01",
                       "rank": "enforcement_officer_intermediate"})
    for officer_id in ("TK-1", "TK-3"):
        lao_cai.nominate(nomination(officer_id, "KT-2021"))
    lao_cai.forward({"examination_id": "KT-2021", "authority_id": "LC",
                     "application_number": "CV-9"})
    got = {c["officer_id"]: c for c in lao_cai.consider("KT-2021")["candidates"]}
    assert got["TK-1"]["status"] == "qualified"
    assert got["TK-3"]["reasons"] == [
        "the candidate has held enforcement_officer_junior for 4 years, not 5 (Law on Civil "
        "Judgment Enforcement Art. 18.3-18.4 (intermediate and senior officers); Decree "
        "62/2015 Art. 57.1)"]
    lao_cai.results({"examination_id": "KT-2021", "results": [
        {"officer_id": "TK-1", "passed": True, "score": 75}]})
    got = lao_cai.designate_passed({"examination_id": "KT-2021", "officer_id": "TK-1",
                                    "valid_from": "2021-06-01", "decision_number": "QD-5",
                                    "decider": "minister"})
    assert len(got["details"]["ended"]) == 1
    assert [(p["position"], p["valid_to"]) for p in lao_cai.officer("TK-1")["positions"]] == [
        ("enforcement_officer_junior", date(2021, 5, 31)),
        ("enforcement_officer_intermediate", None)]


def test_examination_refusals_as_input_and_permission(lao_cai):
    with pytest.raises(ValidationError) as err:
        lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-X", "organiser_id": "LC"})
    assert list(err.value.fields) == ["organiser_id"]
    with pytest.raises(Conflict):
        lao_cai.open_exam(JUNIOR_EXAM)
    with pytest.raises(ValidationError) as err:  # the General Department is not military's
        lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-M", "system": "military"})
    assert err.value.fields["organiser_id"][0].startswith("a military examination is "
                                                          "organised by the military")
    lao_cai.nominate(nomination("TK-1"))
    with pytest.raises(Conflict):
        lao_cai.nominate(nomination("TK-1"))
    with pytest.raises(ValidationError) as err:
        lao_cai.nominate({**nomination("TK-2"), "facts": {**nomination("TK-2")["facts"],
                                                          "criminal_prosecution": "no"}})
    assert list(err.value.fields) == ["facts"]
    lao_cai.as_("administrator", "LC")
    with pytest.raises(PermissionDenied):  # only the organiser considers the applications
        lao_cai.consider("KT-2016")
    with pytest.raises(NotFound):
        lao_cai.nominate(nomination("TK-2", examination_id="NONE"))


def military_department(driver):
    """The Ministry of National Defence's Department (BQP), its administrator calling."""
    driver.as_("administrator", "BQP")
    driver.register({"id": "BQP", "name": "Department of Judgment Enforcement, Ministry of "
                     "National Defence", "name_vi": "Cục Thi hành án, Bộ Quốc phòng",
                     "level": "military", "parent_id": None, "valid_from": "2009-07-01"})


def test_military_path_military_zone_to_the_ministry_of_defences_department_art_58(lao_cai):
    military_department(lao_cai)
    lao_cai.register({"id": "QK2", "name": "Military Zone 2 Judgment Enforcement",
                      "name_vi": "Phòng Thi hành án Quân khu 2", "level": "military_zone",
                      "parent_id": "BQP", "valid_from": "2009-07-01"})
    lao_cai.register_officer({"id": "QK2-TK", "full_name": "Hà Văn Quân",
                              "authority_id": "QK2"})
    lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-QD", "system": "military",
                       "organiser_id": "BQP"})
    got = lao_cai.nominate(nomination("QK2-TK", "KT-QD"))
    assert (got["status"], got["held_by"]) == ("received", "BQP")  # Art. 58.1-58.2
    lao_cai.as_("administrator", "TCTHADS")
    with pytest.raises(ValidationError) as err:  # a civil official, a military examination
        lao_cai.nominate(nomination("TK-1", "KT-QD"))
    assert list(err.value.fields) == ["officer_id"]


def application(applicant_id="UV-1", authority_id="LC-BX", born="1990-03-02",
                identity="010190000123", **facts):
    return {"examination_id": "KT-2016", "applicant_id": applicant_id,
            "authority_id": authority_id, "full_name": f"Ứng viên {applicant_id}",
            "identity_number": identity, "date_of_birth": born,
            "facts": {**nomination("X")["facts"], **facts}}


def test_a_candidate_who_is_not_an_official_applies_sits_and_becomes_one_art_58_4(lao_cai):
    lao_cai.as_("administrator", "LC-BX")
    sent = lao_cai.apply(application())
    assert (sent["status"], sent["held_by"], sent["officer_id"]) == ("nominated", "LC", None)
    assert sent["applicant"]["date_of_birth"] == date(1990, 3, 2)
    # 17 on the examination day
    lao_cai.apply(application("UV-2", born="1998-06-16", identity="010198000456"))
    lao_cai.as_("administrator", "LC")
    forwarded = lao_cai.forward({"examination_id": "KT-2016", "authority_id": "LC",
                                 "application_number": "CV-78"})
    assert {c["applicant_id"]: c["held_by"] for c in forwarded["candidates"]} == {
        "UV-1": "TCTHADS", "UV-2": "TCTHADS"}
    lao_cai.as_("administrator", "TCTHADS")
    got = {c["applicant_id"]: c for c in lao_cai.consider("KT-2016")["candidates"]}
    assert got["UV-1"]["status"] == "qualified"
    assert got["UV-2"]["reasons"] == [
        "the candidate is 17 years old on 2016-06-15, not 18 (Law on Cadres and Civil Servants "
        "2008 Art. 36.1.b (the law on officials Decree 62/2015 Art. 57.2, 58.4 refer to))"]
    assert [p["key"] for p in got["UV-2"]["parameters_used"]] == [
        "officer_eligibility.legal_work_years", "recruitment.minimum_age_years"]
    [audit] = lao_cai.rows("SELECT subject_type, subject_id FROM platform_audit WHERE action = "
                           "'candidate.not_qualified'")
    assert (audit["subject_type"], audit["subject_id"]) == ("applicant", "UV-2")
    lao_cai.results({"examination_id": "KT-2016", "results": [
        {"applicant_id": "UV-1", "passed": True, "score": 77}]})
    refused = lao_cai.designate_passed({"examination_id": "KT-2016", "applicant_id": "UV-1",
                                        "valid_from": "2016-09-01", "decision_number": "QD-0",
                                        "decider": "general_director"})
    assert (refused["outcome"], refused["officer_id"], refused["applicant_id"]) == (
        "refused", None, "UV-1")
    with pytest.raises(NotFound):  # not an official yet
        lao_cai.officer("UV-1")
    got = lao_cai.designate_passed({"examination_id": "KT-2016", "applicant_id": "UV-1",
                                    "valid_from": "2016-09-01", "decision_number": "QD-2102",
                                    "decider": "minister"})
    assert (got["outcome"], got["officer_id"]) == ("decided", "UV-1")
    officer = lao_cai.officer("UV-1")
    assert (officer["authority_id"], officer["full_name"]) == ("LC-BX", "Ứng viên UV-1")
    assert [(p["position"], p["valid_from"]) for p in officer["positions"]] == [
        ("enforcement_officer_junior", date(2016, 9, 1))]
    registered = lao_cai.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                              "'applicant.registered'")
    assert [r["envelope"]["payload"]["applicant_id"] for r in registered] == ["UV-1", "UV-2"]


def test_an_applicant_only_to_the_junior_examination_and_refusals_as_input(lao_cai):
    lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-TC", "rank": "enforcement_officer_intermediate"})
    lao_cai.as_("administrator", "LC")
    lao_cai.apply({**application("UV-3", authority_id="LC"), "examination_id": "KT-TC"})
    lao_cai.as_("administrator", "TCTHADS")
    [got] = lao_cai.consider("KT-TC")["candidates"]
    assert got["status"] == "not_qualified" and got["reasons"][-1].startswith(
        "a candidate who is not an official may sit only the enforcement_officer_junior")
    with pytest.raises(Conflict):  # an official's id
        lao_cai.apply(application("TK-1"))
    lao_cai.apply(application("UV-4"))
    with pytest.raises(Conflict):
        lao_cai.apply(application("UV-4"))
    with pytest.raises(Conflict):  # the same person under another id
        lao_cai.apply(application("UV-6"))
    with pytest.raises(ValidationError) as err:
        lao_cai.results({"examination_id": "KT-2016", "results": [
            {"officer_id": "TK-1", "applicant_id": "UV-4", "passed": True, "score": 1}]})
    assert list(err.value.fields) == ["results"]
    with pytest.raises(NotFound):
        lao_cai.results({"examination_id": "KT-2016", "results": [
            {"applicant_id": "UV-9", "passed": True, "score": 1}]})
    lao_cai.as_("administrator", "LC")
    with pytest.raises(PermissionDenied):  # LC does not administer the General Department
        lao_cai.apply(application("UV-5", authority_id="TCTHADS"))


def test_promotion_examination_of_inspectors_art_69_1(lao_cai):
    lao_cai.appoint(appointment("TK-1", authority_id="LC-BX", position="inspector",
                                valid_from="2019-03-01"))
    lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-TTV", "examination_on": "2021-03-01",
                       "rank": "chief_inspector"})
    lao_cai.as_("administrator", "LC")
    for officer_id in ("TK-1", "TK-3"):
        lao_cai.nominate(nomination(officer_id, "KT-TTV"))
    lao_cai.forward({"examination_id": "KT-TTV", "authority_id": "LC",
                     "application_number": "CV-10"})
    lao_cai.as_("administrator", "TCTHADS")
    got = {c["officer_id"]: c for c in lao_cai.consider("KT-TTV")["candidates"]}
    assert got["TK-1"]["status"] == "qualified"  # two years suffice: the decree counts none
    assert got["TK-3"]["reasons"] == ["the candidate does not hold inspector on the "
                                      "examination day (Decree 62/2015 Art. 69.1)"]
    lao_cai.results({"examination_id": "KT-TTV", "results": [
        {"officer_id": "TK-1", "passed": True, "score": 70}]})
    got = lao_cai.designate_passed({"examination_id": "KT-TTV", "officer_id": "TK-1",
                                    "valid_from": "2021-05-01", "decision_number": "QD-7",
                                    "decider": "minister"})
    assert got["outcome"] == "decided"
    assert [(p["position"], p["valid_to"]) for p in lao_cai.officer("TK-1")["positions"]] == [
        ("inspector", date(2021, 4, 30)), ("chief_inspector", None)]


def test_military_inspectors_army_officers_on_the_defence_councils_proposal_art_66_2_69_2(
        lao_cai):
    military_department(lao_cai)
    for officer_id in ("QD-1", "QD-2"):
        lao_cai.register_officer({"id": officer_id, "full_name": f"Sĩ quan {officer_id}",
                                  "authority_id": "BQP"})
        lao_cai.appoint(appointment(officer_id, authority_id="BQP", position="inspector",
                                    valid_from="2015-01-01"))
    lao_cai.open_exam({**JUNIOR_EXAM, "id": "KT-QD-TTV", "system": "military",
                       "organiser_id": "BQP", "rank": "chief_inspector"})
    lao_cai.nominate(nomination("QD-1", "KT-QD-TTV", military_officer=True))
    lao_cai.nominate(nomination("QD-2", "KT-QD-TTV"))
    got = {c["officer_id"]: c for c in lao_cai.consider("KT-QD-TTV")["candidates"]}
    assert got["QD-1"]["status"] == "qualified"
    assert got["QD-2"]["reasons"] == ["an inspector in the army is a military officer or "
                                      "non-commissioned officer (Decree 62/2015 Art. 66.2)"]
    lao_cai.results({"examination_id": "KT-QD-TTV", "results": [
        {"officer_id": "QD-1", "passed": True, "score": 90}]})
    refused = lao_cai.designate_passed({"examination_id": "KT-QD-TTV", "officer_id": "QD-1",
                                        "valid_from": "2016-09-01", "decision_number": "QD-8",
                                        "decider": "minister"})
    assert refused["reasons"] == [
        "a military inspector is designated on the proposal of the Ministry of National "
        "Defence's recruitment council (Decree 62/2015 Art. 69.2)"]
    got = lao_cai.designate_passed({"examination_id": "KT-QD-TTV", "officer_id": "QD-1",
                                    "valid_from": "2016-09-01", "decision_number": "QD-9",
                                    "decider": "minister",
                                    "council_proposal_number": "TT-12/HDTD-BQP"})
    assert (got["outcome"], got["details"]["council_proposal_number"]) == (
        "decided", "TT-12/HDTD-BQP")
