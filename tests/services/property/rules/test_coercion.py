"""The coercion window's rules (Law Art. 46; Decree 62/2015 Art. 13.2), one test (or more)
named after each. Dates are of 2026: Tết
(lunar new year) is Tuesday 17 February 2026 in holidays.VN, so its eve is Monday 16 February
and the period of Decree 62/2015 Art. 13.2 runs from 1 February to 3 March 2026."""
from datetime import UTC, date, datetime, timedelta

import pytest

from shared.calendar import WorkingCalendar
from shared.errors import ValidationError
from shared.law import parameters_of
from shared.legal import LawContext, ParameterSet

from services.property.rules import coercion as rules

PARAMS = parameters_of("property")
CALENDAR = WorkingCalendar()
LAW = LawContext(PARAMS, CALENDAR)
ROWS = [row.as_record() for key in PARAMS.keys() for row in PARAMS.history(key)]


def allowed(moment, **kwargs):
    return rules.forcible_measure_allowed_at(moment, LAW, **kwargs)


def codes(verdict):
    return [r.code for r in verdict.reasons]


def test_lunar_new_year_period_is_15_days_either_side_of_the_eve():
    period = rules.lunar_new_year_period(2026, PARAMS, date(2026, 1, 1))
    assert period.eve == date(2026, 2, 16)
    assert (period.first, period.last) == (date(2026, 2, 1), date(2026, 3, 3))
    assert period.parameter.key == "forcible_measure_lunar_new_year_days"
    assert "Art. 13.2" in period.parameter.source
    # 2027: Tết is Saturday 6 February, the eve Friday 5 February
    period = rules.lunar_new_year_period(2027, PARAMS, date(2027, 1, 1))
    assert (period.first, period.eve, period.last) == (
        date(2027, 1, 21), date(2027, 2, 5), date(2027, 2, 20))


def test_forcible_measure_allowed_at_on_an_ordinary_working_morning():
    verdict = allowed(datetime(2026, 3, 4, 9, 30))  # Wednesday after the Tết period
    assert verdict.allowed and verdict.reasons == () and verdict.reason is None
    assert [p["key"] for p in verdict.parameters_used] == [
        "forcible_measure_night_from_hour", "forcible_measure_night_until_hour",
        "forcible_measure_lunar_new_year_days"]


def test_forcible_measure_allowed_at_refuses_the_lunar_new_year_period():
    for day in (date(2026, 2, 1), date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)):
        verdict = allowed(datetime.combine(day, datetime.min.time()) + timedelta(hours=10))
        assert not verdict.allowed and rules.LUNAR_NEW_YEAR in codes(verdict), day
    verdict = allowed(datetime(2026, 2, 2, 10))  # a Monday, otherwise a working day
    assert codes(verdict) == [rules.LUNAR_NEW_YEAR]
    assert verdict.reason.article == "Decree 62/2015 Art. 13.2"
    assert verdict.reason.text == ("2026-02-02 is within 15 days of the lunar new year's eve "
                                   "(2026-02-16): 2026-02-01 to 2026-03-03")
    # the working days just outside it
    assert allowed(datetime(2026, 1, 30, 10)).allowed  # Friday; 31 Jan is a Saturday
    assert allowed(datetime(2026, 3, 4, 10)).allowed


def test_forcible_measure_allowed_at_refuses_22_00_to_06_00():
    assert codes(allowed(datetime(2026, 3, 4, 22, 0))) == [rules.NIGHT]
    assert codes(allowed(datetime(2026, 3, 4, 5, 59))) == [rules.NIGHT]
    assert allowed(datetime(2026, 3, 4, 21, 59, 59)).allowed
    assert allowed(datetime(2026, 3, 4, 6, 0)).allowed
    verdict = allowed(datetime(2026, 3, 4, 23, 15))
    assert verdict.reason.text == "23:15 is between 22:00 and 06:00 of the next day"
    assert verdict.reason.article == "Law on Civil Judgment Enforcement Art. 46"


def test_forcible_measure_allowed_at_reads_the_moment_in_vietnam_time():
    # 15:30 UTC is 22:30 in Hanoi; 23:30 UTC on 4 March is 06:30 on Thursday 5 March
    verdict = allowed(datetime(2026, 3, 4, 15, 30, tzinfo=UTC))
    assert codes(verdict) == [rules.NIGHT]
    assert verdict.local_time.isoformat() == "2026-03-04T22:30:00+07:00"
    assert allowed(datetime(2026, 3, 4, 23, 30, tzinfo=UTC)).allowed


def test_forcible_measure_allowed_at_refuses_rest_days_and_public_holidays():
    assert codes(allowed(datetime(2026, 8, 15, 9))) == [rules.REST_DAY]  # Saturday
    assert codes(allowed(datetime(2026, 4, 30, 9))) == [rules.PUBLIC_HOLIDAY]  # Reunification
    assert codes(allowed(datetime(2026, 11, 24, 9))) == [rules.PUBLIC_HOLIDAY]  # Culture Day
    assert codes(allowed(datetime(2026, 8, 31, 9))) == [rules.PUBLIC_HOLIDAY]  # swapped off
    # Saturday 22 August 2026 was made a working day (for Monday 31 August off)
    assert allowed(datetime(2026, 8, 22, 9)).allowed
    # an operator's override (a swap announced after the holidays package) is obeyed
    swapped = LawContext(PARAMS, WorkingCalendar(overrides={date(2026, 10, 10): True,
                                                            date(2026, 10, 12): False}))
    assert rules.forcible_measure_allowed_at(datetime(2026, 10, 10, 9), swapped).allowed
    assert codes(rules.forcible_measure_allowed_at(datetime(2026, 10, 12, 9), swapped)) == [
        rules.PUBLIC_HOLIDAY]


def test_forcible_measure_allowed_at_gives_every_reason():
    # the night of the lunar new year's eve, itself a public holiday
    assert codes(allowed(datetime(2026, 2, 16, 23))) == [
        rules.NIGHT, rules.PUBLIC_HOLIDAY, rules.LUNAR_NEW_YEAR]


def test_forcible_measure_allowed_at_refuses_a_policy_beneficiarys_traditional_day():
    moment = datetime(2026, 7, 27, 9)  # a Monday
    assert allowed(moment).allowed
    verdict = allowed(moment, traditional_days=[date(2026, 7, 27)])
    assert codes(verdict) == [rules.TRADITIONAL_DAY]
    assert verdict.reason.article == "Decree 62/2015 Art. 13.2"
    with pytest.raises(ValidationError):
        allowed(moment, traditional_days=["2026-07-27"])


def test_forcible_measure_allowed_at_reads_the_parameters_of_the_law_it_is_given():
    # the service's parameters: 15 days around the eve; a law with 10 days: 2 Feb is outside
    assert rules.forcible_measure_allowed_at(datetime(2026, 2, 2, 10), LAW).reason.code == (
        rules.LUNAR_NEW_YEAR)
    shorter = ParameterSet([{**row, "value": 10} if row["key"].endswith("_new_year_days")
                            else row for row in ROWS])
    assert rules.forcible_measure_allowed_at(datetime(2026, 2, 2, 10),
                                             LawContext(shorter, CALENDAR)).allowed


def test_in_vietnam():
    assert rules.in_vietnam(datetime(2026, 1, 1, 8)).utcoffset() == timedelta(hours=7)
    assert rules.in_vietnam(datetime(2026, 1, 1, 1, tzinfo=UTC)).hour == 8
    with pytest.raises(ValidationError):
        rules.in_vietnam(date(2026, 1, 1))
