"""Issue 7, item 10: the calendar refuses dates and lengths that would overflow its arithmetic
with a ValidationError naming the date, never an OverflowError."""
from datetime import date

import pytest

from shared.calendar import UNITS, WorkingCalendar
from shared.errors import ValidationError

CAL = WorkingCalendar()


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("start", [date(9999, 12, 31), date(9999, 12, 20), date(1, 1, 1),
                                   date(1899, 12, 31), date(9001, 1, 1)])
def test_year_9999_and_year_1_are_refused_naming_the_date(start, unit):
    with pytest.raises(ValidationError) as err:
        CAL.due_date(start, 30, unit)
    assert start.isoformat() in err.value.message
    assert list(err.value.fields) == ["start"]


def test_every_entry_point_refuses_an_out_of_range_day():
    far = date(9999, 12, 31)
    for call in (lambda: CAL.is_working_day(far), lambda: CAL.roll_forward(far),
                 lambda: CAL.add_working_days(far, 1), lambda: CAL.add_days(far, 1),
                 lambda: CAL.add_months(far, 1), lambda: CAL.add_years(far, 1),
                 lambda: CAL.working_days_between(date(2026, 1, 1), far)):
        with pytest.raises(ValidationError, match="9999-12-31"):
            call()


@pytest.mark.parametrize("unit", UNITS)
def test_a_huge_length_is_refused_not_overflowed(unit):
    with pytest.raises(ValidationError) as err:
        CAL.due_date(date(2026, 1, 5), 10**9, unit)
    assert list(err.value.fields) == ["length"]


def test_the_edges_of_the_range_still_count():
    assert CAL.add_days(date(2199, 12, 31), 1) >= date(2200, 1, 1)
    assert CAL.add_years(date(2199, 12, 31), 100) >= date(2299, 12, 31)
    assert CAL.add_working_days(date(1900, 1, 1), 1) > date(1900, 1, 1)
