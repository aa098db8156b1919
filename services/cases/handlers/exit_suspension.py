"""Suspension of the judgment debtor's exit (Decree 62/2015 Art. 51).

``decide_exit_suspension`` decides on the creditor's request (51.1(a)) or on the office's
grounds (51.1(b)): refused with its reasons (a row and ``exit_suspension.refused``) when nothing
is owed, the requester is no creditor, or an exemption of 51.2 is proved; otherwise in force and
sent to the immigration authority (``exit_suspension.decided``). ``lift_exit_suspension`` lifts
it by hand (51.4). ``lift_when_covered`` is called by the ledger with every receipt: the moment
the money received covers what the debtor owes, every suspension of the judgment's cases in
force is lifted in the same transaction (``exit_suspension.lifted``, ground ``fulfilled``).
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError

from services.cases.handlers.accounts import judgment_cases, owed_total, received_total
from services.cases.handlers.cases import case_of
from services.cases.handlers.records import columns, owned
from services.cases.models import ExitSuspension
from services.cases.rules import exit_suspension as rules
from services.cases.rules import lifecycle
from services.cases.rules.verification import debtors_of

SUSPENSION = "exit_suspension"
IN_FORCE, REFUSED, LIFTED = "in_force", "refused", "lifted"



def decide_exit_suspension(data, uow, law, caller):
    """Decree Art. 51.1-51.2."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if not lifecycle.receives_money(case.status):
        raise Conflict(f"case {case.id} is {case.status}; an exit is suspended while "
                       f"enforcement is under way ({rules.SUSPENDED})", {"status": case.status})
    if data["decided_on"] < case.decision.issued_on:
        raise ValidationError("an exit suspension cannot precede the enforcement decision",
                              {"decided_on": ["before the enforcement decision"]})
    debtors = debtors_of(case.judgment.obligations, case.obligation_ids)
    debtor = data["debtor_party_id"] or debtors[0]
    if debtor not in debtors:
        raise ValidationError("not a debtor of the case",
                              {"debtor_party_id": [f"one of {', '.join(debtors)}"]})
    creditors = {o.creditor_party_id for o in case.judgment.obligations
                 if o.obligation_id in case.obligation_ids}
    owed = owed_total(uow, case) - received_total(uow, case)
    reasons = rules.refusal_reasons(data["basis"], data["requested_by_party_id"], creditors,
                                    data["exemptions"], owed)
    record = ExitSuspension(
        id=str(uuid.uuid4()), case_id=case.id, debtor_party_id=debtor,
        person_name=data["person_name"], identity_number=data["identity_number"],
        nationality=data["nationality"], basis=data["basis"],
        requested_by_party_id=data["requested_by_party_id"], decided_on=data["decided_on"],
        decided_by=identity.user, status=REFUSED if reasons else IN_FORCE, reasons=reasons,
        exemptions=data["exemptions"], legal_basis=rules.REFUSED if reasons else rules.SUSPENDED,
        computations={"owed_when_decided": owed})
    uow.session.add(record)
    if reasons:
        uow.emit("exit_suspension.refused",
                 {"suspension_id": record.id, "decided_on": record.decided_on,
                  "requested_by_party_id": record.requested_by_party_id, "reasons": reasons},
                 authority=case.authority, case_id=case.id)
    else:
        uow.emit("exit_suspension.decided",
                 {"suspension_id": record.id, "decided_on": record.decided_on,
                  "person": {"party_id": debtor, "name": record.person_name,
                             "identity_number": record.identity_number,
                             "nationality": record.nationality},
                  "basis": record.basis, "legal_basis": record.legal_basis},
                 authority=case.authority, case_id=case.id)
    uow.audit(f"exit_suspension.{record.status}", subject_type=SUSPENSION, subject_id=record.id,
              legal_basis=record.legal_basis,
              details={"case_id": case.id, "basis": record.basis, "reasons": reasons})
    return columns(record)


def _lift(uow, record, case, on, ground, by, computations=None):
    record.status, record.lifted_on, record.lift_ground, record.lifted_by = (
        LIFTED, on, ground, by)
    record.computations = {**record.computations, **(computations or {})}
    uow.emit("exit_suspension.lifted",
             {"suspension_id": record.id, "lifted_on": on,
              "identity_number": record.identity_number, "ground": ground,
              "legal_basis": rules.LIFTED}, authority=case.authority, case_id=case.id)
    uow.audit("exit_suspension.lifted", subject_type=SUSPENSION, subject_id=record.id,
              legal_basis=rules.LIFTED, details={"case_id": case.id, "ground": ground,
                                                 **(computations or {})})


def lift_exit_suspension(data, uow, law, caller):
    """Decree Art. 51.4: lifted when the judgment is cancelled, the basis ceased, or an
    exemption of 51.2 arose (with its evidence)."""
    record, case, identity = owned(uow, ExitSuspension, data["suspension_id"], caller,
                                   "suspension_id", "exit suspension")
    if record.status != IN_FORCE:
        raise Conflict(f"exit suspension {record.id} is {record.status}; only one in force is "
                       f"lifted ({rules.LIFTED})", {"status": record.status})
    if data["lifted_on"] < record.decided_on:
        raise ValidationError("a lift cannot precede the suspension",
                              {"lifted_on": ["before the suspension was decided"]})
    _lift(uow, record, case, data["lifted_on"], data["ground"], identity.user,
          {"evidence_reference": data["evidence_reference"]})
    return columns(record)


def lift_when_covered(uow, case, on, by):
    """Decree Art. 51.4: called with each receipt; lifts every suspension in force of the
    judgment's cases once the money received covers what the debtor owes. Returns those lifted."""
    in_force = uow.session.scalars(select(ExitSuspension).where(
        ExitSuspension.case_id.in_(judgment_cases(case.judgment_id)),
        ExitSuspension.status == IN_FORCE).with_for_update()).all()
    if not in_force:
        return []
    uow.session.flush()
    received, owed = received_total(uow, case), owed_total(uow, case)
    if not rules.basis_ceased(received, owed):
        return []
    for record in in_force:
        _lift(uow, record, case, on, "fulfilled", by, {"received": received, "owed": owed})
    return in_force
