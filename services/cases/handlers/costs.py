"""Exemption and reduction of the enforcement cost (Decree 62/2015 Art. 44): the application
owes the decision within 5 working days; the decision grants the relief of Art. 44.3 or refuses
it with its reasons (a row and an event, not only an error); a granted relief is revoked when
the grounds were false (Art. 44.4). The distribution counts the debtor's costs less the relief
granted and not revoked."""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.records import columns, owned
from services.cases.handlers.ledger import distributions_of
from services.cases.models import CostAdvance, CostRelief, EnforcementCost
from services.cases.rules import costs as rules
from services.cases.rules import distribution

RELIEF = "cost_relief"
APPLIED, GRANTED, REFUSED, REVOKED = "applied", "granted", "refused", "revoked"



def apply_for_cost_relief(data, uow, law, caller):
    """Decree Art. 44.2: the application with its evidence; owes the decision."""
    cost, case, _ = owned(uow, EnforcementCost, data["cost_id"], caller, "cost_id",
                          "enforcement cost")
    relief = CostRelief(id=str(uuid.uuid4()), case_id=case.id, cost_id=cost.id,
                        applicant_party_id=data["applicant_party_id"], ground=data["ground"],
                        evidence_reference=data["evidence_reference"],
                        applied_on=data["applied_on"], status=APPLIED, relief=0, reasons=[])
    owed = uow.deadlines.owe(rules.COST_RELIEF_DECISION,
                             Subject(RELIEF, relief.id, case.authority, case.id),
                             starts_on=relief.applied_on)
    relief.decide_by, relief.parameters_used = owed.due_on, list(owed.parameters_used)
    uow.session.add(relief)
    uow.emit("cost_relief.applied", {"relief_id": relief.id, "cost_id": cost.id,
                                     "ground": relief.ground, "applied_on": relief.applied_on,
                                     "decide_by": relief.decide_by},
             authority=case.authority, case_id=case.id)
    uow.audit("cost_relief.applied", subject_type=RELIEF, subject_id=relief.id,
              legal_basis=rules.COST_RELIEF_DECISION.article,
              details={"cost_id": cost.id, "ground": relief.ground})
    return columns(relief)


def _relief(uow, relief_id, caller):
    return owned(uow, CostRelief, relief_id, caller, "relief_id", "cost relief")


def _emit(uow, case, relief, outcome, on):
    uow.emit("cost_relief.decided", {"relief_id": relief.id, "outcome": outcome,
                                     "decided_on": on, "relief": relief.relief,
                                     "reasons": relief.reasons,
                                     "legal_basis": relief.legal_basis},
             authority=case.authority, case_id=case.id)
    uow.audit(f"cost_relief.{outcome}", subject_type=RELIEF, subject_id=relief.id,
              legal_basis=relief.legal_basis, details={"relief": relief.relief,
                                                       "reasons": relief.reasons})


def _paid_towards(uow, case, cost):
    """What the litigant bearing ``cost`` paid of the costs so far: the debtor through the
    distributions' cost lines (Law Art. 47.1), a creditor through what was deducted from his
    shares (Law Art. 73.2)."""
    lines = [line for d in distributions_of(uow, case) for line in d.lines]
    if cost.borne_by == "creditor":
        return sum(line.get("cost_deducted", 0) for line in lines
                   if line["party_id"] == case.requester_party_id)
    return sum(line["amount"] for line in lines if line["kind"] == distribution.COST)


def decide_cost_relief(data, uow, law, caller):
    """Decree Art. 44.2-44.3: the head grants the relief the ground gives (what the litigant
    already paid of the cost is what the distributions paid towards costs) or refuses it with
    the reason; the 5-working-day deadline is met either way."""
    relief, case, identity = _relief(uow, data["relief_id"], caller)
    if relief.status != APPLIED:
        raise Conflict(f"cost relief {relief.id} is already {relief.status}",
                       {"status": relief.status})
    if data["decided_on"] < relief.applied_on:
        raise ValidationError("a decision cannot precede the application",
                              {"decided_on": ["before the application"]})
    cost = uow.session.get(EnforcementCost, relief.cost_id)
    paid = min(cost.amount, _paid_towards(uow, case, cost))
    amount, reason = rules.cost_relief(relief.ground, cost.amount, paid)
    relief.status = REFUSED if reason else GRANTED
    relief.relief, relief.reasons = amount, [reason] if reason else []
    relief.decided_on, relief.decided_by = data["decided_on"], identity.user
    relief.legal_basis = rules.COST_RELIEF_DECIDED
    uow.deadlines.meet(rules.COST_RELIEF_DECISION,
                       Subject(RELIEF, relief.id, case.authority, case.id), on=relief.decided_on)
    _emit(uow, case, relief, relief.status, relief.decided_on)
    return columns(relief)


def revoke_cost_relief(data, uow, law, caller):
    """Decree Art. 44.4: a granted relief is revoked when the debtor evades enforcement or gave
    untruthful information; the cost is owed again in full."""
    relief, case, identity = _relief(uow, data["relief_id"], caller)
    if relief.status != GRANTED:
        raise Conflict(f"cost relief {relief.id} is {relief.status}; only a granted one is "
                       f"revoked ({rules.COST_RELIEF_REVOKED})", {"status": relief.status})
    relief.status, relief.revoked_on = REVOKED, data["revoked_on"]
    relief.reasons = [data["reason"]]
    relief.legal_basis = rules.COST_RELIEF_REVOKED
    _emit(uow, case, relief, REVOKED, relief.revoked_on)
    return columns(relief)


def record_cost_advance(data, uow, law, caller):
    """Decree Art. 45.1: an approved cost is advanced to the officer from the authority's budget
    (45.1(a)) or voluntarily by a litigant (45.1(b)); the advances never exceed the estimate."""
    cost, case, identity = owned(uow, EnforcementCost, data["cost_id"], caller, "cost_id",
                                 "enforcement cost")
    by_litigant = data["advanced_by"] == "litigant"
    if by_litigant != bool(data["party_id"]):
        raise ValidationError("a litigant's advance names the party, the authority's none",
                              {"party_id": ["required for a litigant's advance, else none"]})
    if data["advanced_on"] < cost.approved_on:
        raise ValidationError("an advance follows the approved estimate (Art. 45.1(b))",
                              {"advanced_on": ["before the cost was approved"]})
    before = sum(uow.session.scalars(select(CostAdvance.amount).filter_by(cost_id=cost.id)))
    reason = rules.advance_refused_because(cost.amount, before, data["amount"])
    if reason:
        raise ValidationError(reason, {"amount": [reason]})
    advance = CostAdvance(id=str(uuid.uuid4()), case_id=case.id, cost_id=cost.id,
                          advanced_by=data["advanced_by"], party_id=data["party_id"],
                          amount=data["amount"], advanced_on=data["advanced_on"],
                          recorded_by=identity.user, legal_basis=rules.COST_ADVANCED)
    uow.session.add(advance)
    uow.emit("enforcement_cost.advanced",
             {"advance_id": advance.id, "cost_id": cost.id, "advanced_by": advance.advanced_by,
              "party_id": advance.party_id, "amount": advance.amount,
              "advanced_on": advance.advanced_on}, authority=case.authority, case_id=case.id)
    uow.audit("enforcement_cost.advanced", subject_type="cost_advance", subject_id=advance.id,
              legal_basis=advance.legal_basis,
              details={"cost_id": cost.id, "amount": advance.amount,
                       "advanced_by": advance.advanced_by})
    return columns(advance, advanced_in_all=before + advance.amount)
