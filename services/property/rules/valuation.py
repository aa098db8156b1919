"""Valuation of seized property and its re-valuation when the price changed (Decree 62/2015
Art. 17, 25, 26; Law on Civil Judgment Enforcement Art. 59, 98), as pure functions."""
from shared.legal import TimeLimit

#: Who chose the valuing body (Art. 25, 26; Law Art. 98.3).
CHOSEN_BY = ("agreement", "officer", "officer_other_province", "finance_authority",
             "officer_little_value")

#: The steps of choosing who values seized property, in the Law's and the decree's order: the
#: body the litigants agreed (Art. 25.1), else a body in the province where the property is
#: (Law Art. 98.3(a)), else one in another province (Art. 26.1), else the finance authority's
#: (or the specialised agency's) consultation (Art. 26.1).
AGREEMENT, IN_PROVINCE, OTHER_PROVINCE, FINANCE_AUTHORITY = (
    "agreement", "in_province", "other_province", "finance_authority")
STEPS = (AGREEMENT, IN_PROVINCE, OTHER_PROVINCE, FINANCE_AUTHORITY)
#: What came of a choice: a contract concluded, none could be, the finance authority asked
#: (its step has no contract), or the choice refused as out of order.
CONTRACTED, NO_CONTRACT, CHOSEN, REFUSED = "contracted", "no_contract", "chosen", "refused"
#: The step a valuation's ``chosen_by`` rests on (None: no step to check).
STEP_OF_CHOSEN_BY = {"officer": IN_PROVINCE, "officer_other_province": OTHER_PROVINCE}
VALUING_BODY_CHOSEN = "Decree 62/2015 Art. 25.1, 26.1; Law Art. 98.3(a)"
VALUING_BODY_REFUSED = "Decree 62/2015 Art. 25.1, 26.1 (the order of the valuing bodies)"

REVALUATION_REFUSED = "Decree 62/2015 Art. 17.1"
REVALUATION_ACCEPTED = "Decree 62/2015 Art. 17.1, 17.2; Law Art. 59, 98"
VALUATION_RECORDED = "Decree 62/2015 Art. 25, 26; Law Art. 98"
DIFFERENCE_SETTLED = "Decree 62/2015 Art. 17.3"
CONSULTATION_REQUESTED = "Decree 62/2015 Art. 26.1 (first paragraph)"
CONSULTATION_ESCALATED = "Decree 62/2015 Art. 26.1 (second paragraph)"

REVALUATION = TimeLimit(
    rule_id="decree17.2-revaluation", article="Decree 62/2015 Art. 17.2",
    length_key="revaluation_working_days", unit="working_days",
    description="Follow the valuation procedures within 5 working days of the request and "
                "the documents proving the change of price.")
DIFFERENCE_REQUEST = TimeLimit(
    rule_id="decree17.3-difference-request", article="Decree 62/2015 Art. 17.3",
    length_key="difference_request_working_days", unit="working_days",
    description="Request the recipient of the property in writing to pay the difference within "
                "5 working days of the valuation result.")
DIFFERENCE_PAYMENT = TimeLimit(
    rule_id="decree17.3-difference-payment", article="Decree 62/2015 Art. 17.3",
    length_key="difference_payment_days", unit="days",
    description="The recipient of the property pays the difference within 30 days of the "
                "request, else the property is sold at auction (no late payment interest).")
FINANCE_CONSULTATION = TimeLimit(
    rule_id="decree26.1-finance-consultation", article="Decree 62/2015 Art. 26.1",
    length_key="finance_consultation_days", unit="days",
    description="The finance authority gives its written opinion on the value within 15 days "
                "of the officer's request.")


def _reason(code, text, article):
    return {"code": code, "text": text, "article": article}


def price_changed_enough(value_at_judgment, current_price, law, on):
    """Decree 62/2015 Art. 17.1(c): the price at enforcement is up or down by 20% or more of
    the value when the judgment took effect. Integer arithmetic (exactly 20% holds, 19.99% does
    not). Returns ``(holds, change in basis points, parameter record)``."""
    percent = law.params.value("revaluation_price_change_percent", on)
    change = abs(current_price - value_at_judgment)
    holds = change * 100 >= int(percent.value) * value_at_judgment
    basis_points = change * 10000 // value_at_judgment if value_at_judgment else 0
    return holds, basis_points, percent.as_record()


