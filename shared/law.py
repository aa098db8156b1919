"""The ``Law`` provider: a service's dated legal parameters and the working-day calendar.

Parameters come from ``services/<name>/legal_parameters.yaml`` (data, with sources), read once at
start. The calendar is ``holidays.VN`` plus the operator's table of swapped days
(``platform_calendar_override``), re-read at most every ``CALENDAR_REFRESH_SECONDS`` so an
announcement takes effect without a release or a restart.

nameko injects providers outside its error handling: an exception here would kill the service's
container. So a database that cannot be read keeps the last calendar (retried every
``CALENDAR_RETRY_SECONDS``); with none read yet, the worker gets a calendar that raises the typed
``ServiceUnavailable`` when it is used, inside the entrypoint, where failures are handled.
"""
import logging
import time

from nameko.extensions import DependencyProvider

from shared.calendar import WorkingCalendar
from shared.calendar_overrides import load_overrides
from shared.config import ROOT
from shared.database import database_of
from shared.errors import ServiceUnavailable
from shared.legal import LawContext, ParameterSet


log = logging.getLogger(__name__)
CALENDAR_RETRY_SECONDS = 5.0


class UnreadableCalendar:
    """Stands for the calendar while the swap-day table cannot be read: any use is refused."""

    def __getattr__(self, name):
        raise ServiceUnavailable("the working calendar cannot be read now (its database is "
                                 "unreachable); nothing was done, retry later",
                                 {"calendar": ["unavailable"]})


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
            try:
                with database_of(self.container).Session() as session:
                    self._calendar = WorkingCalendar(overrides=load_overrides(session))
                self._loaded_at = time.monotonic()
            except Exception as exc:  # never raise here: it would kill the container
                log.warning("calendar overrides unreadable (%s); %s", type(exc).__name__,
                            "keeping the last calendar" if self._calendar else "none yet")
                if self._calendar is None:
                    return UnreadableCalendar()
                self._loaded_at = (time.monotonic() - self.refresh_seconds
                                   + CALENDAR_RETRY_SECONDS)
        return self._calendar

    def law_context(self):
        return LawContext(self.params, self.calendar())

    def get_dependency(self, worker_ctx):
        return self.law_context()
