"""The notifications service: every legal notice owed to litigants, and its delivery."""
import uuid

from sqlalchemy import select

from shared.entrypoints import event_handler, rpc
from shared.service import PlatformService
from shared.validation import require_id

from services.notifications import rules
from services.notifications.models import Notice
from services.notifications.schemas import NoticeOut

NOTICES_OUT = NoticeOut(many=True)


class NotificationsService(PlatformService):
    name = "notifications"

    @event_handler("cases", "enforcement_decision.issued")
    def on_enforcement_decision_issued(self, event):
        """Record one notice of the decision for each party, due by the decision's notify_by."""
        payload = event["payload"]
        for party in rules.recipients_of_decision(payload["parties"]):
            self.db.session.add(Notice(
                id=str(uuid.uuid4()), authority=event["authority"], case_id=event["case_id"],
                document_type="enforcement_decision", document_id=payload["decision_id"],
                document_number=payload["decision_number"], party_id=party["party_id"],
                party_role=party["role"], recipient_name=party["name"],
                recipient_address=party["address"], channel=rules.initial_channel(),
                status="pending", due_by=payload["notify_by"], source_event_id=event["event_id"]))
        self.db.audit("notices.recorded", subject_type="enforcement_decision",
                      subject_id=payload["decision_id"],
                      legal_basis="Law Art. 39.1; Decree 62/2015 Art. 12.1")

    @rpc(permission="notifications.notice.read", read_only=True)
    def list_notices(self, case_id):
        require_id(case_id, "case_id")
        notices = self.db.session.scalars(
            select(Notice).where(Notice.case_id == case_id).order_by(Notice.party_id)).all()
        if notices:
            self.caller.require_jurisdiction(notices[0].authority)
        return NOTICES_OUT.dump(notices)
