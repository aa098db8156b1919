"""Seizure, valuation and auctions through RabbitMQ and PostgreSQL (Decree 62/2015 Art. 17, 24,
27): the refusals crossing the wire as recorded decisions, the typed errors and permissions,
and an auction's events on the bus."""
import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError
from tests.conftest import rows, wait_for
from tests.services.property.conftest import HOUSE

pytestmark = pytest.mark.integration


def lot_of(house, price=4_500_000_000, deposit=900_000_000):
    return {"property_id": house["id"], "starting_price": price, "deposit": deposit}


def announcement(house, **overrides):
    return {"case_id": "case-1", "organisation": "Công ty Đấu giá hợp danh Việt Nam",
            "organisation_chosen_by": "officer", "contract_number": "HĐ-15/2026/ĐG",
            "contract_signed_on": "2026-11-27", "debts_and_costs": 4_000_000_000,
            "venue": "Số 2 Hàng Bài, Hà Nội", "posted_on": "2026-11-28",
            "registration_closes_on": "2026-12-24", "auction_on": "2026-12-28",
            "lots": [lot_of(house)], **overrides}


@pytest.fixture
def house(open_case, rpc_as):
    open_case("case-1", "HN-01")
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        item = rpc.property.record_property(HOUSE)
        rpc.property.decide_seizure({
            "case_id": "case-1", "property_id": item["id"], "decided_on": "2026-11-23",
            "debtor_kind": "individual", "category": "land_house", "value": 4_500_000_000,
            "debts_and_costs": 4_000_000_000})
        return item


def test_seizure_out_of_the_enterprise_order_is_a_recorded_refusal(house, rpc_as, databases):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        refused = rpc.property.decide_seizure({
            "case_id": "case-1", "property_id": house["id"], "decided_on": "2026-11-30",
            "debtor_kind": "enterprise", "category": "other", "value": 4_500_000_000,
            "debts_and_costs": 4_000_000_000})
    assert (refused["outcome"], refused["reasons"][0]["code"]) == (
        "refused", "enterprise_accounts_first")
    assert rows(databases["property"], "SELECT outcome FROM seizure ORDER BY created_at") == [
        {"outcome": "seized"}, {"outcome": "refused"}]


def test_revaluation_at_19_percent_refused_and_at_20_accepted(house, rpc_as):
    request = {"case_id": "case-1", "property_id": house["id"], "requested_by": "Nguyễn Văn An",
               "requested_on": "2026-11-27", "performed_voluntarily": False,
               "advance_paid": True, "value_at_judgment": 4_000_000_000}
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        refused = rpc.property.request_revaluation({**request, "current_price": 4_760_000_000})
        accepted = rpc.property.request_revaluation({**request, "current_price": 4_800_000_000})
    assert refused["outcome"] == "refused"
    assert (accepted["outcome"], accepted["valuation_due_on"]) == ("accepted", "2026-12-04")


def test_an_auction_paid_on_day_31_is_voided_and_its_notice_cancelled_on_the_bus(
        house, rpc_as, tap_events):
    drain = tap_events("property.events", "auction.#")
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        [auction] = rpc.property.announce_auction(announcement(house))
        sold = rpc.property.record_auction_result({"auction_id": auction["id"],
                                                   "held_on": "2026-12-28", "outcome": "sold",
                                                   "price": 4_600_000_000})
        voided = rpc.property.record_auction_payment({"auction_id": auction["id"],
                                                      "paid_on": "2027-01-28",
                                                      "amount": 3_700_000_000})
        with pytest.raises(Conflict):
            rpc.property.hand_over_auctioned_property({"auction_id": auction["id"],
                                                       "handed_over_on": "2027-02-01"})
    assert sold["payment_due_on"] == "2027-01-27"
    assert (voided["status"], voided["deposit_forfeited"]) == ("voided", 900_000_000)
    got = wait_for(lambda: (lambda seen: seen if len(seen) >= 3 else None)(drain()),
                   message="auction events")
    assert [e["type"] for e in got] == ["auction.announced", "auction.sold",
                                        "auction.cancelled"]
    assert got[0]["payload"]["auction_on"] == "2026-12-28"


