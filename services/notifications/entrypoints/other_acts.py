"""Notices of a measure decided or refused (Decree 62/2015 Art. 13, 19-23) and of a termination
by the litigants' agreement (Art. 5.3): each event recorded once (the platform's inbox) and
handed to ``handlers.other_acts``."""
from shared.entrypoints import event_handler

from services.notifications.handlers import other_acts as handlers


class OtherActEntrypoints:
    @event_handler("property", "measure.decided")
    def on_measure_decided(self, event):
        """A security or forcible measure decided or refused, notified to the parties (Decree
        Art. 13, 19-23; no account data, Art. 20.3)."""
        handlers.record_other_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.terminated_by_agreement")
    def on_enforcement_terminated_by_agreement(self, event):
        """The head's decision not to enforce the agreed items, notified to the parties
        (Decree Art. 5.3; Law Art. 50.1(c))."""
        handlers.record_other_act_notices(event, self.db, self.law, self.caller)
