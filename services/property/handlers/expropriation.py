"""Expropriated evidence and property (Decree 62/2015 Art. 32, 33): the notice to the responsible
authority owing its receipt within 10 days (storage at its cost and risk after them), or the
destruction council owing the destruction within 10 days of its establishment."""
import uuid

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.property.handlers.cases import case_of
from services.property.handlers.records import deadline_record, record_of
from services.property.models import ExpropriatedProperty
from services.property.rules import expropriation as rules

SUBJECT = "expropriated_property"


def _subject(record):
    return Subject(SUBJECT, record.id, record.authority, record.case_id)


def _progress(uow, record, on, due_on, basis, late=False):
    uow.emit("expropriated_property.progressed",
             {"expropriated_id": record.id, "status": record.status, "on": on,
              "due_on": due_on, "late": late},
             authority=record.authority, case_id=record.case_id)
    uow.audit(f"expropriated_property.{record.status}", subject_type=SUBJECT,
              subject_id=record.id, legal_basis=basis,
              details={"due_on": due_on.isoformat() if due_on else None, "late": late})


def _owe(uow, record, limit, on):
    owed = uow.deadlines.owe(limit, _subject(record), starts_on=on)
    record.parameters_used = [*record.parameters_used, *owed.parameters_used]
    record.computations = {**record.computations, limit.rule_id: deadline_record(owed)}
    return owed.due_on


def _meet(uow, record, limit, on):
    met = uow.deadlines.meet(limit, _subject(record), on=on)
    record.computations = {**record.computations, limit.rule_id: deadline_record(met)}
    return met


def record_expropriated(data, uow, law, caller):
    """Expropriated evidence or property to hand over (Art. 32.2: the notice received on
    ``started_on`` owes the receipt within 10 days) or to destroy (Art. 33.1: the council
    established on ``started_on`` owes the destruction within 10 days). Returns the record."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    on, hand_over = data["started_on"], data["disposal"] == "hand_over"
    if hand_over and not data.get("responsible_authority"):
        raise ValidationError("a hand-over names the authority that receives",
                              {"responsible_authority": ["required to hand over"]})
    record = ExpropriatedProperty(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        description=data["description"], disposal=data["disposal"],
        status="notified" if hand_over else "council_established",
        responsible_authority=data.get("responsible_authority"),
        notice_received_on=on if hand_over else None,
        council_established_on=None if hand_over else on,
        legal_basis=rules.NOTICE_SENT if hand_over else rules.COUNCIL_ESTABLISHED,
        parameters_used=[], computations={}, recorded_by=identity.user)
    uow.session.add(record)
    due = _owe(uow, record, rules.RECEIPT if hand_over else rules.DESTRUCTION, on)
    if hand_over:
        record.receipt_due_on = due
    else:
        record.destruction_due_on = due
    _progress(uow, record, on, due, record.legal_basis)
    return record


def _of(uow, expropriated_id, caller):
    record = record_of(uow, ExpropriatedProperty, expropriated_id, caller, "expropriated_id")
    caller.require_jurisdiction(record.authority)
    return record


def complete_expropriated(data, uow, law, caller):
    """The responsible authority received it (Art. 32.2: enforcement complete; late → storage
    at its cost and risk from the day after the 10 days), or the council destroyed it (Art.
    33.1-33.3, by ``method``). Returns the record."""
    record, on = _of(uow, data["expropriated_id"], caller), data["on"]
    if record.status == "notified":
        met = _meet(uow, record, rules.RECEIPT, on)
        record.status, record.received_on = "received", on
        record.storage_at_receivers_cost_from = rules.storage_at_receivers_cost_from(
            on, record.receipt_due_on)
        _progress(uow, record, on, met.due_on, rules.RECEIVED, late=met.met_late)
        return record
    if record.status == "council_established":
        if not data.get("method"):
            raise ValidationError("a destruction states its method (Art. 33.2)",
                                  {"method": ["required to destroy"]})
        met = _meet(uow, record, rules.DESTRUCTION, on)
        record.status, record.destroyed_on, record.method = "destroyed", on, data["method"]
        _progress(uow, record, on, met.due_on, rules.DESTROYED, late=met.met_late)
        return record
    raise Conflict(f"expropriated property {record.id} is {record.status}",
                   {"status": record.status})
