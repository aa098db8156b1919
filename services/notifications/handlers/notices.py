"""Notices owed to litigants and to organisations (Law Art. 31.5, 39-43; Decree 62/2015 Art. 11.1,
11.3, 12): record them from the documents ``cases`` and ``disclosure`` announce (an enforcement
decision, a refused request, a register entry published or removed, a lacking-conditions or a
resumption decision), each by the channel the person's situation calls for (``_route``), and
read them.

Jurisdiction (issue 7 items 1 and 11): a notice belongs to the authority of the event envelope
that created it, which the platform verified came from ``cases``; a reader sees only the notices
of their own authority, and a case of another authority reads exactly as a case with no notices.
"""
import uuid

from sqlalchemy import func, select

from shared.errors import RetryLater
from shared.legal import Subject
from shared.models import utcnow

from services.notifications.handlers.consent import address_reports_of, as_rule, consents_of
from services.notifications.models import Notice
from services.notifications.rules import case_decisions, channels, documents, lifecycle
from services.notifications.rules import notices as rules

NOTICE = "notice"


def subject_of(notice):
    """The notice as the subject of its delivery deadline (Law Art. 39.1)."""
    return Subject(NOTICE, notice.id, notice.authority, notice.case_id)


def _route(uow, authority, case_id, recipient, on, channel_of):
    """The channel of a new notice to ``recipient`` on ``on`` and what decided it:
    ``(channel, initial, contact, address, legal basis)``.

    An organisation gets ``channel_of(recipient)``. A person's address is the one last reported
    (Decree Art. 12.3, ``channels.effective_address``); the first notice validly made to the
    person in the case is the initial one (``channel_of``, Law Art. 40-42), later ones follow
    the person's consent or request (Decree Art. 12.1-12.2, ``channels.notice_channel``)."""
    if recipient.get("kind", documents.PERSON) != documents.PERSON:
        return (channel_of(recipient), True, None, recipient["address"],
                channels.INITIAL_BASIS)
    party_id = recipient["party_id"]
    address = channels.effective_address(
        recipient["address"], address_reports_of(uow, authority, party_id), on)
    earlier = uow.session.scalar(select(func.count()).select_from(Notice).where(
        Notice.authority == authority, Notice.case_id == case_id,
        Notice.party_id == party_id, Notice.valid_on.is_not(None)))
    if channels.is_initial(earlier):
        return (channel_of({**recipient, "address": address}), True, None, address,
                channels.INITIAL_BASIS)
    consents = [as_rule(c) for c in consents_of(uow, authority, party_id)]
    channel, contact, basis = channels.notice_channel(False, address, consents, on)
    return channel, False, contact, address, basis


def record_notices(event, uow, law, *, document_type, document_id, document_number, issued_on,
                   recipients, channel_of, legal_basis, due_by=None, document_details=None,
                   time_limit=rules.NOTICE_DELIVERY):
    """One pending notice of the document for each recipient, by the channel ``_route`` finds
    (``channel_of(recipient)`` for an initial notice); each owes its delivery within the
    notification period from the document's issue (``time_limit``: ``rules.NOTICE_DELIVERY``
    unless the document has its own, as the heir search's posting), is due by
    ``due_by`` (else that deadline's due day) and is announced (``notice.recorded``); audited
    with ``legal_basis`` and, per recipient, the channel, whether initial and its basis, the
    due day and the period counted with the parameter row it used. ``document_details``: what the document says, kept for its text. Returns the notices."""
    status = lifecycle.check_transition(None, lifecycle.NoticeStatus.PENDING).target
    notices, routes = [], {}
    for recipient in recipients:
        channel, initial, contact, address, basis = _route(
            uow, event["authority"], event["case_id"], recipient, issued_on, channel_of)
        routes[recipient["party_id"]] = {"channel": channel, "initial": initial,
                                         "legal_basis": basis}
        notice = Notice(
            id=str(uuid.uuid4()), authority=event["authority"], case_id=event["case_id"],
            document_type=document_type, document_id=document_id,
            document_number=document_number, document_issued_on=issued_on,
            document_details=document_details,
            party_id=recipient["party_id"], party_role=recipient["role"],
            recipient_kind=recipient.get("kind", documents.PERSON),
            recipient_name=recipient["name"], recipient_address=address, channel=channel,
            initial=initial, contact=contact, status=status, source_event_id=event["event_id"],
            # an adapter's channel is sent by the dispatcher (handlers.dispatch) from now on
            next_attempt_at=utcnow() if channel in channels.ELECTRONIC_CHANNELS else None)
        owed = uow.deadlines.owe(time_limit, subject_of(notice), starts_on=issued_on)
        notice.due_by = due_by or owed.due_on
        # the decision keeps the period it counted and the parameter row it used
        routes[recipient["party_id"]].update(
            due_by=notice.due_by.isoformat(),
            period={"starts_on": issued_on.isoformat(), "length": owed.length,
                    "unit": owed.unit, "due_on": owed.due_on.isoformat(),
                    "parameters_used": owed.parameters_used})
        notices.append(notice)
    uow.session.add_all(notices)
    for notice in notices:
        uow.emit("notice.recorded", {
            "notice_id": notice.id, "document_type": notice.document_type,
            "document_id": notice.document_id, "party_id": notice.party_id,
            "party_role": notice.party_role, "channel": notice.channel,
            "due_by": notice.due_by}, authority=notice.authority, case_id=notice.case_id)
    uow.audit("notices.recorded", subject_type=document_type, subject_id=document_id,
              legal_basis=legal_basis,
              details={"channels": routes})
    return notices


