"""Auctions through the handlers with a real unit of work and no broker (Decree 62/2015 Art. 27,
31; Law Art. 101-104): announced in descending order of value, sold or failed, paid in time or
voided on day 31 with the deposit forfeited, handed over (late too), the proceeds to the ledger."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError

from tests.services.property.conftest import ACCOUNT, HOUSE
from tests.services.property.handlers.seized import CAR, announcement, lot, seized  # noqa: F401


@pytest.fixture
def house(seized):
    seized.case_opened()
    return seized.seize(seized.record(HOUSE))


def sold_house(seized, house, price=4_600_000_000, held_on="2026-12-28"):
    [auction] = seized.announce(announcement(lot(house, 4_500_000_000, 900_000_000)))
    return seized.result(auction.id, "sold", held_on, price)


def test_announce_auction_owes_the_auction_day_and_announces_the_notice(seized, house):
    [auction] = seized.announce(announcement(lot(house, 4_500_000_000, 900_000_000)))
    assert (auction.status, auction.sequence, int(auction.starting_price)) == (
        "announced", 1, 4_500_000_000)
    assert auction.computations["hold_auction"]["due_on"] == "2027-01-11"  # 45 days, real
    assert auction.parameters_used[0]["key"] == "auction_hold_real_property_days"
    [(kind, payload)] = seized.outbox("auction.announced")
    assert payload["auction_id"] == auction.id
    assert payload["property_description"].startswith("Nhà và đất tại 45 Kim Mã")
    assert (payload["starting_price"], payload["deposit"], payload["auction_on"]) == (
        4_500_000_000, 900_000_000, "2026-12-28")
    assert seized.rows("SELECT action, legal_basis FROM platform_audit "
                       "WHERE action = 'auction.announced'") == [
        {"action": "auction.announced",
         "legal_basis": "Decree 62/2015 Art. 27.1, 27.3; Law on Civil Judgment Enforcement "
                        "Art. 101"}]


def test_announce_auction_after_the_hold_limit_is_refused_and_writes_nothing(seized, house):
    car = seized.seize(seized.record(CAR))
    with pytest.raises(ValidationError) as err:  # a movable: 30 days, by 2026-12-28
        seized.announce(announcement(lot(car, 600_000_000), auction_on="2026-12-29"))
    assert err.value.fields == {"auction_on": ["at the latest 2026-12-28"]}
    assert seized.rows("SELECT count(*) AS n FROM auction") == [{"n": 0}]
    assert seized.outbox("auction.announced") == []


def test_announce_auction_orders_the_lots_by_descending_value(seized, house):
    car = seized.seize(seized.record(CAR))
    lots = seized.announce(announcement(lot(car, 600_000_000), lot(house, 4_500_000_000)))
    assert [(a.property_id, a.sequence) for a in lots] == [(house.id, 1), (car.id, 2)]
    with pytest.raises(Conflict) as err:  # the car's result before the house's
        seized.result(lots[1].id, "sold", price=600_000_000)
    assert err.value.details["waiting_lots"] == [1]


def test_the_remaining_lots_are_not_auctioned_once_debts_and_costs_are_covered(seized, house):
    car = seized.seize(seized.record(CAR))
    house_lot, car_lot = seized.announce(announcement(
        lot(house, 4_500_000_000), lot(car, 600_000_000), debts_and_costs=4_500_000_000))
    seized.result(house_lot.id, "sold", price=4_500_000_000)
    [first, second] = seized.auctions()
    assert (first.status, second.status) == ("sold", "cancelled")
    assert second.reasons[0]["code"] == "debts_covered"
    assert second.reasons[0]["article"] == "Decree 62/2015 Art. 27.3 (first paragraph)"
    [(_, cancelled)] = seized.outbox("auction.cancelled")
    assert cancelled["auction_id"] == car_lot.id
    assert "cover the debts and costs (4500000000 VND)" in cancelled["reason"]


def test_the_remaining_lots_go_on_while_the_debts_are_not_covered(seized, house):
    car = seized.seize(seized.record(CAR))
    house_lot, _ = seized.announce(announcement(
        lot(house, 4_500_000_000), lot(car, 600_000_000), debts_and_costs=4_500_000_001))
    seized.result(house_lot.id, "sold", price=4_500_000_000)
    assert [a.status for a in seized.auctions()] == ["sold", "announced"]


def test_a_sale_owes_the_price_within_30_days(seized, house):
    auction = sold_house(seized, house)
    assert (auction.status, int(auction.price)) == ("sold", 4_600_000_000)
    assert auction.payment_due_on == date(2027, 1, 27)
    assert seized.deadlines("decree27.3-buyer-payment") == [
        {"due_on": date(2027, 1, 27), "status": "open", "met_on": None}]
    assert seized.deadlines("law101-auction-real-property")[0]["status"] == "met"
    [(_, sold)] = seized.outbox("auction.sold")
    assert (sold["price"], sold["buyer_chosen_by"], sold["payment_due_on"]) == (
        4_600_000_000, "bidding", "2027-01-27")


def test_a_sale_below_the_starting_price_is_refused(seized, house):
    [auction] = seized.announce(announcement(lot(house, 4_500_000_000)))
    with pytest.raises(ValidationError) as err:
        seized.result(auction.id, "sold", price=4_499_999_999)
    assert err.value.fields == {"price": ["at least 4500000000"]}


def test_payment_in_full_on_day_30_owes_the_hand_over_within_60_days(seized, house):
    auction = sold_house(seized, house)
    partial = seized.pay(auction.id, "2027-01-05", 1_000_000_000)
    assert (partial.status, int(partial.paid)) == ("sold", 1_000_000_000)
    paid = seized.pay(auction.id, "2027-01-27", 2_700_000_000)  # with the deposit: the price
    assert (paid.status, paid.paid_on, paid.handover_due_on) == (
        "paid", date(2027, 1, 27), date(2027, 3, 29))  # Sat 27 March rolls to Monday
    assert seized.deadlines("decree27.3-buyer-payment") == [
        {"due_on": date(2027, 1, 27), "status": "met", "met_on": date(2027, 1, 27)}]
    assert [p["paid_in_full"] for _, p in seized.outbox("auction.payment_received")] == [
        False, True]


def test_payment_on_day_31_voids_the_sale_and_forfeits_the_deposit(seized, house):
    auction = sold_house(seized, house)
    voided = seized.pay(auction.id, "2027-01-28", 3_700_000_000)
    assert (voided.status, int(voided.deposit_forfeited), int(voided.paid)) == (
        "voided", 900_000_000, 0)
    assert voided.reasons[0]["code"] == "not_paid_in_time"
    assert voided.reasons[0]["article"] == "Decree 62/2015 Art. 27.3 (second paragraph), 27.5"
    assert seized.deadlines("decree27.3-buyer-payment") == [
        {"due_on": date(2027, 1, 27), "status": "met", "met_on": date(2027, 1, 28)}]
    [(_, cancelled)] = seized.outbox("auction.cancelled")
    assert "never extended" in cancelled["reason"]
    assert seized.rows("SELECT action, legal_basis, details FROM platform_audit "
                       "WHERE action = 'auction.voided'")[0]["details"]["deposit_forfeited"] \
        == 900_000_000
    with pytest.raises(Conflict):
        seized.pay(auction.id, "2027-01-27", 1)


def test_void_unpaid_sale_only_after_the_30_days(seized, house):
    auction = sold_house(seized, house)
    with pytest.raises(Conflict) as err:
        seized.void(auction.id, "2027-01-27")
    assert err.value.details == {"payment_due_on": "2027-01-27"}
    voided = seized.void(auction.id, "2027-01-28")
    assert (voided.status, voided.closed_on) == ("voided", date(2027, 1, 28))


def test_hand_over_sends_the_proceeds_to_the_ledger_and_owes_the_payout(seized, house):
    auction = sold_house(seized, house)
    seized.pay(auction.id, "2027-01-20", 3_700_000_000)
    handed = seized.hand_over(auction.id, "2027-02-26", interest=15_000_000)
    assert (handed.status, handed.handover_late, int(handed.proceeds)) == (
        "handed_over", False, 4_615_000_000)
    assert handed.payout_due_on == date(2027, 3, 8)  # Sat 6 March rolls to Monday
    [(_, funds)] = seized.outbox("funds.collected")
    assert funds == {"collection_id": auction.id, "source": "auction_proceeds",
                     "amount": 4_615_000_000, "collected_on": "2027-02-26",
                     "reference": "HĐ-15/2026/ĐG",
                     "institution": "Công ty Đấu giá hợp danh Việt Nam",
                     "measure_id": auction.id, "obligation_ids": []}
    done = seized.payout(auction.id, "2027-03-05")
    assert done.status == "paid_out"
    assert seized.deadlines("decree27.4-payout") == [
        {"due_on": date(2027, 3, 8), "status": "met", "met_on": date(2027, 3, 5)}]


def test_hand_over_late_is_recorded_late_with_the_interest_after_it_to_the_buyer(seized, house):
    auction = sold_house(seized, house)
    # paid Wednesday 20 January: day 60 is Sunday 21 March, rolled to Monday 22 March
    seized.pay(auction.id, "2027-01-20", 3_700_000_000)
    handed = seized.hand_over(auction.id, "2027-04-01", interest=17_000_000)
    assert handed.handover_late is True
    assert handed.reasons[0]["code"] == "handed_over_late"
    assert "the buyer may ask to cancel" in handed.reasons[0]["text"]
    assert handed.computations["interest"] == {
        # 61 of the 71 days fell within the limit: 17,000,000 x 61 / 71, rounded down
        "total": 17_000_000, "to_enforcement": 14_605_633, "to_buyer": 2_394_367,
        "days_within": 61, "days_total": 71}
    assert seized.deadlines("decree27.3-handover") == [
        {"due_on": date(2027, 3, 22), "status": "met", "met_on": date(2027, 4, 1)}]


def test_a_failed_auction_is_repeated_at_a_price_reduced_by_at_most_10_percent(seized, house):
    [first] = seized.announce(announcement(lot(house, 4_500_000_000)))
    failed = seized.result(first.id, "failed")
    assert (failed.status, failed.creditor_may_take) == ("failed", False)
    with pytest.raises(ValidationError) as err:
        seized.announce(announcement(lot(house, 4_049_999_999), previous_auction_id=first.id,
                                     contract_signed_on="2026-12-29", posted_on="2026-12-29",
                                     registration_closes_on="2027-01-05",
                                     auction_on="2027-01-08"))
    assert err.value.fields == {"lots": {0: {"starting_price": ["from 4050000000 to "
                                                                "4499999999"]}}}
    second_at = dict(contract_signed_on="2026-12-29", posted_on="2026-12-29",
                     registration_closes_on="2027-01-05", auction_on="2027-01-08")
    [second] = seized.announce(announcement(lot(house, 4_050_000_000),
                                            previous_auction_id=first.id, **second_at))
    assert (second.reductions, second.computations["price_reduction"]["lowest_price"]) == (
        1, 4_050_000_000)
    seized.result(second.id, "failed", "2027-01-08")
    [third] = seized.announce(announcement(lot(house, 3_645_000_000),
                                           previous_auction_id=second.id, **second_at))
    last = seized.result(third.id, "failed", "2027-01-08")
    assert (last.reductions, last.creditor_may_take) == (2, True)
    assert [p["creditor_may_take"] for _, p in seized.outbox("auction.failed")] == [
        False, False, True]


def test_co_owner_buys_the_share_by_lot_when_they_do_not_agree(seized, house):
    [auction] = seized.announce(announcement(lot(house, 2_250_000_000)))
    sold = seized.co_owner({"auction_id": auction.id, "sold_on": "2026-12-10",
                            "co_owners": ["Nguyễn Văn An", "Lê Thị Hoa"]},
                           draw=lambda names: names[0])
    assert (sold.status, sold.buyer, sold.buyer_chosen_by, int(sold.price)) == (
        "sold", "Lê Thị Hoa", "lot", 2_250_000_000)
    assert sold.payment_due_on == date(2027, 1, 11)  # Sat 9 January rolls to Monday
    assert sold.computations["co_owner_sale"] == {
        "co_owners": ["Lê Thị Hoa", "Nguyễn Văn An"], "chosen_by": "lot"}
    assert sold.computations["organisation_selected_under"] == \
        "Decree 62/2015 Art. 27.1 (the litigants' agreement)"


def test_co_owner_buys_only_before_the_first_auction(seized, house):
    [first] = seized.announce(announcement(lot(house, 4_500_000_000)))
    seized.result(first.id, "failed")
    [again] = seized.announce(announcement(lot(house, 4_500_000_000), previous_auction_id=first.id,
                                           contract_signed_on="2026-12-29",
                                           posted_on="2026-12-29",
                                           registration_closes_on="2027-01-05",
                                           auction_on="2027-01-08"))
    with pytest.raises(Conflict):
        seized.co_owner({"auction_id": again.id, "sold_on": "2027-01-02",
                         "co_owners": ["Nguyễn Văn An"], "agreed_buyer": "Nguyễn Văn An"})


def test_intellectual_property_above_10_million_is_auctioned_by_an_auction_body(seized, house):
    patent = seized.seize(seized.record({**ACCOUNT, "kind": "intellectual_property",
                                         "description": "Bằng độc quyền sáng chế số 12345"}))
    with pytest.raises(ValidationError) as err:
        seized.announce(announcement(lot(patent, 10_000_001), organisation_chosen_by="officer_conducts"))
    assert err.value.fields == {"organisation_chosen_by": ["the auction body"]}
    [by_officer] = seized.announce(announcement(lot(patent, 10_000_000),
                                                organisation_chosen_by="officer_conducts",
                                                organisation="Chấp hành viên Nguyễn Văn Bình"))
    assert by_officer.parameters_used[0]["key"] == "ip_auction_by_officer_max_vnd"


GOODS = {**CAR, "description": "Bộ bàn ghế gỗ (12 ghế) và tủ lạnh Hitachi",
         "estimated_value": 18_000_000}


def test_a_movable_is_auctioned_by_the_officer_only_when_each_piece_is_below_10_million(
        seized, house):
    goods = seized.seize(seized.record(GOODS))
    by_officer = {"organisation_chosen_by": "officer_conducts",
                  "organisation": "Chấp hành viên Nguyễn Văn Bình"}
    pieces = {**lot(goods, 18_000_000), "pieces": [9_000_000, 9_000_000]}
    [auction] = seized.announce(announcement(pieces, **by_officer))
    assert auction.computations["personal_property_values"] == [9_000_000, 9_000_000]
    assert auction.computations["movable_auctioneer"] == "officer"
    assert auction.computations["organisation_selected_under"] == \
        "Decree 62/2015 Art. 27.2; Law on Civil Judgment Enforcement Art. 101.3(b)"
    assert auction.parameters_used[0]["key"] == "movable_auction_by_officer_below_vnd"


def test_pieces_of_the_same_kind_are_valued_together_so_an_auction_body_sells_them(
        seized, house):
    goods = seized.seize(seized.record(GOODS))
    chairs = {**lot(goods, 10_800_000), "pieces": [900_000] * 12,
              "same_kind_or_integrated": True}
    with pytest.raises(ValidationError) as err:
        seized.announce(announcement(chairs, organisation_chosen_by="officer_conducts"))
    assert err.value.fields == {"organisation_chosen_by": ["the auction body"]}
    [auction] = seized.announce(announcement(chairs))
    assert auction.computations["personal_property_values"] == [10_800_000]
    assert auction.computations["movable_auctioneer"] == "auction_body"


def test_a_movable_lot_without_pieces_is_one_piece_at_its_starting_price(seized, house):
    car = seized.seize(seized.record(CAR))
    with pytest.raises(ValidationError):
        seized.announce(announcement(lot(car, 10_000_000), organisation_chosen_by="officer_conducts"))
    with pytest.raises(ValidationError) as err:
        seized.announce(announcement({**lot(house, 4_500_000_000), "pieces": [1, 2]}))
    assert err.value.fields == {"lots": ["pieces given for an item that is not movable"]}


def test_auctions_of_another_authority_read_as_missing(seized, house):
    [auction] = seized.announce(announcement(lot(house, 4_500_000_000)))
    other = seized.as_("enforcement_officer", "HCM-02")
    with pytest.raises(NotFound) as err:
        other.result(auction.id, "sold", price=4_500_000_000)
    assert err.value.details == {"auction_id": auction.id}
    assert other.auctions() == []


def test_only_seized_property_is_auctioned(seized, house):
    car = seized.record(CAR)
    with pytest.raises(Conflict) as err:
        seized.announce(announcement(lot(car, 600_000_000)))
    assert err.value.details == {"property_id": car.id}
    seized.seize(car, secured_debt=600_000_000, mortgagee="Ngân hàng TMCP Á Châu")
    with pytest.raises(Conflict):  # the mortgagee notified: not seized
        seized.announce(announcement(lot(car, 600_000_000)))
    assert seized.rows("SELECT count(*) AS n FROM auction") == [{"n": 0}]
