"""Collection from the debtor's income and profit (Decree 62/2015 Art. 22; Law Art. 78): what is
left to the debtor must keep them and their dependants at the subsistence level, measured by the
local poverty standard (dated data: the standard changes with each government period)."""
from dataclasses import dataclass

ART_22 = "Decree 62/2015 Art. 22"
LAW_ART_78 = "Law on Civil Judgment Enforcement Art. 78"
AREAS = ("rural", "urban")
SALARY, OTHER = "salary", "other"  # Law Art. 78.2: wages, pensions, allowances / other income


@dataclass(frozen=True)
class Collection:
    collectible: int  # VND that may be taken this period
    retained: int  # VND left to the debtor
    explanation: str
    parameters_used: tuple


def subsistence_floor(members, area, on, law):
    """The monthly subsistence of the debtor and ``members - 1`` dependants: the poverty
    standard of ``area`` (per person per month, dated) times ``members`` (Decree 62/2015 Art.
    22.2: "determined according to the local poverty standards or those established by the Prime
    Minister"). Returns ``(VND, ParameterValue)``."""
    if area not in AREAS:
        raise ValueError(f"area is one of {AREAS}")
    if isinstance(members, bool) or not isinstance(members, int) or members < 1:
        raise ValueError("members counts the debtor and dependants: at least 1")
    standard = law.params.value(f"poverty_standard_{area}_monthly", on)
    return int(standard.value) * members, standard


def profit_collectible(profit, members, area, on, law, minimum_retained=0):
    """What may be collected from one period's profit (Decree 62/2015 Art. 22.1-22.2): the
    profit less what the debtor retains - at least the subsistence of the debtor and dependants,
    or the officer's higher minimum set for the business line and scope."""
    floor, standard = subsistence_floor(members, area, on, law)
    retained = min(profit, max(floor, minimum_retained))
    return Collection(profit - retained, retained,
                      f"{retained} VND retained (subsistence {floor} VND for {members} "
                      f"person(s), {area} poverty standard; officer's minimum "
                      f"{minimum_retained} VND) ({ART_22}.2)", (standard.as_record(),))


def income_deduction_limit(income, kind, members, area, on, law, agreed_percent=None):
    """The most that may be deducted from one month's income (Law Art. 78.2): from wages,
    pensions and allowances at most the dated percentage (30 %) unless the litigants agreed
    otherwise; from other income what exceeds the subsistence of the debtor and dependants
    (as Art. 22.2 measures it)."""
    floor, standard = subsistence_floor(members, area, on, law)
    if kind == SALARY:
        cap = law.params.value("income_deduction_salary_max_percent", on)
        percent = agreed_percent if agreed_percent is not None else int(cap.value)
        amount = income * percent // 100
        why = "agreed by the litigants" if agreed_percent is not None else "the maximum"
        return Collection(amount, income - amount,
                          f"{percent} % of {income} VND ({why}, {LAW_ART_78}.2)",
                          (cap.as_record(), standard.as_record()))
    amount = max(income - floor, 0)
    return Collection(amount, income - amount,
                      f"what exceeds the subsistence of {floor} VND for {members} person(s) "
                      f"({LAW_ART_78}.2; {ART_22}.2)", (standard.as_record(),))
