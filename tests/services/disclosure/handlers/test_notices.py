"""Public notices through the handlers (Decree 62/2015 Art. 11.1, 12.5, 15.1, 27), with a real
unit of work and no broker: the search for heirs kept up 3 months from its real posting (across
a weekend and Tết), auction notices until their day and marked cancelled, the decision on
lacking conditions posted 3 months and ended with the debtor's removal."""
from datetime import date

from tests.services.disclosure.conftest import (
    auction_announced, auction_cancelled, lacking_conditions, notice_requested, resumed)


def events(disclosure, prefix="public_notice."):
    return [(o["routing_key"], o["payload"]) for o in disclosure.rows(
        "SELECT routing_key, envelope->'payload' AS payload FROM platform_outbox "
        f"WHERE routing_key LIKE '{prefix}%' ORDER BY id")]


def test_heir_search_posted_for_3_months_rolled_past_tet(disclosure):
    # asked 16 Nov 2025 - 1 Dec 2025 (too short): 3 months from Sunday 16 Nov 2025 is
    # Monday 16 Feb 2026, inside Tết 2026 (16-20 Feb): the last day is Monday 23 Feb
    notice = disclosure.on_event(notice_requested(posted_on="2025-11-16",
                                                  posted_until="2025-12-01"),
                                 today=date(2025, 11, 14))
    assert (notice.posted_on, notice.posted_until) == (date(2025, 11, 16), date(2026, 2, 23))
    assert notice.parameters_used[0]["key"] == "heir_search_posting_months"
    assert notice.parameters_used[0]["value"] == 3
    [(key, payload)] = events(disclosure)
    assert key == "public_notice.posted"
    assert (payload["kind"], payload["posted_until"]) == ("heir_search", "2026-02-23")
    [audit] = disclosure.rows("SELECT action, legal_basis, details FROM platform_audit")
    assert (audit["action"], audit["legal_basis"]) == ("public_notice.posted",
                                                       "Decree 62/2015 Art. 15.1")
    assert audit["details"]["requested_until"] == "2025-12-01"


def test_heir_search_received_late_runs_3_months_from_its_real_posting_across_a_weekend(
        disclosure):
    # asked from 5 Dec 2025, received Sunday 7 Dec: 3 months end Saturday 7 Mar 2026 -> Mon 9
    notice = disclosure.on_event(notice_requested(posted_on="2025-12-05",
                                                  posted_until="2026-03-05"),
                                 today=date(2025, 12, 7))
    assert (notice.posted_on, notice.posted_until) == (date(2025, 12, 7), date(2026, 3, 9))


def test_heir_search_asked_longer_than_3_months_keeps_its_end(disclosure):
    notice = disclosure.on_event(notice_requested(posted_on="2026-03-02",
                                                  posted_until="2026-08-31"),
                                 today=date(2026, 3, 2))
    assert notice.posted_until == date(2026, 8, 31)


def test_enforcement_notice_is_posted_as_asked_and_once(disclosure):
    event = notice_requested(kind="enforcement_notice", posted_on="2026-03-02",
                             posted_until="2026-03-12")
    notice = disclosure.on_event(event, today=date(2026, 3, 1))
    assert (notice.posted_on, notice.posted_until, notice.parameters_used) == (
        date(2026, 3, 2), date(2026, 3, 12), [])
    assert disclosure.on_event(event, today=date(2026, 3, 1)) is None
    assert disclosure.rows("SELECT count(*) AS n FROM public_notice") == [{"n": 1}]


def test_notices_shown_from_posting_to_last_day_inclusive(disclosure):
    disclosure.on_event(notice_requested(kind="enforcement_notice", posted_on="2026-03-02",
                                         posted_until="2026-03-12"), today=date(2026, 3, 1))
    for day, shown in ((date(2026, 3, 1), 0), (date(2026, 3, 2), 1), (date(2026, 3, 12), 1),
                       (date(2026, 3, 13), 0)):
        assert disclosure.notices(day)["total"] == shown, day


