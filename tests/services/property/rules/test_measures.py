"""Measures and their guards (Decree 62/2015 Art. 13.1, 13.2; Law Art. 46) as pure rules."""
from datetime import datetime

import pytest

from shared.calendar import VIETNAM, WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

from services.property.rules import measures

LAW = LawContext(parameters_of("property"), WorkingCalendar())


def test_proportionate_when_the_target_fits_obligation_and_costs():
    verdict = measures.proportionate(155, 150, 5)
    assert verdict.allowed and verdict.exception is None


def test_proportionate_refuses_more_than_obligation_and_costs_without_an_exception():
    verdict = measures.proportionate(156, 150, 5)
    assert not verdict.allowed and "Art. 13.1" in verdict.explanation


@pytest.mark.parametrize("exception", sorted(measures.EXCEPTIONS))
def test_proportionate_allows_the_exceptions_of_art_13_1_and_explains_them(exception):
    verdict = measures.proportionate(10_000, 150, 5, exception)
    assert verdict.allowed and verdict.exception == exception
    assert measures.EXCEPTIONS[exception] in verdict.explanation


def test_proportionate_ignores_an_exception_that_is_not_in_art_13_1():
    assert not measures.proportionate(10_000, 150, 5, "debtor_is_rich").allowed


def at(*args):
    return datetime(*args, tzinfo=VIETNAM)


def test_forcible_span_allowed_within_working_hours():
    assert measures.forcible_span_allowed(at(2026, 12, 1, 9, 0), 120, LAW).allowed


def test_forcible_span_allowed_refuses_a_span_that_runs_past_22_00():
    verdict = measures.forcible_span_allowed(at(2026, 12, 1, 21, 30), 60, LAW)
    assert not verdict.allowed and verdict.reason.code == "night_hours"
    assert measures.forcible_span_allowed(at(2026, 12, 1, 21, 0), 60, LAW).allowed


def test_forcible_span_allowed_refuses_a_span_that_reaches_the_lunar_new_year_period():
    # The period of 2027 runs 2027-01-21 .. 2027-02-20 (eve 2027-02-05, 15 days either side).
    verdict = measures.forcible_span_allowed(at(2027, 1, 20, 9, 0), 60, LAW)
    assert verdict.allowed
    inside = measures.forcible_span_allowed(at(2027, 1, 21, 9, 0), 60, LAW)
    assert not inside.allowed and inside.reason.code == "lunar_new_year"


def test_forcible_span_allowed_refuses_a_span_that_crosses_into_a_weekend():
    verdict = measures.forcible_span_allowed(at(2026, 12, 4, 9, 0), 60 * 24, LAW)
    assert not verdict.allowed  # runs through Friday night into Saturday


def test_forcible_span_allowed_on_a_traditional_day_of_the_debtor():
    day = at(2026, 12, 2, 9, 0)
    verdict = measures.forcible_span_allowed(day, 30, LAW, [day.date()])
    assert not verdict.allowed and verdict.reason.code == "traditional_day"


def test_catalogue_classes_every_measure_as_security_or_forcible():
    assert {c for c, _ in measures.CATALOGUE.values()} == {measures.SECURITY, measures.FORCIBLE}
    assert measures.CATALOGUE["account_freeze"][0] == measures.SECURITY
    assert measures.CATALOGUE["account_garnishment"][0] == measures.FORCIBLE


def test_committee_report_is_due_five_days_before_in_complex_cases_only():
    from datetime import date
    assert not measures.committee_report(False, date(2026, 12, 9), None, LAW).required
    report = measures.committee_report(True, date(2026, 12, 9), date(2026, 12, 4), LAW)
    assert (report.required, report.last_day, report.in_time) == (True, date(2026, 12, 4), True)
    assert report.parameter.value == 5
    assert not measures.committee_report(True, date(2026, 12, 9), date(2026, 12, 5), LAW).in_time
    assert not measures.committee_report(True, date(2026, 12, 9), None, LAW).in_time


def test_committee_report_across_a_weekend_goes_out_the_working_day_before():
    from datetime import date
    # Measure on Thursday 2026-12-10: five days before is Saturday 12-05 -> Friday 12-04.
    report = measures.committee_report(True, date(2026, 12, 10), date(2026, 12, 4), LAW)
    assert report.last_day == date(2026, 12, 4) and report.in_time


def test_committee_report_across_the_lunar_new_year_holiday():
    from datetime import date
    # Measure on 2027-02-22 (the first day after the 2027 quiet period): five days before is
    # Wednesday 2027-02-17, a working day (the Tết days off run 2027-02-04 to 02-10).
    report = measures.committee_report(True, date(2027, 2, 22), None, LAW)
    assert report.last_day == date(2027, 2, 17)
    # A measure on 2027-02-15 (Monday): five days before is 2027-02-10, a Tết day off, so the
    # report goes out on Wednesday 2027-02-03, the last working day before the holiday.
    early = measures.committee_report(True, date(2027, 2, 15), None, LAW)
    assert early.last_day == date(2027, 2, 3)


def test_transaction_reports_requestable_when_measures_cover_and_other_property_exists():
    assert measures.transaction_reports_requestable(True, True) == []
    codes = [r["code"] for r in measures.transaction_reports_requestable(False, False)]
    assert codes == ["measures_do_not_cover_obligation", "no_other_property"]
