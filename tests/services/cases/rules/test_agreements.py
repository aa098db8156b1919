"""Agreements of the litigants (Decree 62/2015 Art. 5)."""
from datetime import date
from types import SimpleNamespace

import pytest

from shared.errors import Conflict

from services.cases.rules import agreements as rules
from services.cases.rules import lifecycle
from services.cases.rules.lifecycle import AgreementStatus


def obligation(oid, debtor="P2", creditor="P1"):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, creditor_party_id=creditor)


def test_agreement_stage_follows_the_decision():
    assert rules.agreement_stage(False) == rules.BEFORE_DECISION
    assert rules.agreement_stage(True) == rules.AFTER_DECISION


def test_missing_contents_before_the_decision_needs_time_and_place():
    assert rules.missing_contents(rules.BEFORE_DECISION,
                                  {"made_on": date(2026, 11, 2), "place": "Hà Nội"}) == {}
    assert set(rules.missing_contents(rules.BEFORE_DECISION, {"made_on": date(2026, 11, 2)})) \
        == {"place"}


def test_missing_contents_after_the_decision_needs_contents_limit_and_consequences():
    got = rules.missing_contents(rules.AFTER_DECISION,
                                 {"made_on": date(2026, 11, 2), "place": "Hà Nội"})
    assert set(got) == {"contents", "performance_due_on", "consequences"}
    assert got["contents"] == ["required by Decree 62/2015 Art. 5.2"]


def test_unsigned_parties_names_each_creditor_and_debtor_once():
    obligations = [obligation("O1"), obligation("O2", debtor="P3"), obligation("O3", "P4")]
    assert rules.unsigned_parties(obligations, ["O1", "O2"], ["P1"]) == ["P2", "P3"]
    assert rules.unsigned_parties(obligations, ["O1"], ["P1", "P2"]) == []


def test_non_enforcement_error_needs_an_issued_decision():
    assert "Art. 5.3" in rules.non_enforcement_error(rules.BEFORE_DECISION)
    assert rules.non_enforcement_error(rules.AFTER_DECISION) is None


def test_buyer_consent_missing_only_once_property_was_sold_and_not_delivered():
    assert rules.buyer_consent_missing(True, False)
    assert not rules.buyer_consent_missing(True, True)
    assert not rules.buyer_consent_missing(False, False)


def test_witness_place_error_outside_the_head_office_only_for_listed_subjects():
    assert rules.witness_place_error(rules.HEAD_OFFICE, None) is None
    assert rules.witness_place_error("12 Phố Huế", "land_or_house") is None
    assert rules.witness_place_error("12 Phố Huế", "custody_of_minor") is None
    assert "Art. 5.4" in rules.witness_place_error("a café", None)


def test_witnessable_only_after_the_decision():
    assert rules.witnessable(rules.AFTER_DECISION)
    assert not rules.witnessable(rules.BEFORE_DECISION)


def test_refusal_grounds_error():
    assert rules.refusal_grounds_error(["impractical", "affects_third_party"]) is None
    assert "at least one" in rules.refusal_grounds_error([])
    assert "because" in rules.refusal_grounds_error(["because"])


def test_whole_termination_when_every_item_is_covered():
    assert rules.whole_termination(["O1"], ["O1"])
    assert not rules.whole_termination(["O1", "O2"], ["O2"])


def test_re_enforcement_barred_for_items_terminated_by_agreement():
    assert rules.re_enforcement_barred(["O2", "O1", "O3"], ["O1", "O3"]) == ["O1", "O3"]
    assert rules.re_enforcement_barred(["O2"], ["O1"]) == []


def test_termination_by_agreement_is_5_working_days_across_a_weekend_and_tet(law):
    limit = rules.TERMINATION_BY_AGREEMENT
    length, used = limit.resolve(law.params, date(2026, 12, 3))
    assert (length, used.unit) == (5, "working_days")
    # Thursday 2026-12-03 -> Thursday 2026-12-10 (a weekend skipped)
    assert law.calendar.due_date(date(2026, 12, 3), length, limit.unit) == date(2026, 12, 10)
    # Friday 2026-02-13 -> Friday 2026-02-27 (the Tết week skipped)
    assert law.calendar.due_date(date(2026, 2, 13), length, limit.unit) == date(2026, 2, 27)


def test_agreement_lifecycle_refuses_a_refused_agreement():
    assert lifecycle.check_agreement_transition(
        AgreementStatus.WITNESSED, AgreementStatus.ENFORCEMENT_TERMINATED).target == \
        AgreementStatus.ENFORCEMENT_TERMINATED
    with pytest.raises(Conflict):
        lifecycle.check_agreement_transition(AgreementStatus.WITNESS_REFUSED,
                                             AgreementStatus.ENFORCEMENT_TERMINATED)


def test_breach_error():
    made = date(2026, 12, 3)
    assert rules.breach_error(rules.PERFORMANCE, "witnessed", date(2027, 2, 1), made) is None
    assert rules.breach_error(rules.NON_ENFORCEMENT, "enforcement_terminated",
                              date(2027, 2, 1), made) is None
    assert "after the head's decision" in rules.breach_error(
        rules.NON_ENFORCEMENT, "recorded", date(2027, 2, 1), made)
    assert "cannot precede" in rules.breach_error(rules.PERFORMANCE, "recorded",
                                                  date(2026, 12, 1), made)


def test_breach_reopens_only_a_breached_agreement():
    assert rules.breach_reopens(date(2027, 2, 1))
    assert not rules.breach_reopens(None)
