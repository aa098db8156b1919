"""The auction rules (Decree 62/2015 Art. 27, 31; Law Art. 101-104), one test (or more) named
after each. Periods are counted on the platform's calendar: 2026-12-27 is a Sunday; Tết 2027 is
Saturday 6 February, its days off run to Wednesday 10 February."""
from datetime import date

import pytest

from shared.errors import Conflict

from services.property.rules import auctions as rules
from services.property.rules.auction_lifecycle import AuctionStatus as S, check_transition

from tests.services.property.rules.periods import LAW, due

ON = date(2026, 11, 29)


def test_organisation_selection_by_agreement_else_by_the_officer():
    assert rules.organisation_selection("agreement") == \
        "Decree 62/2015 Art. 27.1 (the litigants' agreement)"
    assert "the officer selects" in rules.organisation_selection("officer")
    assert rules.organisation_selection("officer_conducts") == "Decree 62/2015 Art. 31.1(b)"


def test_hold_limit_is_45_days_for_real_property_and_30_for_a_movable():
    assert rules.hold_limit("real_estate") is rules.HOLD_REAL_PROPERTY
    assert rules.hold_limit("movable") is rules.HOLD_MOVABLE
    assert due(rules.HOLD_REAL_PROPERTY, date(2026, 11, 27)) == date(2027, 1, 11)
    assert due(rules.HOLD_MOVABLE, date(2026, 11, 27)) == date(2026, 12, 28)  # Sun 27 rolls


def test_seized_for_auction_only_after_a_decision_to_seize():
    assert rules.seized_for_auction(["refused", "seized"])
    assert not rules.seized_for_auction(["refused", "mortgagee_notified"])
    assert not rules.seized_for_auction([])


def test_descending_order_puts_the_most_valuable_lot_first_keeping_ties_in_order():
    lots = [rules.Lot("car", 600_000_000), rules.Lot("house", 4_500_000_000),
            rules.Lot("gold", 600_000_000)]
    assert [lot.key for lot in rules.descending_order(lots)] == ["house", "car", "gold"]


def test_lots_before_names_the_more_valuable_lots_without_a_result():
    assert rules.lots_before(3, {1: True, 2: False, 3: False, 4: False}) == [2]
    assert rules.lots_before(2, {1: True, 2: False}) == []
    assert rules.lots_before(1, {1: False, 2: False}) == []


def test_debts_and_costs_covered_when_the_sales_reach_them_exactly_or_more():
    assert rules.debts_and_costs_covered([300_000_000, 50_000_000], 350_000_000)
    assert not rules.debts_and_costs_covered([300_000_000, 49_999_999], 350_000_000)
    assert not rules.debts_and_costs_covered([], 1)


def test_paid_in_time_on_day_30_and_not_on_day_31_across_a_weekend():
    sold = date(2026, 11, 27)  # Friday; day 30 is Sunday 27 December, rolled to Monday 28
    due_on = due(rules.BUYER_PAYMENT, sold)
    assert due_on == date(2026, 12, 28)
    assert rules.paid_in_time(date(2026, 12, 28), due_on)
    assert not rules.paid_in_time(date(2026, 12, 29), due_on)


def test_paid_in_time_across_the_lunar_new_year_holiday():
    sold = date(2027, 1, 7)  # day 30 is Saturday 6 February 2027, Tết: the days off follow
    due_on = due(rules.BUYER_PAYMENT, sold)
    assert due_on == date(2027, 2, 11)
    assert rules.paid_in_time(date(2027, 2, 11), due_on)
    assert not rules.paid_in_time(date(2027, 2, 12), due_on)


def test_paid_in_full_counts_the_deposit_toward_the_price():
    assert rules.paid_in_full(4_600_000_000, 900_000_000, 3_700_000_000)
    assert not rules.paid_in_full(4_600_000_000, 900_000_000, 3_699_999_999)


def test_forfeited_deposit_is_the_whole_deposit():
    assert rules.forfeited_deposit(900_000_000) == 900_000_000


def test_price_reduction_of_at_most_10_percent_of_the_previous_price():
    first = rules.price_reduction(1_000_000_000, 900_000_000, 0, LAW, ON)
    assert (first.allowed, first.lowest_price, first.creditor_may_take) == (
        True, 900_000_000, False)
    assert [p["key"] for p in first.parameters_used] == [
        "auction_price_reduction_max_percent", "auction_reductions_before_creditor_takes"]
    assert not rules.price_reduction(1_000_000_000, 899_999_999, 0, LAW, ON).allowed
    assert not rules.price_reduction(1_000_000_000, 1_000_000_000, 0, LAW, ON).allowed
    # rounded up to the đồng: 10% off 1,000,000,005 leaves 900,000,004.5 -> 900,000,005
    assert rules.price_reduction(1_000_000_005, 900_000_005, 0, LAW, ON).lowest_price == \
        900_000_005


