"""Distribution of the money collected (Law Art. 47; Decree 62/2015 Art. 49.1, 49.7).

Order: the costs of enforcement first; then by rank — (a) maintenance, wages and labour claims,
compensation for loss of life, health or honour; (b) court fees and charges; (c) every other
obligation; within a rank pro rata to what each is still owed, in whole đồng by the largest
remainder rule, so the shares add up to the amount to the dong. A creditor of the same judgment
who has not requested enforcement has his share kept on a 1-month term deposit (Art. 49.7),
unless his prescriptive limit has run out. What is left when every claim is met returns to the
debtor. Every line says which rule put it there.
"""
from dataclasses import dataclass, field, replace

from shared.legal import TimeLimit

#: Law Art. 47.1 (amended 2014): the ranks after the costs, each with the categories in it.
RANKS = {
    "a": ("maintenance", "wages_labour", "compensation_life_health_honour"),
    "b": ("court_fee",),
    "c": ("other",),
}
CATEGORIES = tuple(c for cats in RANKS.values() for c in cats)
RANK_OF = {c: r for r, cats in RANKS.items() for c in cats}

COSTS_FIRST = ("Law on Civil Judgment Enforcement Art. 47.1; Decree 62/2015 Art. 43-45 "
               "(the costs of enforcement are paid first)")
RANK_BASIS = {r: f"Law on Civil Judgment Enforcement Art. 47.1({r}) (pro rata within the rank)"
              for r in RANKS}
SECURED_FIRST = ("Law on Civil Judgment Enforcement Art. 47.3 (the pledgee or mortgagee is paid "
                 "first from the proceeds of the property securing the obligation)")
UNREQUESTED_RESERVED = ("Decree 62/2015 Art. 49.7 (share of a creditor who has not requested "
                        "enforcement, kept on a 1-month term deposit; the creditor is notified)")
SURPLUS_TO_DEBTOR = ("Law on Civil Judgment Enforcement Art. 47 (what remains after every "
                     "obligation returns to the judgment debtor)")
DISTRIBUTION_DECIDED = "Law on Civil Judgment Enforcement Art. 47; Decree 62/2015 Art. 49"

COST, SHARE, RESERVED, SURPLUS = "cost", "share", "reserved", "surplus"

UNREQUESTED_DEPOSIT = TimeLimit(
    rule_id="decree49.7-unrequested-deposit", article="Decree 62/2015 Art. 49.7",
    length_key="unrequested_share_deposit_months", unit="months",
    description="The share of a creditor who has not requested is kept on a 1-month term "
                "deposit; at its end the office pays it as Art. 49.7 says.")


@dataclass(frozen=True)
class Claim:
    """What one obligation is still owed in the distribution."""

    obligation_id: str
    creditor_party_id: str | None
    category: str
    outstanding: int
    requested: bool = True
    limit_expired: bool = False
    #: proceeds in this distribution of the property pledged or mortgaged for this obligation
    secured_pool: int = 0
    #: the day its earliest open request was received (Decree Art. 49.1); None if unrequested
    requested_on: object = None


@dataclass
class Distribution:
    amount: int
    lines: list = field(default_factory=list)

    @property
    def allocated(self):
        return sum(line["amount"] for line in self.lines)


def largest_remainder(amount, weights):
    """Law Art. 47.1 (pro rata within a rank), in whole đồng: each weight's exact quota
    ``amount * w / sum(w)`` rounded down, and the đồng left over given one each to the largest
    remainders (ties to the earlier weight). The result always adds up to ``amount`` (all zero
    when every weight is zero and ``amount`` is zero)."""
    if amount < 0 or any(w < 0 for w in weights):
        raise ValueError("amount and weights must be non-negative")
    total = sum(weights)
    if total == 0:
        if amount:
            raise ValueError("nothing to share an amount by")
        return [0] * len(weights)
    quotas = [divmod(amount * w, total) for w in weights]
    shares = [q for q, _ in quotas]
    left = amount - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-quotas[i][1], i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def rank_of(category):
    """Law Art. 47.1: the rank (a, b or c) of an obligation's category."""
    return RANK_OF[category]


def takes_part(claim):
    """Decree Art. 49.7: a creditor who has not requested enforcement takes part (his share is
    kept) unless his prescriptive limit for requesting has run out."""
    return claim.outstanding > 0 and (claim.requested or not claim.limit_expired)


def _share_line(claim, rank, amount, rank_total, available):
    kind = SHARE if claim.requested else RESERVED
    basis = RANK_BASIS[rank] if claim.requested else UNREQUESTED_RESERVED
    how = ("paid in full" if amount == claim.outstanding else
           f"pro rata: {available:,} available for the rank's {rank_total:,} owed")
    return {"kind": kind, "rank": rank, "obligation_id": claim.obligation_id,
            "party_id": claim.creditor_party_id, "category": claim.category, "amount": amount,
            "owed": claim.outstanding, "rule": basis,
            "explanation": f"rank ({rank}) {claim.category}: {amount:,} of {claim.outstanding:,} "
                           f"owed, {how}"}


