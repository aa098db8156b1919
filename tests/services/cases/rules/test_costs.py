"""Exemption and reduction of the enforcement cost (Decree 62/2015 Art. 44)."""
from datetime import date

from services.cases.rules import costs as rules


def test_cost_relief_halves_for_grounds_a_and_c():
    assert rules.cost_relief("44.1.a", 3_000_001, 0) == (1_500_000, None)
    assert rules.cost_relief("44.1.c", 3_000_000, 3_000_000) == (1_500_000, None)


def test_cost_relief_ground_b_after_half_paid():
    assert rules.cost_relief("44.1.b", 3_000_000, 1_500_000) == (1_500_000, None)
    relief, reason = rules.cost_relief("44.1.b", 3_000_000, 1_499_999)
    assert relief == 0 and "50%" in reason


def test_cost_relief_refuses_an_unknown_ground():
    assert rules.cost_relief("44.1.z", 1, 0)[1].startswith("'44.1.z' is not a ground")


def test_cost_relief_decision_within_5_working_days_across_weekend_and_tet(law):
    length, used = rules.COST_RELIEF_DECISION.resolve(law.params, date(2026, 11, 27))
    assert (length, used.unit) == (5, "working_days")
    # Fri 2026-11-27 + 5 working days -> Fri 2026-12-04; Fri 2026-02-13 -> Fri 2026-02-27 (Tết)
    assert law.calendar.due_date(date(2026, 11, 27), length, "working_days") == date(2026, 12, 4)
    assert law.calendar.due_date(date(2026, 2, 13), length, "working_days") == date(2026, 2, 27)
