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


def _share(party_id, amount, payable, kind="share"):
    return {"kind": kind, "party_id": party_id, "amount": amount, "payable": payable,
            "explanation": f"rank (c) other: {amount:,}"}


def test_deduct_creditor_costs_from_his_share_only():
    lines = [_share(None, 3_000_000, 3_000_000, kind="cost"), _share("P1", 10_000_000, 9_700_000),
             _share("P3", 5_000_000, 4_850_000)]
    out = rules.deduct_creditor_costs(lines, {"P1": 2_000_000})
    assert [line.get("cost_deducted", 0) for line in out] == [0, 2_000_000, 0]
    assert [line["payable"] for line in out] == [3_000_000, 7_700_000, 4_850_000]
    assert [line["amount"] for line in out] == [3_000_000, 10_000_000, 5_000_000]
    assert "Art. 73.2" in out[1]["explanation"]


def test_deduct_creditor_costs_never_beyond_what_is_payable_and_across_his_lines():
    lines = [_share("P1", 1_000_000, 970_000), _share("P1", 4_000_000, 3_880_000),
             _share("P1", 500_000, 500_000, kind="reserved")]
    out = rules.deduct_creditor_costs(lines, {"P1": 2_000_000})
    assert [line.get("cost_deducted", 0) for line in out] == [970_000, 1_030_000, 0]
    assert [line["payable"] for line in out] == [0, 2_850_000, 500_000]
    assert sum(line["amount"] for line in out) == 5_500_000


def test_advance_refused_because_beyond_the_approved_estimate():
    assert rules.advance_refused_because(3_000_000, 0, 3_000_000) is None
    assert rules.advance_refused_because(3_000_000, 1_000_000, 2_000_000) is None
    reason = rules.advance_refused_because(3_000_000, 1_000_000, 2_000_001)
    assert "3,000,001" in reason and "45.1(b)" in reason
