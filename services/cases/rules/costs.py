"""Exemption and reduction of the forcible enforcement cost (Decree 62/2015 Art. 44).

Grounds of Art. 44.1: (a) income below subsistence, or prolonged hardship from a natural
disaster or fire; (b) a beneficiary of preferential policies or a war veteran; (c) disabled or
chronically sick. Art. 44.3: (a) and (c) halve the cost; (b) exempts the remainder once half was
paid. Decided within 5 working days of the application (Art. 44.2); revoked when the grounds
were false or the debtor evades (Art. 44.4).
"""
from shared.legal import TimeLimit

GROUNDS = ("44.1.a", "44.1.b", "44.1.c")
#: Art. 44.2: the evidence each ground needs.
EVIDENCE = {"44.1.a": "confirmation of the commune People's Committee or the income payer",
            "44.1.b": "documents of the preferential policy or of the veteran",
            "44.1.c": "medical records of a district or higher health facility"}

COST_RELIEF_DECISION = TimeLimit(
    rule_id="decree44.2-cost-relief-decision", article="Decree 62/2015 Art. 44.2",
    length_key="cost_relief_decision_working_days", unit="working_days",
    description="Consider the exemption or reduction of the enforcement cost within 5 working "
                "days of the application and its documents.")
COST_RELIEF_DECIDED = "Decree 62/2015 Art. 44.1-44.3"
COST_RELIEF_REVOKED = "Decree 62/2015 Art. 44.4 (second paragraph)"


def cost_relief(ground, cost, paid):
    """Decree Art. 44.3: ``(relief in đồng, reason refused or None)`` for a cost of ``cost``
    đồng of which ``paid`` was paid: half for (a) and (c) (rounded down, the State keeps the odd
    đồng); for (b) the remainder once at least half was paid."""
    if ground in ("44.1.a", "44.1.c"):
        return cost // 2, None
    if ground == "44.1.b":
        if paid * 2 < cost:
            return 0, (f"ground (b) exempts the remainder only after 50% of the cost is paid "
                       f"({paid:,} of {cost:,} paid; Decree 62/2015 Art. 44.3(b))")
        return cost - paid, None
    return 0, f"{ground!r} is not a ground of Decree 62/2015 Art. 44.1"


#: Law on Civil Judgment Enforcement Art. 73.2 (the costs a creditor bears); Decree 62/2015
#: Art. 43 (the items), 49.4 (money is given to the litigant after what is owed is deducted).
CREDITOR_COSTS_DEDUCTED = ("Law on Civil Judgment Enforcement Art. 73.2; Decree 62/2015 "
                           "Art. 43, 49.4")


def deduct_creditor_costs(lines, owed_by_party):
    """Law Art. 73.2; Decree Art. 49.4: the enforcement costs a creditor bears (``owed_by_party``:
    party -> đồng still owed) are deducted from what is payable to him on his share lines, in
    the lines' order, never beyond what is payable; the line's ``amount`` is unchanged (the lines
    still add up to the distribution) and ``cost_deducted`` says how much of it reimburses the
    costs. Returns the new lines."""
    left, out = dict(owed_by_party), []
    for line in lines:
        owed = left.get(line["party_id"], 0) if line["kind"] == "share" else 0
        take = min(owed, line["payable"])
        if take:
            left[line["party_id"]] = owed - take
            line = {**line, "cost_deducted": take, "payable": line["payable"] - take,
                    "explanation": f"{line['explanation']}; {take:,} of the enforcement costs he "
                                   f"bears deducted ({CREDITOR_COSTS_DEDUCTED})"}
        out.append(line)
    return out


#: Decree 62/2015 Art. 45.1: who advances an approved enforcement cost — the authority from its
#: budget (45.1(a)) or a litigant voluntarily (45.1(b), second paragraph).
ADVANCERS = ("authority", "litigant")
COST_ADVANCED = "Decree 62/2015 Art. 45.1"


def advance_refused_because(estimate, advanced_before, amount):
    """Decree Art. 45.1(b): the advance is made on the basis of the approved estimate, so the
    advances of a cost (đồng) never add up to more than it; the reason, or None."""
    if advanced_before + amount > estimate:
        return (f"advances of {advanced_before + amount:,} would exceed the approved estimate "
                f"of {estimate:,} ({COST_ADVANCED}(b))")
    return None
