"""Collection from the debtor's income or profit (Decree 62/2015 Art. 22; Law Art. 78): the
amount of one period, leaving the subsistence of the debtor and dependants, recorded as a
measure with the values it used."""
from services.property.handlers import measures
from services.property.handlers.cases import case_of
from services.property.rules import income as rules


def plan_collection(data, uow, law, caller):
    """Decide what to collect from one period's income (``income_deduction``) or profit
    (``profit_collection``): never more than the law leaves collectible, nor more than the
    obligation and costs. Nothing collectible is recorded as refused with the reason."""
    case = case_of(uow, data["case_id"], caller)
    caller.require_jurisdiction(case.authority)
    on = data["period_on"]
    if data["kind"] == "profit_collection":
        collection = rules.profit_collectible(data["period_amount"], data["members"],
                                              data["area"], on, law, data["minimum_retained"])
        basis = rules.ART_22
    else:
        collection = rules.income_deduction_limit(data["period_amount"], data["income_kind"],
                                                  data["members"], data["area"], on, law,
                                                  data.get("agreed_percent"))
        basis = rules.LAW_ART_78
    targeted = min(collection.collectible, data["obligation_amount"] + data["costs_amount"])
    reasons = [] if targeted else [{"code": "nothing_above_subsistence", "article": basis,
                                    "text": collection.explanation}]
    return measures.record_measure(
        uow, case, caller, kind=data["kind"], decision=data["decision"],
        obligation=data["obligation_amount"], costs=data["costs_amount"], targeted=targeted,
        status=measures.REFUSED if reasons else measures.DECIDED,
        explanation=collection.explanation, reasons=reasons, legal_basis=basis,
        parameters_used=collection.parameters_used)
