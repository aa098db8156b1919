"""Postponement, suspension, termination and continuation (Law Art. 48-50; Decree 62/2015
Art. 14) and the deduction of their periods (Law Art. 30.2)."""
from datetime import date

import pytest

from shared.errors import Conflict

from services.cases.rules import lifecycle
from services.cases.rules import requests
from services.cases.rules import suspension as rules
from services.cases.rules.lifecycle import CaseStatus


def due(law, limit, starts_on, length=5, unit="working_days"):
    got, used = limit.resolve(law.params, starts_on)
    assert (got, used.unit) == (length, unit)
    return law.calendar.due_date(starts_on, got, used.unit)


@pytest.mark.parametrize("limit", [*rules.DECISION_LIMITS.values(),
                                   *rules.CONTINUATION_LIMITS.values(),
                                   rules.TERMINATION_DECISION])
def test_decision_limits_are_5_working_days_across_a_weekend_and_tet(law, limit):
    # Thursday 2026-12-03 -> Thursday 2026-12-10 (a weekend skipped)
    assert due(law, limit, date(2026, 12, 3)) == date(2026, 12, 10)
    # Friday 2026-02-13 -> Friday 2026-02-27 (the Tết week 16-20 Feb skipped)
    assert due(law, limit, date(2026, 2, 13)) == date(2026, 2, 27)
    assert "Law on Civil Judgment Enforcement Art. 4" in limit.article or "Art. 50" in limit.article


def test_postponement_on_protest_request_lasts_at_most_3_months_across_a_weekend_and_tet(law):
    limit = rules.PROTEST_POSTPONEMENT_END
    # 2026-09-05 + 3 months = Saturday 2026-12-05 -> Monday 2026-12-07
    assert due(law, limit, date(2026, 9, 5), 3, "months") == date(2026, 12, 7)
    # 2025-11-17 + 3 months = Tuesday 2026-02-17, in Tết -> Monday 2026-02-23
    assert due(law, limit, date(2025, 11, 17), 3, "months") == date(2026, 2, 23)


def test_ground_error_accepts_the_grounds_of_the_law():
    assert rules.ground_error("postponement", "48.1.c", False) is None
    assert rules.ground_error("postponement", "48.2", False) is None
    assert rules.ground_error("suspension", "49.2", False) is None


def test_ground_error_refuses_a_ground_of_another_act():
    assert "Art. 48" in rules.ground_error("postponement", "49.1", False)
    assert "Art. 49" in rules.ground_error("suspension", "48.1.a", False)


def test_ground_error_illness_postpones_only_a_personal_obligation():
    # Decree Art. 14.1: Law Art. 48.1(a) and (b) only for obligations the debtor performs himself
    assert "Art. 14.1" in rules.ground_error("postponement", "48.1.a", False)
    assert "Art. 14.1" in rules.ground_error("postponement", "48.1.b", False)
    assert rules.ground_error("postponement", "48.1.a", True) is None


def test_termination_ground_error():
    assert rules.termination_ground_error("50.1.c") is None
    assert "Art. 50" in rules.termination_ground_error("48.1.c")


def test_seizure_of_other_property_makes_a_disputed_property_postponement_partial():
    assert rules.seizure_of_other_property("48.1.d", "Car 30A-123.45") == "Car 30A-123.45"
    assert rules.seizure_of_other_property("48.1.d", None) is None
    assert rules.seizure_of_other_property("48.1.c", "Car 30A-123.45") is None


def test_decision_precedes_ground():
    assert rules.decision_precedes_ground(date(2026, 12, 1), date(2026, 12, 2))
    assert not rules.decision_precedes_ground(date(2026, 12, 2), date(2026, 12, 2))


def test_periods_to_deduct_are_proved_by_their_decisions():
    periods = [rules.Period("postponement", "3/QĐ", date(2027, 1, 4), date(2027, 3, 31)),
               rules.Period("suspension", "4/QĐ", date(2027, 6, 1), None),
               rules.Period("postponement", "5/QĐ", date(2028, 1, 1), None),
               rules.Period("postponement", "6/QĐ", date(2027, 5, 5), date(2027, 5, 4))]
    got = rules.periods_to_deduct(periods, received_on=date(2027, 9, 1))
    assert [(d["ground"], d["from_on"], d["to_on"]) for d in got] == [
        ("postponement", date(2027, 1, 4), date(2027, 3, 31)),
        ("suspension", date(2027, 6, 1), date(2027, 9, 1))]  # still running: up to receipt
    assert all(requests.deduction_refused_because(d) is None for d in got)


def test_periods_to_deduct_extend_the_prescriptive_limit(law):
    periods = [rules.Period("postponement", "3/QĐ", date(2027, 1, 1), date(2027, 1, 10))]
    deductions = rules.periods_to_deduct(periods, received_on=date(2031, 10, 5))
    limit = requests.prescriptive_limit(date(2026, 10, 1), law, deductions)
    assert limit.deducted_days == 10
    assert limit.ends_on == date(2031, 10, 13)  # 2031-10-01 + 10 days, Saturday -> Monday


def test_lifecycle_postponement_suspension_termination():
    assert lifecycle.check_transition("decision_issued", "postponed").article.startswith(
        "Law on Civil Judgment Enforcement Art. 48")
    assert lifecycle.check_transition("postponed", "decision_issued").target == (
        CaseStatus.DECISION_ISSUED)
    assert lifecycle.check_transition("suspended", "terminated").target == CaseStatus.TERMINATED
    assert not lifecycle.is_open("terminated")
    with pytest.raises(Conflict):
        lifecycle.check_transition("request_accepted", "postponed")
    with pytest.raises(Conflict):
        lifecycle.check_transition("terminated", "decision_issued")
    assert lifecycle.RESUMED == CaseStatus.DECISION_ISSUED
