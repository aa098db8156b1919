"""The register (Decree 62/2015 Art. 11): heads of authorities publish judgment debtors after
the decision that they lack conditions, and remove them on the decision to resume or the
certification of fulfilment; each act owes its time limit.

Jurisdiction (issue 7 item 1): an entry belongs to the authority of its known case; an entry or
case of another authority is answered exactly as one that does not exist.
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.disclosure.handlers.cases import case_of
from services.disclosure.handlers.notices import end_decision_notice
from services.disclosure.models import EntryHistory, RegisterEntry
from services.disclosure.rules import lifecycle
from services.disclosure.rules import register as rules
from services.disclosure.rules.lifecycle import EntryStatus

ENTRY = "register_entry"


def subject_of(entry):
    """The entry as the subject of its deadlines (Decree 62/2015 Art. 11.1, 11.3)."""
    return Subject(ENTRY, entry.id, entry.authority, entry.case_id)


def record_history(uow, action, reason_code, on, *, case_id, entry=None, debtor_party_id=None,
                   decided_on=None, event_id=None):
    """Keep one act on the register in the entry's history (Decree 62/2015 Art. 11), with its
    machine-readable reason code and the event that caused it (None: an officer's RPC)."""
    uow.session.add(EntryHistory(
        entry_id=entry.id if entry is not None else None, case_id=case_id,
        debtor_party_id=debtor_party_id if entry is None else entry.debtor_party_id,
        action=action, reason_code=reason_code, on=on, decided_on=decided_on,
        event_id=None if event_id is None else str(event_id)))


def announce_published(uow, entry, reason_code):
    """``register_entry.published``: for the commune People's Committee (through
    ``notifications``), the public record of the entry and nothing more (Art. 11.1)."""
    uow.emit("register_entry.published",
             {"entry_id": entry.id, "debtor_name": entry.debtor_name,
              "debtor_address": entry.debtor_address,
              "unmet_obligation": entry.unmet_obligation, "published_on": entry.published_on,
              "publish_by": entry.publish_by, "reason_code": reason_code},
             authority=entry.authority, case_id=entry.case_id)


def announce_removed(uow, entry, reason_code):
    """``register_entry.removed``: the commune People's Committee is to stop posting it
    (Art. 11.3)."""
    uow.emit("register_entry.removed",
             {"entry_id": entry.id, "removed_on": entry.removed_on, "remove_by": entry.remove_by,
              "ground": entry.removal_ground, "reason_code": reason_code},
             authority=entry.authority, case_id=entry.case_id)


def publish_entry(data, uow, law, caller):
    """Put a judgment debtor of a case of the caller's authority on the register; the
    publication is owed within 5 working days of the decision (Art. 11.1), and met on its day.
    A debtor already listed for the case is a ``Conflict``. Audited; returns the entry."""
    case = case_of(uow, data["case_id"], caller)
    listed = uow.session.scalar(select(RegisterEntry.id).where(
        RegisterEntry.case_id == data["case_id"],
        RegisterEntry.debtor_name == data["debtor_name"],
        RegisterEntry.removed_on.is_(None)))
    if listed is not None:
        raise Conflict(f"{data['debtor_name']} is already on the register for this case",
                       {"entry_id": listed})
    lifecycle.check_transition(None, EntryStatus.PUBLISHED)
    record = RegisterEntry(id=str(uuid.uuid4()), authority=case.authority,
                           published_by=caller.identity.user, **data)
    subject = subject_of(record)
    record.publish_by = uow.deadlines.owe(rules.PUBLISH_ENTRY, subject,
                                          starts_on=data["decided_on"]).due_on
    uow.deadlines.meet(rules.PUBLISH_ENTRY, subject, on=data["published_on"])
    uow.session.add(record)
    record_history(uow, rules.PUBLISHED, rules.REASON_OFFICER, record.published_on,
                   case_id=record.case_id, entry=record, decided_on=record.decided_on)
    announce_published(uow, record, rules.REASON_OFFICER)
    uow.audit("register_entry.published", subject_type=ENTRY, subject_id=record.id,
              legal_basis=rules.ENTRY_PUBLISHED,
              details={"case_id": record.case_id, "decision": record.lacking_conditions_decision,
                       "publish_by": record.publish_by.isoformat()})
    return record


def entry_of(uow, entry_id, caller):
    """The entry ``entry_id`` if it is of the caller's authority, else ``NotFound``."""
    record = uow.session.get(RegisterEntry, entry_id)
    if record is None or record.authority != caller.identity.authority:
        raise NotFound(f"no register entry {entry_id!r}", {"entry_id": entry_id})
    return record


def remove_entry(entry_id, data, uow, law, caller):
    """Take a debtor off the register on a lawful ground (Art. 11.3); owed within 2 working
    days of the document, and met on the removal day. Audited; returns the entry."""
    record = entry_of(uow, entry_id, caller)
    lifecycle.check_transition(lifecycle.status_of(record.removed_on), EntryStatus.REMOVED)
    if not rules.removal_ground_is_lawful(data["ground"]):
        raise ValidationError("an entry is removed only on the decision to resume or the "
                              f"certification of fulfilment ({rules.REMOVE_ENTRY.article})",
                              {"ground": [(f"must be {rules.RESUMPTION_DECISION} or "
                                           f"{rules.OBLIGATION_FULFILLED}")]})
    if data["removed_on"] < record.published_on:
        raise ValidationError("an entry cannot be removed before it was published",
                              {"removed_on": [f"before {record.published_on.isoformat()}"]})
    subject = subject_of(record)
    due = uow.deadlines.owe(rules.REMOVE_ENTRY, subject, starts_on=data["document_on"])
    uow.deadlines.meet(rules.REMOVE_ENTRY, subject, on=data["removed_on"])
    record.removal_ground, record.removal_document = data["ground"], data["document"]
    record.removal_document_on, record.removed_on = data["document_on"], data["removed_on"]
    record.remove_by, record.removed_by = due.due_on, caller.identity.user
    record_history(uow, rules.REMOVED, rules.REASON_OFFICER, record.removed_on,
                   case_id=record.case_id, entry=record, decided_on=record.removal_document_on)
    announce_removed(uow, record, rules.REASON_OFFICER)
    end_decision_notice(uow, record, record.removed_on)
    uow.audit("register_entry.removed", subject_type=ENTRY, subject_id=record.id,
              legal_basis=rules.REMOVE_ENTRY.article,
              details={"ground": record.removal_ground, "document": record.removal_document,
                       "remove_by": record.remove_by.isoformat()})
    return record
