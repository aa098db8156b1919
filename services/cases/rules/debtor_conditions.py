"""The rest of the verification of the judgment debtor's conditions (Decree 62/2015 Art. 9.1,
9.2, 9.4, 9.5, 9.6; Law Art. 44): the debtor's declaration, verification delegated to another
authority, verification of new information, and the separate log or separate monitoring of a
case whose debtor lacks conditions.

Translation trap (rules.md section 7): "the decision on suspension of civil judgment enforcement"
of Art. 9.5 is the lacking-conditions decision (``verification.LACKING_CONDITIONS_DECISION``).
"""
from dataclasses import dataclass
from shared.legal import TimeLimit

# --- Art. 9.1: the debtor's declaration

#: Decree Art. 9.1 (first paragraph): what the debtor declares, each with its words.
DECLARATION_ITEMS = {
    "money_and_property_rights": "the type and value of money or rights to property",
    "cash_accounts_loans": "cash, money in accounts, loans and borrowings",
    "property": "the estimated value and condition of each property",
    "incomes": "periodic and irregular incomes and who pays them",
    "minors_in_custody": "the addresses and residences of minors in the custody of others",
    "capability": "the capability to fulfil the judgment's obligations",
}
DECLARATION_RECORDED = "Decree 62/2015 Art. 9.1; Law on Civil Judgment Enforcement Art. 44"


def declaration_missing_items(provided, items):
    """Decree Art. 9.1: a debtor who provides information declares every item of
    ``DECLARATION_ITEMS`` (``"none"`` is a declaration); returns the items left empty, or [] when
    the debtor did not provide information at all (the record says so instead)."""
    if not provided:
        return []
    return [k for k in DECLARATION_ITEMS if not (items or {}).get(k)]


def penalty_may_be_imposed(provided, truthful):
    """Decree Art. 9.1 (third paragraph): a debtor who fails to provide information, or provides
    untruthful information, may be fined for an administrative violation (by the officer or a
    competent person); the record flags it."""
    return not provided or truthful is False


# --- Art. 9.2: delegated verification

REGISTERED_PROPERTY, OTHER = "registered_property", "other"
DELEGATION_SUBJECTS = (REGISTERED_PROPERTY, OTHER)
DELEGATED = "Decree 62/2015 Art. 9.2"


def _limit(rule_id, article, key, unit, description):
    return TimeLimit(rule_id=rule_id, article=article, length_key=key, unit=unit,
                     description=description)


DELEGATED_RESULT = {
    REGISTERED_PROPERTY: _limit(
        "decree9.2a-delegated-verification-registered-property", "Decree 62/2015 Art. 9.2(a)",
        "delegated_verification_registered_property_days", "days",
        "The delegated authority sends the verification of real property or property subject "
        "to registration within 30 days of the delegation."),
    OTHER: _limit(
        "decree9.2b-delegated-verification-other", "Decree 62/2015 Art. 9.2(b)",
        "delegated_verification_other_days", "days",
        "The delegated authority sends the verification of other property and information "
        "within 15 days of the delegation."),
}
DELEGATED_RESULT_EXTENDED = _limit(
    "decree9.2a-delegated-verification-extended", "Decree 62/2015 Art. 9.2(a) (second sentence)",
    "delegated_verification_extended_days", "days",
    "A difficult, complicated verification of registered property may be extended, to at most "
    "45 days from the delegation.")


def delegation_error(own_authority, delegated_authority):
    """Decree Art. 9.2: the head delegates to *another* authority that has the information; the
    reason a delegation to ``delegated_authority`` is refused, or None."""
    if delegated_authority == own_authority:
        return "Decree 62/2015 Art. 9.2: delegate to another authority, not to one's own"
    return None


def extension_error(subject, on, due_on):
    """Decree Art. 9.2(a): only the verification of registered property, difficult and
    complicated, is extended, and while its 30 days run (``on`` not after ``due_on``); the
    reason an extension is refused, or None. The extended limit (45 days) also runs from the
    delegation."""
    if subject != REGISTERED_PROPERTY:
        return ("Decree 62/2015 Art. 9.2: only the verification of registered property may be "
                "extended")
    if on > due_on:
        return f"Decree 62/2015 Art. 9.2(a): the 30 days ended on {due_on.isoformat()}"
    return None