def _secured_first(claims, available):
    """Law Art. 47.3: each secured claim takes what it is owed from the proceeds of its property
    (``secured_pool``) before any rank; returns the claims with what they are still owed (the
    rest ranks with its category) and the lines paid."""
    out, lines = [], []
    for claim in claims:
        take = min(claim.secured_pool, claim.outstanding, available)
        if take and claim.requested:
            available -= take
            lines.append({
                "kind": SHARE, "rank": "secured", "obligation_id": claim.obligation_id,
                "party_id": claim.creditor_party_id, "category": claim.category,
                "amount": take, "owed": claim.outstanding, "rule": SECURED_FIRST,
                "explanation": f"secured: {take:,} of {claim.outstanding:,} owed, from the "
                               f"{claim.secured_pool:,} proceeds of the property securing it"})
            claim = replace(claim, outstanding=claim.outstanding - take)
        out.append(claim)
    return out, lines


def distribute(amount, costs_outstanding, claims, debtor_party_id):
    """Law Art. 47.1, 47.3; Decree 62/2015 Art. 49.7: the lines of distributing ``amount`` đồng —
    the costs first; a secured creditor from the proceeds of his property; then ranks (a), (b),
    (c) pro rata (largest remainder), the shares of creditors who have not requested kept on
    deposit, the surplus back to the debtor. The lines' amounts add up to ``amount`` exactly."""
    result, remaining = Distribution(amount), amount
    if costs_outstanding and remaining:
        paid = min(remaining, costs_outstanding)
        result.lines.append({
            "kind": COST, "rank": "costs", "obligation_id": None, "party_id": None,
            "category": "enforcement_costs", "amount": paid, "owed": costs_outstanding,
            "rule": COSTS_FIRST,
            "explanation": f"enforcement costs: {paid:,} of {costs_outstanding:,} owed"})
        remaining -= paid
    claims, secured = _secured_first(claims, remaining)
    result.lines += secured
    remaining -= sum(line["amount"] for line in secured)
    for rank, categories in RANKS.items():
        members = [c for c in claims if c.category in categories and takes_part(c)]
        owed = sum(c.outstanding for c in members)
        if not members or not remaining:
            continue
        available = min(remaining, owed)
        shares = ([c.outstanding for c in members] if available == owed
                  else largest_remainder(available, [c.outstanding for c in members]))
        for claim, share in zip(members, shares):
            if share:
                result.lines.append(_share_line(claim, rank, share, owed, available))
        remaining -= available
    if remaining:
        result.lines.append({
            "kind": SURPLUS, "rank": None, "obligation_id": None, "party_id": debtor_party_id,
            "category": "surplus", "amount": remaining, "owed": 0, "rule": SURPLUS_TO_DEBTOR,
            "explanation": f"{remaining:,} left after every obligation returns to the debtor"})
    return result


#: Decree 62/2015 Art. 49.1 (first paragraph); Law Art. 47.2(b): the requests being enforced
#: before the decision on forcible enforcement or the record of voluntary delivery are paid first.
EARLIER_REQUESTS_FIRST = ("Decree 62/2015 Art. 49.1 (requests made before the decision on "
                          "forcible enforcement or the record of voluntary delivery are paid "
                          "first)")


def is_later_request(claim, priority_date):
    """Decree Art. 49.1: a claim whose request came after ``priority_date`` (the decision on
    forcible enforcement or the record of voluntary delivery of property) waits for the earlier
    ones; a creditor who has not requested keeps his Art. 49.7 place."""
    return (priority_date is not None and claim.requested and claim.requested_on is not None
            and claim.requested_on > priority_date)


def distribute_with_priority(amount, costs_outstanding, claims, debtor_party_id,
                             priority_date=None):
    """Decree Art. 49.1; Law Art. 47.1-47.3: ``distribute`` among the claims requested up to
    ``priority_date`` (with the unrequested ones of Art. 49.7); what they leave — the surplus —
    is then distributed the same way among the later requests, and only the rest goes back to
    the debtor. Without a ``priority_date`` it is ``distribute``. The lines add up to
    ``amount``."""
    later = [c for c in claims if is_later_request(c, priority_date)]
    first = distribute(amount, costs_outstanding,
                       [c for c in claims if not is_later_request(c, priority_date)],
                       debtor_party_id)
    surplus = [line for line in first.lines if line["kind"] == SURPLUS]
    if not later or not surplus:
        return first
    second = distribute(surplus[0]["amount"], 0, later, debtor_party_id)
    for line in second.lines:
        if line["kind"] != SURPLUS:
            line["rule"] = f"{line['rule']}; {EARLIER_REQUESTS_FIRST}"
            line["explanation"] = (f"{line['explanation']}; requested after "
                                   f"{priority_date.isoformat()}, paid from what the earlier "
                                   f"requests left")
    first.lines = [line for line in first.lines if line["kind"] != SURPLUS] + second.lines
    return first
