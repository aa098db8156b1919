"""Certificates that could not be recovered (Decree 62/2015 Art. 28): the written proposal to
revoke or cancel, the land authority's 25 working days owed from its receipt, its decision."""
import uuid

from shared.errors import Conflict
from shared.legal import Subject

from services.property.handlers.cases import case_of
from services.property.handlers.records import deadline_record, item_of, record_of
from services.property.models import CertificateRequest
from services.property.rules import certificates as rules

SUBJECT = "certificate_request"


def _subject(request):
    return Subject(SUBJECT, request.id, request.authority, request.case_id)


def _progress(uow, request, status, on, late=False):
    uow.emit("certificate_request.progressed",
             {"request_id": request.id, "status": status, "on": on, "due_on": request.due_on,
              "late": late}, authority=request.authority, case_id=request.case_id)


def propose_certificate_revocation(data, uow, law, caller):
    """The proposal to the land authority Art. 28.2(a) names (by ``first_issue``), received on
    ``received_on``: its decision owed within 25 working days. Returns the request."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    item = item_of(uow, case, data["property_id"])
    request = CertificateRequest(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        property_id=item.id, certificate_number=data["certificate_number"], act=data["act"],
        addressed_to=rules.land_authority_for(data["first_issue"]),
        received_on=data["received_on"], legal_basis=rules.PROPOSAL_SENT,
        recorded_by=identity.user)
    owed = uow.deadlines.owe(rules.LAND_AUTHORITY_DECISION, _subject(request),
                             starts_on=request.received_on)
    request.due_on, request.parameters_used = owed.due_on, list(owed.parameters_used)
    request.computations = {"land_authority_decision": deadline_record(owed)}
    uow.session.add(request)
    _progress(uow, request, "sent", request.received_on)
    uow.audit("certificate_request.sent", subject_type=SUBJECT, subject_id=request.id,
              legal_basis=rules.PROPOSAL_SENT,
              details={"addressed_to": request.addressed_to, "due_on": owed.due_on.isoformat()})
    return request


def record_certificate_decision(data, uow, law, caller):
    """The land authority revoked or cancelled the certificate (Art. 28.2(b)): its deadline met,
    late if after the 25 working days. Returns the request."""
    request = record_of(uow, CertificateRequest, data["request_id"], caller, "request_id")
    caller.require_jurisdiction(request.authority)
    if request.decided_on is not None:
        raise Conflict(f"certificate request {request.id} was decided",
                       {"status": "decided"})
    met = uow.deadlines.meet(rules.LAND_AUTHORITY_DECISION, _subject(request),
                             on=data["decided_on"])
    request.decided_on, request.decision_number = data["decided_on"], data["decision_number"]
    request.computations = {"land_authority_decision": deadline_record(met)}
    _progress(uow, request, "decided", request.decided_on, late=met.met_late)
    uow.audit("certificate_request.decided", subject_type=SUBJECT, subject_id=request.id,
              legal_basis=rules.LAND_AUTHORITY_DECIDED, details={"late": met.met_late})
    return request
