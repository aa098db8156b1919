"""Entrustment: the place chosen (Decree 62/2015 Art. 16.1-16.3) and its time limits."""
from datetime import date

from services.cases.rules import entrustment as rules


def place(kind, value=None, agreed=False):
    return {"kind": kind, "value": value, "agreed_by_litigants": agreed}


def test_place_to_entrust_takes_the_collateral_first():
    chosen = rules.place_to_entrust([place("property", 9), place("collateral", 1)], 5)
    assert (chosen.index, chosen.clause) == (1, "16.3")


def test_place_to_entrust_prefers_the_litigants_agreement():
    chosen = rules.place_to_entrust([place("property", 900), place("property", 10, True)], 500)
    assert (chosen.index, chosen.clause) == (1, "16.2.a")


def test_place_to_entrust_then_where_property_suffices():
    places = [place("property", 900), place("property", 600), place("property", 100)]
    assert rules.place_to_entrust(places, 500).clause == "16.2.b"
    assert rules.place_to_entrust(places, 500).index == 0  # the most valuable sufficient one
    assert rules.place_to_entrust(places, 650).index == 0


def test_place_to_entrust_then_the_most_valuable():
    chosen = rules.place_to_entrust([place("property", 100), place("property", 300)], 1000)
    assert (chosen.index, chosen.clause) == (1, "16.2.c")


def test_place_to_entrust_without_property_head_office_work_residence():
    assert rules.place_to_entrust([place("residence"), place("work")], 5).index == 1
    assert rules.place_to_entrust([place("residence")], 5).reason == "the debtor resides there"
    assert rules.place_to_entrust([place("property", 1), place("residence")], 5).clause == "16.1"


def test_entrusted_to_itself():
    assert rules.entrusted_to_itself("HN-01", "HN-01")
    assert not rules.entrusted_to_itself("HN-01", "DN-03")


def test_entrustment_decision_within_5_working_days_across_a_weekend_and_tet(law):
    length, used = rules.ENTRUSTMENT_DECISION.resolve(law.params, date(2026, 12, 3))
    assert law.calendar.due_date(date(2026, 12, 3), length, used.unit) == date(2026, 12, 10)
    length, used = rules.ENTRUSTMENT_DECISION.resolve(law.params, date(2026, 2, 13))
    assert law.calendar.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 27)


def test_urgent_entrustment_at_once_rolls_over_a_weekend_and_tet(law):
    length, used = rules.URGENT_ENTRUSTMENT.resolve(law.params, date(2026, 12, 5))
    assert (length, used.unit) == (0, "days")
    assert law.calendar.due_date(date(2026, 12, 3), 0, "days") == date(2026, 12, 3)
    assert law.calendar.due_date(date(2026, 12, 5), 0, "days") == date(2026, 12, 7)  # Saturday
    assert law.calendar.due_date(date(2026, 2, 17), 0, "days") == date(2026, 2, 23)  # Tết


def test_address_is_place_a_persons_residence_an_organisations_head_office():
    assert rules.address_is_place("residence", "person")
    assert rules.address_is_place("head_office", "organisation")
    assert not rules.address_is_place("head_office", "person")
    assert not rules.address_is_place("residence", "organisation")
    assert not rules.address_is_place("property", "person")
