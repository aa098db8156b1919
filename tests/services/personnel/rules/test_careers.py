"""Careers' rules (Decree 62/2015 Art. 64, 65, 70, 72), one test (or more) named after each."""
from datetime import date

from shared.law import parameters_of

from services.personnel.rules import careers as rules
from services.personnel.rules.careers import Decider, DecisionKind, DismissalGround
from services.personnel.rules.staff import Position

PARAMS = parameters_of("personnel")
JUNIOR, INTERMEDIATE, SENIOR = (Position.ENFORCEMENT_OFFICER_JUNIOR,
                                Position.ENFORCEMENT_OFFICER_INTERMEDIATE,
                                Position.ENFORCEMENT_OFFICER_SENIOR)


def held(position, valid_from, valid_to=None):
    return {"position": position, "valid_from": valid_from, "valid_to": valid_to}


def test_enforcement_rank_is_the_rank_held_that_day_not_a_managerial_post():
    holdings = [held("deputy_head", date(2026, 1, 1)),
                held(JUNIOR, date(2025, 7, 1), date(2025, 12, 31)),
                held(INTERMEDIATE, date(2026, 1, 1))]
    assert rules.enforcement_rank(holdings, date(2025, 12, 31)) == JUNIOR
    assert rules.enforcement_rank(holdings, date(2026, 1, 1)) == INTERMEDIATE
    assert rules.enforcement_rank(holdings, date(2025, 6, 30)) is None


def test_managerial_standard_breaches_district_needs_a_junior_officer_art_72_1():
    on = date(2020, 5, 4)
    assert rules.managerial_standard_breaches("district", JUNIOR, on, PARAMS)[0] == []
    reasons, row = rules.managerial_standard_breaches("district", None, on, PARAMS)
    assert "holds no enforcement officer rank on 2020-05-04" in reasons[0]
    assert row.source.startswith("Decree 62/2015 Art. 72.1.a")


def test_managerial_standard_breaches_department_needs_an_intermediate_officer_art_72_2():
    on = date(2024, 3, 1)
    reasons, row = rules.managerial_standard_breaches("provincial", JUNIOR, on, PARAMS)
    assert reasons == [
        "a manager of a provincial authority must hold at least the rank "
        "enforcement_officer_intermediate (Decree 62/2015 Art. 72.2.a (Director or Deputy "
        "Director of a Department)); the officer holds enforcement_officer_junior on 2024-03-01"]
    assert row.value == "enforcement_officer_intermediate" and row.valid_to == date(2025, 6, 30)
    for rank in (INTERMEDIATE, SENIOR):
        assert rules.managerial_standard_breaches("provincial", rank, on, PARAMS)[0] == []


def test_managerial_standard_breaches_2025_levels_take_the_rows_marked_check():
    before, after = date(2025, 6, 30), date(2025, 7, 1)
    assert rules.managerial_standard_breaches("regional", None, before, PARAMS) == ([], None)
    reasons, row = rules.managerial_standard_breaches("regional", None, after, PARAMS)
    assert reasons and row.confidence == "check"
    _, row = rules.managerial_standard_breaches("provincial", INTERMEDIATE, after, PARAMS)
    assert row.confidence == "check"


def test_managerial_standard_breaches_none_for_levels_the_decree_leaves_to_others():
    # Art. 72.5: the Minister of National Defence sets the military managers' standards
    assert rules.managerial_standard_breaches("military_zone", None, date(2026, 1, 5),
                                              PARAMS) == ([], None)


def test_designation_deciders_minister_for_department_directors_art_72_3():
    assert rules.designation_deciders("provincial", Position.HEAD) == {Decider.MINISTER}
    assert rules.designation_deciders("provincial", Position.DEPUTY_HEAD) == {
        Decider.MINISTER, Decider.GENERAL_DIRECTOR}
    assert rules.designation_deciders("regional", Position.HEAD) == {
        Decider.MINISTER, Decider.GENERAL_DIRECTOR}
    assert rules.designation_deciders("military_zone", Position.HEAD) == {
        Decider.MINISTER_OF_NATIONAL_DEFENCE}


def test_decider_reasons_names_who_may_decide():
    assert rules.decider_reasons("minister", {"minister"}, "x", "Art. 1") == []
    assert rules.decider_reasons("provincial_director", {"minister", "general_director"},
                                 "the thing", "Art. 72.3") == [
        "the thing is decided by general_director or minister, not provincial_director "
        "(Art. 72.3)"]


