"""Accounts: freezing and garnishment (Decree 62/2015 Art. 20, 21), as pure rules."""
from dataclasses import dataclass

ART_21_2 = "Decree 62/2015 Art. 21.2"
GARNISHMENT_DECIDED = "Decree 62/2015 Art. 21.1, 21.2 (garnishment decision)"
FREEZE_DECIDED = "Decree 62/2015 Art. 20.1 (freeze decision, with the amount frozen)"

#: Art. 21.1: what a garnishment order must contain, (a) to (g), and where the message has it.
GARNISHMENT_CONTENTS = {
    "a": "decision.issued_on", "b": "decision.basis", "c": "holder.name, account_number",
    "d": "garnishee.name, garnishee.address", "dd": "amount",
    "e": "receiving_account.name, receiving_account.number", "g": "garnish_by",
}


@dataclass(frozen=True)
class Available:
    """Money frozen on one account (``key`` names it: the freeze order), as the bank reported."""

    key: str
    amount: int


def garnishment_plan(available, obligation, costs):
    """What to garnish from which frozen accounts so that the obligation and the enforcement
    costs are covered and no more (Decree 62/2015 Art. 21.2: one or several accounts at one or
    several institutions, "as long as the judgment is fully satisfied and forcible enforcement
    costs are fully covered").

    Largest balances first, so the fewest institutions are troubled; the last account gives only
    the remainder. Returns ``[(key, amount)]`` (amounts > 0, integer VND) whose sum is
    ``min(obligation + costs, sum of available)``.
    """
    for value in (obligation, costs):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError("obligation and costs are whole, non-negative VND")
    remaining = obligation + costs
    plan = []
    for each in sorted(available, key=lambda a: (-a.amount, a.key)):
        if remaining <= 0:
            break
        take = min(each.amount, remaining)
        if take > 0:
            plan.append((each.key, take))
            remaining -= take
    return plan
