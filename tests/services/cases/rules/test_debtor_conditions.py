"""The debtor's declaration, delegated verification, new information and the separate log
(Decree 62/2015 Art. 9.1, 9.2, 9.4-9.6)."""
from datetime import date

import pytest

from services.cases.rules import debtor_conditions as rules

ALL_ITEMS = {k: "none" for k in rules.DECLARATION_ITEMS}


def due(law, limit, starts_on):
    length, used = limit.resolve(law.params, starts_on)
    return length, law.calendar.due_date(starts_on, length, used.unit)


def test_declaration_missing_items_names_each_empty_item():
    assert rules.declaration_missing_items(True, ALL_ITEMS) == []
    got = rules.declaration_missing_items(True, {**ALL_ITEMS, "incomes": None, "property": ""})
    assert got == ["property", "incomes"]
    assert rules.declaration_missing_items(False, {}) == []


def test_penalty_may_be_imposed_on_no_or_untruthful_information():
    assert rules.penalty_may_be_imposed(False, None)
    assert rules.penalty_may_be_imposed(True, False)
    assert not rules.penalty_may_be_imposed(True, True)
    assert not rules.penalty_may_be_imposed(True, None)


def test_delegation_error_to_ones_own_authority():
    assert "another authority" in rules.delegation_error("HN-01", "HN-01")
    assert rules.delegation_error("HN-01", "HCM-02") is None


def test_extension_error_only_registered_property_within_its_30_days():
    assert rules.extension_error(rules.REGISTERED_PROPERTY, date(2026, 12, 1),
                                 date(2026, 12, 3)) is None
    assert "registered property" in rules.extension_error(rules.OTHER, date(2026, 12, 1),
                                                          date(2026, 12, 3))
    assert "ended on 2026-12-03" in rules.extension_error(
        rules.REGISTERED_PROPERTY, date(2026, 12, 4), date(2026, 12, 3))


def test_delegated_result_limits_across_a_weekend(law):
    registered = rules.DELEGATED_RESULT[rules.REGISTERED_PROPERTY]
    # Wed 2026-11-04 + 30 days = Fri 2026-12-04; Thu 2026-11-05 + 30 = Sat 12-05 -> Mon 12-07
    assert due(law, registered, date(2026, 11, 4)) == (30, date(2026, 12, 4))
    assert due(law, registered, date(2026, 11, 5)) == (30, date(2026, 12, 7))
    # 2026-11-06 + 45 days = Mon 2026-12-21; 2026-11-07 + 45 = Tue 12-22
    assert due(law, rules.DELEGATED_RESULT_EXTENDED, date(2026, 11, 7)) == (45, date(2026, 12, 22))
    # Fri 2026-11-20 + 15 days = Sat 2026-12-05 -> Mon 2026-12-07
    assert due(law, rules.DELEGATED_RESULT[rules.OTHER], date(2026, 11, 20)) == (
        15, date(2026, 12, 7))


def test_delegated_result_limits_across_tet_2026(law):
    # 2026-01-17 + 30 days = Mon 2026-02-16, Tết (16-20 Feb) -> Mon 2026-02-23
    assert due(law, rules.DELEGATED_RESULT[rules.REGISTERED_PROPERTY], date(2026, 1, 17)) == (
        30, date(2026, 2, 23))
    # 2026-01-03 + 45 days = Tue 2026-02-17 -> Mon 2026-02-23
    assert due(law, rules.DELEGATED_RESULT_EXTENDED, date(2026, 1, 3)) == (45, date(2026, 2, 23))
    # 2026-02-03 + 15 days = Wed 2026-02-18 -> Mon 2026-02-23
    assert due(law, rules.DELEGATED_RESULT[rules.OTHER], date(2026, 2, 3)) == (
        15, date(2026, 2, 23))


def test_new_information_verified_in_10_days_across_a_weekend_and_tet(law):
    # Wed 2026-11-25 + 10 days = Sat 2026-12-05 -> Mon 2026-12-07
    assert due(law, rules.NEW_INFORMATION, date(2026, 11, 25)) == (10, date(2026, 12, 7))
    # Sat 2026-02-07 + 10 days = Tue 2026-02-17, in Tết -> Mon 2026-02-23
    assert due(law, rules.NEW_INFORMATION, date(2026, 2, 7)) == (10, date(2026, 2, 23))


