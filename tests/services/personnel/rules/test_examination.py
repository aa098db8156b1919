"""Recruitment by examination: rules (Decree 62/2015 Art. 57-62; Law Art. 18), one test (or
more) named after each."""
from datetime import date

from shared.law import parameters_of

from services.personnel.rules import examination as rules
from services.personnel.rules.staff import Position

PARAMS = parameters_of("personnel")
ON = date(2016, 6, 15)
FIT = {"citizen": True, "law_degree": True, "legal_work_since": date(2012, 8, 1),
       "training_completed": True, "health_fit": True, "criminal_prosecution": False,
       "disciplinary_action": False}
JUNIOR, INTERMEDIATE = (Position.ENFORCEMENT_OFFICER_JUNIOR,
                        Position.ENFORCEMENT_OFFICER_INTERMEDIATE)


def test_organiser_reasons_general_department_or_military_department_art_60():
    assert rules.organiser_reasons("civil", "general_department") == []
    assert rules.organiser_reasons("military", "military") == []
    assert rules.organiser_reasons("civil", "provincial") == [
        "a civil examination is organised by the general_department authority, not a "
        "provincial one (Decree 62/2015 Art. 60)"]


def test_list_recipient_sub_department_to_department_then_organiser_art_58():
    assert rules.list_recipient("district", "LC", "TCTHADS") == "LC"
    assert rules.list_recipient("regional", "HN", "TCTHADS") == "HN"
    assert rules.list_recipient("provincial", "TCTHADS", "TCTHADS") == "TCTHADS"
    assert rules.list_recipient("provincial", None, "TCTHADS") == "TCTHADS"  # 2025: a root
    assert rules.list_recipient("military_zone", "BQP", "BQP") == "BQP"


def test_completed_years_counts_whole_years_to_the_same_numbered_day():
    assert rules.completed_years(date(2013, 6, 15), ON) == 3
    assert rules.completed_years(date(2013, 6, 16), ON) == 2


def test_eligibility_reasons_a_fit_junior_candidate_qualifies_with_the_row_used():
    reasons, [row] = rules.eligibility_reasons(JUNIOR, FIT, None, ON, PARAMS)
    assert reasons == [] and row.key == "officer_eligibility.legal_work_years"


def test_eligibility_reasons_facing_prosecution_is_not_eligible_art_57_2():
    reasons, _ = rules.eligibility_reasons(JUNIOR, {**FIT, "criminal_prosecution": True}, None,
                                           ON, PARAMS)
    assert reasons == ["the candidate faces a criminal prosecution (Decree 62/2015 Art. 57.2; "
                       "Law Art. 18)"]


def test_eligibility_reasons_every_missing_condition_is_named():
    facts = {**FIT, "citizen": False, "law_degree": False, "disciplinary_action": True,
             "legal_work_since": date(2014, 1, 1)}
    reasons, _ = rules.eligibility_reasons(JUNIOR, facts, None, ON, PARAMS)
    assert reasons == [
        "the candidate is not a Vietnamese citizen (Law Art. 18; Decree 62/2015 Art. 57.1)",
        "the candidate holds no law degree (Law Art. 18; Decree 62/2015 Art. 57.1)",
        "the candidate is under a disciplinary action (Decree 62/2015 Art. 57.2)",
        "the candidate has 2 years of legal work, not 3 (Law on Civil Judgment Enforcement "
        "Art. 18.2 (junior officer); Decree 62/2015 Art. 57.1)"]


def test_eligibility_reasons_promotion_needs_5_years_at_the_rank_below():
    on = date(2021, 3, 1)
    reasons, [row] = rules.eligibility_reasons(INTERMEDIATE, FIT, date(2016, 3, 1), on, PARAMS)
    assert reasons == [] and row.value == 5
    reasons, _ = rules.eligibility_reasons(INTERMEDIATE, FIT, date(2016, 3, 2), on, PARAMS)
    assert reasons[0].startswith("the candidate has held enforcement_officer_junior for 4 "
                                 "years, not 5")
    reasons, _ = rules.eligibility_reasons(INTERMEDIATE, FIT, None, on, PARAMS)
    assert "for 0 years" in reasons[0]


def test_lower_rank_is_the_rank_below_in_the_category():
    assert rules.lower_rank(INTERMEDIATE) == JUNIOR
    assert rules.lower_rank(Position.ENFORCEMENT_OFFICER_SENIOR) == INTERMEDIATE


def test_designation_refusal_reasons_only_passed_candidates_by_the_minister_art_62():
    assert rules.designation_refusal_reasons("passed", "minister") == []
    assert rules.designation_refusal_reasons("failed", "general_director") == [
        "the designation of an enforcement officer is decided by minister, not "
        "general_director (Decree 62/2015 Art. 62; Law Art. 18.6-18.7)",
        "the candidate is failed, not passed (Decree 62/2015 Art. 62.1)"]


def test_applicant_reasons_one_who_is_not_an_official_sits_the_junior_examination_art_58_4():
    reasons, [row] = rules.applicant_reasons(JUNIOR, date(1990, 3, 2), ON, PARAMS)
    assert reasons == [] and (row.key, row.value) == ("recruitment.minimum_age_years", 18)
    reasons, _ = rules.applicant_reasons(INTERMEDIATE, date(1990, 3, 2), ON, PARAMS)
    assert reasons == [
        "a candidate who is not an official may sit only the enforcement_officer_junior "
        "examination, not the enforcement_officer_intermediate one (Decree 62/2015 Art. 56.2, "
        "58.4; Law Art. 18.3-18.4)"]


def test_applicant_reasons_at_least_18_on_the_examination_day_to_the_same_numbered_day():
    assert rules.applicant_reasons(JUNIOR, date(1998, 6, 15), ON, PARAMS)[0] == []
    reasons, _ = rules.applicant_reasons(JUNIOR, date(1998, 6, 16), ON, PARAMS)
    assert reasons == [
        "the candidate is 17 years old on 2016-06-15, not 18 (Law on Cadres and Civil Servants "
        "2008 Art. 36.1.b (the law on officials Decree 62/2015 Art. 57.2, 58.4 refer to))"]


def test_sitting_reasons_officers_by_law_art_18_inspectors_by_art_69():
    assert rules.sitting_reasons(JUNIOR, "civil", FIT, None, ON, PARAMS) == \
        rules.eligibility_reasons(JUNIOR, FIT, None, ON, PARAMS)
    reasons, rows = rules.sitting_reasons(Position.CHIEF_INSPECTOR, "civil", FIT, None, ON,
                                          PARAMS)
    assert rows == [] and reasons == [
        "the candidate does not hold inspector on the examination day (Decree 62/2015 Art. "
        "69.1)"]
    assert rules.sitting_reasons(Position.SENIOR_INSPECTOR, "civil", FIT, date(2010, 1, 1),
                                 ON, PARAMS) == ([], [])


def test_ranks_include_the_promotions_of_inspectors_art_69_1():
    assert Position.CHIEF_INSPECTOR in rules.RANKS and Position.SENIOR_INSPECTOR in rules.RANKS
    assert Position.INSPECTOR not in rules.RANKS  # assigned under the law on officials
    assert rules.lower_rank(Position.SENIOR_INSPECTOR) == Position.CHIEF_INSPECTOR
