"""The ``Law`` provider: a service's dated legal parameters and the working-day calendar.

Parameters come from ``services/<name>/legal_parameters.yaml`` (data, with sources), read once at
start. The calendar is ``holidays.VN`` plus the operator's table of swapped days
(``platform_calendar_override``), re-read at most every ``CALENDAR_REFRESH_SECONDS`` so an
announcement takes effect without a release or a restart.
"""
import time

from nameko.extensions import DependencyProvider

from shared.calendar import WorkingCalendar
from shared.calendar_overrides import load_overrides
from shared.config import ROOT
from shared.database import database_of
from shared.legal import LawContext, ParameterSet


def parameters_of(service):
    """A service's dated legal parameters: the one place that knows where they are kept."""
    return ParameterSet.from_yaml(ROOT / "services" / service / "legal_parameters.yaml")


class Law(DependencyProvider):
    """Each worker gets ``LawContext(params, calendar)``; the unit of work's deadline book uses
    the same (``law_context``)."""

    def setup(self):
        self.params = parameters_of(self.container.service_name)
        self.refresh_seconds = float(self.container.config.get("CALENDAR_REFRESH_SECONDS", 60))
        self._calendar, self._loaded_at = None, 0.0

    def calendar(self):
        if self._calendar is None or time.monotonic() - self._loaded_at > self.refresh_seconds:
            with database_of(self.container).Session() as session:
                self._calendar = WorkingCalendar(overrides=load_overrides(session))
            self._loaded_at = time.monotonic()
        return self._calendar

    def law_context(self):
        return LawContext(self.params, self.calendar())

    def get_dependency(self, worker_ctx):
        return self.law_context()
