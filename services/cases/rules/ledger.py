"""The money ledger of a case: receipts, what each obligation is still owed, the enforcement fee
(Law Art. 47, 60; Decree 62/2015 Art. 49; Circular 216/2016/TT-BTC).

Money is integer đồng (VND) everywhere; no float is ever formed.
"""
from shared.contracts.property import COLLECTION_SOURCES
from shared.legal import TimeLimit

#: Law Art. 47; Decree Art. 49: money the debtor pays the office himself.
VOLUNTARY_PAYMENT = "voluntary_payment"
#: Every source of a receipt: the debtor's own payment, or a measure ``property`` reports
#: (garnishment, income deduction, securities sale, auction proceeds, ...; Decree Art. 21-27).
RECEIPT_SOURCES = (VOLUNTARY_PAYMENT, *COLLECTION_SOURCES)

#: Law Art. 47.1; Decree 62/2015 Art. 49: the legal basis of recording money received.
RECEIPT_RECORDED = "Law on Civil Judgment Enforcement Art. 47.1; Decree 62/2015 Art. 49"

PAYMENT_AFTER_RECEIPT = TimeLimit(
    rule_id="law47-pay-after-receipt",
    article="Law on Civil Judgment Enforcement Art. 47.1; Decree 62/2015 Art. 27.4",
    length_key="payment_after_receipt_days",
    unit="days",
    description="Pay the money collected to those entitled within 10 days of receiving it.")

VOLUNTARY_PERIOD = TimeLimit(
    rule_id="law45-voluntary-period",
    article="Law on Civil Judgment Enforcement Art. 45.1",
    length_key="voluntary_period_days",
    unit="days",
    description="The debtor may satisfy the judgment voluntarily within 10 days of receiving or "
                "being validly notified of the enforcement decision.")

#: Circular 216/2016/TT-BTC: the fee brackets, as parameter keys (ceiling, rate in basis points;
#: the last bracket has no ceiling). The fixed part of each bracket is the fee at its floor.
FEE_BRACKETS = (("enforcement_fee_ceiling_1", "enforcement_fee_rate_1"),
                ("enforcement_fee_ceiling_2", "enforcement_fee_rate_2"),
                ("enforcement_fee_ceiling_3", "enforcement_fee_rate_3"),
                ("enforcement_fee_ceiling_4", "enforcement_fee_rate_4"),
                (None, "enforcement_fee_rate_5"))
FEE_BASIS = "Circular 216/2016/TT-BTC (enforcement fee on the amount the creditor receives)"
BASIS_POINTS = 10_000


def fee_brackets(params, on):
    """Circular 216/2016/TT-BTC: the fee table valid on ``on`` as ``[(ceiling or None,
    rate_bp)]`` and the parameter rows read (each a dated row of legal_parameters.yaml)."""
    brackets, used = [], []
    for ceiling_key, rate_key in FEE_BRACKETS:
        ceiling = params.value(ceiling_key, on) if ceiling_key else None
        rate = params.value(rate_key, on)
        used += [p for p in (ceiling, rate) if p is not None]
        brackets.append((int(ceiling.value) if ceiling else None, int(rate.value)))
    return brackets, [p.as_record() for p in used]


def enforcement_fee(received, brackets):
    """Circular 216/2016/TT-BTC: the enforcement fee on ``received`` đồng — each bracket's rate
    (basis points) on the part of the amount inside it (3% up to 5 bn; then 150 m + 2% of the part
    above 5 bn; ...), rounded to the nearest đồng, halves up. Integer arithmetic only."""
    total_bp, floor = 0, 0
    for ceiling, rate in brackets:
        top = received if ceiling is None else min(received, ceiling)
        if top > floor:
            total_bp += (top - floor) * rate
        if ceiling is None or received <= ceiling:
            break
        floor = ceiling
    return (total_bp + BASIS_POINTS // 2) // BASIS_POINTS


def fee_on_share(received_before, share, brackets):
    """Circular 216/2016/TT-BTC: the fee is on what the creditor actually receives in the case,
    so a share received after earlier ones bears the fee of the total less the fee already
    charged (the brackets apply to the whole, not to each payment)."""
    return (enforcement_fee(received_before + share, brackets)
            - enforcement_fee(received_before, brackets))


def balance(receipts, distributed):
    """Law Art. 47.1: money received and not yet distributed (đồng)."""
    return sum(receipts) - sum(distributed)


def fee_applies(line):
    """Circular 216/2016/TT-BTC: the fee is charged to a judgment creditor on what he receives;
    costs, the surplus returned to the debtor, shares kept on deposit (not yet received) and
    court fees paid to the State budget bear none."""
    return (line["kind"] == "share" and line["party_id"] is not None
            and line["category"] != "court_fee")


def fee_exempt_amount(receipts, voluntary_period_ends_on):
    """Circular 216/2016/TT-BTC: nothing is charged on what the debtor pays voluntarily within
    the voluntary period (Law Art. 45.1: 10 days from being notified of the decision). The
    voluntary payments among ``receipts`` made by ``voluntary_period_ends_on`` — all of them
    while the period has not started (None: the decision is not yet notified to everyone)."""
    return sum(r.amount for r in receipts if r.source == VOLUNTARY_PAYMENT and (
        voluntary_period_ends_on is None or r.received_on <= voluntary_period_ends_on))


def with_fees(lines, received_before, brackets, exempt=0, amount=0):
    """Circular 216/2016/TT-BTC: each line with its ``fee`` (0 when none applies), the
    ``fee_base`` it was charged on and what is ``payable`` to its recipient after the fee.
    ``received_before`` maps a creditor to his fee base so far in the judgment, so the brackets
    apply to his running total; ``exempt`` of the distribution's ``amount`` was paid within the
    voluntary period, and each share's part of it (pro rata, rounded down) bears no fee."""
    running, out = dict(received_before), []
    for line in lines:
        fee, base = 0, 0
        if fee_applies(line):
            base = line["amount"] - (line["amount"] * exempt // amount if amount else 0)
            before = running.get(line["party_id"], 0)
            fee = fee_on_share(before, base, brackets)
            running[line["party_id"]] = before + base
        out.append({**line, "fee_base": base, "fee": fee, "payable": line["amount"] - fee})
    return out

#: Decree 62/2015 Art. 43 (the items of cost), 45.1(b) (estimated and approved before forcible
#: measures): the legal basis of an approved enforcement cost.
COST_APPROVED = "Decree 62/2015 Art. 43, 45.1(b); Law on Civil Judgment Enforcement Art. 73"
#: Decree Art. 43.1 (a)-(g) and 43.2: the items an enforcement cost may be.
COST_ITEMS = ("43.1.a", "43.1.b", "43.1.c", "43.1.d", "43.1.dd", "43.1.e", "43.1.g", "43.2")
COST_BEARERS = ("debtor", "creditor")