def test_auction_announced_is_shown_until_its_day_and_cancelled_stays_marked(disclosure):
    disclosure.on_event(auction_announced(), today=date(2026, 3, 2))
    [notice] = disclosure.notices(date(2026, 3, 5), kind="auction")["notices"]
    assert (notice["starting_price"], notice["deposit"], notice["auction_on"],
            notice["posted_until"], notice["cancelled_on"]) == (
        2_450_000_000, 245_000_000, "2026-04-02", "2026-04-02", None)
    assert "case_id" not in notice and "source_id" not in notice
    cancelled = disclosure.on_event(auction_cancelled(), today=date(2026, 3, 10))
    assert cancelled.cancellation_reason == "Người phải thi hành án đã nộp đủ tiền"
    [notice] = disclosure.notices(date(2026, 3, 11))["notices"]
    assert notice["cancelled_on"] == "2026-03-10"
    assert disclosure.notices(date(2026, 4, 3))["total"] == 0
    assert [key for key, _ in events(disclosure)] == ["public_notice.posted",
                                                      "public_notice.cancelled"]


def test_auction_cancelled_before_announced_changes_nothing(disclosure):
    assert disclosure.on_event(auction_cancelled(), today=date(2026, 3, 10)) is None
    assert disclosure.rows("SELECT count(*) AS n FROM public_notice") == [{"n": 0}]


def test_lacking_conditions_decision_posted_3_months_and_ended_on_removal(disclosure):
    disclosure.open_cases()
    # published Friday 6 Mar 2026: 3 months end Saturday 6 Jun -> Monday 8 Jun
    disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 6))
    [notice] = disclosure.notices(date(2026, 3, 6), kind="lacking_conditions_decision")[
        "notices"]
    assert (notice["posted_on"], notice["posted_until"]) == ("2026-03-06", "2026-06-08")
    assert notice["title"].startswith("Quyết định về việc chưa có điều kiện thi hành án số 12")
    assert "Trần Thị Bình" in notice["body"]
    disclosure.on_event(resumed("2026-03-20"), today=date(2026, 3, 23))
    assert disclosure.notices(date(2026, 3, 23))["total"] == 0
    assert disclosure.notices(date(2026, 3, 22))["total"] == 1
    assert [key for key, _ in events(disclosure)] == ["public_notice.posted",
                                                      "public_notice.ended"]
    assert events(disclosure)[-1][1]["reason_code"] == "debtor_removed"


def test_views_notices_shown_agrees_with_rules_is_shown(disclosure):
    from services.disclosure.rules.notices import is_shown
    disclosure.open_cases()
    disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 6))
    disclosure.on_event(resumed("2026-03-20"), today=date(2026, 3, 23))
    [row] = disclosure.rows("SELECT posted_on, posted_until, ended_on FROM public_notice")
    for day in (date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 22), date(2026, 3, 23),
                date(2026, 6, 8), date(2026, 6, 9)):
        expected = is_shown(row["posted_on"], row["posted_until"], row["ended_on"], day)
        assert (disclosure.notices(day)["total"] == 1) == expected, day


def test_lacking_conditions_decision_posting_of_3_months_rolls_past_tet(disclosure):
    disclosure.open_cases()
    # published Sunday 16 Nov 2025 (decided Friday 14): 3 months end Monday 16 Feb 2026, in
    # Tết 2026 (16-20 Feb): the posting lasts to Monday 23 Feb
    disclosure.on_event(lacking_conditions("2025-11-14"), today=date(2025, 11, 16))
    [row] = disclosure.rows("SELECT posted_on, posted_until, parameters_used FROM public_notice")
    assert (row["posted_on"], row["posted_until"]) == (date(2025, 11, 16), date(2026, 2, 23))
    assert row["parameters_used"][0]["key"] == "lacking_conditions_decision_posting_months"
