"""Notices: recorded from the documents ``cases`` and ``disclosure`` announce, read by the
authority's officers."""
from shared.entrypoints import event_handler, rpc
from shared.validation import require_id

from services.notifications.handlers import inbox
from services.notifications.handlers import notices as handlers
from services.notifications.schemas import INBOX_OUT, NOTICES_OUT


class NoticeEntrypoints:
    @event_handler("cases", "enforcement_decision.issued")
    def on_enforcement_decision_issued(self, event):
        """Record one notice of the decision for each party, due by the decision's notify_by.
        The platform has verified the publisher and the envelope's contract."""
        handlers.record_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement_request.refused")
    def on_enforcement_request_refused(self, event):
        """Record the notice of a refused request to its requester (Law Art. 31.5)."""
        handlers.record_refusal_notice(event, self.db, self.law, self.caller)

    @event_handler("disclosure", "register_entry.published")
    def on_register_entry_published(self, event):
        """Record the notice of a published register entry to the commune People's Committee
        (Decree Art. 11.1)."""
        handlers.record_publication_notice(event, self.db, self.law, self.caller)

    @event_handler("disclosure", "register_entry.removed")
    def on_register_entry_removed(self, event):
        """Record the notice of a removed register entry to the commune People's Committee
        (Decree Art. 11.3)."""
        handlers.record_removal_notice(event, self.db, self.law, self.caller)

    @event_handler("cases", "lacking_conditions.decided")
    def on_lacking_conditions_decided(self, event):
        """Record the notices of a lacking-conditions decision to the parties of the case, by
        the channel each chose (Law Art. 44a; Decree Art. 12.1)."""
        handlers.record_lacking_conditions_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.resumed")
    def on_enforcement_resumed(self, event):
        """Record the notices of a resumption decision to the parties of the case (Decree
        Art. 9.4)."""
        handlers.record_resumption_notices(event, self.db, self.law, self.caller)

    @rpc(permission="notifications.notice.read", read_only=True)
    def list_notices(self, case_id):
        """The notices of a case, those of the caller's authority only."""
        case_id = require_id(case_id, "case_id")
        return NOTICES_OUT.dump(handlers.list_notices(case_id, self.db, self.law, self.caller))

    @rpc(permission="notifications.inbox.read", read_only=True)
    def list_inbox(self, party_id):
        """A person's notices across cases and authorities, with their text, for the portal and
        the e-ID app (which authenticated the person)."""
        party_id = require_id(party_id, "party_id")
        return INBOX_OUT.dump(inbox.list_inbox(party_id, self.db, self.law, self.caller))
