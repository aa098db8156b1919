"""Delivery of a notice (Law Art. 39-40; Decree 62/2015 Art. 12.1, 12.4): an officer records an
attempt in person or by post and its outcome; a valid delivery dates the notice, meets its
delivery deadline and is announced as ``notice.valid``.

Jurisdiction (issue 7 item 11): the notice's own authority (from the ``cases`` event that created
it) decides; a notice of another authority answers ``NotFound`` exactly as an unknown id.
"""
import uuid

from sqlalchemy import select

from shared.errors import NotFound, ValidationError

from services.notifications.handlers.notices import subject_of
from services.notifications.models import DeliveryAttempt, Notice
from services.notifications.rules import delivery as rules
from services.notifications.rules import heir_search, lifecycle


def _not_found(notice_id):
    return NotFound(f"no notice {notice_id!r}", {"notice_id": notice_id})


def notice_of(uow, notice_id, caller):
    """The notice ``notice_id`` of the caller's authority, else ``NotFound``."""
    notice = uow.session.get(Notice, notice_id)
    if notice is None or notice.authority != caller.identity.authority:
        raise _not_found(notice_id)
    caller.require_jurisdiction(notice.authority)
    return notice


def document_notices(uow, notice):
    """Every notice of ``notice``'s document, locked until commit (in id order, so two officers
    recording the last two deliveries of one document cannot both miss that it is complete) and
    read afresh once locked (``populate_existing``, which SQLAlchemy also implies for FOR UPDATE:
    the notice loaded before the lock may be stale, and two officers recording one notice at
    once must not both find it pending)."""
    return uow.session.scalars(
        select(Notice).where(Notice.document_type == notice.document_type,
                             Notice.document_id == notice.document_id)
        .order_by(Notice.id).with_for_update()
        .execution_options(populate_existing=True)).all()


def record_delivery(data, uow, law, caller):
    """Record an attempt to deliver a notice and its outcome.

    - The attempt is always recorded (``delivery_attempt``), with the article that gives its
      outcome its effect; a refusal needs the witness (Decree Art. 12.4) and no attempt precedes
      the document's issue (``rules.attempt_problems``: ``ValidationError`` naming the field).
    - Delivered or refused with a witness: the notice is ``valid`` on ``delivered_on``; posted
      publicly (Law Art. 42: address unknown, or direct delivery failed): ``posted``, valid on
      the last day of the posting period (``rules.valid_on``). Its delivery deadline
      (``NOTICE_DELIVERY``) is met on that day (late if after its due day), and ``notice.valid``
      tells how many of the document's notices are valid and, when all are, the day the last
      became valid.
    - Failed: the notice is ``attempt_failed`` and still owed; ``notice.delivery_failed``.
    - A notice already valid or posted is a ``Conflict`` (the lifecycle allows no move from
      ``valid`` or ``posted``).
    """
    notice = notice_of(uow, data["notice_id"], caller)
    siblings = document_notices(uow, notice)
    notice = next(n for n in siblings if n.id == notice.id)
    outcome, on, channel = data["outcome"], data["delivered_on"], data["channel"]
    lifecycle.check_transition(notice.status, rules.status_after(outcome), f"notice {notice.id}")
    problems = rules.attempt_problems(outcome, data.get("witness_name"), on,
                                      notice.document_issued_on, channel=channel,
                                      notice_channel=notice.channel, status=notice.status,
                                      recipient_kind=notice.recipient_kind,
                                      relative_name=data.get("relative_name"),
                                      return_receipt=data.get("return_receipt"))
    if problems:
        raise ValidationError("the delivery cannot be recorded", problems)
    apply_attempt(uow, law, caller, notice, siblings, channel=channel, on=on, outcome=outcome,
                  basis=rules.legal_basis_of(outcome, data.get("relative_name")),
                  witness_name=data.get("witness_name"),
                  relative_name=data.get("relative_name"), note=data.get("note"),
                  reference=data.get("return_receipt"))
    return notice


def apply_attempt(uow, law, caller, notice, siblings, *, channel, on, outcome, basis,
                  witness_name=None, relative_name=None, note=None, reference=None):
    """Record one attempt on ``notice`` (one of its document's locked ``siblings``) and its
    effect, whoever made it (an officer, or a channel adapter): the ``delivery_attempt`` row;
    the notice's status; for a valid outcome ``valid_on`` (``rules.valid_on``, with the posting
    period of its document: ``heir_search.posting_period``), its delivery deadline
    (``heir_search.delivery_limit``) met that day and ``notice.valid`` with the document's count; for a failure
    ``notice.delivery_failed``; audited with ``basis``. Returns the attempt."""
    target = lifecycle.check_transition(notice.status, rules.status_after(outcome),
                                        f"notice {notice.id}").target
    valid_on, used = rules.valid_on(outcome, on, law.params, law.calendar,
                                    heir_search.posting_period(notice.document_type))
    attempt = DeliveryAttempt(
        id=str(uuid.uuid4()), notice_id=notice.id, channel=channel, attempted_on=on,
        outcome=outcome, witness_name=witness_name, relative_name=relative_name, note=note,
        reference=reference, legal_basis=basis, recorded_by=caller.identity.user)
    failed = sum(a.outcome == rules.FAILED for a in notice.attempts) + (outcome == rules.FAILED)
    notice.attempts.append(attempt)
    notice.status = target
    common = {"notice_id": notice.id, "document_type": notice.document_type,
              "document_id": notice.document_id, "party_id": notice.party_id,
              "party_role": notice.party_role, "channel": channel}
    if valid_on is not None:
        notice.valid_on = valid_on
        uow.deadlines.meet(heir_search.delivery_limit(notice.document_type),
                           subject_of(notice), on=valid_on)
        valid_days = [n.valid_on for n in siblings]
        uow.emit("notice.valid", {
            **common, "outcome": outcome, "valid_on": valid_on, "required_count": len(siblings),
            "valid_count": sum(day is not None for day in valid_days),
            "document_notified_on": rules.notified_on(valid_days)},
            authority=notice.authority, case_id=notice.case_id)
        action = "notice.valid"
    else:
        uow.emit("notice.delivery_failed", {**common, "attempted_on": on,
                                            "failed_attempts": failed},
                 authority=notice.authority, case_id=notice.case_id)
        action = "notice.delivery_failed"
    uow.audit(action, subject_type="notice", subject_id=notice.id, legal_basis=basis,
              details={"attempt_id": attempt.id, "channel": channel, "outcome": outcome,
                       "on": on.isoformat(),
                       "valid_on": valid_on.isoformat() if valid_on else None,
                       "reference": reference, "parameters_used": used})
    return attempt
