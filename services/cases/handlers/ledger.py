"""The money ledger of a case: receipts, approved enforcement costs and the distribution (Law
Art. 47; Decree 62/2015 Art. 43, 45, 49.1, 49.7).

``record_payment`` (a voluntary payment at the office) and ``record_collection``
(``funds.collected`` from ``property``, idempotent on ``collection_id``) add receipts; each owes
its payment within 10 days (Law Art. 47.1), and each may lift the debtor's exit suspension
(Art. 51.4). ``preview_distribution`` computes what ``decide_distribution`` would decide without
writing; the decision records every line with its rule, the fee of Circular 216/2016, the
parameter rows used, meets the receipts' payment deadlines and owes each recipient a payout.
"""
import uuid
from dataclasses import replace

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.accounts import (creditor_costs_owed, granted_relief, judgment_cases,
                                             requested_obligation_ids, requested_since)
from services.cases.handlers.cases import case_of
from services.cases.handlers.exit_suspension import lift_when_covered
from services.cases.handlers.records import columns
from services.cases.models import (Distribution, EnforcementCase, EnforcementCost,
                                   LedgerReceipt, Payout)
from services.cases.rules import certificate as results
from services.cases.rules import costs as cost_rules
from services.cases.rules import distribution as rules
from services.cases.rules import ledger
from services.cases.rules import lifecycle
from services.cases.rules.decisions import NOTIFY_DECISION
from services.cases.rules.requests import limit_starts_on, prescriptive_limit
from services.cases.rules.verification import debtors_of

RECEIPT, DISTRIBUTION, COST = "ledger_receipt", "distribution", "enforcement_cost"
OWED, DEPOSITED = "owed", "deposited"


def _money_case(uow, case_id, caller):
    case = case_of(uow, case_id, caller)
    identity = caller.require_jurisdiction(case.authority)
    if not lifecycle.receives_money(case.status):
        raise Conflict(f"case {case.id} is {case.status}; {lifecycle.RECEIVES_MONEY_RULE}",
                       {"status": case.status})
    return case, identity


def _add_receipt(uow, case, recorded_by, **fields):
    receipt = LedgerReceipt(id=str(uuid.uuid4()), case_id=case.id, recorded_by=recorded_by,
                            **fields)
    receipt.pay_by = uow.deadlines.owe(
        ledger.PAYMENT_AFTER_RECEIPT, Subject(RECEIPT, receipt.id, case.authority, case.id),
        starts_on=receipt.received_on).due_on
    uow.session.add(receipt)
    uow.emit("money.received",
             {"receipt_id": receipt.id, "source": receipt.source, "amount": receipt.amount,
              "received_on": receipt.received_on, "reference": receipt.reference,
              "pay_by": receipt.pay_by}, authority=case.authority, case_id=case.id)
    uow.audit("money.received", subject_type=RECEIPT, subject_id=receipt.id,
              legal_basis=ledger.RECEIPT_RECORDED,
              details={"case_id": case.id, "source": receipt.source, "amount": receipt.amount,
                       "pay_by": receipt.pay_by.isoformat()})
    lift_when_covered(uow, case, receipt.received_on, recorded_by)  # Decree Art. 51.4
    return receipt


def record_payment(data, uow, law, caller):
    """A voluntary payment of the debtor at the office (Law Art. 47.1; Decree Art. 49)."""
    case, identity = _money_case(uow, data["case_id"], caller)
    if data["received_on"] < case.decision.issued_on:
        raise ValidationError("a payment to the office cannot precede the enforcement decision",
                              {"received_on": ["before the enforcement decision was issued"]})
    return columns(_add_receipt(
        uow, case, identity.user, source=ledger.VOLUNTARY_PAYMENT, amount=data["amount"],
        received_on=data["received_on"], reference=data["reference"], payer=data["payer"]))


