"""Judicial assistance abroad (Decree 62/2015 Art. 50)."""
from datetime import date

from services.cases.rules import judicial_assistance as rules


def test_next_step_after_each_result():
    assert rules.next_step(1, "sufficient") == "satisfied"
    assert rules.next_step(1, "insufficient") == "second_attempt"
    assert rules.next_step(2, "insufficient") == "fallback"
    assert rules.next_step(2, "sufficient") == "satisfied"


def test_fallback_refused_because_within_the_6_months():
    due = date(2027, 6, 1)
    assert "6 months" in rules.fallback_refused_because("pending", due, date(2027, 6, 1))
    assert rules.fallback_refused_because("pending", due, date(2027, 6, 2)) is None
    assert rules.fallback_refused_because("second_attempt_failed", due, date(2027, 1, 1)) is None
    assert "satisfied" in rules.fallback_refused_because("satisfied", due, date(2027, 7, 1))


def test_result_limit_six_months_across_tet(law):
    length, _ = rules.RESULT_LIMIT.resolve(law.params, date(2026, 8, 7))
    # 2026-08-07 + 6 months = 2027-02-07, inside the Tết 2027 days off (4-10 Feb): -> 02-11
    assert law.calendar.due_date(date(2026, 8, 7), length, "months") == date(2027, 2, 11)
    # across a weekend: 2026-12-05 + 6 months = Sat 2027-06-05 -> Mon 2027-06-07
    assert law.calendar.due_date(date(2026, 12, 5), length, "months") == date(2027, 6, 7)


def test_requester_refused_because_a_district_goes_through_its_province():
    assert rules.requester_refused_because("province", None) is None
    assert rules.requester_refused_because("military_zone", None) is None
    assert rules.requester_refused_because("district", "HN-PROV") is None
    assert "entrusts the provincial" in rules.requester_refused_because("district", None)
    assert "itself" in rules.requester_refused_because("province", "HN-PROV")


def test_receiver_refused_because_only_a_province_or_military_zone_receives():
    assert rules.receiver_refused_because("province") is None
    assert rules.receiver_refused_because("military_zone") is None
    assert "50.4(a)" in rules.receiver_refused_because("district")
