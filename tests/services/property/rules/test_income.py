"""Collection from income and profit (Decree 62/2015 Art. 22; Law Art. 78) as pure rules."""
from datetime import date

import pytest

from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

from services.property.rules import income

LAW = LawContext(parameters_of("property"), WorkingCalendar())
ON = date(2025, 6, 1)


def test_subsistence_floor_is_the_dated_poverty_standard_times_the_household():
    floor, used = income.subsistence_floor(3, "urban", ON, LAW)
    assert floor == 6_000_000 and used.source.startswith("Decree 07/2021")
    assert income.subsistence_floor(1, "rural", ON, LAW)[0] == 1_500_000


def test_subsistence_floor_from_2026_is_marked_for_a_lawyer():
    _, used = income.subsistence_floor(1, "rural", date(2026, 11, 29), LAW)
    assert used.confidence == "check"


@pytest.mark.parametrize("members, area", [(0, "urban"), (1, "mountain"), (1.5, "rural")])
def test_subsistence_floor_refuses_what_is_not_a_household_or_an_area(members, area):
    with pytest.raises(ValueError):
        income.subsistence_floor(members, area, ON, LAW)


def test_profit_collectible_leaves_the_subsistence_of_debtor_and_dependants():
    got = income.profit_collectible(20_000_000, 3, "urban", ON, LAW)
    assert (got.collectible, got.retained) == (14_000_000, 6_000_000)
    assert "Art. 22.2" in got.explanation and got.parameters_used


def test_profit_collectible_honours_the_officers_higher_minimum_and_never_goes_negative():
    assert income.profit_collectible(20_000_000, 1, "urban", ON, LAW,
                                     minimum_retained=8_000_000).collectible == 12_000_000
    assert income.profit_collectible(1_000_000, 2, "rural", ON, LAW).collectible == 0


def test_income_deduction_limit_on_a_salary_is_30_percent_unless_agreed():
    assert income.income_deduction_limit(10_000_000, income.SALARY, 1, "urban", ON,
                                         LAW).collectible == 3_000_000
    assert income.income_deduction_limit(10_000_000, income.SALARY, 1, "urban", ON, LAW,
                                         agreed_percent=50).collectible == 5_000_000


def test_income_deduction_limit_on_other_income_keeps_the_subsistence():
    got = income.income_deduction_limit(10_000_000, income.OTHER, 2, "urban", ON, LAW)
    assert (got.collectible, got.retained) == (6_000_000, 4_000_000)
