"""Notices of the acts of ``property`` on seized property (Decree 62/2015 Art. 17, 24-27; Law
Art. 39.1): each event recorded once (the platform's inbox) by one handler, which asks
``rules.property_acts.document_of`` what the act needs notified."""
from shared.entrypoints import event_handler

from services.notifications.handlers import property_acts as handlers


class PropertyActEntrypoints:
    @event_handler("property", "seizure.decided")
    def on_seizure_decided(self, event):
        """A seizure or a refusal to seize, notified to the parties (Decree Art. 24)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)

    @event_handler("property", "valuation.recorded")
    def on_valuation_recorded(self, event):
        """The valuation result, notified to the parties (Decree Art. 17.2, 25, 26)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)

    @event_handler("property", "revaluation.decided")
    def on_revaluation_decided(self, event):
        """A re-valuation accepted or refused, notified to the parties (Decree Art. 17)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)

    @event_handler("property", "auction.announced")
    def on_auction_announced(self, event):
        """The auction of a lot, notified to the parties (Decree Art. 27.1; Law Art. 101)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)

    @event_handler("property", "auction.failed")
    def on_auction_failed(self, event):
        """A failed auction, notified to the parties (Law Art. 104)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)

    @event_handler("property", "auction.cancelled")
    def on_auction_cancelled(self, event):
        """A lot withdrawn or its sale voided, notified to the parties (Decree Art. 27.3,
        27.5)."""
        handlers.record_property_act_notices(event, self.db, self.law, self.caller)