def record_collection(event, uow, law, caller):
    """``funds.collected`` from ``property`` (Decree Art. 21-27): the money enters the ledger
    once per ``collection_id``; a case this authority does not hold is ``NotFound`` (parked)."""
    payload = event["payload"]
    existing = uow.session.scalars(select(LedgerReceipt).filter_by(
        collection_id=payload["collection_id"])).first()
    if existing is not None:
        return existing
    case = uow.session.get(EnforcementCase, event["case_id"]) if event["case_id"] else None
    if case is None or case.authority != event["authority"]:
        raise NotFound(f"no enforcement case {event['case_id']!r} of {event['authority']}",
                       {"case_id": event["case_id"]})
    return _add_receipt(
        uow, case, caller.identity.user, source=payload["source"], amount=payload["amount"],
        received_on=payload["collected_on"], reference=payload["reference"],
        institution=payload["institution"], measure_id=payload["measure_id"],
        collection_id=payload["collection_id"])


def approve_enforcement_cost(data, uow, law, caller):
    """The head of the authority approves an estimated enforcement cost before forcible
    measures (Decree Art. 43, 45.1(b)); the litigants are notified (``enforcement_cost.approved``)
    and the distribution pays the debtor's costs back first (Law Art. 47.1)."""
    case, identity = _money_case(uow, data["case_id"], caller)
    cost = EnforcementCost(id=str(uuid.uuid4()), case_id=case.id, approved_by=identity.user,
                           legal_basis=ledger.COST_APPROVED, **{
                               k: data[k] for k in ("item", "description", "amount", "borne_by",
                                                    "approved_on")})
    uow.session.add(cost)
    uow.emit("enforcement_cost.approved",
             {"cost_id": cost.id, "item": cost.item, "amount": cost.amount,
              "borne_by": cost.borne_by, "approved_on": cost.approved_on},
             authority=case.authority, case_id=case.id)
    uow.audit("enforcement_cost.approved", subject_type=COST, subject_id=cost.id,
              legal_basis=cost.legal_basis, details={"case_id": case.id, "amount": cost.amount,
                                                     "item": cost.item})
    return columns(cost)


def distributions_of(uow, case):
    """Every distribution of the case's judgment, oldest first."""
    return uow.session.scalars(select(Distribution).where(
        Distribution.case_id.in_(judgment_cases(case.judgment_id)))
        .order_by(Distribution.decided_on, Distribution.id)).all()


def paid_by_obligation(distributions, kinds=(rules.SHARE, rules.RESERVED)):
    """What earlier distributions gave each obligation (shares and kept deposits)."""
    paid = {}
    for d in distributions:
        for line in d.lines:
            if line["kind"] in kinds and line["obligation_id"]:
                paid[line["obligation_id"]] = paid.get(line["obligation_id"], 0) + line["amount"]
    return paid


def _claims(uow, case, law, on, categories, distributions):
    judgment, paid = case.judgment, paid_by_obligation(distributions)
    debtors = debtors_of(judgment.obligations, case.obligation_ids)
    requested_ids = requested_obligation_ids(uow, judgment.id)
    requested_on = requested_since(uow, judgment.id)  # Decree Art. 49.1
    claims, limits = [], {}
    for o in judgment.obligations:
        requested = o.obligation_id in requested_ids
        if o.debtor_party_id not in debtors or o.kind != "pay_money":
            continue
        expired = False
        if not requested:  # Art. 49.7: kept unless the creditor can no longer request
            limit = prescriptive_limit(limit_starts_on(judgment.effective_on, o.due_on), law)
            expired, limits[o.obligation_id] = on > limit.ends_on, limit.ends_on.isoformat()
        due = results.obligation_due(o.amount, o.instalments)
        claims.append(rules.Claim(o.obligation_id, o.creditor_party_id,
                                  categories.get(o.obligation_id, "other"),
                                  due - paid.get(o.obligation_id, 0), requested, expired,
                                  requested_on=requested_on.get(o.obligation_id)))
    return claims, limits


def _categories(data, distributions, claim_ids):
    chosen = dict(distributions[-1].categories) if distributions else {}
    unknown = sorted(set(data["categories"]) - set(claim_ids))
    if unknown:
        raise ValidationError("categories name obligations the distribution does not cover",
                              {"categories": [f"no money obligation {u!r}" for u in unknown]})
    return {**chosen, **data["categories"]}