def test_price_reduction_lets_the_creditor_take_after_the_second_one():
    assert not rules.price_reduction(900_000_000, 810_000_000, 0, LAW, ON).creditor_may_take
    assert rules.price_reduction(900_000_000, 810_000_000, 1, LAW, ON).creditor_may_take


def test_co_owner_buyer_by_agreement_else_by_lot():
    assert rules.co_owner_buyer(["B", "A"], agreed_on="B") == ("B", "agreement")
    assert rules.co_owner_buyer(["A"]) == ("A", "agreement")
    drawn = []
    assert rules.co_owner_buyer(["C", "A", "B"], draw=lambda c: drawn.append(c) or c[-1]) == (
        "C", "lot")
    assert drawn == [["A", "B", "C"]]
    assert rules.co_owner_buyer([]) == (None, None)


def test_term_deposit_interest_within_the_60_days_joins_the_proceeds():
    paid, due_on = date(2026, 10, 30), date(2026, 12, 29)
    on_time = rules.term_deposit_interest(12_000_000, paid, due_on, date(2026, 12, 15))
    assert (on_time.to_enforcement, on_time.to_buyer) == (12_000_000, 0)
    late = rules.term_deposit_interest(10_000_000, paid, due_on, date(2027, 1, 8))
    assert (late.days_within, late.days_total) == (60, 70)
    assert (late.to_enforcement, late.to_buyer) == (8_571_428, 1_428_572)
    assert late.to_enforcement + late.to_buyer == 10_000_000


def test_handed_over_late_after_the_60_days_across_the_lunar_new_year():
    paid = date(2026, 12, 8)  # day 60 is Saturday 6 February 2027 (Tết): rolled to the 11th
    due_on = due(rules.HANDOVER, paid)
    assert due_on == date(2027, 2, 11)
    assert not rules.handed_over_late(date(2027, 2, 11), due_on)
    assert rules.handed_over_late(date(2027, 2, 12), due_on)


def test_handed_over_late_across_a_weekend():
    due_on = due(rules.HANDOVER, date(2026, 10, 30))  # day 60 is Tuesday 29 December
    assert due_on == date(2026, 12, 29)
    assert rules.handed_over_late(date(2026, 12, 30), due_on)


def test_payout_within_10_days_across_a_weekend_and_the_lunar_new_year():
    assert due(rules.PAYOUT, date(2026, 12, 9)) == date(2026, 12, 21)  # Sat 19 rolls to Mon
    assert due(rules.PAYOUT, date(2027, 1, 27)) == date(2027, 2, 11)  # Sat 6 Feb, Tết


def test_ip_auctioneer_is_the_officer_up_to_10_million_and_an_auction_body_above():
    assert rules.ip_auctioneer(10_000_000, LAW, ON)[0] == rules.OFFICER
    who, used = rules.ip_auctioneer(10_000_001, LAW, ON)
    assert who == rules.AUCTION_BODY
    assert (used["key"], used["value"]) == ("ip_auction_by_officer_max_vnd", 10_000_000)
    assert rules.ip_auctioneer(50_000_000, LAW, ON, auction_body_available=False)[0] == \
        rules.OFFICER


def test_personal_property_values_are_each_pieces_value_or_the_total_of_one_kind():
    assert rules.personal_property_values([4_000_000, 7_000_000], False) == [4_000_000, 7_000_000]
    assert rules.personal_property_values([4_000_000, 7_000_000], True) == [11_000_000]
    assert rules.personal_property_values([9_999_999], False) == [9_999_999]


def test_movable_auctioneer_is_the_officer_when_every_piece_is_below_10_million():
    who, values, used = rules.movable_auctioneer([9_999_999, 3_000_000], False, LAW, ON)
    assert (who, values) == (rules.OFFICER, [9_999_999, 3_000_000])
    assert (used["key"], used["value"]) == ("movable_auction_by_officer_below_vnd", 10_000_000)
    # exactly 10 million is not "below" it
    assert rules.movable_auctioneer([10_000_000], False, LAW, ON)[0] == rules.AUCTION_BODY
    # a set of chairs of one kind: their total counts (Art. 27.2), 12 x 900,000 = 10.8 million
    assert rules.movable_auctioneer([900_000] * 12, True, LAW, ON)[:2] == \
        (rules.AUCTION_BODY, [10_800_000])
    assert rules.movable_auctioneer([900_000] * 12, False, LAW, ON)[0] == rules.OFFICER


def test_auction_lifecycle_allows_the_laws_moves_only():
    assert check_transition(S.SOLD, S.PAID).article == "Decree 62/2015 Art. 27.3"
    assert check_transition(S.SOLD, S.VOIDED).target == S.VOIDED
    with pytest.raises(Conflict) as err:
        check_transition(S.VOIDED, S.PAID)
    assert err.value.details == {"status": "voided"}
