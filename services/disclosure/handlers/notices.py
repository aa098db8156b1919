"""Public notices on the portal (Decree 62/2015 Art. 11.1, 12.5, 15.1, 27): posted from the
events of ``cases`` (``public_notice.requested``) and ``property`` (``auction.announced`` /
``auction.cancelled``), and the decision that a debtor lacks conditions posted for 3 months
beside the register entry (called from ``handlers.decisions``).

Each notice is posted once per publisher's id (a redelivery posts nothing twice), audited, and
announced (``public_notice.posted``, ``.cancelled``, ``.ended``). A period the decree sets is
computed from its dated parameter, recorded on the notice (``parameters_used``).
"""
import uuid

from sqlalchemy import select

from shared.calendar import today_in_vietnam

from services.disclosure.models import PublicNotice
from services.disclosure.rules import notices as rules

NOTICE = "public_notice"


def _posting_end(law, period, starts_on):
    """``(last day, parameter record)`` of a posting of ``period`` from ``starts_on``."""
    used = law.params.value(period.length_key, starts_on)
    return law.calendar.due_date(starts_on, used.value, used.unit), used.as_record()


def _existing(uow, kind, source_id):
    return uow.session.scalar(select(PublicNotice).where(
        PublicNotice.kind == kind, PublicNotice.source_id == source_id))


def _post(uow, notice):
    """Record, audit and announce a new notice."""
    uow.session.add(notice)
    uow.emit("public_notice.posted",
             {"notice_id": notice.id, "kind": notice.kind, "source_id": notice.source_id,
              "posted_on": notice.posted_on, "posted_until": notice.posted_until,
              "legal_basis": notice.legal_basis},
             authority=notice.authority, case_id=notice.case_id)
    uow.audit("public_notice.posted", subject_type=NOTICE, subject_id=notice.id,
              legal_basis=notice.legal_basis,
              details={"kind": notice.kind, "source_id": notice.source_id,
                       "requested_on": notice.requested_on.isoformat(),
                       "requested_until": notice.requested_until.isoformat(),
                       "posted_on": notice.posted_on.isoformat(),
                       "posted_until": notice.posted_until.isoformat(),
                       "parameters_used": notice.parameters_used})
    return notice


def on_public_notice_requested(event, uow, law, caller):
    """Post the notice ``cases`` asks for (Art. 12.5) from the day asked for, or today if that is
    later; a search for unknown heirs stays up at least 3 months from the day it is really
    posted (Art. 15.1, ``rules.heir_search_posted_until``). Returns the notice, or None for a
    replay."""
    payload, today = event["payload"], today_in_vietnam()
    if _existing(uow, payload["kind"], payload["notice_id"]) is not None:
        return None
    starts_on = rules.posting_starts_on(payload["posted_on"], today)
    until, used = payload["posted_until"], []
    if payload["kind"] == rules.HEIR_SEARCH:
        legal_until, record = _posting_end(law, rules.HEIR_SEARCH_POSTING, starts_on)
        until, used = rules.heir_search_posted_until(starts_on, until, legal_until), [record]
    return _post(uow, PublicNotice(
        id=str(uuid.uuid4()), kind=payload["kind"], source_id=payload["notice_id"],
        authority=event["authority"], case_id=event["case_id"], title=payload["title"],
        body=payload["body"], legal_basis=payload["legal_basis"],
        requested_on=payload["posted_on"], requested_until=payload["posted_until"],
        posted_on=starts_on, posted_until=until, parameters_used=used,
        event_id=str(event["event_id"])))