def _secured_by(data, distributions, claim_ids):
    """Law Art. 47.3: which obligation the property sold under which measure secures (pledge or
    mortgage), as the officer names it, kept from the last distribution; one measure secures
    one obligation here, so its proceeds are counted once."""
    chosen = {**((distributions[-1].computations or {}).get("secured_by", {})
                 if distributions else {}), **data["secured_by"]}
    errors = [f"no money obligation {o!r}" for o in sorted(set(chosen) - set(claim_ids))]
    if len(set(chosen.values())) != len(chosen):
        errors.append("one measure secures one obligation")
    if errors:
        raise ValidationError("secured_by does not fit the judgment", {"secured_by": errors})
    return chosen


def plan_distribution(data, uow, law, caller):
    """The distribution of what the ledger holds undistributed on ``data['on']``: the case, the
    receipts taken, the lines (each with its rule, fee and payable), the rows and dates used."""
    case, _ = _money_case(uow, data["case_id"], caller)
    on, distributions = data["on"], distributions_of(uow, case)
    receipts = uow.session.scalars(select(LedgerReceipt).where(
        LedgerReceipt.case_id.in_(judgment_cases(case.judgment_id)),
        LedgerReceipt.distribution_id.is_(None),
        LedgerReceipt.received_on <= on).order_by(LedgerReceipt.received_on)).all()
    amount = sum(r.amount for r in receipts)
    if not amount:
        raise Conflict(f"case {case.id} holds no undistributed money on {on.isoformat()} "
                       f"({rules.DISTRIBUTION_DECIDED})", {"amount": 0})
    obligation_ids = [o.obligation_id for o in case.judgment.obligations]
    categories = _categories(data, distributions, obligation_ids)
    claims, limits = _claims(uow, case, law, on, categories, distributions)
    secured_by = _secured_by(data, distributions, [c.obligation_id for c in claims])
    claims = [replace(c, secured_pool=sum(r.amount for r in receipts
                                          if r.measure_id == secured_by[c.obligation_id]))
              if c.obligation_id in secured_by else c for c in claims]
    costs = uow.session.scalars(select(EnforcementCost).where(
        EnforcementCost.case_id.in_(judgment_cases(case.judgment_id)),
        EnforcementCost.borne_by == "debtor")).all()
    costs_paid = sum(line["amount"] for d in distributions for line in d.lines
                     if line["kind"] == rules.COST)
    debtor = debtors_of(case.judgment.obligations, case.obligation_ids)[0]
    relieved = granted_relief(uow, [c.id for c in costs])  # Decree Art. 44.3
    planned = rules.distribute_with_priority(
        amount, sum(c.amount for c in costs) - relieved - costs_paid, claims, debtor,
        data.get("priority_date"))
    brackets, used = ledger.fee_brackets(law.params, on)
    received = {}
    for d in distributions:
        for line in d.lines:
            if ledger.fee_applies(line):
                received[line["party_id"]] = (received.get(line["party_id"], 0)
                                              + line.get("fee_base", line["amount"]))
    period, period_rows = _voluntary_period(uow, case, law)
    exempt = ledger.fee_exempt_amount(receipts, period)
    lines = ledger.with_fees(planned.lines, received, brackets, exempt, amount)
    creditor_costs = creditor_costs_owed(uow, case.judgment_id, distributions)
    lines = cost_rules.deduct_creditor_costs(lines, creditor_costs)  # Law Art. 73.2
    return {"case": case, "receipts": receipts, "amount": amount, "lines": lines,
            "categories": categories, "parameters_used": used + period_rows,
            "computations": {"on": on.isoformat(),
                             "claims": [{**c.__dict__, "requested_on": c.requested_on
                                         and c.requested_on.isoformat()} for c in claims],
                             "prescriptive_limits_of_unrequested": limits,
                             "fee_brackets": [list(b) for b in brackets],
                             "secured_by": secured_by,
                             "voluntary_period_ends_on": period and period.isoformat(),
                             "fee_exempt_amount": exempt,
                             "creditor_costs_owed": creditor_costs,
                             "priority_date": (data.get("priority_date")
                                               and data["priority_date"].isoformat())}}


def _voluntary_period(uow, case, law):
    """Law Art. 45.1: the last day of the voluntary period — 10 days from the day the decision
    was notified to everyone (its notification deadline met, Law Art. 39); None while it is not.
    Returns it with the parameter rows used."""
    decision = case.decision
    owed = uow.deadlines.latest(NOTIFY_DECISION, Subject(
        "enforcement_decision", decision.id, case.authority, decision.case_id))
    if owed is None or owed.met_on is None:
        return None, []
    days, row = ledger.VOLUNTARY_PERIOD.resolve(law.params, owed.met_on)
    return law.calendar.due_date(owed.met_on, days, "days"), [row.as_record()]