# --- Art. 9.4 (second paragraph): new information

NEW_INFORMATION = _limit(
    "decree9.4-verify-new-information", "Decree 62/2015 Art. 9.4 (second paragraph)",
    "new_information_verification_days", "days",
    "The enforcement officer verifies new information on the debtor's conditions within 10 "
    "days of receiving it.")
NEW_INFORMATION_RECEIVED = NEW_INFORMATION.article


# --- Art. 9.5, 9.6: separate log or separate monitoring

SEPARATE_LOG, SEPARATE_MONITORING = "separate_log", "separate_monitoring"
SEPARATE_LOG_KEPT = "Decree 62/2015 Art. 9.5"
SEPARATE_MONITORING_KEPT = "Decree 62/2015 Art. 9.6"
SEPARATE_LOG_LIMIT = _limit(
    "decree9.5-separate-log", "Decree 62/2015 Art. 9.5", "separate_log_working_days",
    "working_days", "Keep the case in a separate log within 3 working days of the day every "
                    "condition of Art. 9.5 holds.")


@dataclass(frozen=True)
class SeparateLogTerms:
    """The dated numbers of Art. 9.5 in force on the review day (legal_parameters.yaml)."""

    custody_or_unknown_years: int
    remaining_prison_years: int
    other_years: int
    min_verifications: int


def separate_log_conditions(terms, calendar, decided_on, on, *, prison_release_on,
                            residence_unknown, verification_days, pending_new_information):
    """Decree Art. 9.5 (a)-(c), as of ``on``, for a lacking-conditions decision of
    ``decided_on``. We read (a) from the original ("hết thời hạn 02 năm ... mà người phải thi
    hành án vẫn phải chấp hành hình phạt tù mà thời gian ... còn lại từ 02 năm trở lên hoặc không
    xác định được địa chỉ ...; hết thời hạn 01 năm ... đối với các trường hợp khác"): 2 years
    after the decision when the debtor still has 2 or more years of prison to serve
    (``prison_release_on``) or no new residence is known; 1 year otherwise. (b) at least 2
    verifications since the decision (Law Art. 44.2; ``verification_days``). (c) no new
    information awaiting verification. Years are counted as every period is (``calendar``:
    Civil Code Art. 147-148, the last day rolled to a working day).

    Returns ``{"a": ..., "b": ..., "c": ..., "met_on": day or None, "reasons": [...]}``:
    ``met_on`` is the day every condition held (the later of (a)'s day and the verification
    that completed (b)); ``reasons`` name each condition that fails (for the monitoring of Art.
    9.6)."""
    two_years_on = calendar.due_date(decided_on, terms.custody_or_unknown_years, "years")
    long_prison = (prison_release_on is not None  # still 2+ years to serve at that mark
                   and prison_release_on >= calendar.due_date(
                       two_years_on, terms.remaining_prison_years, "years"))
    years = terms.custody_or_unknown_years if (long_prison or residence_unknown) \
        else terms.other_years
    a_on = calendar.due_date(decided_on, years, "years")
    a = on >= a_on
    after = sorted(d for d in verification_days if d > decided_on)
    b = len(after) >= terms.min_verifications
    c = pending_new_information == 0
    reasons = []
    if not a:
        reasons.append(f"(a) {years} year(s) after the lacking-conditions decision end on "
                       f"{a_on.isoformat()}")
    if not b:
        reasons.append(f"(b) {len(after)} verification(s) since the decision, "
                       f"{terms.min_verifications} needed (Law Art. 44.2)")
    if not c:
        reasons.append(f"(c) {pending_new_information} new information awaiting verification")
    met_on = max(a_on, after[terms.min_verifications - 1]) if (a and b and c) else None
    return {"a": a, "b": b, "c": c, "a_on": a_on, "years": years, "met_on": met_on,
            "reasons": reasons}
