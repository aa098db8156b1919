"""Notices: recorded from the decisions ``cases`` announces, read by the authority's officers."""
from shared.entrypoints import event_handler, rpc
from shared.validation import require_id

from services.notifications.handlers import notices as handlers
from services.notifications.schemas import NOTICES_OUT


class NoticeEntrypoints:
    @event_handler("cases", "enforcement_decision.issued")
    def on_enforcement_decision_issued(self, event):
        """Record one notice of the decision for each party, due by the decision's notify_by.
        The platform has verified the publisher and the envelope's contract."""
        handlers.record_decision_notices(event, self.db, self.law, self.caller)

    @rpc(permission="notifications.notice.read", read_only=True)
    def list_notices(self, case_id):
        """The notices of a case, those of the caller's authority only."""
        case_id = require_id(case_id, "case_id")
        return NOTICES_OUT.dump(handlers.list_notices(case_id, self.db, self.law, self.caller))