def test_separate_log_limit_3_working_days_across_a_weekend_and_tet(law):
    # Thu 2026-12-03 + 3 working days -> Tue 2026-12-08
    assert due(law, rules.SEPARATE_LOG_LIMIT, date(2026, 12, 3)) == (3, date(2026, 12, 8))
    # Fri 2026-02-13 + 3 working days, Tết week skipped -> Wed 2026-02-25
    assert due(law, rules.SEPARATE_LOG_LIMIT, date(2026, 2, 13)) == (3, date(2026, 2, 25))


TERMS = rules.SeparateLogTerms(custody_or_unknown_years=2, remaining_prison_years=2,
                               other_years=1, min_verifications=2)


@pytest.fixture
def conditions(law):
    def review(on, decided_on=date(2026, 1, 12), **changes):
        args = dict(prison_release_on=None, residence_unknown=False,
                    verification_days=[date(2026, 6, 1), date(2026, 12, 1)],
                    pending_new_information=0)
        args.update(changes)
        return rules.separate_log_conditions(TERMS, law.calendar, decided_on, on, **args)
    return review


def test_separate_log_conditions_all_hold_after_one_year(conditions):
    got = conditions(date(2027, 1, 12))
    assert (got["a"], got["b"], got["c"], got["years"]) == (True, True, True, 1)
    assert got["met_on"] == date(2027, 1, 12) and got["reasons"] == []


def test_separate_log_conditions_year_ends_rolled_past_a_weekend_and_tet(conditions):
    # 2026-01-10 + 1 year = Sunday 2027-01-10 -> Monday 2027-01-11
    assert conditions(date(2027, 1, 11), decided_on=date(2026, 1, 10))["a_on"] == date(2027, 1,
                                                                                         11)
    # 2025-02-17 + 1 year = Tuesday 2026-02-17, in Tết -> Monday 2026-02-23
    got = conditions(date(2026, 2, 20), decided_on=date(2025, 2, 17),
                     verification_days=[date(2025, 8, 1), date(2026, 2, 2)])
    assert (got["a"], got["a_on"]) == (False, date(2026, 2, 23))


def test_separate_log_conditions_met_on_the_second_verification_when_later(conditions):
    got = conditions(date(2027, 3, 1), verification_days=[date(2026, 6, 1), date(2027, 2, 1)])
    assert got["met_on"] == date(2027, 2, 1)


def test_separate_log_conditions_two_years_for_a_long_prison_term_or_unknown_residence(
        conditions):
    # released 2031: at the 2-year mark (2028-01-12) 2+ years remain -> 2 years
    got = conditions(date(2027, 6, 1), prison_release_on=date(2031, 1, 1))
    assert (got["a"], got["years"], got["a_on"]) == (False, 2, date(2028, 1, 12))
    assert got["reasons"][0].startswith("(a) 2 year(s)")
    assert conditions(date(2028, 1, 12), residence_unknown=True)["met_on"] == date(2028, 1, 12)
    # released 2029: under 2 years remain at the mark -> the 1 year of the other cases
    assert conditions(date(2027, 6, 1), prison_release_on=date(2029, 6, 1))["years"] == 1


def test_separate_log_conditions_need_two_verifications_and_no_new_information(conditions):
    got = conditions(date(2027, 2, 1), verification_days=[date(2026, 1, 5), date(2026, 6, 1)],
                     pending_new_information=1)
    assert (got["a"], got["b"], got["c"], got["met_on"]) == (True, False, False, None)
    assert [r[:3] for r in got["reasons"]] == ["(b)", "(c)"]


@pytest.mark.parametrize("key", ["separate_log_min_verifications", "separate_log_other_years"])
def test_separate_log_terms_are_dated_parameters(law, key):
    assert law.params.value(key, date(2026, 1, 1)).confidence == "high"
    assert law.params.value(key, date(2026, 7, 1)).confidence == "check"