def record_decision_notices(event, uow, law, caller):
    """One pending notice of the decision for each person it concerns (creditors, debtors and
    persons with related rights and obligations: ``rules.recipients_of_decision``), by the
    initial channel its address calls for (``rules.initial_channel``), due by the decision's
    ``notify_by``; each owes its delivery within the notification period from the decision's
    issue (``rules.NOTICE_DELIVERY``) and is announced (``notice.recorded``); audited. Returns
    the notices recorded."""
    payload = event["payload"]
    return record_notices(
        event, uow, law, document_type=rules.ENFORCEMENT_DECISION,
        document_id=payload["decision_id"], document_number=payload["decision_number"],
        issued_on=payload["issued_on"],
        recipients=rules.recipients_of_decision(payload["parties"]),
        channel_of=lambda party: rules.initial_channel(party["address"]),
        legal_basis=rules.NOTICES_OF_DECISION, due_by=payload["notify_by"])


def record_refusal_notice(event, uow, law, caller):
    """On ``enforcement_request.refused`` (Law Art. 31.5): the written refusal is owed to the
    requester (``documents.recipients_of_refusal``), directly (``documents.refusal_channel``),
    within the notification period from the refusal day (Law Art. 39.1). The document is the
    refusal (``refusal_id``); the envelope's ``case_id`` is the refused request's record."""
    payload = event["payload"]
    return record_notices(
        event, uow, law, document_type=documents.REQUEST_REFUSAL,
        document_id=payload["refusal_id"], document_number=payload["refusal_id"],
        issued_on=payload["refused_on"],
        recipients=documents.recipients_of_refusal(payload["requester_party_id"]),
        channel_of=lambda _: documents.refusal_channel(),
        legal_basis=documents.NOTICE_OF_REFUSAL)


def record_publication_notice(event, uow, law, caller):
    """On ``register_entry.published`` (Decree Art. 11.1): the debtor's public record is sent to
    the People's Committee of the commune where the debtor resides (``documents.
    commune_committee``, at the address the event carries), directly, within the notification
    period from the publication day (Law Art. 39.1). The document is the entry."""
    payload = event["payload"]
    return record_notices(
        event, uow, law, document_type=documents.REGISTER_PUBLICATION,
        document_id=payload["entry_id"], document_number=payload["entry_id"],
        issued_on=payload["published_on"],
        recipients=[documents.commune_committee(payload["debtor_address"])],
        channel_of=lambda _: documents.organisation_channel(),
        legal_basis=documents.NOTICE_OF_PUBLICATION)


def record_removal_notice(event, uow, law, caller):
    """On ``register_entry.removed`` (Decree Art. 11.3): the committee that was sent the record
    is told that the debtor was removed, so that it stops posting it; within the notification
    period from the removal day (Law Art. 39.1). The committee and its address are those of the
    entry's publication notice (the event carries no address); a removal that arrives before
    that publication raises ``RetryLater`` (disclosure removes only a published entry)."""
    payload = event["payload"]
    published = uow.session.scalars(select(Notice).where(
        Notice.document_type == documents.REGISTER_PUBLICATION,
        Notice.document_id == payload["entry_id"],
        Notice.authority == event["authority"])).first()
    if published is None:
        raise RetryLater(f"no publication notice yet for register entry {payload['entry_id']!r}")
    return record_notices(
        event, uow, law, document_type=documents.REGISTER_REMOVAL,
        document_id=payload["entry_id"], document_number=payload["entry_id"],
        issued_on=payload["removed_on"],
        recipients=[documents.commune_committee(published.recipient_address)],
        channel_of=lambda _: documents.organisation_channel(),
        legal_basis=documents.NOTICE_OF_REMOVAL)


