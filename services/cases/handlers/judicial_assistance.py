"""Judicial assistance abroad (Decree 62/2015 Art. 50).

``request_judicial_assistance`` records a request (a first attempt, or the second of 50.3(a))
and owes its results within 6 months of the Ministry of Justice sending the dossier;
``record_assistance_result`` meets it — sufficient results let enforcement go on, insufficient
ones call for the second attempt or, after it, the fallback; ``apply_assistance_fallback`` records
the fallback of 50.3(b) once the 6 months passed without result (or the second attempt failed)
and, for documents to return, owes their sending within 10 days (50.3(c)).
"""
import uuid

from shared.errors import Conflict, PermissionDenied, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of
from services.cases.handlers.records import columns, owned
from services.cases.models import ForeignAssistanceRequest, JudicialAssistance
from services.cases.rules import judicial_assistance as rules

ASSISTANCE = "judicial_assistance"



def _subject(record, case):
    return Subject(ASSISTANCE, record.id, case.authority, case.id)


def _step(uow, record, case, step, on, basis, by, **more):
    record.history = [*record.history, {"step": step, "on": on.isoformat(), "by": by,
                                        "legal_basis": basis, **more}]
    uow.emit("judicial_assistance.progressed",
             {"assistance_id": record.id, "step": step, "on": on, "attempt": record.attempt,
              "country": record.country, "results_due_on": record.results_due_on,
              "legal_basis": basis}, authority=case.authority, case_id=case.id)
    uow.audit(f"judicial_assistance.{step}", subject_type=ASSISTANCE, subject_id=record.id,
              legal_basis=basis, details={"case_id": case.id, "attempt": record.attempt, **more})


def request_judicial_assistance(data, uow, law, caller):
    """Decree Art. 50.1-50.3(a)."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    wrong = rules.requester_refused_because(data["requesting_level"], data["entrusted_to"])
    if wrong:
        raise ValidationError(wrong, {"entrusted_to": [wrong]})
    first = None
    if data["first_attempt_id"]:
        first = uow.session.get(JudicialAssistance, data["first_attempt_id"],
                                with_for_update=True)
        if first is None or first.case_id != case.id:
            raise ValidationError("no first attempt of this case",
                                  {"first_attempt_id": ["not a request of this case"]})
        if first.status != "second_attempt_needed":
            raise Conflict(f"assistance {first.id} is {first.status}; a second attempt follows "
                           f"insufficient results ({rules.SECOND_ATTEMPT})",
                           {"status": first.status})
    record = JudicialAssistance(
        id=str(uuid.uuid4()), case_id=case.id, country=data["country"],
        purpose=data["purpose"], description=data["description"],
        attempt=2 if first else 1, first_attempt_id=first.id if first else None,
        dossier_sent_on=data["dossier_sent_on"], status="pending",
        requested_by=identity.user, history=[], requesting_level=data["requesting_level"],
        entrusted_to=data["entrusted_to"])
    owed = uow.deadlines.owe(rules.RESULT_LIMIT, _subject(record, case),
                             starts_on=record.dossier_sent_on)
    record.results_due_on, record.parameters_used = owed.due_on, list(owed.parameters_used)
    uow.session.add(record)
    if first:
        first.status = "second_attempt_requested"
    basis = rules.SECOND_ATTEMPT if first else rules.REQUESTED
    if record.entrusted_to:
        basis = f"{basis}; {rules.THROUGH_PROVINCE}"
    _step(uow, record, case, "requested", record.dossier_sent_on, basis, identity.user,
          entrusted_to=record.entrusted_to)
    return columns(record)


def _assistance(uow, assistance_id, caller):
    return owned(uow, JudicialAssistance, assistance_id, caller, "assistance_id",
                 "judicial assistance")


def record_assistance_result(data, uow, law, caller):
    """Decree Art. 50.3(a): the results received; the 6-month deadline met."""
    record, case, identity = _assistance(uow, data["assistance_id"], caller)
    if record.status != "pending":
        raise Conflict(f"assistance {record.id} is {record.status}", {"status": record.status})
    if data["received_on"] < record.dossier_sent_on:
        raise ValidationError("results cannot precede the dossier",
                              {"received_on": ["before dossier_sent_on"]})
    uow.deadlines.meet(rules.RESULT_LIMIT, _subject(record, case), on=data["received_on"])
    following = rules.next_step(record.attempt, data["outcome"])
    record.status = {"satisfied": "satisfied", "second_attempt": "second_attempt_needed",
                     "fallback": "second_attempt_failed"}[following]
    basis = rules.SATISFIED if following == "satisfied" else rules.SECOND_ATTEMPT
    _step(uow, record, case, record.status, data["received_on"], basis, identity.user,
          outcome=data["outcome"], note=data["note"])
    return columns(record)


def apply_assistance_fallback(data, uow, law, caller):
    """Decree Art. 50.3(b)-(c): documents notified as Law Art. 43 says; documents to return are
    owed within 10 days of the 6 months' end."""
    record, case, identity = _assistance(uow, data["assistance_id"], caller)
    reason = rules.fallback_refused_because(record.status, record.results_due_on, data["on"])
    if reason:
        raise Conflict(f"assistance {record.id}: {reason}", {"status": record.status})
    if record.status == "pending":  # no result: the 6 months ended unmet
        uow.deadlines.meet(rules.RESULT_LIMIT, _subject(record, case), on=data["on"])
    record.status = "fallback"
    more = {}
    if record.purpose == "return_documents":
        owed = uow.deadlines.owe(rules.DOCUMENTS_RETURN, _subject(record, case),
                                 starts_on=record.results_due_on)
        more["documents_due_on"] = owed.due_on.isoformat()
        record.parameters_used = record.parameters_used + list(owed.parameters_used)
    _step(uow, record, case, "fallback", data["on"], rules.FALLBACK, identity.user, **more)
    return columns(record)


def receive_foreign_assistance_request(data, uow, law, caller):
    """Decree Art. 50.4: a provincial or military-zone authority receives a foreign authority's
    request for judicial assistance in enforcement; it is recorded for the caller's authority
    and evented. A district authority may not receive it."""
    identity = caller.identity
    wrong = rules.receiver_refused_because(data["receiving_level"])
    if wrong:
        raise PermissionDenied(wrong, {"receiving_level": data["receiving_level"]})
    record = ForeignAssistanceRequest(
        id=str(uuid.uuid4()), authority=identity.authority, received_by=identity.user,
        legal_basis=rules.FOREIGN_REQUEST_RECEIVED, **data)
    uow.session.add(record)
    uow.emit("foreign_assistance_request.received",
             {"request_id": record.id, "country": record.country,
              "foreign_reference": record.foreign_reference, "received_on": record.received_on,
              "legal_basis": record.legal_basis}, authority=record.authority)
    uow.audit("foreign_assistance_request.received", subject_type="foreign_assistance_request",
              subject_id=record.id, legal_basis=record.legal_basis,
              details={"country": record.country, "foreign_authority": record.foreign_authority})
    return columns(record)
