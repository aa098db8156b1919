"""A person's inbox (issue 10 capability 5): the notices of one person across cases and
authorities, with their text, for the portal and the e-ID app (Decree 62/2015 Art. 12.1), which
authenticate the person and ask with their own service identity.

Only what concerns the person: their own notices (never another party's, never an
organisation's), without the other parties' names, addresses or the officers' attempts.
"""
from sqlalchemy import select

from services.notifications.models import Notice
from services.notifications.rendering import context_of, render
from services.notifications.rules.documents import PERSON


def list_inbox(party_id, uow, law, caller):
    """The person's notices, newest document first, each with its rendered ``subject`` and
    ``body`` (Vietnamese, then English): a list of dicts."""
    notices = uow.session.scalars(
        select(Notice).where(Notice.party_id == party_id, Notice.recipient_kind == PERSON)
        .order_by(Notice.document_issued_on.desc(), Notice.created_at.desc())).all()
    inbox = []
    for notice in notices:
        subject, body = render(context_of(notice))
        inbox.append({"notice_id": notice.id, "authority": notice.authority,
                      "case_id": notice.case_id, "document_type": notice.document_type,
                      "document_number": notice.document_number,
                      "document_issued_on": notice.document_issued_on,
                      "channel": notice.channel, "status": notice.status,
                      "due_by": notice.due_by, "valid_on": notice.valid_on,
                      "subject": subject, "body": body})
    return inbox
