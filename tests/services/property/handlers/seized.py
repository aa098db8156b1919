"""The handler driver of part 2 (seizure, valuation, auctions) and its examples: kept apart from
conftest.py's ``Property`` so that the two parts of the service grow in separate files."""
import pytest

from shared.validation import load

from services.property.handlers import auction_sales, auctions, seizure
from services.property.schemas import (ANNOUNCEMENT_IN, CO_OWNER_IN, HAND_OVER_IN, PAYMENT_IN,
                                       PAYOUT_IN, RESULT_IN, SEIZURE_IN, VOID_IN)

from tests.services.property.conftest import HOUSE
from tests.services.property.handlers.conftest import Property

CAR = {**HOUSE, "kind": "movable", "estimated_value": 600000000,
       "description": "Xe ô tô Toyota Camry biển số 30A-123.45"}


def announcement(*lots, **overrides):
    """An auction contract signed Friday 2026-11-27, the auction on 2026-12-28."""
    return {"case_id": "case-1", "organisation": "Công ty Đấu giá hợp danh Việt Nam",
            "organisation_chosen_by": "agreement", "contract_number": "HĐ-15/2026/ĐG",
            "contract_signed_on": "2026-11-27", "debts_and_costs": 4_000_000_000,
            "venue": "Số 2 Hàng Bài, Hoàn Kiếm, Hà Nội", "posted_on": "2026-11-28",
            "registration_closes_on": "2026-12-24", "auction_on": "2026-12-28",
            "lots": list(lots), **overrides}


def lot(item, price, deposit=None):
    return {"property_id": item.id, "starting_price": price,
            "deposit": deposit if deposit is not None else price // 10}


class Seized(Property):
    def seize(self, item, **facts):
        """Decide to seize ``item`` (an individual debtor's, Art. 24); returns the item."""
        self.run(seizure.decide_seizure, load(SEIZURE_IN, {
            "case_id": item.case_id, "property_id": item.id, "decided_on": "2026-11-23",
            "debtor_kind": "individual", "category": "other",
            "value": int(item.estimated_value or 0), "debts_and_costs": 0, **facts}))
        return item

    def announce(self, data):
        return self.run(auctions.announce_auction, load(ANNOUNCEMENT_IN, data))

    def result(self, auction_id, outcome="sold", held_on="2026-12-28", price=None):
        return self.run(auctions.record_auction_result, load(RESULT_IN, {
            "auction_id": auction_id, "outcome": outcome, "held_on": held_on, "price": price}))

    def co_owner(self, data, draw=None):
        loaded = load(CO_OWNER_IN, data)
        return self.run(lambda *a: auctions.sell_to_co_owner(*a, draw=draw), loaded)

    def pay(self, auction_id, paid_on, amount):
        return self.run(auction_sales.record_payment, load(PAYMENT_IN, {
            "auction_id": auction_id, "paid_on": paid_on, "amount": amount}))

    def void(self, auction_id, voided_on):
        return self.run(auction_sales.void_unpaid_sale, load(VOID_IN, {
            "auction_id": auction_id, "voided_on": voided_on}))

    def hand_over(self, auction_id, on, **extra):
        return self.run(auction_sales.hand_over, load(HAND_OVER_IN, {
            "auction_id": auction_id, "handed_over_on": on, **extra}))

    def payout(self, auction_id, on):
        return self.run(auction_sales.record_payout, load(PAYOUT_IN, {
            "auction_id": auction_id, "paid_out_on": on}))

    def auctions(self, case_id="case-1"):
        return self.run(auctions.list_auctions, case_id, read_only=True)

    def outbox(self, *types):
        got = self.rows("SELECT routing_key, envelope FROM platform_outbox ORDER BY id")
        return [(r["routing_key"], r["envelope"]["payload"]) for r in got
                if not types or r["routing_key"] in types]

    def deadlines(self, rule_id):
        return self.rows(f"SELECT due_on, status, met_on FROM platform_deadline "
                         f"WHERE rule_id = '{rule_id}' ORDER BY id")


@pytest.fixture
def seized(handler_env):
    return Seized(handler_env("property", role="enforcement_officer", authority="HN-01"))
