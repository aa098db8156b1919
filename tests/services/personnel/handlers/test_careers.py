"""Careers through the handlers (Decree 62/2015 Art. 64, 65, 70, 72): decisions made change the
holdings; decisions that break a rule are refused and recorded with their reasons, an event and
an audit row, and change nothing else."""
from datetime import date

import pytest

from shared.errors import NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, HCMC, OFFICER_A,
                                               OFFICER_B, appointment, authority, designation,
                                               dismissal, transfer)


@pytest.fixture
def hanoi(personnel):
    """HN with HN-01 and HN-02, HCM; CHV-A a junior officer of HN-01 since 2025-07-01."""
    for each in (HANOI, HANOI_REGION_1, authority(HANOI_REGION_1, id="HN-02")):
        personnel.register(each)
    personnel.as_("administrator", "HCM").register(HCMC)  # a root registers itself
    personnel.as_("administrator", "HN")
    personnel.register_officer(OFFICER_A)
    personnel.appoint(appointment("CHV-A"))
    return personnel


def outbox(driver, key):
    return [r["envelope"]["payload"] for r in driver.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{key}' ORDER BY id")]


def test_designate_manager_meeting_the_standard_opens_the_post(hanoi):
    got = hanoi.designate(designation("CHV-A"))
    assert (got["outcome"], got["reasons"], got["kind"]) == ("decided", [], "designation")
    assert got["parameters_used"][0]["key"] == "manager_minimum_rank.regional"
    assert got["details"]["rank_held"] == "enforcement_officer_junior"
    positions = hanoi.officer("CHV-A")["positions"]
    assert [p["position"] for p in positions] == ["enforcement_officer_junior", "head"]
    assert got["details"]["opened"] == [positions[1]["id"]]
    [made] = outbox(hanoi, "personnel_decision.made")
    assert (made["decision_id"], made["kind"], made["decider"]) == (
        got["id"], "designation", "general_director")
    [audit] = hanoi.rows("SELECT legal_basis FROM platform_audit WHERE action = "
                         "'personnel_decision.decided'")
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 72.1-72.3")


def test_designate_manager_below_the_standard_is_refused_and_recorded(hanoi):
    # a Director of the provincial agency must be at least an intermediate officer (72.2.a)
    got = hanoi.designate(designation("CHV-A", authority_id="HN", decider="minister"))
    assert got["outcome"] == "refused"
    assert got["reasons"] == [
        "a manager of a provincial authority must hold at least the rank "
        "enforcement_officer_intermediate (Decree 62/2015 Art. 72.2.a applied to the 2025 "
        "provincial agencies); the officer holds enforcement_officer_junior on 2026-03-02"]
    assert got["parameters_used"][0]["confidence"] == "check"
    assert [p["position"] for p in hanoi.officer("CHV-A")["positions"]] == [
        "enforcement_officer_junior"]
    [refused] = outbox(hanoi, "personnel_decision.refused")
    assert refused["reasons"] == got["reasons"] and refused["authority_id"] == "HN"
    assert outbox(hanoi, "personnel_decision.made") == []
    [audit] = hanoi.rows("SELECT details FROM platform_audit WHERE action = "
                         "'personnel_decision.refused'")
    assert audit["details"]["reasons"] == got["reasons"]
    assert hanoi.decisions("CHV-A")["decisions"][0]["outcome"] == "refused"


def test_designate_manager_without_any_rank_or_by_the_wrong_decider_is_refused(hanoi):
    hanoi.register_officer(OFFICER_B)  # an official with no enforcement officer rank
    got = hanoi.designate(designation("CHV-B", position="deputy_head",
                                      decider="provincial_director"))
    assert got["outcome"] == "refused" and len(got["reasons"]) == 2
    assert "holds no enforcement officer rank on 2026-03-02" in got["reasons"][0]
    assert got["reasons"][1].startswith("the designation of the deputy_head of a regional "
                                        "authority is decided by general_director or minister")


def test_designate_manager_bad_input_and_foreign_callers_write_nothing(hanoi):
    with pytest.raises(ValidationError) as err:
        hanoi.designate({**designation("CHV-A"), "position": "inspector", "decider": "mayor"})
    assert set(err.value.fields) == {"position", "decider"}
    hanoi.as_("administrator", "HCM")
    with pytest.raises(NotFound):
        hanoi.designate(designation("CHV-A"))
    hanoi.as_("administrator", "HN-01")
    with pytest.raises(PermissionDenied):  # HN-01 does not administer its province
        hanoi.designate(designation("CHV-A", authority_id="HN", decider="minister"))
    assert hanoi.rows("SELECT count(*) AS n FROM personnel_decision") == [{"n": 0}]


def test_appoint_position_of_a_manager_must_go_through_designation(hanoi):
    with pytest.raises(ValidationError) as err:
        hanoi.appoint(appointment("CHV-A", "head"))
    assert "designate_manager" in err.value.fields["position"][0]


def test_transfer_within_the_province_by_its_director_moves_rank_and_employer(hanoi):
    got = hanoi.transfer(transfer("CHV-A", "HN-02"))
    assert (got["outcome"], got["details"]["power"], got["details"]["same_province"]) == (
        "decided", "Art. 70.1.c", True)
    assert got["details"]["return_insignia_to"] == "HN-01"  # Art. 83.3
    officer = hanoi.officer("CHV-A")
    assert officer["authority_id"] == "HN-02"
    assert [(p["authority_id"], p["valid_from"], p["valid_to"]) for p in officer["positions"]] == [
        ("HN-01", date(2025, 7, 1), date(2026, 3, 31)), ("HN-02", date(2026, 4, 1), None)]
    assert len(outbox(hanoi, "officer.position_ended")) == 1
    [made] = outbox(hanoi, "personnel_decision.made")
    assert made["target_authority_id"] == "HN-02" and made["details"]["opened"]


def test_transfer_to_another_province_by_the_provincial_director_is_refused(hanoi):
    got = hanoi.transfer(transfer("CHV-A", "HCM"))
    assert got["outcome"] == "refused"
    assert got["reasons"] == ["the mobilisation of this official is decided by "
                              "general_director, not provincial_director (Decree 62/2015 "
                              "Art. 70.1.b)"]
    assert hanoi.officer("CHV-A")["authority_id"] == "HN-01"
    assert outbox(hanoi, "officer.position_ended") == []
    decided = hanoi.transfer(transfer("CHV-A", "HCM", decider="general_director"))
    assert decided["outcome"] == "decided" and decided["details"]["same_province"] is False


def test_transfer_of_a_manager_ends_the_post_and_names_whom_to_confer_with(hanoi):
    hanoi.designate(designation("CHV-A"))
    got = hanoi.transfer(transfer("CHV-A", "HN-02", kind="reassignment",
                                  request_number="CV-12/CTHADS"))
    assert got["outcome"] == "decided"
    assert got["details"]["confer_with"] == "general_director or minister"
    positions = hanoi.officer("CHV-A")["positions"]
    assert [(p["position"], p["authority_id"], p["valid_to"]) for p in positions] == [
        ("enforcement_officer_junior", "HN-01", date(2026, 3, 31)),
        ("head", "HN-01", date(2026, 3, 31)),
        ("enforcement_officer_junior", "HN-02", None)]


def test_reassignment_without_the_directors_request_is_refused_art_64(hanoi):
    got = hanoi.transfer(transfer("CHV-A", "HN-02", kind="reassignment"))
    assert got["outcome"] == "refused" and "Art. 64.2.c" in got["reasons"][0]
    assert "Decree 62/2015 Art. 64" in got["legal_basis"]


def test_secondment_holds_the_rank_away_for_its_period_then_at_home(hanoi):
    got = hanoi.transfer(transfer("CHV-A", "HN-02", kind="secondment", valid_to="2026-09-30"))
    assert got["outcome"] == "decided" and got["valid_to"] == date(2026, 9, 30)
    officer = hanoi.officer("CHV-A")
    assert officer["authority_id"] == "HN-01"  # the employer stays
    assert [(p["authority_id"], p["valid_from"], p["valid_to"]) for p in officer["positions"]] == [
        ("HN-01", date(2025, 7, 1), date(2026, 3, 31)),
        ("HN-02", date(2026, 4, 1), date(2026, 9, 30)),
        ("HN-01", date(2026, 10, 1), None)]


def test_transfer_bad_input(hanoi):
    with pytest.raises(ValidationError) as err:
        hanoi.transfer(transfer("CHV-A", "HN-02", kind="secondment"))
    assert list(err.value.fields) == ["valid_to"]
    with pytest.raises(ValidationError) as err:
        hanoi.transfer(transfer("CHV-A", "HN-01"))
    assert list(err.value.fields) == ["target_authority_id"]
    with pytest.raises(NotFound) as err:
        hanoi.transfer(transfer("CHV-A", "XX"))
    assert err.value.details == {"target_authority_id": "XX"}
    assert hanoi.rows("SELECT count(*) AS n FROM personnel_decision") == [{"n": 0}]


def test_dismiss_officer_by_the_minister_ends_rank_and_post(hanoi):
    hanoi.designate(designation("CHV-A"))
    got = hanoi.dismiss(dismissal("CHV-A"))
    assert got["outcome"] == "decided" and got["position"] == "enforcement_officer_junior"
    assert got["legal_basis"].endswith("Decree 62/2015 Art. 65.2; Law Art. 21")
    positions = hanoi.officer("CHV-A")["positions"]
    assert {p["valid_to"] for p in positions} == {date(2026, 5, 31)}
    assert len(got["details"]["ended"]) == 2
    # a dismissed officer is given no case after the last day
    assert [p["end_reason"].startswith("dismissed") for p in positions] == [True, True]


def test_dismiss_officer_on_65_1_facing_prosecution_or_by_a_director_is_refused(hanoi):
    got = hanoi.dismiss(dismissal("CHV-A", ground="violation_in_enforcement",
                                  criminal_prosecution=True, decider="provincial_director"))
    assert got["outcome"] == "refused" and len(got["reasons"]) == 2
    assert "Art. 65.1 excludes" in got["reasons"][1]
    assert hanoi.officer("CHV-A")["positions"][0]["valid_to"] is None
    [refused] = outbox(hanoi, "personnel_decision.refused")
    assert refused["kind"] == "dismissal"
    with pytest.raises(ValidationError) as err:
        hanoi.dismiss({**dismissal("CHV-A"), "criminal_prosecution": "yes"})
    assert list(err.value.fields) == ["criminal_prosecution"]
