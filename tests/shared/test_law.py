"""The Law provider never raises while a worker is set up: a database outage must not kill the
container (nameko injects providers outside its error handling)."""
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from shared.calendar import WorkingCalendar
from shared.calendar_overrides import CalendarOverride
from shared.database import Database
from shared.errors import ServiceUnavailable
from shared.law import Law
from shared.models import PlatformBase


class _Broken:
    def __call__(self):
        raise ConnectionError("database unreachable")


def _law(session_factory):
    database = Database()
    database.Session = session_factory
    law = Law()
    law.container = SimpleNamespace(service_name="cases", config={"CALENDAR_REFRESH_SECONDS": 0},
                                    dependencies=[database])
    law.setup()
    return law


def test_an_unreadable_database_before_any_calendar_refuses_use_not_injection():
    law = _law(_Broken())
    context = law.get_dependency(worker_ctx=None)  # no exception while injecting
    with pytest.raises(ServiceUnavailable) as refused:
        context.calendar.is_working_day(date(2026, 12, 1))
    assert refused.value.details == {"calendar": ["unavailable"]}


def test_an_unreadable_database_keeps_the_last_calendar():
    engine = create_engine("sqlite://")
    PlatformBase.metadata.create_all(engine)
    Session = sessionmaker(engine)
    with Session() as session:
        session.add(CalendarOverride(day=date(2027, 1, 4), working=False, source_document="t"))
        session.commit()
    law = _law(Session)
    first = law.get_dependency(worker_ctx=None).calendar
    assert isinstance(first, WorkingCalendar) and not first.is_working_day(date(2027, 1, 4))
    law.container.dependencies[0].Session = _Broken()
    assert law.get_dependency(worker_ctx=None).calendar is first
    engine.dispose()
