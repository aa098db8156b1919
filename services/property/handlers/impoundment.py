"""Impoundment of property and documents (Decree 62/2015 Art. 18): the record with the contents
of 18.2 (nothing written when it lacks them), storage, and the return against proof (18.3)."""
import uuid

from shared.errors import Conflict, ValidationError

from services.property.handlers.cases import case_of
from services.property.handlers.records import item_of, record_of
from services.property.models import Impoundment
from services.property.rules import impoundment as rules


def _emit(uow, record, on):
    uow.emit("impoundment.recorded", {"impoundment_id": record.id,
                                      "property_id": record.property_id,
                                      "status": record.status, "kind": record.kind, "on": on},
             authority=record.authority, case_id=record.case_id)


def impound(data, uow, law, caller):
    """Record an impoundment with what Art. 18.2 asks of its record. Returns the record."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    gaps = rules.record_gaps(data["kind"], data["face_values"], data.get("currency"),
                             data["sealed"], data["witnesses"], data.get("seal_description"))
    if gaps:
        raise ValidationError("the impoundment record lacks what Decree 62/2015 Art. 18.2 "
                              "asks", gaps)
    computations = {}
    if data["kind"] == rules.MONEY:
        computations["money_total"] = rules.money_total(data["face_values"])
    record = Impoundment(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, status="impounded", legal_basis=rules.IMPOUNDED,
        computations=computations, recorded_by=identity.user,
        **{k: data.get(k) for k in ("impounded_on", "owner_name", "kind", "description",
                                    "currency", "face_values", "serial_numbers", "sealed",
                                    "witnesses", "seal_description", "storage")})
    uow.session.add(record)
    _emit(uow, record, record.impounded_on)
    uow.audit("impoundment.recorded", subject_type="impoundment", subject_id=record.id,
              legal_basis=rules.IMPOUNDED, details={"kind": record.kind, **computations})
    return record


def return_impounded(data, uow, law, caller):
    """Return impounded property to a recipient who proves ownership or authorisation, the
    quantity checked before the warehouse keeper (Art. 18.3). Returns the record."""
    record = record_of(uow, Impoundment, data["impoundment_id"], caller, "impoundment_id")
    caller.require_jurisdiction(record.authority)
    if record.status != "impounded":
        raise Conflict(f"impoundment {record.id} is {record.status}", {"status": record.status})
    missing = rules.return_proof_missing(data.get("proof"))
    if missing:
        raise ValidationError(f"{missing} ({rules.RETURNED})", {"proof": [missing]})
    if data["returned_on"] < record.impounded_on:
        raise ValidationError("a return follows the impoundment",
                              {"returned_on": ["before the impoundment"]})
    record.status, record.returned_on = "returned", data["returned_on"]
    record.returned_to, record.return_proof = data["returned_to"], data["proof"]
    _emit(uow, record, record.returned_on)
    uow.audit("impoundment.returned", subject_type="impoundment", subject_id=record.id,
              legal_basis=rules.RETURNED, details={"proof": record.return_proof,
                                                   "checked_with": data["warehouse_keeper"]})
    return record
