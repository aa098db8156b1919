"""What ``notifications`` reports back about the notices of this service's decisions."""
from shared.entrypoints import event_handler

from services.cases.handlers import notifications as handlers


class NotificationEntrypoints:
    @event_handler("notifications", "notice.valid")
    def on_notice_valid(self, event):
        """A notice became valid; once every notice of a decision is, its notification deadline
        is met. The platform has verified the publisher and the envelope's contract."""
        handlers.record_notice_valid(event, self.db, self.law, self.caller)
