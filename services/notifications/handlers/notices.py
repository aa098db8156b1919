"""Notices owed to litigants (Law Art. 39-43; Decree 62/2015 Art. 12): record them from the
decisions ``cases`` announces, and read them.

Jurisdiction (issue 7 items 1 and 11): a notice belongs to the authority of the event envelope
that created it, which the platform verified came from ``cases``; a reader sees only the notices
of their own authority, and a case of another authority reads exactly as a case with no notices.
"""
import uuid

from sqlalchemy import select

from shared.legal import Subject

from services.notifications.models import Notice
from services.notifications.rules import lifecycle
from services.notifications.rules import notices as rules

NOTICE = "notice"


def subject_of(notice):
    """The notice as the subject of its delivery deadline (Law Art. 39.1)."""
    return Subject(NOTICE, notice.id, notice.authority, notice.case_id)


def record_decision_notices(event, uow, law, caller):
    """One pending notice of the decision for each person it concerns (creditors, debtors and
    persons with related rights and obligations: ``rules.recipients_of_decision``), by the
    initial channel its address calls for (``rules.initial_channel``), due by the decision's
    ``notify_by``; each owes its delivery within the notification period from the decision's
    issue (``rules.NOTICE_DELIVERY``) and is announced (``notice.recorded``); audited. Returns
    the notices recorded."""
    payload = event["payload"]
    status = lifecycle.check_transition(None, lifecycle.NoticeStatus.PENDING).target
    notices = [Notice(
        id=str(uuid.uuid4()), authority=event["authority"], case_id=event["case_id"],
        document_type=rules.ENFORCEMENT_DECISION, document_id=payload["decision_id"],
        document_number=payload["decision_number"], document_issued_on=payload["issued_on"],
        party_id=party["party_id"], party_role=party["role"], recipient_name=party["name"],
        recipient_address=party["address"], channel=rules.initial_channel(party["address"]),
        status=status, due_by=payload["notify_by"], source_event_id=event["event_id"])
        for party in rules.recipients_of_decision(payload["parties"])]
    uow.session.add_all(notices)
    for notice in notices:
        uow.deadlines.owe(rules.NOTICE_DELIVERY, subject_of(notice),
                          starts_on=payload["issued_on"])
        uow.emit("notice.recorded", {
            "notice_id": notice.id, "document_type": notice.document_type,
            "document_id": notice.document_id, "party_id": notice.party_id,
            "party_role": notice.party_role, "channel": notice.channel,
            "due_by": notice.due_by}, authority=notice.authority, case_id=notice.case_id)
    uow.audit("notices.recorded", subject_type=rules.ENFORCEMENT_DECISION,
              subject_id=payload["decision_id"], legal_basis=rules.NOTICES_OF_DECISION,
              details={"channels": {n.party_id: n.channel for n in notices}})
    return notices


def list_notices(case_id, uow, law, caller):
    """The notices of ``case_id`` that belong to the caller's authority, by party."""
    return uow.session.scalars(
        select(Notice).where(Notice.case_id == case_id,
                             Notice.authority == caller.identity.authority)
        .order_by(Notice.party_id)).all()
