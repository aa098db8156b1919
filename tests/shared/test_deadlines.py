"""Deadlines owed by a service, on an in-memory SQLite session."""
from datetime import date

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from shared import deadlines
from shared.calendar import WorkingCalendar
from shared.deadlines import Deadline, DeadlineBook
from shared.errors import ValidationError
from shared.legal import LawContext, ParameterSet, Subject, TimeLimit
from shared.models import PlatformBase

CALENDAR = WorkingCalendar()
NOTIFY = TimeLimit(rule_id="law39.1-notify-decision", article="Law Art. 39.1",
                   length_key="notification_working_days", unit="working_days",
                   description="notify within 3 working days of issuance")
# A test-only period whose length changes on 2026-07-01, to show the law in force is the one
# on the day the period starts.
TEST_PERIOD = TimeLimit(rule_id="test-period", article="Test Act Art. 1",
                        length_key="test_period_days", unit="days", description="test")
PARAMS = ParameterSet([
    {"key": "notification_working_days", "value": 3, "unit": "working_days",
     "valid_from": date(2015, 7, 1), "valid_to": None,
     "source": "Law on Civil Judgment Enforcement 2008 (amended 2014) Art. 39.1",
     "confidence": "high"},
    {"key": "test_period_days", "value": 10, "unit": "days", "valid_from": date(2015, 7, 1),
     "valid_to": date(2026, 6, 30), "source": "Test Act Art. 1", "confidence": "check"},
    {"key": "test_period_days", "value": 15, "unit": "days", "valid_from": date(2026, 7, 1),
     "valid_to": None, "source": "Test Act 2 Art. 1", "confidence": "check"},
])


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    PlatformBase.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def book(session):
    return DeadlineBook(session, lambda: LawContext(PARAMS, CALENDAR))


def decision(subject_id, authority="HN-01"):
    return Subject("decision", subject_id, authority, "case-1")


def owe(session, starts_on, subject_id, limit=NOTIFY, authority="HN-01"):
    return book(session).owe(limit, decision(subject_id, authority), starts_on=starts_on)


def meet(session, subject_id, on):
    return book(session).meet(NOTIFY, decision(subject_id), on=on)


def test_owe_counts_with_the_calendar_and_records_the_parameters(session):
    deadline = owe(session, date(2026, 2, 13), "d1")  # Friday; Tết week 16-20 Feb skipped
    session.commit()
    stored = session.scalars(select(Deadline)).one()
    assert stored is deadline
    assert (stored.due_on, stored.length, stored.unit, stored.status) == \
        (date(2026, 2, 25), 3, "working_days", "open")
    assert stored.parameters_used == [PARAMS.value("notification_working_days",
                                                   date(2026, 2, 13)).as_record()]
    assert stored.parameters_used[0]["valid_from"] == "2015-07-01"
    assert (stored.rule_id, stored.article, stored.case_id) == \
        ("law39.1-notify-decision", "Law Art. 39.1", "case-1")


def test_owe_uses_the_law_in_force_on_the_start_day(session):
    before = owe(session, date(2026, 6, 30), "d1", TEST_PERIOD)
    after = owe(session, date(2026, 7, 1), "d2", TEST_PERIOD)
    assert (before.length, before.due_on) == (10, date(2026, 7, 10))
    # 16 July 2026 is a Thursday: 15 days, no roll.
    assert (after.length, after.due_on) == (15, date(2026, 7, 16))
    assert after.parameters_used[0]["source"] == "Test Act 2 Art. 1"


def test_owing_the_same_period_twice_keeps_one_deadline(session):
    first = owe(session, date(2026, 3, 2), "d1")
    again = owe(session, date(2026, 3, 2), "d1")
    session.commit()
    assert again is first
    assert session.scalars(select(Deadline)).all() == [first]


def test_owe_refuses_a_non_date(session):
    with pytest.raises(ValidationError) as raised:
        owe(session, "2026-03-02", "d1")
    assert "starts_on" in raised.value.fields


def test_owe_mark_overdue_and_count(session):
    owe(session, date(2026, 3, 2), "d1")                      # due 5 March
    owe(session, date(2026, 3, 4), "d2")                      # due 9 March
    owe(session, date(2026, 3, 2), "d3", authority="HCM-01")  # due 5 March
    session.commit()
    assert deadlines.mark_overdue(session, date(2026, 3, 5)) == 0  # the last day is still in time
    assert deadlines.mark_overdue(session, date(2026, 3, 6)) == 2
    session.commit()
    assert deadlines.mark_overdue(session, date(2026, 3, 6)) == 0
    assert deadlines.count_by_state(session) == [
        ("HCM-01", "law39.1-notify-decision", "overdue", 1),
        ("HN-01", "law39.1-notify-decision", "open", 1),
        ("HN-01", "law39.1-notify-decision", "overdue", 1),
    ]


def test_meet_in_time_and_late(session):
    in_time = owe(session, date(2026, 3, 2), "d1")
    late = owe(session, date(2026, 3, 2), "d2")
    deadlines.mark_overdue(session, date(2026, 3, 10))
    met = meet(session, "d1", date(2026, 3, 5))
    session.commit()
    assert met is in_time and (met.status, met.met_on, met.met_late) == \
        ("met", date(2026, 3, 5), False)
    assert late.status == "overdue"
    meet(session, "d2", date(2026, 3, 12))
    session.commit()
    assert (late.status, late.met_on, late.met_late) == ("met", date(2026, 3, 12), True)
    assert deadlines.count_by_state(session) == [("HN-01", "law39.1-notify-decision", "met", 2)]
    assert book(session).latest(NOTIFY, decision("d2")) is late


def test_meet_without_a_deadline_owed(session):
    assert meet(session, "none", date(2026, 3, 5)) is None
    assert book(session).latest(NOTIFY, decision("none")) is None


def gauge(service, authority, rule, state):
    return REGISTRY.get_sample_value("platform_deadlines", {
        "service": service, "authority": authority, "rule": rule, "state": state})


def test_export_counts_sets_the_gauge_and_drops_stale_label_sets(session):
    owe(session, date(2026, 3, 2), "d1")
    owe(session, date(2026, 3, 4), "d2")
    deadlines.mark_overdue(session, date(2026, 3, 6))
    deadlines.export_counts("cases", deadlines.count_by_state(session))
    deadlines.export_counts("other", [("HN-01", "r", "open", 7)])
    assert gauge("cases", "HN-01", NOTIFY.rule_id, "overdue") == 1
    assert gauge("cases", "HN-01", NOTIFY.rule_id, "open") == 1
    for subject in ("d1", "d2"):
        meet(session, subject, date(2026, 3, 6))
    deadlines.export_counts("cases", deadlines.count_by_state(session))
    assert gauge("cases", "HN-01", NOTIFY.rule_id, "met") == 2
    assert gauge("cases", "HN-01", NOTIFY.rule_id, "overdue") is None
    assert gauge("cases", "HN-01", NOTIFY.rule_id, "open") is None
    assert gauge("other", "HN-01", "r", "open") == 7  # another service's series untouched