def on_auction_announced(event, uow, law, caller):
    """Post an auction ``property`` announced (Art. 27, 12.5; Law Art. 101-102) until the day of
    the auction. Returns the notice, or None for a replay."""
    payload, today = event["payload"], today_in_vietnam()
    if _existing(uow, rules.AUCTION, payload["auction_id"]) is not None:
        return None
    auction_on = payload["auction_on"]
    return _post(uow, PublicNotice(
        id=str(uuid.uuid4()), kind=rules.AUCTION, source_id=payload["auction_id"],
        authority=event["authority"], case_id=event["case_id"],
        title=f"Thông báo bán đấu giá tài sản ngày {auction_on.strftime('%d/%m/%Y')}",
        body=payload["property_description"], legal_basis=rules.LEGAL_BASIS[rules.AUCTION],
        requested_on=payload["posted_on"], requested_until=auction_on,
        posted_on=rules.posting_starts_on(payload["posted_on"], today),
        posted_until=rules.auction_posted_until(auction_on),
        starting_price=payload["starting_price"], deposit=payload["deposit"],
        auction_organisation=payload["auction_organisation"], venue=payload["venue"],
        registration_closes_on=payload["registration_closes_on"], auction_on=auction_on,
        event_id=str(event["event_id"])))


def on_auction_cancelled(event, uow, law, caller):
    """Mark an auction's notice cancelled with the reason (Art. 27); it stays shown until the
    auction's day so that bidders learn of it. The cancellation of an auction never announced
    here changes nothing (there is nothing public to correct). Returns the notice, or None."""
    payload = event["payload"]
    notice = _existing(uow, rules.AUCTION, payload["auction_id"])
    if notice is None:
        return None
    if notice.cancelled_on is not None:
        return notice  # a replay
    notice.cancelled_on, notice.cancellation_reason = payload["cancelled_on"], payload["reason"]
    uow.emit("public_notice.cancelled",
             {"notice_id": notice.id, "source_id": notice.source_id,
              "cancelled_on": notice.cancelled_on, "reason": notice.cancellation_reason},
             authority=notice.authority, case_id=notice.case_id)
    uow.audit("public_notice.cancelled", subject_type=NOTICE, subject_id=notice.id,
              legal_basis=notice.legal_basis,
              details={"auction_id": notice.source_id,
                       "cancelled_on": notice.cancelled_on.isoformat()})
    return notice


def post_decision_notice(uow, law, entry, decided_on, event_id):
    """Post the decision that ``entry``'s debtor lacks conditions for 3 months from its
    publication (Art. 11.1, last sentence), with only what the register publishes."""
    until, record = _posting_end(law, rules.DECISION_POSTING, entry.published_on)
    title, body = rules.decision_notice_text(entry.lacking_conditions_decision, decided_on,
                                             entry.debtor_name, entry.debtor_address,
                                             entry.unmet_obligation)
    kind = rules.LACKING_CONDITIONS_DECISION
    return _post(uow, PublicNotice(
        id=str(uuid.uuid4()), kind=kind, source_id=entry.decision_id or entry.id,
        authority=entry.authority, case_id=entry.case_id, title=title, body=body,
        legal_basis=rules.LEGAL_BASIS[kind], requested_on=entry.published_on,
        requested_until=until, posted_on=entry.published_on, posted_until=until,
        parameters_used=[record], event_id=event_id))


def end_decision_notice(uow, entry, on):
    """The debtor left the register (Art. 11.3): the posted decision naming them ends too, the
    same day. Returns the notice ended, or None."""
    notice = _existing(uow, rules.LACKING_CONDITIONS_DECISION, entry.decision_id or entry.id)
    if notice is None or notice.ended_on is not None or notice.posted_until < on:
        return None
    notice.ended_on, notice.ended_reason = on, rules.ENDED_DEBTOR_REMOVED
    uow.emit("public_notice.ended",
             {"notice_id": notice.id, "kind": notice.kind, "ended_on": on,
              "reason_code": rules.ENDED_DEBTOR_REMOVED},
             authority=notice.authority, case_id=notice.case_id)
    uow.audit("public_notice.ended", subject_type=NOTICE, subject_id=notice.id,
              legal_basis="Decree 62/2015 Art. 11.3",
              details={"entry_id": entry.id, "reason_code": rules.ENDED_DEBTOR_REMOVED})
    return notice
