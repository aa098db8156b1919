"""Which law applies in time: the law in force on the day a period starts."""
from datetime import date

from shared.calendar import WorkingCalendar
from shared.legal import LawContext, ParameterSet

from services.cases.rules import applicable_law, requests
from services.cases.rules.decisions import DECISION_ON_REQUEST

ROW = {"key": "request_prescriptive_limit_years", "unit": "years", "source": "test",
       "confidence": "high"}


def test_law_applicable_to_period():
    assert "Art. 152" in applicable_law.law_applicable_to_period.__doc__
    assert applicable_law.law_applicable_to_period(date(2026, 6, 30)) == date(2026, 6, 30)


def test_resolve_period_reads_the_row_in_force_on_the_first_day_across_2026_07_01(law):
    before = applicable_law.resolve_period(requests.PRESCRIPTIVE_LIMIT, law, date(2026, 6, 30))
    after = applicable_law.resolve_period(requests.PRESCRIPTIVE_LIMIT, law, date(2026, 7, 1))
    assert (before[1].valid_from, before[1].confidence) == (date(2009, 7, 1), "high")
    # Law 106/2025/QH15 in force: the value is carried over and marked unconfirmed
    assert (after[1].valid_from, after[1].confidence) == (date(2026, 7, 1), "check")
    assert (before[2], after[2]) == (date(2026, 6, 30), date(2026, 7, 1))


def test_prescriptive_limit_uses_the_law_of_its_start_not_of_the_request():
    # a hypothetical new law of 3 years from 2026-07-01: a limit that began before keeps 5 years
    law = LawContext(ParameterSet([
        {**ROW, "value": 5, "valid_from": "2009-07-01", "valid_to": "2026-06-30"},
        {**ROW, "value": 3, "valid_from": "2026-07-01", "valid_to": None}]), WorkingCalendar())
    old = requests.prescriptive_limit(date(2026, 6, 30), law)
    new = requests.prescriptive_limit(date(2026, 7, 1), law)
    assert old.ends_on == date(2031, 6, 30) and old.parameters_used[0]["value"] == 5
    assert new.ends_on == date(2029, 7, 2)  # 2029-07-01 is a Sunday
    assert new.parameters_used[0]["value"] == 3
    assert old.law_applied_on == date(2026, 6, 30)


def test_the_deadline_book_and_the_prescriptive_limit_follow_the_same_rule(law):
    # the book resolves on starts_on (shared.deadlines.DeadlineBook.owe): so does resolve_period
    for day in (date(2026, 6, 30), date(2026, 7, 1)):
        length, used, law_day = applicable_law.resolve_period(DECISION_ON_REQUEST, law, day)
        assert (length, used) == DECISION_ON_REQUEST.resolve(law.params, day)
        assert law_day == day


def test_rule_set_of_act_names_decree_62_2015_confirmed_until_2026_06_30(law):
    from services.cases.rules.applicable_law import rule_set_confirmed, rule_set_of_act
    before = rule_set_of_act(law, date(2026, 6, 30))
    assert (before.value, before.valid_from, rule_set_confirmed(before)) == (
        "decree-62-2015", date(2015, 9, 1), True)
    after = rule_set_of_act(law, date(2026, 7, 1))
    assert (after.value, rule_set_confirmed(after)) == ("decree-62-2015", False)
    assert after.source.startswith("UNCONFIRMED: Law 106/2025/QH15")


def test_rule_set_confirmed_every_row_of_the_old_set_after_2026_07_01_is_unconfirmed(law):
    from services.cases.rules.applicable_law import rule_set_confirmed
    for key in law.params.keys():
        history = law.params.history(key)
        assert history[-1].valid_to is None, key  # no gap at the end
        for row in history:
            if row.valid_to is None or row.valid_to >= date(2026, 7, 1):
                # the old set's values, carried past Law 106/2025/QH15 without confirmation
                assert row.valid_from >= date(2026, 7, 1), key
                assert not rule_set_confirmed(row) and row.source.startswith("UNCONFIRMED"), key
