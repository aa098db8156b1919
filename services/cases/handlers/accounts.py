"""What a debtor owes and what came in, per judgment: one enforcement decision may cover several
creditors' requests against one debtor (Decree Art. 7.1), so the ledger, the distribution and
the exit suspension all account by judgment. Shared by handlers/ledger.py, costs.py and
exit_suspension.py."""
from sqlalchemy import func, select

from services.cases.models import CostRelief, EnforcementCase, EnforcementCost, LedgerReceipt
from services.cases.rules import certificate, lifecycle
from services.cases.rules.verification import debtors_of


def judgment_cases(judgment_id):
    """SQL for the ids of every case of a judgment."""
    return select(EnforcementCase.id).where(EnforcementCase.judgment_id == judgment_id)


def granted_relief(uow, cost_ids):
    """Decree Art. 44.3: relief granted and not revoked on these costs (đồng)."""
    return sum(uow.session.scalars(select(CostRelief.relief).where(
        CostRelief.cost_id.in_(cost_ids), CostRelief.status == "granted")))


def requested_obligation_ids(uow, judgment_id):
    """The judgment's obligations some open case requests."""
    return {o for each in uow.session.scalars(select(EnforcementCase).where(
        EnforcementCase.judgment_id == judgment_id))
        if lifecycle.is_open(each.status) for o in each.obligation_ids}


def owed_total(uow, case):
    """What the case's debtor owes under the judgment's requested money obligations, plus his
    enforcement costs less the relief granted (đồng)."""
    debtors = debtors_of(case.judgment.obligations, case.obligation_ids)
    requested = requested_obligation_ids(uow, case.judgment_id) | set(case.obligation_ids)
    due = sum(certificate.obligation_due(o.amount, o.instalments)
              for o in case.judgment.obligations
              if o.obligation_id in requested and o.debtor_party_id in debtors
              and o.kind == "pay_money")
    costs = uow.session.scalars(select(EnforcementCost).where(
        EnforcementCost.case_id.in_(judgment_cases(case.judgment_id)),
        EnforcementCost.borne_by == "debtor")).all()
    return due + sum(c.amount for c in costs) - granted_relief(uow, [c.id for c in costs])


def received_total(uow, case):
    """Every receipt of the judgment's cases (đồng; PostgreSQL sums BIGINT as NUMERIC, so the
    result is made an int again)."""
    return int(uow.session.scalar(select(func.coalesce(func.sum(LedgerReceipt.amount), 0))
                                  .where(LedgerReceipt.case_id.in_(
                                      judgment_cases(case.judgment_id)))) or 0)


def creditor_costs_owed(uow, judgment_id, distributions):
    """Law Art. 73.2: per creditor (the requester of the case the cost was approved on), the
    enforcement costs he bears, less the relief granted him (Decree Art. 44.3) and what earlier
    distributions already deducted from his shares (đồng)."""
    rows = uow.session.execute(
        select(EnforcementCost, EnforcementCase.requester_party_id)
        .join(EnforcementCase, EnforcementCase.id == EnforcementCost.case_id)
        .where(EnforcementCase.judgment_id == judgment_id,
               EnforcementCost.borne_by == "creditor")).all()
    owed = {}
    for cost, party_id in rows:
        owed[party_id] = owed.get(party_id, 0) + cost.amount - granted_relief(uow, [cost.id])
    for d in distributions:
        for line in d.lines:
            if line.get("cost_deducted"):
                owed[line["party_id"]] -= line["cost_deducted"]
    return {party: left for party, left in owed.items() if left > 0}


def requested_since(uow, judgment_id):
    """Decree Art. 49.1: per obligation of the judgment, the day its earliest open request was
    received."""
    since = {}
    for each in uow.session.scalars(select(EnforcementCase).where(
            EnforcementCase.judgment_id == judgment_id)):
        if lifecycle.is_open(each.status):
            for o in each.obligation_ids:
                if o not in since or each.request_received_on < since[o]:
                    since[o] = each.request_received_on
    return since
