"""Delivery as a process (issue 10 capabilities 3 and 4): the notices on a channel an adapter
sends (VNeID, the portal, e-mail, fax, SMS: Decree 62/2015 Art. 12.1-12.2) are sent when due;
each send is an attempt with its outcome; a failure is retried with backoff, and a permanent
refusal or the last try escalates the notice to the Law's channel (``channels.escalation``),
where an officer delivers it. A notice is never dropped.

Sending is at least once: a send whose transaction then fails is sent again on the next tick,
with the same ``message_id`` (the notice and its try), which a receiver may use to drop it.
"""
from datetime import timedelta

from sqlalchemy import select

from shared.calendar import today_in_vietnam

from services.notifications.adapters import ChannelRefused, ChannelUnavailable, Message
from services.notifications.handlers.delivery import apply_attempt, document_notices
from services.notifications.models import Notice
from services.notifications.rendering import context_of, render
from services.notifications.rules import channels, dispatch as rules
from services.notifications.rules.delivery import DELIVERED, FAILED
from services.notifications.rules.lifecycle import NoticeStatus

OWED = (NoticeStatus.PENDING, NoticeStatus.ATTEMPT_FAILED)


def message_of(notice):
    """The notice as its channel sends it: the rendered template (Vietnamese, then English)."""
    subject, body = render(context_of(notice))
    return Message(message_id=f"{notice.id}.{notice.tries + 1}", channel=notice.channel,
                   party_id=notice.party_id, contact=notice.contact, subject=subject, body=body)


def _due_ids(uow, now, batch):
    return uow.session.scalars(
        select(Notice.id).where(Notice.channel.in_(channels.ELECTRONIC_CHANNELS),
                                Notice.status.in_(OWED), Notice.next_attempt_at <= now)
        .order_by(Notice.next_attempt_at).limit(batch)).all()


def dispatch_due(now, uow, law, caller, adapters, policy):
    """Send every notice due at ``now`` (up to ``policy.batch``) and record each outcome
    (``send_notice``). Returns the notices handled."""
    handled = []
    for notice_id in _due_ids(uow, now, policy.batch):
        notice = uow.session.get(Notice, notice_id)
        # Lock the document's notices (as record_delivery does, in the same order) and look
        # again: another dispatcher or an officer may have handled it meanwhile.
        siblings = document_notices(uow, notice)
        notice = next(n for n in siblings if n.id == notice_id)
        if (notice.status in OWED and notice.next_attempt_at is not None
                and notice.next_attempt_at <= now
                and notice.channel in channels.ELECTRONIC_CHANNELS):
            send_notice(notice, siblings, now, uow, law, caller, adapters, policy)
            handled.append(notice)
    return handled


def send_notice(notice, siblings, now, uow, law, caller, adapters, policy):
    """One send of ``notice`` through its channel's adapter:

    - accepted: a ``delivered`` attempt with the channel's reference; the notice is valid on the
      day in Vietnam (``rules.electronic_delivery_basis``), its deadline met, ``notice.valid``;
    - failed: a ``failed`` attempt with the reason (``notice.delivery_failed``), then a retry
      after the backoff, or the escalation (``rules.after_failure``)."""
    today = today_in_vietnam(now)
    message = message_of(notice)
    notice.tries += 1
    try:
        sent = adapters.send(message)
    except (ChannelRefused, ChannelUnavailable) as exc:
        apply_attempt(uow, law, caller, notice, siblings, channel=notice.channel, on=today,
                      outcome=FAILED, basis=rules.electronic_delivery_basis(notice.channel),
                      note=exc.reason[:1000])
        step = rules.after_failure(notice.tries, policy.max_tries,
                                   permanent=isinstance(exc, ChannelRefused))
        if step == rules.RETRY:
            delay = rules.retry_delay_seconds(notice.tries, policy.retry_seconds,
                                              policy.retry_max_seconds)
            notice.next_attempt_at = now + timedelta(seconds=delay)
        else:
            escalate(notice, exc.reason, uow)
        return
    notice.next_attempt_at = None
    apply_attempt(uow, law, caller, notice, siblings, channel=notice.channel, on=today,
                  outcome=DELIVERED, basis=rules.electronic_delivery_basis(notice.channel),
                  reference=sent.reference[:200])


def escalate(notice, reason, uow):
    """Move ``notice`` to the next channel (``channels.escalation``: the Law's channel for its
    address); the officer delivers it there. ``notice.escalated``; audited."""
    source = notice.channel
    notice.channel = channels.escalation(source, notice.recipient_address)
    failed = notice.tries
    notice.tries, notice.next_attempt_at = 0, None
    uow.emit("notice.escalated", {
        "notice_id": notice.id, "document_type": notice.document_type,
        "document_id": notice.document_id, "party_id": notice.party_id,
        "party_role": notice.party_role, "channel": notice.channel, "from_channel": source,
        "failed_tries": failed, "reason": reason[:500]},
        authority=notice.authority, case_id=notice.case_id)
    uow.audit("notice.escalated", subject_type="notice", subject_id=notice.id,
              legal_basis=rules.ESCALATED,
              details={"from_channel": source, "to_channel": notice.channel,
                       "failed_tries": failed, "reason": reason[:500]})
