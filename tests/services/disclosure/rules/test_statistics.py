"""The open statistics' arithmetic (issue 11 capability 3), pure."""
from datetime import date

from services.disclosure.rules import statistics as rules


def test_period_of_is_the_month():
    assert rules.period_of(date(2026, 3, 5)) == "2026-03"


def test_is_completed_only_when_fulfilled():
    assert rules.is_completed("fulfilled")
    assert not any(rules.is_completed(g) for g in ("terminated", "returned_request",
                                                   "entrusted_out"))


def test_met_on_time_counts_met_late_and_overdue_and_skips_open():
    due = date(2026, 3, 12)
    assert rules.met_on_time("met", due, date(2026, 3, 12)) is True
    assert rules.met_on_time("met", due, date(2026, 3, 13)) is False
    assert rules.met_on_time("overdue", due, None) is False
    assert rules.met_on_time("open", due, None) is None


def test_share_met_on_time_is_a_percentage_or_none():
    assert rules.share_met_on_time(2, 3) == 66.7
    assert rules.share_met_on_time(0, 0) is None


def test_figures_per_authority_and_month_with_integer_amounts():
    rows = rules.figures(
        received=[("HN-01", date(2026, 3, 2)), ("HN-01", date(2026, 3, 9)),
                  ("HN-02", date(2026, 4, 1))],
        closed=[("HN-01", date(2026, 3, 16), "fulfilled", 350_000_000, 350_000_000),
                ("HN-01", date(2026, 3, 20), "terminated", 100_000_000, 25_000_000)],
        deadlines=[("HN-01", date(2026, 3, 12), "met", date(2026, 3, 9)),
                   ("HN-01", date(2026, 3, 13), "met", date(2026, 3, 16)),
                   ("HN-01", date(2026, 3, 30), "open", None)])
    first, second = rows
    assert first.as_dict() == {
        "authority": "HN-01", "period": "2026-03", "received": 2, "closed": 2, "completed": 1,
        "amount_due": 450_000_000, "amount_collected": 375_000_000, "deadlines_decided": 2,
        "deadlines_met_on_time": 1, "share_met": 50.0}
    assert (second.authority, second.period, second.received, second.share_met) == (
        "HN-02", "2026-04", 1, None)
    total = rules.totals(rows)
    assert (total.received, total.amount_collected, total.share_met) == (3, 375_000_000, 50.0)
    assert isinstance(total.amount_collected, int)
