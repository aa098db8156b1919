"""Garnishment across several accounts (Decree 62/2015 Art. 21.2) as a pure rule."""
import pytest

from services.property.rules.accounts import GARNISHMENT_CONTENTS, Available, garnishment_plan


def test_garnishment_plan_covers_obligation_and_costs_and_no_more():
    plan = garnishment_plan([Available("vcb", 100_000_000), Available("bidv", 80_000_000)],
                            150_000_000, 5_000_000)
    assert plan == [("vcb", 100_000_000), ("bidv", 55_000_000)]


def test_garnishment_plan_takes_the_largest_balances_first_so_fewer_banks_are_troubled():
    plan = garnishment_plan([Available("a", 10), Available("b", 200), Available("c", 50)],
                            180, 0)
    assert plan == [("b", 180)]


def test_garnishment_plan_takes_everything_when_the_accounts_do_not_cover_it():
    plan = garnishment_plan([Available("a", 10), Available("b", 0)], 100, 5)
    assert plan == [("a", 10)]


def test_garnishment_plan_refuses_fractions_of_a_dong():
    with pytest.raises(ValueError):
        garnishment_plan([Available("a", 10)], 10.5, 0)


def test_garnishment_contents_name_every_item_of_art_21_1():
    assert sorted(GARNISHMENT_CONTENTS) == ["a", "b", "c", "d", "dd", "e", "g"]
