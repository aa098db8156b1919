"""The valuation rules (Decree 62/2015 Art. 17, 26), one test (or more) named after each; the
edges are exact: a change of exactly 20% qualifies and 19% does not; exactly VND 10,000,000 is
little value. 2026-11-27 is a Friday; Tết 2027 is Saturday 6 February (days off to the 10th)."""
from datetime import date

from services.property.rules import valuation as rules

from tests.services.property.rules.periods import LAW, PARAMS, due

ON = date(2026, 11, 29)


def test_price_changed_enough_at_exactly_20_percent_up_or_down():
    assert rules.price_changed_enough(1_000_000_000, 1_200_000_000, LAW, ON)[:2] == (True, 2000)
    assert rules.price_changed_enough(1_000_000_000, 800_000_000, LAW, ON)[:2] == (True, 2000)
    used = rules.price_changed_enough(1_000_000_000, 800_000_000, LAW, ON)[2]
    assert (used["key"], used["value"]) == ("revaluation_price_change_percent", 20)


def test_price_changed_enough_not_at_19_percent_nor_just_under_20():
    assert rules.price_changed_enough(1_000_000_000, 1_190_000_000, LAW, ON)[:2] == (False, 1900)
    assert not rules.price_changed_enough(1_000_000_000, 1_199_999_999, LAW, ON)[0]


def test_revaluation_refusals_none_when_every_condition_of_17_1_holds():
    assert rules.revaluation_refusals(False, True, 1_000_000_000, 1_200_000_000, LAW, ON)[0] == []


def test_revaluation_refusals_give_every_failing_condition_with_its_point():
    reasons, used = rules.revaluation_refusals(True, False, 1_000_000_000, 1_190_000_000, LAW, ON)
    assert [(r["code"], r["article"]) for r in reasons] == [
        ("performed_voluntarily", "Decree 62/2015 Art. 17.1(a)"),
        ("advance_not_paid", "Decree 62/2015 Art. 17.1(b)"),
        ("price_change_below_threshold", "Decree 62/2015 Art. 17.1(c)")]
    assert "changed by 19.00%, less than 20%" in reasons[2]["text"]
    assert used[0]["key"] == "revaluation_price_change_percent"


def test_little_value_at_exactly_10_million_and_not_above():
    assert rules.little_value(10_000_000, LAW, ON) == (True, PARAMS.value(
        "little_value_vnd", ON).as_record())
    assert not rules.little_value(10_000_001, LAW, ON)[0]


def test_difference_owed_is_the_rise_in_value_only():
    assert rules.difference_owed(1_250_000_000, 1_000_000_000) == 250_000_000
    assert rules.difference_owed(800_000_000, 1_000_000_000) == 0


def test_difference_outcome_paid_on_day_30_else_auction():
    due_on = due(rules.DIFFERENCE_PAYMENT, date(2026, 11, 27))  # Sun 27 Dec -> Mon 28
    assert due_on == date(2026, 12, 28)
    assert rules.difference_outcome(date(2026, 12, 28), due_on) == "paid"
    assert rules.difference_outcome(date(2026, 12, 29), due_on) == "auction"
    assert rules.difference_outcome(None, due_on) == "auction"


def test_revaluation_within_5_working_days_across_a_weekend_and_the_lunar_new_year():
    assert due(rules.REVALUATION, date(2026, 11, 27)) == date(2026, 12, 4)
    assert due(rules.REVALUATION, date(2027, 2, 1)) == date(2027, 2, 15)
    assert due(rules.DIFFERENCE_REQUEST, date(2027, 2, 1)) == date(2027, 2, 15)


def test_finance_consultation_within_15_days_across_the_lunar_new_year():
    assert due(rules.FINANCE_CONSULTATION, date(2027, 1, 22)) == date(2027, 2, 11)


def test_consultation_may_escalate_only_after_the_15_days_without_an_opinion():
    due_on = due(rules.FINANCE_CONSULTATION, date(2026, 12, 10))
    assert due_on == date(2026, 12, 25)
    assert not rules.consultation_may_escalate(date(2026, 12, 25), due_on, None)
    assert rules.consultation_may_escalate(date(2026, 12, 26), due_on, None)
    assert not rules.consultation_may_escalate(date(2026, 12, 26), due_on, date(2026, 12, 20))


def test_valuing_body_order_refusals_need_the_earlier_step_to_have_failed():
    # the agreed body (Art. 25.1) and a body in the province (Law Art. 98.3(a)) come first
    assert rules.valuing_body_order_refusals(rules.AGREEMENT, []) == []
    assert rules.valuing_body_order_refusals(rules.IN_PROVINCE, []) == []
    # another province only once no contract could be concluded in the province (Art. 26.1)
    [reason] = rules.valuing_body_order_refusals(rules.OTHER_PROVINCE, [])
    assert (reason["code"], reason["article"]) == (
        "in_province_not_tried", "Decree 62/2015 Art. 26.1; Law Art. 98.3(a)")
    assert rules.valuing_body_order_refusals(rules.OTHER_PROVINCE, [
        (rules.IN_PROVINCE, rules.CONTRACTED)])[0]["code"] == "in_province_not_tried"
    assert rules.valuing_body_order_refusals(rules.OTHER_PROVINCE, [
        (rules.IN_PROVINCE, rules.NO_CONTRACT)]) == []
    # the finance authority only once another province failed too
    assert [r["code"] for r in rules.valuing_body_order_refusals(rules.FINANCE_AUTHORITY, [
        (rules.IN_PROVINCE, rules.NO_CONTRACT)])] == ["other_province_not_tried"]
    assert rules.valuing_body_order_refusals(rules.FINANCE_AUTHORITY, [
        (rules.IN_PROVINCE, rules.NO_CONTRACT), (rules.OTHER_PROVINCE, rules.NO_CONTRACT)]) == []
    # a refused choice opens nothing
    assert rules.valuing_body_order_refusals(rules.FINANCE_AUTHORITY, [
        (rules.OTHER_PROVINCE, rules.REFUSED)])[0]["code"] == "other_province_not_tried"


def test_valuing_body_order_refusals_keep_the_body_the_litigants_agreed_on():
    [reason] = rules.valuing_body_order_refusals(rules.IN_PROVINCE, [
        (rules.AGREEMENT, rules.CONTRACTED)])
    assert (reason["code"], reason["article"]) == ("agreed_body_contracted",
                                                  "Decree 62/2015 Art. 25.1")
    assert rules.valuing_body_order_refusals(rules.IN_PROVINCE, [
        (rules.AGREEMENT, rules.NO_CONTRACT)]) == []
