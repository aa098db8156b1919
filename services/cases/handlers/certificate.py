"""The certificate of the result of enforcement (Decree 62/2015 Art. 37) and the closing of a
fulfilled case (Law Art. 52), both read from the ledger.

``issue_certificate`` states, per obligation the case enforces (and per period of a periodic
one), what was due, what the distributions paid and whether fully or partly; when everything is
fulfilled it emits ``enforcement.fulfilled`` (``disclosure`` removes the debtor from the
register, Art. 11.3; ``property`` lifts its measures). ``close_case`` closes a fulfilled case
and emits ``enforcement_case.closed`` with the figures of the statistics.
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError

from services.cases.handlers.cases import case_of
from services.cases.handlers.records import columns
from services.cases.handlers.ledger import distributions_of, paid_by_obligation
from services.cases.models import CaseClosure, LedgerReceipt, ResultCertificate
from services.cases.rules import certificate as rules
from services.cases.rules import distribution
from services.cases.rules import lifecycle
from services.cases.rules.lifecycle import CaseStatus
from services.cases.rules.verification import debtors_of

CERTIFICATE = "result_certificate"
FULFILLED_GROUND = "fulfilled"
TERMINATED_GROUND = "terminated"



def _results(uow, case):
    paid = paid_by_obligation(distributions_of(uow, case), kinds=(distribution.SHARE,))
    return [rules.obligation_result(o.obligation_id, o.amount, o.instalments,
                                    paid.get(o.obligation_id, 0))
            for o in case.judgment.obligations if o.obligation_id in case.obligation_ids]


def issue_certificate(data, uow, law, caller):
    """Decree Art. 37: the head of the authority certifies the result at a litigant's request."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if case.decision is None or data["issued_on"] < case.decision.issued_on:
        raise ValidationError("a certificate of result follows the enforcement decision",
                              {"issued_on": ["before the enforcement decision (or none)"]})
    results = _results(uow, case)
    fulfilled = rules.all_fulfilled(results)
    debtor = debtors_of(case.judgment.obligations, case.obligation_ids)[0]
    cert = ResultCertificate(
        id=str(uuid.uuid4()), case_id=case.id, number=data["number"],
        issued_on=data["issued_on"], issued_by=identity.user, requested_by=data["requested_by"],
        debtor_party_id=debtor, results=results, fulfilled=fulfilled,
        legal_basis=rules.CERTIFICATE_ISSUED)
    uow.session.add(cert)
    uow.emit("result_certificate.issued",
             {"certificate_id": cert.id, "issued_on": cert.issued_on,
              "debtor_party_id": debtor, "fulfilled": fulfilled},
             authority=case.authority, case_id=case.id)
    if fulfilled:
        uow.emit("enforcement.fulfilled", {"certificate_id": cert.id,
                                           "issued_on": cert.issued_on,
                                           "debtor_party_id": debtor},
                 authority=case.authority, case_id=case.id)
    uow.audit("result_certificate.issued", subject_type=CERTIFICATE, subject_id=cert.id,
              legal_basis=rules.FULFILLED if fulfilled else rules.CERTIFICATE_ISSUED,
              details={"case_id": case.id, "fulfilled": fulfilled,
                       "requested_by": cert.requested_by})
    return columns(cert)


def close_case(data, uow, law, caller):
    """Law Art. 52: a case whose latest certificate of result shows every obligation fulfilled
    is closed; ``enforcement_case.closed`` feeds the statistics (received, completed, collected
    by authority and period)."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    target = lifecycle.check_transition(case.status, CaseStatus.COMPLETED,
                                        f"case {case.id}").target
    cert = uow.session.scalars(select(ResultCertificate).filter_by(case_id=case.id)
                               .order_by(ResultCertificate.issued_on.desc(),
                                         ResultCertificate.id)).first()
    if cert is None or not cert.fulfilled:
        raise Conflict(f"case {case.id} has no certificate of result showing every obligation "
                       f"fulfilled ({rules.CASE_CLOSED_FULFILLED})", {"status": case.status})
    if data["closed_on"] < cert.issued_on:
        raise ValidationError("a case cannot close before its certificate of result",
                              {"closed_on": ["before the certificate of result"]})
    case.status = target
    return record_closure(uow, case, FULFILLED_GROUND, data["closed_on"], identity.user,
                          rules.CASE_CLOSED_FULFILLED, certificate=cert)


def record_closure(uow, case, ground, closed_on, closed_by, legal_basis, certificate=None):
    """Record the closing of ``case`` on ``ground`` with the ledger's figures (what its
    obligations asked, what came in) and emit ``enforcement_case.closed`` for the statistics.
    Fulfilment (Law Art. 52) and termination (Law Art. 50) both close through here, so that
    ``disclosure`` counts every closed case."""
    results = certificate.results if certificate is not None else _results(uow, case)
    collected = sum(uow.session.scalars(select(LedgerReceipt.amount).filter_by(case_id=case.id)))
    closure = CaseClosure(
        id=str(uuid.uuid4()), case_id=case.id, ground=ground, closed_on=closed_on,
        closed_by=closed_by, certificate_id=certificate and certificate.id,
        amount_due=sum(r["due"] for r in results), amount_collected=collected,
        legal_basis=legal_basis)
    uow.session.add(closure)
    uow.emit("enforcement_case.closed",
             {"closed_on": closure.closed_on, "ground": closure.ground,
              "received_on": case.request_received_on, "amount_due": closure.amount_due,
              "amount_collected": collected}, authority=case.authority, case_id=case.id)
    uow.audit("enforcement_case.closed", subject_type="enforcement_case", subject_id=case.id,
              legal_basis=closure.legal_basis,
              details={"ground": closure.ground, "certificate_id": closure.certificate_id,
                       "amount_collected": collected})
    return columns(closure, case_status=case.status)
