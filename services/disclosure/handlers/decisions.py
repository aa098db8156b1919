"""The register driven by the decisions of ``cases`` (Decree 62/2015 Art. 9, 11; issue 11).

- ``lacking_conditions.decided``: the debtor is published the day the event is handled;
  ``PUBLISH_ENTRY`` is owed from the decision (5 working days, Art. 11.1) and met that day;
- ``debtor_details.corrected``: the debtor's listed entries are corrected; ``CORRECT_ENTRY`` is
  owed from the verification (3 working days, Art. 11.2) and met that day;
- ``enforcement.resumed`` / ``enforcement.fulfilled``: the debtor's listed entries are removed;
  ``REMOVE_ENTRY`` is owed from the decision or certificate (2 working days, Art. 11.3) and met
  that day. A removal for a debtor not yet published is kept (``publication_withdrawn``) and a
  later lacking-conditions decision taken on or before it is not published
  (``rules.removal_wins``): the removal wins the race.

Each act is audited, kept in ``entry_history`` with its reason code and event id, and announced
(``register_entry.published`` / ``.removed``) for the commune People's Committee.

Jurisdiction: the envelope's case must be a known case of the envelope's authority. A case not
yet announced is ``RetryLater`` (its ``enforcement_case.opened`` may be behind); so is one known
under another authority (its ``enforcement.entrusted`` may be behind: events are not ordered across
processes) — after ``EVENT_RETRY_LIMIT`` attempts it is parked for an operator all the same.
"""
import uuid

from sqlalchemy import select

from shared.calendar import today_in_vietnam
from shared.errors import RetryLater

from services.disclosure.handlers.notices import end_decision_notice, post_decision_notice
from services.disclosure.handlers.register import (
    ENTRY, announce_published, announce_removed, record_history, subject_of)
from services.disclosure.models import EntryHistory, KnownCase, RegisterEntry
from services.disclosure.rules import lifecycle
from services.disclosure.rules import register as rules
from services.disclosure.rules.lifecycle import EntryStatus


def known_case(uow, event):
    """The known case of the event, of the event's authority (see the module's docstring)."""
    case_id = event["case_id"]
    known = uow.session.get(KnownCase, case_id) if case_id else None
    if known is None:
        raise RetryLater(f"case {case_id!r} is not known yet")
    if known.authority != event["authority"]:
        raise RetryLater(f"case {case_id!r} is known under another authority; waiting for its "
                         f"entrustment to {event['authority']}")
    return known


def listed_entries(uow, case_id, party_id):
    """The debtor's entries of the case that are not removed, locked until commit."""
    return uow.session.scalars(select(RegisterEntry).where(
        RegisterEntry.case_id == case_id, RegisterEntry.debtor_party_id == party_id,
        RegisterEntry.removed_on.is_(None)).with_for_update()).all()


def on_lacking_conditions_decided(event, uow, law, caller):
    """Publish the debtor (Art. 11.1) unless a removal decision already won (Art. 11.3).
    Returns the entry, or None when nothing was published."""
    case = known_case(uow, event)
    payload, today = event["payload"], today_in_vietnam()
    debtor, decided_on = payload["debtor"], payload["decided_on"]
    if uow.session.scalar(select(RegisterEntry.id).where(
            RegisterEntry.decision_id == payload["decision_id"])) is not None:
        return None  # this decision is already on the register (a replay)
    withdrawn = uow.session.scalars(select(EntryHistory.decided_on).where(
        EntryHistory.case_id == case.case_id,
        EntryHistory.debtor_party_id == debtor["party_id"],
        EntryHistory.action == rules.PUBLICATION_WITHDRAWN)).all()
    if any(rules.removal_wins(removed_on, decided_on) for removed_on in withdrawn):
        record_history(uow, rules.PUBLICATION_SKIPPED, rules.REASON_REMOVAL_WON, today,
                       case_id=case.case_id, debtor_party_id=debtor["party_id"],
                       decided_on=decided_on, event_id=event["event_id"])
        uow.audit("register_entry.publication_skipped", subject_type="lacking_conditions",
                  subject_id=payload["decision_id"], legal_basis=rules.REMOVE_ENTRY.article,
                  details={"case_id": case.case_id, "reason_code": rules.REASON_REMOVAL_WON})
        return None
    lifecycle.check_transition(None, EntryStatus.PUBLISHED)
    entry = RegisterEntry(
        id=str(uuid.uuid4()), authority=case.authority, case_id=case.case_id,
        debtor_name=debtor["name"], debtor_address=debtor["address"], judgment="",
        enforcement_decision="", unmet_obligation=payload["obligation"]["text"],
        reason=rules.decision_reference(payload["decision_number"], decided_on),
        lacking_conditions_decision=payload["decision_number"], decided_on=decided_on,
        published_on=today, published_by=caller.identity.user,
        debtor_party_id=debtor["party_id"], decision_id=payload["decision_id"])
    subject = subject_of(entry)
    entry.publish_by = uow.deadlines.owe(rules.PUBLISH_ENTRY, subject,
                                         starts_on=decided_on).due_on
    uow.deadlines.meet(rules.PUBLISH_ENTRY, subject, on=today)
    uow.session.add(entry)
    post_decision_notice(uow, law, entry, decided_on, str(event["event_id"]))
    record_history(uow, rules.PUBLISHED, rules.REASON_LACKING_CONDITIONS, today,
                   case_id=entry.case_id, entry=entry, decided_on=decided_on,
                   event_id=event["event_id"])
    announce_published(uow, entry, rules.REASON_LACKING_CONDITIONS)
    uow.audit("register_entry.published", subject_type=ENTRY, subject_id=entry.id,
              legal_basis=rules.ENTRY_PUBLISHED,
              details={"case_id": entry.case_id, "decision": entry.lacking_conditions_decision,
                       "publish_by": entry.publish_by.isoformat(),
                       "reason_code": rules.REASON_LACKING_CONDITIONS})
    return entry


