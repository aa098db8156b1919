"""The certificate of result (Decree 62/2015 Art. 37): fully, partly, per period."""
from services.cases.rules import certificate as rules


def test_result_of_fully_partly_not():
    assert [rules.result_of(100, p) for p in (100, 150, 1, 0)] == [
        "fully", "fully", "partly", "not"]


def test_periods_result_applies_payments_oldest_first():
    instalments = [{"due_on": "2026-12-01", "amount": 3_000_000},
                   {"due_on": "2026-11-01", "amount": 3_000_000}]
    assert rules.periods_result(instalments, 4_000_000) == [
        {"due_on": "2026-11-01", "due": 3_000_000, "paid": 3_000_000, "result": "fully"},
        {"due_on": "2026-12-01", "due": 3_000_000, "paid": 1_000_000, "result": "partly"}]


def test_obligation_result_of_a_periodic_obligation():
    line = rules.obligation_result("O1", None, [{"due_on": "2026-11-01", "amount": 5}], 5)
    assert (line["due"], line["paid"], line["result"], len(line["periods"])) == (5, 5, "fully", 1)


def test_obligation_due_sums_instalments():
    assert rules.obligation_due(7, []) == 7
    assert rules.obligation_due(None, [{"amount": 2}, {"amount": 3}]) == 5


def test_all_fulfilled_needs_every_obligation():
    assert rules.all_fulfilled([{"result": "fully"}, {"result": "fully"}])
    assert not rules.all_fulfilled([{"result": "fully"}, {"result": "partly"}])
    assert not rules.all_fulfilled([])
