"""Securities (Decree 62/2015 Art. 13.5-13.7) as pure rules."""
from datetime import date

from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

from services.property.rules import securities as rules

LAW = LawContext(parameters_of("property"), WorkingCalendar())


def test_handling_route_follows_listing_and_registration():
    assert rules.handling_route(True, True) == rules.LISTED
    assert rules.handling_route(False, True) == rules.UNLISTED_AT_VSDC
    assert rules.handling_route(True, True, sellable_on_exchange=False) == \
        rules.UNLISTED_AT_VSDC
    assert rules.handling_route(False, False) == rules.OUTSIDE_VSDC


def test_transfer_requestable_after_the_litigants_five_working_days_across_a_weekend():
    # Notified Thursday 2026-12-03: the window's last day is Thursday 2026-12-10.
    allowed, last, used = rules.transfer_requestable(date(2026, 12, 3), date(2026, 12, 10),
                                                     False, LAW)
    assert (allowed, last, used.value) == (False, date(2026, 12, 10), 5)
    assert rules.transfer_requestable(date(2026, 12, 3), date(2026, 12, 11), False, LAW)[0]


def test_transfer_requestable_across_the_lunar_new_year_holiday():
    # Notified Tuesday 2027-02-02: 02-03 counts, the Tết days off (02-04..02-10) do not.
    _, last, _ = rules.transfer_requestable(date(2027, 2, 2), date(2027, 2, 3), False, LAW)
    assert last == date(2027, 2, 16)


def test_transfer_requestable_at_once_when_the_decision_was_issued_automatically():
    assert rules.transfer_requestable(date(2026, 12, 3), date(2026, 12, 3), True, LAW) == (
        True, None, None)


def test_sale_method_by_agreement_or_matching_orders():
    assert rules.sale_method(True, False) == rules.AGREED
    assert rules.sale_method(False, False) == rules.MATCHING_ORDERS
    assert rules.sale_method(True, True) == rules.MATCHING_ORDERS


def test_sale_due_on_two_working_days_after_the_transfer():
    assert rules.sale_due_on(date(2026, 12, 4), LAW)[0] == date(2026, 12, 8)
    assert rules.sale_due_on(date(2027, 2, 3), LAW)[0] == date(2027, 2, 12)


def test_distraint_route_names_the_article_and_the_steps():
    route, article, steps = rules.distraint_route(False, False)
    assert (route, article) == (rules.OUTSIDE_VSDC, rules.ART_13_7) and "notice" in steps
    assert rules.distraint_route(False, True)[1] == rules.ART_13_6
    assert rules.distraint_route(True, True)[1] == rules.ART_13_5_B


def test_securities_to_transfer_are_those_vsdc_reported_frozen_never_more_than_ordered():
    ordered = [{"ticker": "VNM", "quantity": 1000}, {"ticker": "FPT", "quantity": 500}]
    # VSDC froze only 600 VNM (the account held no more) and no FPT
    assert rules.securities_to_transfer(ordered, [{"ticker": "VNM", "quantity": 600}]) == [
        {"ticker": "VNM", "quantity": 600}]
    # a report above the order, or of a ticker not ordered, moves nothing beyond the order
    assert rules.securities_to_transfer(ordered, [
        {"ticker": "VNM", "quantity": 1200}, {"ticker": "HPG", "quantity": 10},
        {"ticker": "FPT", "quantity": 500}]) == ordered
    assert rules.securities_to_transfer(ordered, []) == []


def test_ownership_transfer_refusals_until_the_securities_are_sold_and_paid():
    assert rules.ownership_transfer_refusals("securities", "paid") == []
    assert rules.ownership_transfer_refusals("securities", "handed_over") == []
    [reason] = rules.ownership_transfer_refusals("securities", "sold")  # sold, not yet paid
    assert (reason["code"], reason["article"]) == (
        "not_sold_and_paid", "Decree 62/2015 Art. 13.6; Decree 62/2015 Art. 27.3")
    assert [r["code"] for r in rules.ownership_transfer_refusals("movable", "announced")] == [
        "not_securities", "not_sold_and_paid"]


def test_ownership_transfer_answer_is_owed_in_5_working_days_across_a_weekend_and_tet():
    from services.property.rules.institutions import answer_due_on
    # sent Friday 27 November 2026: the weekend skipped
    assert answer_due_on("securities_ownership_transfer", date(2026, 11, 27), LAW)[0] == \
        date(2026, 12, 4)
    # sent Wednesday 3 February 2027: the Tết days off (4-10 February) skipped
    due, used = answer_due_on("securities_ownership_transfer", date(2027, 2, 3), LAW)
    assert due == date(2027, 2, 17)
    assert (used.key, used.confidence) == ("vsdc_ownership_transfer_working_days", "check")