def notices_of_document(uow, authority, document_type, document_id):
    """The notices of a document already recorded in ``authority`` (the same act announced again,
    e.g. under another event id, finds them: nothing is recorded or sent twice)."""
    return uow.session.scalars(select(Notice).where(
        Notice.authority == authority, Notice.document_type == document_type,
        Notice.document_id == document_id).order_by(Notice.party_id)).all()


#: The documents whose recipients are the parties of the case for an authority: the enforcement
#: decision, and for the authority a case was entrusted to (Decree Art. 16) the entrustment
#: decision it notified to the same parties.
_PARTIES_FROM = (rules.ENFORCEMENT_DECISION, case_decisions.ENTRUSTMENT_DECISION)


def parties_of_case(uow, authority, case_id):
    """The persons notified of the case's enforcement decision (creditors, debtors, persons with
    related rights and obligations), or of its entrustment to ``authority``, as recipients: the
    parties a later document of the case concerns (Law Art. 39.1). Empty while the decision's
    notices are not recorded."""
    decided = uow.session.scalars(select(Notice).where(
        Notice.authority == authority, Notice.case_id == case_id,
        Notice.document_type.in_(_PARTIES_FROM)).order_by(Notice.created_at)).all()
    seen, parties = set(), []
    for notice in decided:
        if notice.party_id not in seen:
            seen.add(notice.party_id)
            parties.append({"party_id": notice.party_id, "role": notice.party_role,
                            "kind": documents.PERSON, "name": notice.recipient_name,
                            "address": notice.recipient_address})
    return parties


def _record_case_document_notices(event, uow, law, *, document_type, document_id,
                                  document_number, issued_on, legal_basis):
    """A later document of the case notified to its parties (``parties_of_case``) within the
    notification period from ``issued_on`` (Law Art. 39.1); each person's notice goes by the
    channel the person chose (Decree Art. 12.1-12.2) once the initial notification was made. A
    document that arrives before the case's enforcement decision was recorded raises
    ``RetryLater``."""
    parties = parties_of_case(uow, event["authority"], event["case_id"])
    if not parties:
        raise RetryLater(f"no notices of case {event['case_id']!r}'s decision yet")
    return record_notices(
        event, uow, law, document_type=document_type, document_id=document_id,
        document_number=document_number, issued_on=issued_on, recipients=parties,
        channel_of=lambda party: rules.initial_channel(party["address"]),
        legal_basis=legal_basis)


def record_lacking_conditions_notices(event, uow, law, caller):
    """On ``lacking_conditions.decided`` (Law Art. 44a; Decree Art. 9.4): the decision that the
    debtor lacks conditions, notified to the parties of the case from ``decided_on``."""
    payload = event["payload"]
    return _record_case_document_notices(
        event, uow, law, document_type=documents.LACKING_CONDITIONS_DECISION,
        document_id=payload["decision_id"], document_number=payload["decision_number"],
        issued_on=payload["decided_on"], legal_basis=documents.NOTICE_OF_LACKING_CONDITIONS)


def record_resumption_notices(event, uow, law, caller):
    """On ``enforcement.resumed`` (Decree Art. 9.4, third paragraph): the decision to resume
    enforcement, notified to the parties of the case from ``decided_on``. The event carries no
    number: the decision's id stands for it."""
    payload = event["payload"]
    return _record_case_document_notices(
        event, uow, law, document_type=documents.RESUMPTION_DECISION,
        document_id=payload["decision_id"], document_number=payload["decision_id"],
        issued_on=payload["decided_on"], legal_basis=documents.NOTICE_OF_RESUMPTION)


def list_notices(case_id, uow, law, caller):
    """The notices of ``case_id`` that belong to the caller's authority, by party."""
    return uow.session.scalars(
        select(Notice).where(Notice.case_id == case_id,
                             Notice.authority == caller.identity.authority)
        .order_by(Notice.party_id)).all()
