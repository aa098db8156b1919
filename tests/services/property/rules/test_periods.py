"""Every time limit of part 2 counted across a weekend and across the lunar new year holiday
(Civil Code Art. 144-148 through ``shared.calendar``): a period in days whose last day is a
rest day ends on the next working day; working days skip weekends and the Tết days off (Tết
2027: Saturday 6 February; the days off run from Friday 5 to Wednesday 10 February)."""
from datetime import date

import pytest

from services.property.rules import auctions, certificates, expropriation, valuation

from tests.services.property.rules.periods import due

D = date
CASES = [
    # limit, start across a weekend, its last day, start across Tết, its last day
    (auctions.HOLD_MOVABLE, D(2026, 11, 5), D(2026, 12, 7), D(2027, 1, 7), D(2027, 2, 11)),
    (auctions.HOLD_REAL_PROPERTY, D(2026, 11, 4), D(2026, 12, 21), D(2026, 12, 23),
     D(2027, 2, 11)),
    (auctions.BUYER_PAYMENT, D(2026, 11, 5), D(2026, 12, 7), D(2027, 1, 7), D(2027, 2, 11)),
    (auctions.HANDOVER, D(2026, 11, 3), D(2027, 1, 4), D(2026, 12, 8), D(2027, 2, 11)),
    (auctions.PAYOUT, D(2026, 11, 4), D(2026, 11, 16), D(2027, 1, 27), D(2027, 2, 11)),
    (valuation.REVALUATION, D(2026, 11, 6), D(2026, 11, 13), D(2027, 2, 4), D(2027, 2, 17)),
    (valuation.DIFFERENCE_REQUEST, D(2026, 11, 6), D(2026, 11, 13), D(2027, 2, 4),
     D(2027, 2, 17)),
    (valuation.DIFFERENCE_PAYMENT, D(2026, 11, 5), D(2026, 12, 7), D(2027, 1, 7),
     D(2027, 2, 11)),
    (valuation.FINANCE_CONSULTATION, D(2026, 11, 6), D(2026, 11, 23), D(2027, 1, 22),
     D(2027, 2, 11)),
    (expropriation.RECEIPT, D(2026, 11, 4), D(2026, 11, 16), D(2027, 1, 27), D(2027, 2, 11)),
    (expropriation.DESTRUCTION, D(2026, 11, 4), D(2026, 11, 16), D(2027, 1, 27),
     D(2027, 2, 11)),
    (certificates.LAND_AUTHORITY_DECISION, D(2026, 11, 6), D(2026, 12, 14), D(2027, 2, 4),
     D(2027, 3, 17)),
]


@pytest.mark.parametrize("limit, weekend_start, weekend_due, tet_start, tet_due", CASES,
                         ids=[c[0].rule_id for c in CASES])
def test_every_time_limit_across_a_weekend_and_the_lunar_new_year(
        limit, weekend_start, weekend_due, tet_start, tet_due):
    assert due(limit, weekend_start) == weekend_due
    assert due(limit, tet_start) == tet_due
    # the last day is a working day in both cases
    assert weekend_due.weekday() < 5 and tet_due.weekday() < 5
    assert not D(2027, 2, 5) <= tet_due <= D(2027, 2, 10)
