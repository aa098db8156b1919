"""Distribution by the Law's order of priority (Law Art. 47.1; Decree 62/2015 Art. 49.7), and the
largest remainder rule that keeps the shares summing to the amount, to the dong."""
import random
from datetime import date

import pytest

from services.cases.rules import distribution as rules
from services.cases.rules.distribution import Claim


def test_largest_remainder_sums_to_the_amount_and_breaks_ties_in_order():
    assert rules.largest_remainder(100, [1, 1, 1]) == [34, 33, 33]
    assert rules.largest_remainder(2, [1, 1, 1]) == [1, 1, 0]
    assert rules.largest_remainder(0, [5, 7]) == [0, 0]
    assert rules.largest_remainder(0, [0, 0]) == [0, 0]
    assert rules.largest_remainder(10, [0, 3]) == [0, 10]
    assert rules.largest_remainder(1, [1, 2]) == [0, 1]  # remainders 1/3 < 2/3


def test_largest_remainder_refuses_nothing_to_share_by():
    with pytest.raises(ValueError):
        rules.largest_remainder(5, [0, 0])
    with pytest.raises(ValueError):
        rules.largest_remainder(-1, [1])


@pytest.mark.parametrize("seed", range(200))
def test_largest_remainder_sums_to_the_dong_on_random_edges(seed):
    draw = random.Random(seed)
    weights = [draw.choice((1, 3, 7, 10**13, draw.randint(1, 10**12)))
               for _ in range(draw.randint(1, 30))]
    amount = draw.choice((0, 1, len(weights) - 1, sum(weights) - 1, draw.randint(0, 10**15)))
    shares = rules.largest_remainder(amount, weights)
    assert sum(shares) == amount
    total = sum(weights)
    for share, w in zip(shares, weights):  # each within one dong of its exact quota
        assert abs(share * total - amount * w) < total


def test_rank_of_follows_law_article_47():
    assert [rules.rank_of(c) for c in ("maintenance", "wages_labour",
                                       "compensation_life_health_honour", "court_fee", "other")
            ] == ["a", "a", "a", "b", "c"]


def test_takes_part_keeps_an_unrequested_share_until_the_limit_runs_out():
    assert rules.takes_part(Claim("O1", "P1", "other", 10))
    assert rules.takes_part(Claim("O1", "P1", "other", 10, requested=False))
    assert not rules.takes_part(Claim("O1", "P1", "other", 10, requested=False,
                                      limit_expired=True))
    assert not rules.takes_part(Claim("O1", "P1", "other", 0))


def test_distribute_costs_first_then_ranks():
    claims = [Claim("O3", "P3", "other", 100), Claim("O1", "P1", "maintenance", 50),
              Claim("O2", None, "court_fee", 30)]
    result = rules.distribute(120, 20, claims, "P9")
    assert [(l["kind"], l["rank"], l["amount"]) for l in result.lines] == [
        ("cost", "costs", 20), ("share", "a", 50), ("share", "b", 30), ("share", "c", 20)]
    assert result.allocated == 120
    assert all(l["rule"] and l["explanation"] for l in result.lines)


def test_distribute_pro_rata_within_a_rank_to_the_dong():
    claims = [Claim(f"O{i}", f"P{i}", "other", owed) for i, owed in
              enumerate((333_333, 333_333, 333_334))]
    result = rules.distribute(100_000, 0, claims, "P9")
    assert [l["amount"] for l in result.lines] == [33_333, 33_333, 33_334]
    assert "pro rata" in result.lines[0]["explanation"]


def test_distribute_reserves_the_unrequested_share_article_49_7():
    claims = [Claim("O1", "P1", "other", 100), Claim("O2", "P2", "other", 300, requested=False)]
    result = rules.distribute(200, 0, claims, "P9")
    assert [(l["kind"], l["amount"]) for l in result.lines] == [("share", 50),
                                                               ("reserved", 150)]
    assert "49.7" in result.lines[1]["rule"]


def test_distribute_returns_the_surplus_to_the_debtor():
    result = rules.distribute(100, 10, [Claim("O1", "P1", "other", 50)], "P9")
    assert result.lines[-1] == {**result.lines[-1], "kind": "surplus", "amount": 40,
                                "party_id": "P9"}
    assert result.allocated == 100


def test_distribute_pays_the_secured_creditor_first_from_his_property():
    claims = [Claim("O1", "P1", "maintenance", 50),
              Claim("O2", "P2", "other", 300, secured_pool=200)]
    result = rules.distribute(260, 10, claims, "P9")
    assert [(l["kind"], l["rank"], l["obligation_id"], l["amount"]) for l in result.lines] == [
        ("cost", "costs", None, 10), ("share", "secured", "O2", 200),
        ("share", "a", "O1", 50)]
    assert "47.3" in result.lines[1]["rule"]


def test_distribute_ranks_the_secured_remainder_with_its_category():
    claims = [Claim("O2", "P2", "other", 300, secured_pool=100),
              Claim("O3", "P3", "other", 200)]
    result = rules.distribute(200, 0, claims, "P9")
    # 100 secured; the other 100 pro rata to O2's remaining 200 and O3's 200
    assert [(l["rank"], l["obligation_id"], l["amount"]) for l in result.lines] == [
        ("secured", "O2", 100), ("c", "O2", 50), ("c", "O3", 50)]


def test_is_later_request_after_the_priority_date_only():
    early = Claim("O1", "P1", "other", 100, requested_on=date(2026, 11, 20))
    late = Claim("O2", "P3", "other", 100, requested_on=date(2026, 12, 2))
    unrequested = Claim("O3", "P4", "other", 100, requested=False)
    on = date(2026, 12, 1)
    assert [rules.is_later_request(c, on) for c in (early, late, unrequested)] == [
        False, True, False]
    assert not rules.is_later_request(late, None)


def test_distribute_with_priority_pays_earlier_requests_first_to_the_dong():
    claims = [Claim("O1", "P1", "other", 60_000_000, requested_on=date(2026, 11, 20)),
              Claim("O2", "P3", "other", 100_000_000, requested_on=date(2026, 12, 2)),
              Claim("O4", "P5", "other", 50_000_001, requested_on=date(2026, 12, 3))]
    out = rules.distribute_with_priority(100_000_000, 1_000_000, claims, "P2",
                                         priority_date=date(2026, 12, 1))
    shares = {line["obligation_id"]: line["amount"] for line in out.lines}
    # costs, then O1 in full; 39,000,000 left shared pro rata by the two later requests
    assert shares == {None: 1_000_000, "O1": 60_000_000, "O2": 26_000_000, "O4": 13_000_000}
    assert out.allocated == 100_000_000
    assert "Art. 49.1" in out.lines[2]["rule"] and "Art. 49.1" not in out.lines[1]["rule"]


def test_distribute_with_priority_returns_the_rest_to_the_debtor_once():
    claims = [Claim("O1", "P1", "other", 10, requested_on=date(2026, 11, 20)),
              Claim("O2", "P3", "other", 10, requested_on=date(2026, 12, 2))]
    out = rules.distribute_with_priority(25, 0, claims, "P2", priority_date=date(2026, 12, 1))
    assert [(line["kind"], line["amount"]) for line in out.lines] == [
        ("share", 10), ("share", 10), ("surplus", 5)]
    assert rules.distribute_with_priority(25, 0, claims, "P2").lines == rules.distribute(
        25, 0, claims, "P2").lines
