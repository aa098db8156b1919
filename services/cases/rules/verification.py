"""Verification of the judgment debtor's conditions, the decision that the debtor lacks
conditions, and the resumption of enforcement (Decree 62/2015 Art. 9, 11; Law Art. 44, 44a).

Translation trap (rules.md, docs/architecture.md glossary): in Art. 9.3-9.6 and Art. 11 the
English text says "decision on suspension of civil judgment enforcement"; the act is the
decision that the debtor lacks conditions (chưa có điều kiện thi hành án, Law Art. 44a), here
``lacking_conditions_decision``. The real suspension of Art. 14 is another act.
"""
from shared.legal import TimeLimit

#: The findings a verification record states (Decree Art. 9.1; Law Art. 44).
HAS_CONDITIONS, LACKS_CONDITIONS = "has_conditions", "lacks_conditions"
FINDINGS = (HAS_CONDITIONS, LACKS_CONDITIONS)

#: Decree Art. 9.1; Law Art. 44: the legal basis of a verification record.
VERIFICATION_RECORDED = "Decree 62/2015 Art. 9.1; Law on Civil Judgment Enforcement Art. 44"

LACKING_CONDITIONS_DECISION = TimeLimit(
    rule_id="decree9.4-lacking-conditions-decision",
    article="Decree 62/2015 Art. 9.4; Law on Civil Judgment Enforcement Art. 44a.1",
    length_key="lacking_conditions_decision_working_days",
    unit="working_days",
    description="Decide that the judgment debtor lacks conditions for enforcement within 5 "
                "working days of the verification result that found it.")

#: Decree Art. 9.4 (first paragraph) and Law Art. 44a.1: the legal basis of the decision that
#: the debtor lacks conditions.
LACKING_CONDITIONS_DECIDED = LACKING_CONDITIONS_DECISION.article

#: Decree Art. 9.4 (third paragraph) and 9.6: the legal basis of the decision on resumption.
ENFORCEMENT_RESUMED = "Decree 62/2015 Art. 9.4 (third paragraph), 9.6"

#: Decree Art. 11.1: the register may show the obligation's text up to this many characters
#: (the contract ``lacking_conditions.decided`` v1 bounds it so).
OBLIGATION_TEXT_MAX = 1000


def verification_owes_decision(finding):
    """Decree Art. 9.4; Law Art. 44a.1: a verification finding that the debtor lacks conditions
    starts the 5 working days in which the head of the authority decides so; a finding that
    the debtor has conditions starts nothing (enforcement goes on)."""
    return finding == LACKS_CONDITIONS


def verification_precedes_decision(verified_on, decision_issued_on):
    """Law Art. 44.1; Decree Art. 9.1: conditions are verified for a case whose enforcement
    decision was issued, so a verification dated before that decision is refused."""
    return verified_on < decision_issued_on


def finding_for_lacking_conditions(verifications):
    """Decree Art. 9.4; Law Art. 44a.1: the verification on which the lacking-conditions
    decision rests: the case's latest verification (``verified_on``, then the order recorded),
    if it found that the debtor lacks conditions; None otherwise (no verification, or a later
    one found conditions)."""
    if not verifications:
        return None
    latest = max(enumerate(verifications), key=lambda iv: (iv[1].verified_on, iv[0]))[1]
    return latest if latest.finding == LACKS_CONDITIONS else None


def conditions_found_since(verifications, decided_on):
    """Decree Art. 9.4 (second and third paragraphs), 9.6: enforcement resumes when a
    verification after the lacking-conditions decision (new information verified) finds that
    the debtor has conditions. Returns that verification (the latest such), or None."""
    found = [v for v in verifications
             if v.finding == HAS_CONDITIONS and v.verified_on >= decided_on]
    return max(found, key=lambda v: v.verified_on) if found else None


def debtors_of(obligations, obligation_ids):
    """Law Art. 44a; Decree Art. 9: the judgment debtors of the items the case enforces (the
    decision is about a debtor), in the obligations' order, each once."""
    wanted, debtors = set(obligation_ids), []
    for o in obligations:
        if o.obligation_id in wanted and o.debtor_party_id not in debtors:
            debtors.append(o.debtor_party_id)
    return debtors


def unmet_obligation(obligations, obligation_ids, debtor_party_id):
    """Decree Art. 11.1: what the register may show of the debtor's obligation — its text
    (the descriptions of the debtor's items the case enforces, joined by "; ", at most
    ``OBLIGATION_TEXT_MAX`` characters) and its amount (the sum of their amounts in đồng, or
    None when no item is a sum). Nothing else (no identity or account data) is returned."""
    wanted = set(obligation_ids)
    items = [o for o in obligations
             if o.obligation_id in wanted and o.debtor_party_id == debtor_party_id]
    text = "; ".join(o.description for o in items)
    if len(text) > OBLIGATION_TEXT_MAX:
        text = text[:OBLIGATION_TEXT_MAX - 1] + "…"
    amounts = [int(o.amount) for o in items if o.amount is not None]
    return {"text": text, "amount": sum(amounts) if amounts else None}
