"""When a forcible measure may be carried out (Law on Civil Judgment Enforcement Art. 46; Decree
62/2015 Art. 13.2), as pure functions (no nameko, no database, no clock).

The moment and the law (``law.params``: the dated parameters; ``law.calendar``: the working-day
calendar) come in as arguments; each result carries the parameter values it used, so a decision
can be traced to the law in force on its day (Law Art. 46; Decree 62/2015 Art. 13.2).
"""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shared.calendar import VIETNAM, lunar_new_year_eve
from shared.errors import ValidationError

NIGHT = "night_hours"
REST_DAY = "rest_day"
PUBLIC_HOLIDAY = "public_holiday"
LUNAR_NEW_YEAR = "lunar_new_year"
TRADITIONAL_DAY = "traditional_day"

LAW_ART_46 = "Law on Civil Judgment Enforcement Art. 46"
DECREE_ART_13_2 = "Decree 62/2015 Art. 13.2"


@dataclass(frozen=True)
class Reason:
    code: str
    text: str
    article: str


@dataclass(frozen=True)
class ForcibleMeasureTime:
    """Whether a forcible measure may be carried out at a moment, and why not."""

    allowed: bool
    local_time: datetime  # the moment in Vietnam's time
    reasons: tuple  # every Reason it is not allowed; empty when allowed
    parameters_used: tuple  # ParameterValue.as_record() of each value used

    @property
    def reason(self):
        """The first reason it is not allowed, or None."""
        return self.reasons[0] if self.reasons else None


def in_vietnam(moment):
    """``moment`` in Vietnam's time; a naive datetime is taken as already in Vietnam's time."""
    if not isinstance(moment, datetime):
        raise ValidationError("moment must be a datetime", {"moment": ["not a datetime"]})
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


@dataclass(frozen=True)
class QuietPeriod:
    eve: date
    first: date
    last: date
    parameter: object  # the ParameterValue of its length


def lunar_new_year_period(year, params, on):
    """The period around the lunar new year's eve of ``year`` in which no forcible measure is
    taken, as a ``QuietPeriod`` (both ends included).

    Decree 62/2015 Art. 13.2: "15 days before and after lunar new year's eve". The eve is the
    last day of the 12th lunar month (``shared.calendar.lunar_new_year_eve``, from the
    Vietnamese lunar data, never a fixed table); the period runs from 15 days before it to 15
    days after it. The length is the dated parameter valid on ``on``.
    """
    days = params.value("forcible_measure_lunar_new_year_days", on)
    eve = lunar_new_year_eve(year)
    span = timedelta(days=int(days.value))
    return QuietPeriod(eve=eve, first=eve - span, last=eve + span, parameter=days)


def forcible_measure_allowed_at(moment, law, traditional_days=()):
    """May a forcible measure be carried out at ``moment``? Returns a ``ForcibleMeasureTime``
    whose ``reasons`` say why not.

    - Law on Civil Judgment Enforcement Art. 46: not from 22:00 to 06:00 of the next day (22:00
      itself is night, 06:00 is not), nor on weekly rest days and public holidays
      (``law.calendar``: ``holidays.VN`` with announced swaps, so a Saturday the government made a working day is
      not a rest day).
    - Decree 62/2015 Art. 13.2: not for 15 days before and after the lunar new year's eve
      (:func:`lunar_new_year_period`), nor on the traditional days of a judgment debtor who is
      a beneficiary of incentive policies: which days those are depends on the debtor, so the
      caller passes them as ``traditional_days`` (dates). The "other cases that threaten social
      or political order or local traditions" of Art. 13.2 are the head of the authority's
      judgment and are not computed here.

    ``moment`` is a datetime (a naive one is Vietnam's time); ``law.params`` the dated
    parameters, taken as valid on the moment's day.
    """
    params, calendar = law.params, law.calendar
    local = in_vietnam(moment)
    day = local.date()
    night_from = params.value("forcible_measure_night_from_hour", day)
    night_until = params.value("forcible_measure_night_until_hour", day)
    reasons, used = [], [night_from.as_record(), night_until.as_record()]

    starts, ends = _clock(night_from), _clock(night_until)
    if local.time() >= starts or local.time() < ends:
        reasons.append(Reason(NIGHT, f"{local:%H:%M} is between {starts:%H:%M} and "
                                     f"{ends:%H:%M} of the next day", LAW_ART_46))
    if not calendar.is_working_day(day):
        if day.weekday() >= 5:
            reasons.append(Reason(REST_DAY, f"{day.isoformat()} is a weekly rest day",
                                  LAW_ART_46))
        else:
            reasons.append(Reason(PUBLIC_HOLIDAY, f"{day.isoformat()} is a public holiday or "
                                                  "day off", LAW_ART_46))
    for year in (day.year - 1, day.year, day.year + 1):
        period = lunar_new_year_period(year, params, day)
        if period.first <= day <= period.last:
            reasons.append(Reason(
                LUNAR_NEW_YEAR, f"{day.isoformat()} is within {period.parameter.value} days of "
                                f"the lunar new year's eve ({period.eve.isoformat()}): "
                                f"{period.first.isoformat()} to {period.last.isoformat()}",
                DECREE_ART_13_2))
            break
    used.append(period.parameter.as_record())
    if day in {_as_date(d) for d in traditional_days}:
        reasons.append(Reason(TRADITIONAL_DAY, f"{day.isoformat()} is a traditional day of the "
                                               "judgment debtor, a beneficiary of incentive "
                                               "policies", DECREE_ART_13_2))
    return ForcibleMeasureTime(allowed=not reasons, local_time=local, reasons=tuple(reasons),
                               parameters_used=tuple(used))


def _clock(parameter):
    """A whole hour of the day (a parameter in ``hour_of_day``) as a ``time``."""
    hour = parameter.value
    if isinstance(hour, float) and hour.is_integer():
        hour = int(hour)
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ValidationError(f"parameter {parameter.key} is not an hour of the day",
                              {parameter.key: [f"{parameter.value!r} is not 0-23"]})
    return time(hour)


def _as_date(value):
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError("a traditional day must be a date",
                              {"traditional_days": [f"{value!r} is not a date"]})
    return value
