"""The known cases: what ``cases`` announces of each case's authority."""
from shared.entrypoints import event_handler

from services.property.handlers import cases as handlers


class CaseEntrypoints:
    @event_handler("cases", "enforcement_case.opened")
    def on_enforcement_case_opened(self, event):
        """Remember the case's authority, judgment and opening day. The platform has verified
        the publisher and the envelope's contract."""
        handlers.record_case_opened(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.entrusted")
    def on_enforcement_entrusted(self, event):
        """The case was entrusted to another authority (Decree 62/2015 Art. 16): its
        jurisdiction here follows it."""
        handlers.record_case_entrusted(event, self.db, self.law, self.caller)