def preview_distribution(data, uow, law, caller):
    """What-if: the distribution ``decide_distribution`` would make on ``on``; nothing written."""
    plan = plan_distribution(data, uow, law, caller)
    return {"case_id": plan["case"].id, "amount": plan["amount"], "lines": plan["lines"],
            "receipt_ids": [r.id for r in plan["receipts"]], "categories": plan["categories"],
            "parameters_used": plan["parameters_used"], "computations": plan["computations"]}


def decide_distribution(data, uow, law, caller):
    """The officer decides the distribution (Law Art. 47; Decree Art. 49): recorded with its
    lines, the receipts' payment deadlines met, a payout owed to each recipient (shares kept for
    a creditor who has not requested are deposited at once, Art. 49.7)."""
    plan = plan_distribution({**data, "on": data["decided_on"]}, uow, law, caller)
    case, on = plan["case"], data["decided_on"]
    identity = caller.require_jurisdiction(case.authority)
    distribution = Distribution(
        id=str(uuid.uuid4()), case_id=case.id, number=data["number"], decided_on=on,
        decided_by=identity.user, amount=plan["amount"], lines=plan["lines"],
        categories=plan["categories"], receipt_ids=[r.id for r in plan["receipts"]],
        legal_basis=rules.DISTRIBUTION_DECIDED, computations=plan["computations"],
        parameters_used=plan["parameters_used"])
    uow.session.add(distribution)
    uow.session.flush()
    for receipt in plan["receipts"]:
        receipt.distribution_id = distribution.id
        uow.deadlines.meet(ledger.PAYMENT_AFTER_RECEIPT,
                           Subject(RECEIPT, receipt.id, case.authority, case.id), on=on)
    for no, line in enumerate(plan["lines"]):
        if line["kind"] == rules.COST or not line["payable"]:
            continue
        kept = line["kind"] == rules.RESERVED
        payout = Payout(
            id=str(uuid.uuid4()), case_id=case.id, distribution_id=distribution.id, line_no=no,
            kind=line["kind"], obligation_id=line["obligation_id"], party_id=line["party_id"],
            amount=line["payable"], status=DEPOSITED if kept else OWED, invited_on=on,
            method="deposit" if kept else None, paid_on=on if kept else None)
        if kept:  # Art. 49.7: a 1-month term deposit the office owes a decision on
            owed = uow.deadlines.owe(rules.UNREQUESTED_DEPOSIT,
                                     Subject("payout", payout.id, case.authority, case.id),
                                     starts_on=on)
            payout.remit_by, payout.parameters_used = owed.due_on, list(owed.parameters_used)
        uow.session.add(payout)
    uow.emit("distribution.decided",
             {"distribution_id": distribution.id, "decided_on": on, "amount": plan["amount"],
              "lines": [{k: line[k] for k in ("kind", "rank", "obligation_id", "party_id",
                                              "amount", "fee", "rule")}
                        for line in plan["lines"]]},
             authority=case.authority, case_id=case.id)
    uow.audit("distribution.decided", subject_type=DISTRIBUTION, subject_id=distribution.id,
              legal_basis=rules.DISTRIBUTION_DECIDED,
              details={"case_id": case.id, "amount": plan["amount"],
                       "receipt_ids": distribution.receipt_ids})
    return columns(distribution)


def get_ledger(data, uow, law, caller):
    """The case's ledger: receipts, costs, distributions, payouts and the undistributed balance."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)

    def rows(model, order):
        return [columns(r) for r in uow.session.scalars(
            select(model).filter_by(case_id=case.id).order_by(order, model.id))]

    receipts = rows(LedgerReceipt, LedgerReceipt.received_on)
    distributions = rows(Distribution, Distribution.decided_on)
    return {"case_id": case.id, "receipts": receipts,
            "costs": rows(EnforcementCost, EnforcementCost.approved_on),
            "distributions": distributions, "payouts": rows(Payout, Payout.line_no),
            "balance": ledger.balance([r["amount"] for r in receipts],
                                      [d["amount"] for d in distributions])}