def test_transfer_power_minister_for_senior_inspectors_and_department_directors_art_70_1_a():
    power = rules.transfer_power(Position.SENIOR_INSPECTOR, None, same_province=True)
    assert (power.decider, power.point) == (Decider.MINISTER, "Art. 70.1.a")
    power = rules.transfer_power(INTERMEDIATE, (Position.HEAD, "provincial"), True)
    assert power.decider == Decider.MINISTER


def test_transfer_power_general_director_between_provinces_and_deputies_art_70_1_b():
    assert rules.transfer_power(JUNIOR, None, same_province=False).decider == (
        Decider.GENERAL_DIRECTOR)
    assert rules.transfer_power(INTERMEDIATE, (Position.DEPUTY_HEAD, "provincial"),
                                True).decider == Decider.GENERAL_DIRECTOR
    assert rules.transfer_power(Position.CHIEF_INSPECTOR,
                                (Position.DEPUTY_HEAD, "general_department"),
                                True).decider == Decider.GENERAL_DIRECTOR
    # a senior inspector with no post moved between provinces is still the Minister's (70.1.a)
    assert rules.transfer_power(Position.SENIOR_INSPECTOR, None, False).decider == (
        Decider.MINISTER)


def test_transfer_power_provincial_director_within_the_province_confers_art_70_1_c():
    power = rules.transfer_power(JUNIOR, None, same_province=True)
    assert (power.decider, power.point, power.confer_with) == (
        Decider.PROVINCIAL_DIRECTOR, "Art. 70.1.c", None)
    power = rules.transfer_power(JUNIOR, (Position.HEAD, "regional"), True)
    assert power.decider == Decider.PROVINCIAL_DIRECTOR
    assert power.confer_with == "general_director or minister"


def test_transfer_power_none_for_secretaries_and_military_officials():
    assert rules.transfer_power(Position.SECRETARY, None, True) is None
    assert rules.transfer_power(JUNIOR, (Position.HEAD, "military_zone"), True) is None


def test_transfer_refusal_reasons_wrong_decider_or_not_covered():
    power = rules.transfer_power(JUNIOR, None, same_province=False)
    assert rules.transfer_refusal_reasons(Decider.GENERAL_DIRECTOR, power, "mobilisation") == []
    [reason] = rules.transfer_refusal_reasons(Decider.PROVINCIAL_DIRECTOR, power,
                                              "mobilisation")
    assert reason == ("the mobilisation of this official is decided by general_director, not "
                      "provincial_director (Decree 62/2015 Art. 70.1.b)")
    [reason] = rules.transfer_refusal_reasons(Decider.MINISTER, None, "secondment")
    assert "Art. 70.1 gives no power of secondment" in reason


def test_reassignment_application_reasons_needs_the_directors_request_art_64_2():
    kind = DecisionKind.REASSIGNMENT
    assert rules.reassignment_application_reasons(kind, JUNIOR, "CV-12/CTHADS") == []
    [reason] = rules.reassignment_application_reasons(kind, JUNIOR, None)
    assert "Art. 64.2.c" in reason
    # Art. 64 is about enforcement officers; a mobilisation has no such application
    assert rules.reassignment_application_reasons(kind, Position.INSPECTOR, None) == []
    assert rules.reassignment_application_reasons(DecisionKind.MOBILISATION, JUNIOR, None) == []


def test_dismissal_refusal_reasons_grounds_of_art_65_and_the_minister():
    ground_1, ground_2 = (DismissalGround.VIOLATION_IN_ENFORCEMENT,
                          DismissalGround.SERIOUS_VIOLATION)
    assert rules.dismissal_refusal_reasons(ground_1, False, Decider.MINISTER, JUNIOR) == []
    assert rules.dismissal_refusal_reasons(ground_2, True, Decider.MINISTER, JUNIOR) == []
    [reason] = rules.dismissal_refusal_reasons(ground_1, True, Decider.MINISTER, JUNIOR)
    assert "Art. 65.1 excludes a violation that results in criminal prosecution" in reason
    reasons = rules.dismissal_refusal_reasons(ground_2, False, Decider.PROVINCIAL_DIRECTOR,
                                              None)
    assert len(reasons) == 2
    assert reasons[0].startswith("the dismissal of an enforcement officer is decided by "
                                 "minister, not provincial_director")
    assert "holds no enforcement officer rank" in reasons[1]


def test_province_of_is_the_provincial_ancestor_or_the_root():
    assert rules.province_of([("HN-01", "regional"), ("HN", "provincial")]) == "HN"
    assert rules.province_of([("HN", "provincial"), ("TCTHADS", "general_department")]) == "HN"
    assert rules.province_of([("TCTHADS", "general_department")]) == "TCTHADS"
    assert rules.province_of([("QK7", "military_zone"), ("BQP", "military")]) == "BQP"
