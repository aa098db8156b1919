"""The open statistics fed by ``cases`` (issue 11 capability 3)."""
from shared.entrypoints import event_handler

from services.disclosure.handlers import statistics as handlers


class StatisticsEntrypoints:
    @event_handler("cases", "enforcement_case.closed")
    def on_enforcement_case_closed(self, event):
        """Count the closed case by authority and month; nothing personal is kept."""
        handlers.on_enforcement_case_closed(event, self.db, self.law, self.caller)
