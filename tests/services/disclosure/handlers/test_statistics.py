"""The open statistics through the handlers (issue 11 capability 3): closed cases counted from
``enforcement_case.closed``, cases received from the known cases, the register's deadlines met,
per authority and month, and nothing personal in them."""
from datetime import date

import pytest

from shared.errors import ValidationError
from shared.validation import load

from services.disclosure.schemas import STATISTICS_QUERY

from tests.services.disclosure.conftest import case_closed, lacking_conditions


def test_closed_cases_counted_once_with_amounts_and_no_party(disclosure):
    disclosure.on_event(case_closed(), today=date(2026, 3, 16))
    assert disclosure.on_event(case_closed(), today=date(2026, 3, 16)) is None
    [row] = disclosure.rows("SELECT * FROM closed_case")
    assert (row["authority"], row["ground"], row["amount_collected"]) == (
        "HN-01", "fulfilled", 350_000_000)
    [audit] = disclosure.rows("SELECT action, details FROM platform_audit")
    assert audit["action"] == "statistics.case_closed_counted"


def test_statistics_per_authority_and_month_from_cases_closures_and_deadlines(disclosure):
    disclosure.open_cases()  # opened 2025-10-20, four cases (3 of HN-01, 1 of HN-02)
    # published Monday 9 Mar, due Thursday 12 Mar: on time
    disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 9))
    # decided Friday 13 Feb, due 27 Feb across Tết, published 2 Mar: late
    disclosure.on_event(lacking_conditions("2026-02-13", case_id="case-3", decision_id="lc-3",
                                           debtor={"party_id": "p-3", "name": "Lê Văn Cường",
                                                   "address": "1 Hàng Bài, Hà Nội"}),
                        today=date(2026, 3, 2))
    disclosure.on_event(case_closed(), today=date(2026, 3, 16))
    disclosure.on_event(case_closed("case-2", "HN-02", closed_on="2026-03-20",
                                    ground="terminated", amount_collected=0),
                        today=date(2026, 3, 20))
    stats = disclosure.statistics(year="2026")
    by_key = {(r["authority"], r["period"]): r for r in stats["rows"]}
    assert by_key[("HN-01", "2026-02")]["share_met"] == 0.0
    assert by_key[("HN-01", "2026-03")]["share_met"] == 100.0
    assert by_key[("HN-01", "2026-03")]["completed"] == 1
    assert by_key[("HN-02", "2026-03")]["closed"] == 1
    assert by_key[("HN-02", "2026-03")]["completed"] == 0
    assert stats["totals"]["amount_collected"] == 350_000_000
    assert stats["totals"]["share_met"] == 50.0
    received = disclosure.statistics(year="2025")["totals"]["received"]
    assert received == 4
    only = disclosure.statistics(year="2026", authority="HN-02")
    assert {r["authority"] for r in only["rows"]} == {"HN-02"}
    text = repr(stats)
    assert "Trần Thị Bình" not in text and "case-1" not in text and "party" not in text


@pytest.mark.parametrize("year", ["26", "1999", "2200", "２０２６", "2026.0"])
def test_statistics_query_year_is_four_ascii_digits_from_2000(year):
    with pytest.raises(ValidationError) as raised:
        load(STATISTICS_QUERY, {"year": year})
    assert "year" in raised.value.fields
