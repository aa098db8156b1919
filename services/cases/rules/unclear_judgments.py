"""The rejection grounds of Decree 62/2015 Art. 7.4 (Law on Civil Judgment Enforcement Art.
31.5(a)): a judgment that does not give rise to the litigants' rights and obligations because it
does not clearly determine the amounts payable or does not clearly identify the judgment
debtors, and the exceptions (a)-(c) where it is enforced all the same."""

#: Law Art. 31.5(a) with Decree Art. 7.4: the legal basis of refusing a request on these grounds.
UNCLEAR_JUDGMENT_REFUSED = ("Law on Civil Judgment Enforcement Art. 31.5(a); "
                            "Decree 62/2015 Art. 7.4")

#: Decree Art. 7.4(a)-(c): the rights whose assignment is enforced even though the judgment
#: states no amount and no debtor, when the creditor does not yet hold what was assigned.
RIGHTS_ASSIGNED = {
    "manage_property": "Decree 62/2015 Art. 7.4(a) (the right to own, use and manage property)",
    "nurture_minor": "Decree 62/2015 Art. 7.4(b) (the right to nurture a minor)",
    "visit_and_care": "Decree 62/2015 Art. 7.4(c) (the right to visit and take care of a minor "
                      "or of a person without civil capacity or unable to work)",
}

AMOUNT_NOT_DETERMINED = "amount_not_determined"
DEBTOR_NOT_IDENTIFIED = "debtor_not_identified"


def unclear_grounds(obligation):
    """Decree 62/2015 Art. 7.4 (first sentence): why the judgment gives rise to no enforceable
    obligation in this item: an obligation to pay whose amount the judgment does not determine
    (no amount, and no instalment with an amount), or a debtor it does not clearly identify
    (``debtor_identified`` false at intake). Returns the grounds, empty when it is clear."""
    grounds = []
    instalment_amounts = [i.get("amount") for i in obligation.instalments or []]
    if (obligation.kind == "pay_money" and obligation.amount is None
            and not any(instalment_amounts)):
        grounds.append(AMOUNT_NOT_DETERMINED)
    if not getattr(obligation, "debtor_identified", True):
        grounds.append(DEBTOR_NOT_IDENTIFIED)
    return grounds


def assignment_exception(obligation, creditor_not_in_possession):
    """Decree 62/2015 Art. 7.4(a)-(c): the exception that keeps an unclear item enforceable, or
    None. It applies when the item assigns one of ``RIGHTS_ASSIGNED`` (property to own, use and
    manage; a minor to nurture; a minor or incapable person to visit and care for) and the
    creditor does not directly hold it (manage the property, nurture the person) at the time of
    requesting enforcement. Returns the clause's text when it applies."""
    right = getattr(obligation, "right_assigned", None)
    if right in RIGHTS_ASSIGNED and creditor_not_in_possession:
        return RIGHTS_ASSIGNED[right]
    return None


def unclear_refusal_reasons(unclear):
    """Law Art. 31.5(a), Decree Art. 7.4: the written reasons, one per refused item (``unclear``
    is ``[(obligation_id, grounds, right_assigned)]``), saying what the judgment leaves unclear
    and, for an assigned right, why the exception does not apply."""
    words = {AMOUNT_NOT_DETERMINED: "does not clearly determine the amount payable",
             DEBTOR_NOT_IDENTIFIED: "does not clearly identify the judgment debtor"}
    reasons = []
    for obligation_id, grounds, right in unclear:
        reason = (f"Obligation {obligation_id}: the judgment "
                  f"{' and '.join(words[g] for g in grounds)}, so it gives rise to no "
                  f"enforceable obligation (Law Art. 31.5(a); Decree 62/2015 Art. 7.4)")
        if right in RIGHTS_ASSIGNED:
            reason += (f"; the exception of {RIGHTS_ASSIGNED[right]} does not apply because the "
                       f"judgment creditor already holds what was assigned")
        reasons.append(reason + ".")
    return reasons
