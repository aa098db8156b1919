"""The working-day calendar and the one way every service counts a period.

How periods are counted:
- Civil Code 2015 Art. 144-148: a period in days starts the day after the event (Art. 147: the
  event's own day is not counted); a period in weeks, months or years ends on the same-numbered
  day of the last week/month/year, or on the month's last day if it has no such day
  (Art. 148.1); a period whose last day is a rest day or public holiday ends at the end of the
  next working day (Art. 148.2).
- Labour Code 2019 Art. 112 (holidays) and Art. 111 (weekly rest): "N working days" counts only
  Monday-Friday days that are not public holidays or substitute days off; a Saturday the
  government swaps into a working day counts.

Holidays come from ``holidays.VN`` (Tết, Hung Kings, 24 November from 2026, substitute days,
announced swaps such as Saturday 2026-08-22). Swaps announced after that package's release are
rows of ``platform_calendar_override`` (``shared.calendar_overrides``, each with the official
document announcing it); they take precedence. This module is pure arithmetic: it imports no ORM,
and ``WorkingCalendar`` gets the overrides as a mapping.
"""
from collections.abc import Mapping
from datetime import date, datetime, timedelta

import holidays
from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar
from zoneinfo import ZoneInfo

from shared.errors import ValidationError

UNITS = ("working_days", "days", "weeks", "months", "years")

# Legal days are Vietnamese days: "today" for a deadline is today in this zone.
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def today_in_vietnam(now=None):
    return (now or datetime.now(VIETNAM)).astimezone(VIETNAM).date()

# The Vietnamese lunar data of ``holidays`` (not the Chinese one: in some years, e.g. 1985 and
# 2007, Tết falls on a different day than the Chinese New Year).
_VN_LUNAR = _ChineseLunisolar(calendar=VIETNAMESE_CALENDAR)


def _as_date(value, field):
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValidationError(f"{field} must be a date", {field: ["not a date"]})
    # Year 1 or 9999 would overflow the arithmetic (OverflowError): refuse them by name instead.
    if not date(1900, 1, 1) <= value <= date(9000, 12, 31):
        raise ValidationError(f"{field} {value.isoformat()} is outside 1900-01-01..9000-12-31",
                              {field: [f"{value.isoformat()} is out of range"]})
    return value


def _as_count(value, field):
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{field} must be a whole number", {field: ["not an integer"]})
    if value < 0:
        raise ValidationError(f"{field} must not be negative", {field: ["negative"]})
    if value > 10_000:  # no legal period is longer; a huge one would overflow or never end
        raise ValidationError(f"{field} {value} is too long", {field: ["at most 10000"]})
    return value


def lunar_new_year_eve(year):
    """The last day of the 12th lunar month before Tết of ``year`` (decree Art. 13.2).

    Taken from the Vietnamese lunar data of ``holidays`` (Tết minus one day), never from a fixed
    table or a Chinese lunar library.
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError("year must be an integer", {"year": ["not an integer"]})
    tet, _estimated = _VN_LUNAR.lunar_new_year_date(year)
    if tet is None:
        raise ValidationError(f"no Vietnamese lunar data for {year}",
                              {"year": ["outside the lunar data of the holidays package"]})
    return tet - timedelta(days=1)


class WorkingCalendar:
    """Working days of Vietnam: ``holidays.VN`` corrected by ``overrides`` (True = worked)."""

    def __init__(self, overrides: Mapping[date, bool] | None = None):
        self._vn = holidays.VN()
        self.overrides = dict(overrides or {})

    def is_working_day(self, d):
        d = _as_date(d, "day")
        if d in self.overrides:
            return bool(self.overrides[d])
        return self._vn.is_working_day(d)

    def roll_forward(self, d):
        """``d`` if it is a working day, else the next one (Civil Code Art. 148.2)."""
        d = _as_date(d, "day")
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def add_working_days(self, start, n):
        """The n-th working day after ``start`` (``start`` itself not counted).

        Same result as ``holidays.VN().get_nth_working_day`` when there are no overrides;
        ``n == 0`` gives ``start`` rolled to a working day, as there.
        """
        d, n = _as_date(start, "start"), _as_count(n, "length")
        if n == 0:
            return self.roll_forward(d)
        while n:
            d += timedelta(days=1)
            n -= self.is_working_day(d)
        return d

    def working_days_between(self, a, b):
        """Working days in (a, b]: after ``a``, up to and including ``b``; negative if b < a.

        The inverse of ``add_working_days``: ``working_days_between(s, add_working_days(s, n))
        == n``.
        """
        a, b = _as_date(a, "start"), _as_date(b, "end")
        if b < a:
            return -self.working_days_between(b, a)
        return sum(self.is_working_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1))

    def add_days(self, start, n):
        """Calendar days: ends on ``start + n``, rolled to the next working day if needed."""
        return self.roll_forward(_as_date(start, "start") + timedelta(days=_as_count(n, "length")))

    def add_weeks(self, start, n):
        """Ends on the same weekday ``n`` weeks later, rolled to the next working day if needed."""
        return self.add_days(start, 7 * _as_count(n, "length"))

    def add_months(self, start, n):
        """Ends on the same-numbered day ``n`` months later, or that month's last day if it has
        no such day (31 January + 1 month = 28/29 February), then rolled (Civil Code Art. 148)."""
        start, n = _as_date(start, "start"), _as_count(n, "length")
        months = start.year * 12 + start.month - 1 + n
        year, month = divmod(months, 12)
        month += 1
        next_first = date(year + month // 12, month % 12 + 1, 1)
        last_day = (next_first - timedelta(days=1)).day
        return self.roll_forward(date(year, month, min(start.day, last_day)))

    def add_years(self, start, n):
        """``n`` years as ``12 n`` months (29 February + 1 year = 28 February), then rolled."""
        return self.add_months(start, 12 * _as_count(n, "length"))

    def due_date(self, start, length, unit):
        """The last day of a period of ``length`` ``unit`` counted from the event on ``start``.

        The one way every service computes "within N <unit> from X"; ``unit`` is one of
        ``UNITS``.
        """
        if unit not in UNITS:
            raise ValidationError(f"unknown period unit {unit!r}",
                                  {"unit": [f"must be one of {', '.join(UNITS)}"]})
        return getattr(self, f"add_{unit}")(start, length)
