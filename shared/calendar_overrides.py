"""The operator's table of swapped days: working days and days off announced after the
``holidays`` package's release (``python -m shared.operator swap-day``).

Kept apart from ``shared.calendar`` so the calendar's arithmetic stays pure; the ``Law`` provider
reads this table and hands the calendar a plain ``{day: working}`` mapping.
"""
from datetime import date, datetime

from sqlalchemy import Date, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from shared.models import PlatformBase, utcnow


class CalendarOverride(PlatformBase):
    """A day the government declared worked or off after ``holidays`` was released."""

    __tablename__ = "platform_calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool]
    # The official document announcing the swap (e.g. a Prime Minister's notice).
    source_document: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def load_overrides(session):
    """``{day: working}`` from ``platform_calendar_override``, for ``WorkingCalendar``."""
    return dict(session.execute(select(CalendarOverride.day, CalendarOverride.working)).all())