def test_auction_bad_input_and_permission_cross_the_wire(house, rpc_as):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.property.announce_auction(announcement(house, lots=[], auction_on="soon"))
        assert set(err.value.fields) == {"lots", "auction_on"}
    with rpc_as("desk_officer", authority="HN-01") as rpc:
        with pytest.raises(PermissionDenied):
            rpc.property.announce_auction(announcement(house))
        assert rpc.property.list_auctions("case-1") == []


def test_a_late_hand_over_is_recorded_late_over_the_wire(house, rpc_as, databases):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        [auction] = rpc.property.announce_auction(announcement(house))
        rpc.property.record_auction_result({"auction_id": auction["id"], "held_on": "2026-12-28",
                                            "outcome": "sold", "price": 4_500_000_000})
        paid = rpc.property.record_auction_payment({"auction_id": auction["id"],
                                                    "paid_on": "2027-01-20",
                                                    "amount": 3_600_000_000})
        handed = rpc.property.hand_over_auctioned_property({"auction_id": auction["id"],
                                                            "handed_over_on": "2027-03-23"})
    assert (paid["status"], paid["handover_due_on"]) == ("paid", "2027-03-22")
    assert (handed["handover_late"], handed["reasons"][0]["code"]) == (True, "handed_over_late")
    assert rows(databases["property"], "SELECT status, met_on FROM platform_deadline "
                "WHERE rule_id = 'decree27.3-handover'")[0]["status"] == "met"


def test_impoundment_expropriation_and_certificate_over_the_wire(house, rpc_as):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.property.impound({"case_id": "case-1", "property_id": house["id"],
                                  "impounded_on": "2026-11-30", "owner_name": "Trần Thị Bình",
                                  "kind": "money", "description": "Tiền mặt",
                                  "storage": "Kho vật chứng"})
        assert set(err.value.fields) == {"face_values", "currency"}
        expropriated = rpc.property.record_expropriated({
            "case_id": "case-1", "description": "Xe máy (tịch thu)", "disposal": "hand_over",
            "responsible_authority": "Sở Tài chính Hà Nội", "started_on": "2026-12-10"})
        certificate = rpc.property.propose_certificate_revocation({
            "case_id": "case-1", "property_id": house["id"], "certificate_number": "CH 01234",
            "act": "cancel", "first_issue": True, "received_on": "2027-01-25"})
    assert expropriated["receipt_due_on"] == "2026-12-21"
    assert (certificate["addressed_to"], certificate["due_on"]) == (
        "peoples_committee", "2027-03-08")


def test_a_valuer_out_of_the_provinces_order_is_a_recorded_refusal_on_the_bus(
        house, rpc_as, tap_events, databases):
    drain = tap_events("property.events", "valuing_body.#")
    choice = {"case_id": "case-1", "property_id": house["id"], "chosen_on": "2026-12-01",
              "valuing_body": "Công ty Thẩm định giá Hải Phòng", "province": "Hải Phòng"}
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        refused = rpc.property.choose_valuing_body({**choice, "step": "other_province"})
        failed = rpc.property.choose_valuing_body({
            **choice, "step": "in_province", "province": "Hà Nội",
            "valuing_body": "Công ty Thẩm định giá Thăng Long", "contract_concluded": False})
        contracted = rpc.property.choose_valuing_body({**choice, "step": "other_province"})
        with pytest.raises(ValidationError):
            rpc.property.choose_valuing_body({**choice, "step": "next_door"})
    with rpc_as("desk_officer", authority="HN-01") as rpc, pytest.raises(PermissionDenied):
        rpc.property.choose_valuing_body({**choice, "step": "in_province"})
    assert (refused["outcome"], refused["reasons"][0]["code"]) == (
        "refused", "in_province_not_tried")
    assert (failed["outcome"], contracted["outcome"]) == ("no_contract", "contracted")
    assert rows(databases["property"], "SELECT outcome FROM valuing_body_choice "
                "ORDER BY created_at") == [{"outcome": "refused"}, {"outcome": "no_contract"},
                                            {"outcome": "contracted"}]
    got = wait_for(lambda: (lambda seen: seen if len(seen) >= 3 else None)(drain()),
                   message="valuing body events")
    assert [e["payload"]["outcome"] for e in got] == ["refused", "no_contract", "contracted"]
