"""Measures decided in a case (Decree 62/2015 Art. 13, 19-21): the record of the decision with
its proportionality and, when refused, its reasons and legal basis (the orders that carry it out
are sent by the capability's handler: accounts, securities); a forcible measure planned under
every guard of Art. 13; the request for transaction reports of Art. 13.8."""
import uuid

from sqlalchemy import select

from shared.errors import Conflict

from services.property.handlers.cases import case_of
from services.property.models import Measure, PropertyItem, TransactionReportRequest
from services.property.rules import measures as rules

MEASURE = "enforcement_measure"
DECIDED, REFUSED = "decided", "refused"


def record_measure(uow, case, caller, *, kind, decision, obligation, costs, targeted, status,
                   explanation, legal_basis, exception=None, reasons=(), parameters_used=()):
    """The measure as decided or refused: a row, the ``measure.decided`` event (no account data)
    and the audit, in the handler's transaction."""
    category, _ = rules.CATALOGUE[kind]
    measure = Measure(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority, kind=kind,
        category=category, status=status, decision_id=decision["decision_id"],
        decision_number=decision["number"], decision_issued_on=decision["issued_on"],
        obligation_amount=obligation, costs_amount=costs, targeted_amount=targeted,
        exception=exception, explanation=explanation, reasons=list(reasons),
        legal_basis=legal_basis, parameters_used=list(parameters_used),
        decided_by=caller.identity.user)
    uow.session.add(measure)
    uow.emit("measure.decided",
             {"measure_id": measure.id, "kind": kind, "category": category, "status": status,
              "decision_number": measure.decision_number, "targeted_amount": targeted,
              "reasons": list(reasons), "legal_basis": legal_basis},
             authority=case.authority, case_id=case.case_id)
    uow.audit(f"measure.{status}", subject_type=MEASURE, subject_id=measure.id,
              legal_basis=legal_basis,
              details={"case_id": case.case_id, "kind": kind, "targeted_amount": targeted,
                       "obligation_amount": obligation, "costs_amount": costs,
                       "exception": exception, "reasons": list(reasons),
                       "parameters_used": list(parameters_used)})
    return measure


def wire_decision(decision):
    """The decision as the order message carries it (dates as ISO text: it is signed)."""
    return {**decision, "issued_on": decision["issued_on"].isoformat()}


def plan_forcible_measure(data, uow, law, caller):
    """A forcible measure of the catalogue, judged by every guard before it is carried out:
    proportionality (Art. 13.1), the no-coercion times over its whole planned span (Law Art. 46;
    Art. 13.2) and, in a major or complicated case, the report to the People's Committee at
    least 5 days before (Art. 13.3). Recorded as decided, or as refused with every reason."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    span = rules.forcible_span_allowed(data["starts_at"], data["minutes"], law,
                                       data["traditional_days"])
    fit = rules.proportionate(data["targeted_amount"], data["obligation_amount"],
                              data["costs_amount"], data.get("exception"))
    starts_on = span.local_time.date()
    report = rules.committee_report(data["complex_case"], starts_on,
                                    data.get("committee_reported_on"), law)
    reasons = [{"code": r.code, "text": r.text, "article": r.article} for r in span.reasons]
    if not fit.allowed:
        reasons.append({"code": rules.DISPROPORTIONATE, "text": fit.explanation,
                        "article": rules.ART_13_1})
    if not report.in_time:
        code = (rules.COMMITTEE_REPORT_MISSING if data.get("committee_reported_on") is None
                else rules.COMMITTEE_REPORT_LATE)
        reasons.append({"code": code, "article": rules.ART_13_3,
                        "text": f"the report to the People's Committee was due by "
                                f"{report.last_day.isoformat()}"})
    used = list(span.parameters_used) + ([report.parameter.as_record()] if report.parameter
                                         else [])
    return record_measure(
        uow, case, caller, kind=data["kind"], decision=data["decision"],
        obligation=data["obligation_amount"], costs=data["costs_amount"],
        targeted=data["targeted_amount"], status=REFUSED if reasons else DECIDED,
        explanation=fit.explanation, exception=fit.exception, reasons=reasons,
        legal_basis="Decree 62/2015 Art. 13.1, 13.2, 13.3; Law Art. 46",
        parameters_used=used)


def request_transaction_reports(data, uow, law, caller):
    """Ask a competent authority to report at once any transaction on the debtor's other
    property (Art. 13.8): only when the case's decided measures already correspond to the
    obligation and costs and other property is recorded. Returns the request; ``Conflict`` with
    the reasons otherwise (nothing is decided: the officer is told what is missing)."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    decided = uow.session.scalars(select(Measure).where(
        Measure.case_id == case.case_id, Measure.status == DECIDED)).all()
    covered = any(int(m.targeted_amount) >= int(m.obligation_amount) + int(m.costs_amount)
                  for m in decided)
    items = uow.session.scalars(select(PropertyItem.id).where(
        PropertyItem.case_id == case.case_id, PropertyItem.id.in_(data["property_ids"]))).all()
    reasons = rules.transaction_reports_requestable(covered, bool(items))
    if reasons:
        raise Conflict("; ".join(r["text"] for r in reasons), {"reasons": reasons})
    request = TransactionReportRequest(
        id=str(uuid.uuid4()), case_id=case.case_id, authority=case.authority,
        addressed_to=data["addressed_to"], property_ids=sorted(items),
        requested_on=data["requested_on"], requested_by=identity.user)
    uow.session.add(request)
    uow.emit("transaction_reports.requested",
             {"request_id": request.id, "addressed_to": request.addressed_to,
              "property_ids": request.property_ids, "requested_on": request.requested_on},
             authority=case.authority, case_id=case.case_id)
    uow.audit("transaction_reports.requested", subject_type="transaction_report_request",
              subject_id=request.id, legal_basis=rules.ART_13_8,
              details={"case_id": case.case_id, "addressed_to": request.addressed_to,
                       "property_ids": request.property_ids})
    return request
