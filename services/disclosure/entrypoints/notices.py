"""Public notices from the events of ``cases`` and ``property`` (Decree 62/2015 Art. 12.5,
15.1, 27)."""
from shared.entrypoints import event_handler

from services.disclosure.handlers import notices as handlers


class NoticeEntrypoints:
    @event_handler("cases", "public_notice.requested")
    def on_public_notice_requested(self, event):
        """Post the notice (Art. 12.5); a search for heirs for 3 months at least (Art. 15.1)."""
        handlers.on_public_notice_requested(event, self.db, self.law, self.caller)

    @event_handler("property", "auction.announced")
    def on_auction_announced(self, event):
        """Post the auction's notice until its day (Art. 27, 12.5)."""
        handlers.on_auction_announced(event, self.db, self.law, self.caller)

    @event_handler("property", "auction.cancelled")
    def on_auction_cancelled(self, event):
        """Mark the auction's notice cancelled with the reason (Art. 27)."""
        handlers.on_auction_cancelled(event, self.db, self.law, self.caller)