def on_debtor_details_corrected(event, uow, law, caller):
    """Correct the debtor's listed entries of the case (Art. 11.2). Returns them (none listed:
    nothing to correct, and nothing is owed)."""
    case = known_case(uow, event)
    payload, today = event["payload"], today_in_vietnam()
    changes = rules.corrections(payload["changed"])
    entries = listed_entries(uow, case.case_id, payload["party_id"])
    for entry in entries:
        subject = subject_of(entry)
        entry.correct_by = uow.deadlines.owe(rules.CORRECT_ENTRY, subject,
                                             starts_on=payload["verified_on"]).due_on
        uow.deadlines.meet(rules.CORRECT_ENTRY, subject, on=today)
        for field, value in changes.items():
            setattr(entry, field, value)
        entry.corrected_on = today
        record_history(uow, rules.CORRECTED, rules.REASON_DETAILS_VERIFIED, today,
                       case_id=entry.case_id, entry=entry, decided_on=payload["verified_on"],
                       event_id=event["event_id"])
        uow.audit("register_entry.corrected", subject_type=ENTRY, subject_id=entry.id,
                  legal_basis=rules.ENTRY_CORRECTED,
                  details={"fields": sorted(changes), "correct_by": entry.correct_by.isoformat(),
                           "reason_code": rules.REASON_DETAILS_VERIFIED})
    return entries


def _remove(event, uow, caller, ground, document, decided_on):
    """Remove the debtor's listed entries of the case, and end their posted decisions."""
    case = known_case(uow, event)
    party_id, today = event["payload"]["debtor_party_id"], today_in_vietnam()
    reason_code = rules.removal_reason_code(ground)
    entries = listed_entries(uow, case.case_id, party_id)
    if not entries:
        # No entry yet: the publication still pending is not to happen (Art. 11.3 wins).
        record_history(uow, rules.PUBLICATION_WITHDRAWN, reason_code, today,
                       case_id=case.case_id, debtor_party_id=party_id, decided_on=decided_on,
                       event_id=event["event_id"])
        uow.audit("register_entry.publication_withdrawn", subject_type="judgment_debtor",
                  subject_id=party_id, legal_basis=rules.REMOVE_ENTRY.article,
                  details={"case_id": case.case_id, "document": document,
                           "reason_code": reason_code})
        return []
    for entry in entries:
        lifecycle.check_transition(lifecycle.status_of(entry.removed_on), EntryStatus.REMOVED)
        subject = subject_of(entry)
        entry.remove_by = uow.deadlines.owe(rules.REMOVE_ENTRY, subject,
                                            starts_on=decided_on).due_on
        uow.deadlines.meet(rules.REMOVE_ENTRY, subject, on=today)
        entry.removal_ground, entry.removal_document = ground, document
        entry.removal_document_on, entry.removed_on = decided_on, today
        entry.removed_by = caller.identity.user
        record_history(uow, rules.REMOVED, reason_code, today, case_id=entry.case_id,
                       entry=entry, decided_on=decided_on, event_id=event["event_id"])
        announce_removed(uow, entry, reason_code)
        end_decision_notice(uow, entry, today)
        uow.audit("register_entry.removed", subject_type=ENTRY, subject_id=entry.id,
                  legal_basis=rules.REMOVE_ENTRY.article,
                  details={"ground": ground, "document": document,
                           "remove_by": entry.remove_by.isoformat(), "reason_code": reason_code})
    return entries


def on_enforcement_resumed(event, uow, law, caller):
    """Remove the debtor on the decision to resume enforcement (Art. 11.3)."""
    payload = event["payload"]
    return _remove(event, uow, caller, rules.RESUMPTION_DECISION, payload["decision_id"],
                   payload["decided_on"])


def on_enforcement_fulfilled(event, uow, law, caller):
    """Remove the debtor on the certificate of fulfilment (Art. 11.3)."""
    payload = event["payload"]
    return _remove(event, uow, caller, rules.OBLIGATION_FULFILLED, payload["certificate_id"],
                   payload["issued_on"])