def revaluation_refusals(performed_voluntarily, advance_paid, value_at_judgment, current_price,
                         law, on):
    """Decree 62/2015 Art. 17.1: the officer values again only when every condition holds —
    (a) the debtor did not voluntarily hand over the property or pay its value by the end of
    the voluntary period; (b) a litigant asked and paid the advance on the cost; (c) the price
    changed by 20% or more. Returns ``(reasons it is refused, parameter records)``: no reasons,
    no refusal."""
    holds, basis_points, used = price_changed_enough(value_at_judgment, current_price, law, on)
    reasons = []
    if performed_voluntarily:
        reasons.append(_reason("performed_voluntarily", "the judgment debtor voluntarily handed "
                               "over the property or paid its value", "Decree 62/2015 Art. "
                               "17.1(a)"))
    if not advance_paid:
        reasons.append(_reason("advance_not_paid", "the requesting litigant has not paid the "
                               "advance on the valuation cost", "Decree 62/2015 Art. 17.1(b)"))
    if not holds:
        reasons.append(_reason("price_change_below_threshold",
                               f"the price changed by {basis_points / 100:.2f}%, less than "
                               f"{used['value']}% of the value when the judgment took effect "
                               f"({value_at_judgment} -> {current_price} VND)",
                               "Decree 62/2015 Art. 17.1(c)"))
    return reasons, (used,)


def little_value(market_price, law, on):
    """Decree 62/2015 Art. 26.2 (Law Art. 98.3(b)): property is of little value when the market
    price of an identical or similar unused item does not exceed VND 10,000,000 (exactly
    10,000,000 is little value). Returns ``(holds, parameter record)``."""
    limit = law.params.value("little_value_vnd", on)
    return market_price <= int(limit.value), limit.as_record()


def difference_owed(new_value, value_at_judgment):
    """Decree 62/2015 Art. 17.3: what the recipient of the property pays the recipient of the
    judgment sum after the re-valuation: the rise in value (0 when the value did not rise)."""
    return max(new_value - value_at_judgment, 0)


def difference_outcome(paid_on, due_on):
    """Decree 62/2015 Art. 17.3: the difference paid within the 30 days settles it (``paid``);
    otherwise the officer decides to sell the property at auction (``auction``), without late
    payment interest. ``paid_on`` None: not paid."""
    return "paid" if paid_on is not None and paid_on <= due_on else "auction"


def consultation_may_escalate(on, due_on, answered_on):
    """Decree 62/2015 Art. 26.1 (second paragraph): when the finance authority or specialised
    agency gives no written opinion within the 15 days, the head of the enforcement authority
    asks the chairperson of the People's Committee at the same level to have the agencies give
    it. True from the day after the 15 days, while no opinion has come."""
    return answered_on is None and on > due_on


def valuing_body_order_refusals(step, earlier):
    """Decree 62/2015 Art. 25.1 and 26.1 (Law Art. 98.3(a)): the officer contracts the body the
    litigants agreed on; failing agreement he turns first to a body in the province where the
    property is, to one in another province only once no contract could be concluded there, and
    to the finance authority only once none could be concluded in another province either.
    ``earlier`` is the ``(step, outcome)`` of the choices already made for the item. Returns the
    reasons the choice of ``step`` is out of order: none, it stands."""
    done = set(earlier)
    if step == AGREEMENT:
        return []
    reasons = []
    if (AGREEMENT, CONTRACTED) in done:
        reasons.append(_reason("agreed_body_contracted", "the litigants agreed on a valuing "
                               "body and it was contracted: the officer contracts the body "
                               "they appointed", "Decree 62/2015 Art. 25.1"))
    before = {OTHER_PROVINCE: (IN_PROVINCE, "a valuing body in the province where the "
                               "property is", "Decree 62/2015 Art. 26.1; Law Art. 98.3(a)"),
              FINANCE_AUTHORITY: (OTHER_PROVINCE, "a valuing body in another province",
                                  "Decree 62/2015 Art. 26.1 (first paragraph)")}.get(step)
    if before and (before[0], NO_CONTRACT) not in done:
        reasons.append(_reason(f"{before[0]}_not_tried", f"no record that a contract could "
                               f"not be concluded with {before[1]}", before[2]))
    return reasons
