"""Verification of conditions, the lacking-conditions decision and resumption (Decree 62/2015
Art. 9, 11; Law Art. 44, 44a)."""
from datetime import date
from types import SimpleNamespace

import pytest

from shared.errors import Conflict

from services.cases.rules import lifecycle
from services.cases.rules import verification as rules
from services.cases.rules.lifecycle import CaseStatus


def v(verified_on, finding):
    return SimpleNamespace(verified_on=verified_on, finding=finding)


def item(oid, debtor, description="Repay", amount=None):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, description=description,
                           amount=amount)


def due(law, starts_on):
    length, used = rules.LACKING_CONDITIONS_DECISION.resolve(law.params, starts_on)
    assert (length, used.unit) == (5, "working_days")
    return law.calendar.due_date(starts_on, length, used.unit)


def test_lacking_conditions_decision_is_due_within_5_working_days_across_a_weekend(law):
    # verified Thursday 2026-12-03: Fri, Mon, Tue, Wed, Thu -> Thursday 2026-12-10
    assert due(law, date(2026, 12, 3)) == date(2026, 12, 10)
    assert "Art. 9.4" in rules.LACKING_CONDITIONS_DECISION.article
    assert "44a" in rules.LACKING_CONDITIONS_DECISION.article


def test_lacking_conditions_decision_is_due_within_5_working_days_across_tet_2026(law):
    # verified Friday 2026-02-13: the Tết week (16-20 Feb) and two weekends are skipped
    assert due(law, date(2026, 2, 13)) == date(2026, 2, 27)


def test_lacking_conditions_decision_parameter_after_law_106_is_marked_unconfirmed(law):
    _, before = rules.LACKING_CONDITIONS_DECISION.resolve(law.params, date(2026, 6, 30))
    _, after = rules.LACKING_CONDITIONS_DECISION.resolve(law.params, date(2026, 7, 1))
    assert before.as_record()["confidence"] == "high"
    assert after.as_record()["confidence"] == "check"
    assert "UNCONFIRMED" in after.as_record()["source"]


def test_verification_owes_decision():
    assert rules.verification_owes_decision(rules.LACKS_CONDITIONS)
    assert not rules.verification_owes_decision(rules.HAS_CONDITIONS)


def test_verification_precedes_decision():
    assert rules.verification_precedes_decision(date(2026, 11, 22), date(2026, 11, 23))
    assert not rules.verification_precedes_decision(date(2026, 11, 23), date(2026, 11, 23))


def test_finding_for_lacking_conditions():
    assert rules.finding_for_lacking_conditions([]) is None
    lacks = v(date(2026, 12, 1), rules.LACKS_CONDITIONS)
    assert rules.finding_for_lacking_conditions([lacks]) is lacks
    # a later verification that found conditions leaves nothing to decide on
    has = v(date(2026, 12, 2), rules.HAS_CONDITIONS)
    assert rules.finding_for_lacking_conditions([lacks, has]) is None
    # the latest by day counts, whatever the order recorded
    later = v(date(2026, 12, 3), rules.LACKS_CONDITIONS)
    assert rules.finding_for_lacking_conditions([later, has, lacks]) is later


def test_conditions_found_since():
    decided = date(2026, 12, 10)
    before = v(date(2026, 12, 1), rules.HAS_CONDITIONS)
    lacks = v(date(2026, 12, 20), rules.LACKS_CONDITIONS)
    assert rules.conditions_found_since([before, lacks], decided) is None
    found = v(date(2027, 1, 5), rules.HAS_CONDITIONS)
    same_day = v(decided, rules.HAS_CONDITIONS)
    assert rules.conditions_found_since([before, same_day, found], decided) is found
    assert rules.conditions_found_since([same_day], decided) is same_day


def test_debtors_of():
    items = [item("O1", "P2"), item("O2", "P3"), item("O3", "P2"), item("O4", "P4")]
    assert rules.debtors_of(items, ["O1", "O2", "O3"]) == ["P2", "P3"]
    assert rules.debtors_of(items, ["O3"]) == ["P2"]


def test_unmet_obligation():
    items = [item("O1", "P2", "Repay the loan", 300), item("O2", "P2", "Pay interest", 50),
             item("O3", "P3", "Other debtor", 999), item("O4", "P2", "Return the car")]
    assert rules.unmet_obligation(items, ["O1", "O2", "O3", "O4"], "P2") == {
        "text": "Repay the loan; Pay interest; Return the car", "amount": 350}
    # not a sum: the amount is None; only requested items count
    assert rules.unmet_obligation(items, ["O4"], "P2") == {"text": "Return the car",
                                                           "amount": None}
    long = [item(f"O{i}", "P2", "x" * 600) for i in range(2)]
    text = rules.unmet_obligation(long, ["O0", "O1"], "P2")["text"]
    assert len(text) == rules.OBLIGATION_TEXT_MAX and text.endswith("…")


def test_is_verifiable():
    assert lifecycle.is_verifiable(CaseStatus.DECISION_ISSUED)
    assert lifecycle.is_verifiable(CaseStatus.LACKING_CONDITIONS)
    assert not lifecycle.is_verifiable(CaseStatus.REQUEST_ACCEPTED)
    assert not lifecycle.is_verifiable(CaseStatus.REQUEST_REFUSED)


def test_check_transition_to_lacking_conditions_and_back():
    to = lifecycle.check_transition(CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS)
    assert "Art. 9.4" in to.article
    back = lifecycle.check_transition(CaseStatus.LACKING_CONDITIONS, lifecycle.RESUMED)
    assert lifecycle.RESUMED == CaseStatus.DECISION_ISSUED and "9.6" in back.article
    with pytest.raises(Conflict, match="lack conditions after a verification") as err:
        lifecycle.check_transition(CaseStatus.REQUEST_ACCEPTED, CaseStatus.LACKING_CONDITIONS)
    assert err.value.details == {"status": "request_accepted"}
