"""Requests to a third party holding the debtor's money or property (Decree 62/2015 Art. 23):
the written request, then its answer with the consequence the decree attaches to it."""
import uuid

from shared.errors import NotFound, ValidationError

from services.property.handlers.cases import case_of
from services.property.models import ThirdPartyRequest
from services.property.rules import lifecycle
from services.property.rules import third_parties as rules
from services.property.rules.lifecycle import ThirdPartyStatus

SUBJECT = "third_party_request"


def _payload(request):
    return {"request_id": request.id, "status": request.status,
            "consequence": request.consequence, "on": request.responded_on
            or request.requested_on}


def request_third_party(data, uow, law, caller):
    """Record the written request (Art. 23.1, 23.3); event and audit name no one's identity."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if data["comply_by"] < data["requested_on"]:
        raise ValidationError("the day to comply precedes the request",
                              {"comply_by": ["before requested_on"]})
    request = ThirdPartyRequest(
        id=str(uuid.uuid4()), authority=case.authority,
        status=str(lifecycle.check_third_party_transition(None, ThirdPartyStatus.REQUESTED)
                   .target), requested_by=identity.user, **data)
    uow.session.add(request)
    uow.emit("third_party.requested", _payload(request), authority=case.authority,
             case_id=case.case_id)
    uow.audit("third_party.requested", subject_type=SUBJECT, subject_id=request.id,
              legal_basis=rules.REQUESTED,
              details={"case_id": case.case_id, "comply_by": data["comply_by"].isoformat(),
                       "amount": data.get("amount")})
    return request


def record_third_party_response(data, uow, law, caller):
    """Record whether the third party delivered, and the consequence (Art. 23.1-23.3). Money
    delivered to the authority is reported to ``cases``' ledger as ``funds.collected``."""
    request = uow.session.get(ThirdPartyRequest, data["request_id"], with_for_update=True)
    if request is None or request.authority != caller.identity.authority:
        raise NotFound(f"no third-party request {data['request_id']!r}",
                       {"request_id": data["request_id"]})
    caller.require_jurisdiction(request.authority)
    target = ThirdPartyStatus.COMPLIED if data["complied"] else ThirdPartyStatus.NOT_COMPLIED
    request.status = str(lifecycle.check_third_party_transition(request.status, target).target)
    code, article, text = rules.third_party_consequence(data["complied"],
                                                        data["delivered_elsewhere"])
    request.consequence, request.consequence_article = code, article
    request.responded_on = data["responded_on"]
    request.delivered_amount = data.get("delivered_amount")
    uow.emit("third_party.requested", _payload(request), authority=request.authority,
             case_id=request.case_id)
    if data["complied"] and data.get("delivered_amount"):
        uow.emit("funds.collected",
                 {"collection_id": f"third-party-{request.id}", "source": "third_party",
                  "amount": data["delivered_amount"], "collected_on": data["responded_on"],
                  "reference": data["reference"] or request.id, "institution": None,
                  "measure_id": request.id, "obligation_ids": []},
                 authority=request.authority, case_id=request.case_id)
    uow.audit(f"third_party.{request.status}", subject_type=SUBJECT, subject_id=request.id,
              legal_basis=article, details={"case_id": request.case_id, "consequence": code,
                                            "explanation": text,
                                            "delivered_amount": data.get("delivered_amount")})
    return request
