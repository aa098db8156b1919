"""The ledger's rules: the enforcement fee (Circular 216/2016/TT-BTC) and the balance."""
from datetime import date

import pytest

from services.cases.rules import ledger

ON = date(2026, 12, 1)


@pytest.fixture(scope="module")
def brackets(law):
    return ledger.fee_brackets(law.params, ON)[0]


def test_fee_brackets_are_dated_rows(law):
    brackets, used = ledger.fee_brackets(law.params, ON)
    assert brackets == [(5_000_000_000, 300), (7_000_000_000, 200), (10_000_000_000, 100),
                        (15_000_000_000, 50), (None, 1)]
    # Circular 216/2016's table, carried past 2026-07-01 unconfirmed (rules/applicable_law.py)
    assert all(row["valid_from"] == "2026-07-01" for row in used) and len(used) == 9
    old, _ = ledger.fee_brackets(law.params, date(2026, 6, 30))
    assert old == brackets


@pytest.mark.parametrize("received, fee", [
    (0, 0), (1, 0), (17, 1), (100_000_000, 3_000_000),  # 3% ; 0.51 rounds up to 1
    (5_000_000_000, 150_000_000),
    (6_000_000_000, 170_000_000),  # 150 m + 2% of 1 bn
    (7_000_000_000, 190_000_000), (10_000_000_000, 220_000_000),
    (15_000_000_000, 245_000_000),
    (25_000_000_000, 246_000_000),  # 245 m + 0.01% of 10 bn
])
def test_enforcement_fee_by_bracket(brackets, received, fee):
    assert ledger.enforcement_fee(received, brackets) == fee


def test_fee_on_share_charges_the_running_total(brackets):
    # two shares of 4 bn: the second crosses 5 bn and 7 bn: 3% of 1 bn + 2% of 2 bn + 1% of 1 bn
    first = ledger.fee_on_share(0, 4_000_000_000, brackets)
    second = ledger.fee_on_share(4_000_000_000, 4_000_000_000, brackets)
    assert (first, second) == (120_000_000, 30_000_000 + 40_000_000 + 10_000_000)
    assert first + second == ledger.enforcement_fee(8_000_000_000, brackets)


def test_fee_applies_to_creditors_shares_only():
    share = {"kind": "share", "party_id": "P1", "category": "other"}
    assert ledger.fee_applies(share)
    assert not ledger.fee_applies({**share, "category": "court_fee"})
    assert not ledger.fee_applies({**share, "kind": "reserved"})
    assert not ledger.fee_applies({**share, "kind": "cost", "party_id": None})


def test_with_fees_adds_fee_and_payable(brackets):
    lines = [{"kind": "share", "party_id": "P1", "category": "other", "amount": 1_000_000},
             {"kind": "surplus", "party_id": "P2", "category": "surplus", "amount": 5}]
    out = ledger.with_fees(lines, {}, brackets)
    assert [(l["fee"], l["payable"]) for l in out] == [(30_000, 970_000), (0, 5)]


def test_balance_is_received_less_distributed():
    assert ledger.balance([100, 250], [300]) == 50
