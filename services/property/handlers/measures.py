"""Measures decided in a case (Decree 62/2015 Art. 13, 19-21): the record of the decision with
its proportionality and, when refused, its reasons and legal basis; the orders that carry it out
are sent by the capability's handler (accounts, securities)."""
import uuid

from services.property.models import Measure
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
