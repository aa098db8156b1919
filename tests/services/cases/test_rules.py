"""The cases service's rules, one test (or more) named after each."""
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from shared.calendar import WorkingCalendar
from shared.legal import ParameterSet

from services.cases import rules

PARAMS = ParameterSet.from_yaml(Path(rules.__file__).with_name("legal_parameters.yaml"))
CALENDAR = WorkingCalendar()


def obligation(oid, debtor="P2", creditor="P1"):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, creditor_party_id=creditor)


def test_prescriptive_limit_runs_five_years_from_the_effective_date():
    limit = rules.prescriptive_limit(date(2021, 3, 15), None, PARAMS, CALENDAR, date(2026, 1, 5))
    assert limit.starts_on == date(2021, 3, 15)
    assert limit.ends_on == date(2026, 3, 16)  # 2026-03-15 is a Sunday: rolls to Monday
    assert limit.parameters_used[0]["key"] == "request_prescriptive_limit_years"
    assert limit.parameters_used[0]["value"] == 5


def test_prescriptive_limit_runs_from_the_due_date_when_the_judgment_sets_one():
    limit = rules.prescriptive_limit(date(2020, 1, 10), date(2022, 6, 1), PARAMS, CALENDAR,
                                     date(2026, 1, 5))
    assert limit.ends_on == date(2027, 6, 1)


def test_request_is_within_prescriptive_limit():
    limit = rules.prescriptive_limit(date(2021, 3, 15), None, PARAMS, CALENDAR, date(2026, 1, 5))
    assert rules.request_is_within_prescriptive_limit(date(2026, 3, 16), limit)
    assert not rules.request_is_within_prescriptive_limit(date(2026, 3, 17), limit)


def test_obligations_requestable_by():
    items = [obligation("O1"), obligation("O2", debtor="P3", creditor="P4")]
    assert rules.obligations_requestable_by("P1", items) == ["O2"]
    assert rules.obligations_requestable_by("P2", items[:1]) == []


def test_decision_can_be_issued_once_per_request():
    assert rules.decision_can_be_issued("request_accepted")
    assert not rules.decision_can_be_issued("decision_issued")


def test_decision_on_request_is_due_within_5_working_days():
    length, used = rules.DECISION_ON_REQUEST.resolve(PARAMS, date(2026, 2, 13))
    assert (length, used.unit) == (5, "working_days")
    # Friday before Tết 2026: the holiday week is skipped
    assert CALENDAR.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 27)


def test_notify_decision_is_due_within_3_working_days():
    length, used = rules.NOTIFY_DECISION.resolve(PARAMS, date(2026, 11, 23))
    assert (length, used.unit) == (3, "working_days")
    assert CALENDAR.due_date(date(2026, 11, 23), length, used.unit) == date(2026, 11, 27)
