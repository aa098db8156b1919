"""The working-day calendar: holidays.VN, overrides, and Civil Code Art. 144-148 counting."""
from datetime import date, timedelta

import holidays
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from shared.calendar import UNITS, WorkingCalendar, lunar_new_year_eve
from shared.calendar_overrides import CalendarOverride, load_overrides
from shared.errors import ValidationError
from shared.models import PlatformBase

CAL = WorkingCalendar()


def test_working_days_match_holidays_nth_working_day():
    vn = holidays.VN()
    start = date(2025, 12, 20)
    for offset in range(0, 400, 3):
        for n in (0, 1, 3, 5, 10):
            d = start + timedelta(days=offset)
            assert CAL.add_working_days(d, n) == vn.get_nth_working_day(d, n), (d, n)


def test_tet_week_is_skipped():
    assert [CAL.is_working_day(date(2026, 2, d)) for d in range(16, 21)] == [False] * 5
    assert CAL.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)


def test_vietnam_culture_day_is_a_holiday_from_2026():
    assert not CAL.is_working_day(date(2026, 11, 24))
    assert CAL.add_working_days(date(2026, 11, 23), 5) == date(2026, 12, 1)
    assert CAL.is_working_day(date(2025, 11, 24))  # a Monday, not yet a holiday


def test_swapped_saturday_2026_08_22_is_worked_and_31_august_is_off():
    assert date(2026, 8, 22).weekday() == 5
    assert CAL.is_working_day(date(2026, 8, 22))
    assert not CAL.is_working_day(date(2026, 8, 31))
    assert CAL.add_working_days(date(2026, 8, 21), 1) == date(2026, 8, 22)


def test_overrides_take_precedence_over_holidays():
    # A Monday declared off, a Saturday declared worked, a holiday declared worked.
    calendar = WorkingCalendar({date(2026, 3, 2): False, date(2026, 3, 7): True,
                                date(2026, 11, 24): True})
    assert CAL.add_working_days(date(2026, 2, 27), 1) == date(2026, 3, 2)
    assert calendar.add_working_days(date(2026, 2, 27), 1) == date(2026, 3, 3)
    assert CAL.add_working_days(date(2026, 3, 5), 2) == date(2026, 3, 9)
    assert calendar.add_working_days(date(2026, 3, 5), 2) == date(2026, 3, 7)
    assert calendar.add_working_days(date(2026, 11, 23), 5) == date(2026, 11, 30)


def test_load_overrides_feeds_the_calendar():
    engine = create_engine("sqlite://")
    PlatformBase.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(CalendarOverride(day=date(2027, 1, 4), working=False,
                                     source_document="Notice 1/TB-VPCP (test)"))
        session.commit()
        overrides = load_overrides(session)
    assert overrides == {date(2027, 1, 4): False}
    assert not WorkingCalendar(overrides).is_working_day(date(2027, 1, 4))
    assert CAL.is_working_day(date(2027, 1, 4))


def test_days_ending_on_a_sunday_roll_to_monday():
    assert date(2026, 3, 15).weekday() == 6
    assert CAL.add_days(date(2026, 3, 5), 10) == date(2026, 3, 16)
    # Ending on Lunar New Year's Eve: rolls past Tết and the weekend after it.
    assert CAL.add_days(date(2026, 2, 6), 10) == date(2026, 2, 23)
    # Ending on a working day: no roll.
    assert CAL.add_days(date(2026, 3, 6), 10) == date(2026, 3, 16)


def test_months_end_on_the_months_last_day_then_roll():
    assert CAL.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year, a Tuesday
    # 28 Feb 2026 is a Saturday: the period ends on Monday 2 March.
    assert CAL.add_months(date(2026, 1, 31), 1) == date(2026, 3, 2)
    # 30 April and 1 May are holidays, then a weekend.
    assert CAL.add_months(date(2026, 3, 31), 1) == date(2026, 5, 4)
    assert CAL.add_months(date(2026, 12, 31), 2) == date(2027, 3, 1)  # 28 Feb 2027 is a Sunday


def test_weeks_and_years():
    # 27 April 2026 is the substitute day off for Hung Kings' day (Sunday 26 April).
    assert CAL.add_weeks(date(2026, 4, 20), 1) == date(2026, 4, 28)
    assert CAL.add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert CAL.add_years(date(2021, 9, 2), 5) == date(2026, 9, 3)  # 2 September is a holiday


def test_working_days_between_inverts_add_working_days():
    start = date(2026, 2, 13)
    for n in range(0, 30):
        end = CAL.add_working_days(start, n)
        assert CAL.working_days_between(start, end) == n
    assert CAL.working_days_between(date(2026, 2, 27), date(2026, 2, 13)) == -5


def test_due_date_is_the_one_way_of_counting():
    start = date(2026, 1, 31)
    expected = {"working_days": CAL.add_working_days(start, 5), "days": CAL.add_days(start, 5),
                "weeks": CAL.add_weeks(start, 5), "months": CAL.add_months(start, 5),
                "years": CAL.add_years(start, 5)}
    assert {unit: CAL.due_date(start, 5, unit) for unit in UNITS} == expected
    assert expected["working_days"] == date(2026, 2, 6)
    assert expected["months"] == date(2026, 6, 30)


@pytest.mark.parametrize("length, unit, field", [(5, "fortnights", "unit"), (-1, "days", "length"),
                                                 (True, "days", "length"),
                                                 (2.5, "working_days", "length")])
def test_due_date_refuses_bad_input(length, unit, field):
    with pytest.raises(ValidationError) as raised:
        CAL.due_date(date(2026, 1, 5), length, unit)
    assert list(raised.value.fields) == [field]


def test_lunar_new_year_eve_2026_is_the_day_before_holidays_tet():
    vn = holidays.VN(years=2026, language="en_US")
    tet = [d for d, name in vn.items() if name == "Lunar New Year"]
    assert tet == [date(2026, 2, 17)]
    assert lunar_new_year_eve(2026) == tet[0] - timedelta(days=1) == date(2026, 2, 16)


def test_lunar_new_year_eve_uses_the_vietnamese_not_the_chinese_calendar():
    # In 1985 Vietnam celebrated Tết on 21 January, China on 20 February.
    assert lunar_new_year_eve(1985) == date(1985, 1, 20)
    vn = holidays.VN(years=range(2000, 2031), language="en_US")
    for year in range(2000, 2031):
        assert vn.get(lunar_new_year_eve(year)) == "Lunar New Year's Eve", year


def test_lunar_new_year_eve_outside_the_data_is_refused():
    with pytest.raises(ValidationError) as raised:
        lunar_new_year_eve(2101)
    assert "year" in raised.value.fields
