"""The operator's swapped-day command changes how every service counts working days."""
from datetime import date

import pytest

from sqlalchemy.orm import Session

from shared import operator
from shared.calendar import WorkingCalendar
from shared.calendar_overrides import load_overrides
from shared.database import make_engine


def test_swap_day_reaches_every_service_calendar(clean_databases, monkeypatch):
    services = ("cases", "notifications")
    monkeypatch.setattr(operator, "db_uri", lambda service: clean_databases[service])
    # Monday 2026-11-30 declared a day off: 5 working days from Fri 2026-11-20 move to 1 Dec.
    operator.swap_day(date(2026, 11, 30), False, "Notice 1/TB-TEST", services=services)
    for service in services:
        engine = make_engine(clean_databases[service])
        with Session(engine) as session:
            calendar = WorkingCalendar(load_overrides(session))
        engine.dispose()
        assert calendar.add_working_days(date(2026, 11, 20), 5) == date(2026, 12, 1)
    assert WorkingCalendar().add_working_days(date(2026, 11, 20), 5) == date(2026, 11, 30)


def test_swap_day_requires_its_source(clean_databases, monkeypatch):
    monkeypatch.setattr(operator, "db_uri", lambda service: clean_databases[service])
    with pytest.raises(ValueError, match="official document"):
        operator.swap_day(date(2026, 11, 30), False, "  ", services=("cases",))
