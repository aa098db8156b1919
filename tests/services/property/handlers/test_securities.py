"""Listed securities through the handlers (Decree 62/2015 Art. 13.5): freeze at VSDC, distraint
and transfer after the litigants' window, sale by agreement or matching orders, proceeds to the
ledger."""
from datetime import timedelta

import pytest

from shared.calendar import today_in_vietnam

from shared.errors import Conflict
from shared.validation import load

from services.property.handlers import securities
from services.property.schemas import OWNERSHIP_TRANSFER_IN

from tests.services.property import institutions as banks
from tests.services.property.conftest import HOUSE
from tests.services.property.handlers.seized import announcement, lot, seized  # noqa: F401


@pytest.fixture
def frozen(prop):
    prop.case_opened()
    _, [order] = prop.freeze_securities({
        "case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
        "costs_amount": 5_000_000, "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
        "securities": [{"ticker": "VNM", "quantity": 1000}]})
    order = prop.order(order)
    prop.answer(banks.answer(order, "vsdc.securities_frozen",
                             securities=[{"ticker": "VNM", "quantity": 1000}]),
                publisher="vsdc")
    return prop, order


def transfer(order, notified_on, **changes):
    return {"case_id": "case-1", "decision": {**banks.DECISION, "decision_id": "D-9",
                                               "number": "09/QĐ-CCTHADS"},
            "obligation_amount": 150_000_000, "costs_amount": 5_000_000,
            "freeze_order_id": order["id"], "notified_on": notified_on.isoformat(),
            "to_account": {"name": "Chi cục THADS quận Ba Đình", "number": "058C000123",
                           "member": "Công ty Chứng khoán VPS"}, **changes}


def test_a_transfer_inside_the_litigants_window_is_recorded_refused(frozen):
    prop, order = frozen
    measure, orders = prop.transfer_securities(transfer(order, today_in_vietnam()))
    assert (measure.status, orders) == ("refused", [])
    assert measure.reasons[0]["code"] == "agreement_window_open"
    assert measure.parameters_used[0]["key"] == "securities_sale_agreement_working_days"


def test_distrained_securities_are_transferred_then_sold_and_the_proceeds_reported(frozen):
    prop, freeze = frozen
    measure, [order] = prop.transfer_securities(
        transfer(freeze, today_in_vietnam() - timedelta(days=30)))
    assert measure.status == "decided" and order.kind == "securities_transfer"
    assert order.message["to_account"]["member"] == "Công ty Chứng khoán VPS"
    transfer_order = prop.order(order)
    prop.answer(banks.answer(transfer_order, "vsdc.securities_transferred",
                             securities=[{"ticker": "VNM", "quantity": 1000}]),
                publisher="vsdc")
    statuses = {o["kind"]: o["status"] for o in prop.orders()}
    assert statuses == {"securities_freeze": "transferred",
                        "securities_transfer": "transferred"}
    [owed] = prop.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                       "'decree13.5b-sale-after-transfer'")
    assert owed == {"status": "open"}
    sale = prop.sell_securities({
        "case_id": "case-1", "decision": banks.DECISION, "transfer_order_id": order.id,
        "proceeds_account": {"name": "Chi cục THADS quận Ba Đình", "number": "3949.0.1055555",
                             "bank": "Kho bạc Nhà nước"}})
    assert sale.message["method"] == "matching_orders_at_reference_price"
    assert prop.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                     "'decree13.5b-sale-after-transfer'") == [{"status": "met"}]
    prop.answer(banks.answer(prop.order(sale), "vsdc.securities_sold",
                             securities=[{"ticker": "VNM", "quantity": 1000}],
                             amount=61_000_000, sale_reference="VPS-2026-1", sold_on="2026-12-03"),
                publisher="vsdc")
    [collected] = prop.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                            "'funds.collected'")
    assert (collected["envelope"]["payload"]["source"],
            collected["envelope"]["payload"]["amount"]) == ("securities_sale", 61_000_000)


def test_a_sale_by_agreement_needs_the_agreed_price(frozen):
    from shared.errors import ValidationError
    prop, freeze = frozen
    _, [order] = prop.transfer_securities(transfer(freeze, today_in_vietnam(), automatic=True))
    prop.answer(banks.answer(prop.order(order), "vsdc.securities_transferred",
                             securities=[{"ticker": "VNM", "quantity": 1000}]),
                publisher="vsdc")
    request = {"case_id": "case-1", "decision": banks.DECISION, "transfer_order_id": order.id,
               "agreement_reached": True,
               "proceeds_account": {"name": "Chi cục", "number": "3949", "bank": "KBNN"}}
    with pytest.raises(ValidationError):
        prop.sell_securities(request)
    sale = prop.sell_securities({**request, "agreed_price": 65_000})
    assert (sale.message["method"], sale.message["agreed_price"]) == ("agreed", 65_000)


SHARES = {"case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
          "costs_amount": 5_000_000, "holding": "30% phần vốn góp tại Công ty TNHH Minh Phát",
          "estimated_value": 150_000_000,
          "enterprise": {"name": "Công ty TNHH Minh Phát", "address": "88 Láng Hạ, Hà Nội"}}


def test_a_stake_outside_vsdc_is_distrained_with_notice_to_the_enterprise(prop):
    prop.case_opened()
    measure = prop.distrain_shares(SHARES)
    assert (measure.status, measure.legal_basis) == ("decided", "Decree 62/2015 Art. 13.7")
    [notice] = prop.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'enterprise.notified'")
    assert notice["envelope"]["payload"]["enterprise_name"] == "Công ty TNHH Minh Phát"


def test_unlisted_securities_at_vsdc_follow_art_13_6_without_an_enterprise_notice(prop):
    from shared.errors import ValidationError
    prop.case_opened()
    measure = prop.distrain_shares({**SHARES, "registered_at_vsdc": True})
    assert measure.legal_basis == "Decree 62/2015 Art. 13.6" and "auction" in measure.explanation
    assert prop.rows("SELECT 1 FROM platform_outbox WHERE routing_key = "
                     "'enterprise.notified'") == []
    with pytest.raises(ValidationError):
        prop.distrain_shares({**SHARES, "listed": True, "registered_at_vsdc": True})
    refused = prop.distrain_shares({**SHARES, "estimated_value": 900_000_000})
    assert refused.status == "refused" and refused.reasons[0]["code"] == "disproportionate"


def test_the_transfer_and_the_sale_use_what_vsdc_reported_not_what_was_ordered(prop):
    prop.case_opened()
    _, [order] = prop.freeze_securities({
        "case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
        "costs_amount": 5_000_000, "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
        "securities": [{"ticker": "VNM", "quantity": 1000}, {"ticker": "FPT", "quantity": 500}]})
    freeze = prop.order(order)
    prop.answer(banks.answer(freeze, "vsdc.securities_frozen",
                             securities=[{"ticker": "VNM", "quantity": 600}]), publisher="vsdc")
    _, [transfer_order] = prop.transfer_securities(
        transfer(freeze, today_in_vietnam() - timedelta(days=30)))
    assert transfer_order.message["securities"] == [{"ticker": "VNM", "quantity": 600}]
    prop.answer(banks.answer(prop.order(transfer_order), "vsdc.securities_transferred",
                             securities=[{"ticker": "VNM", "quantity": 550}]), publisher="vsdc")
    sale = prop.sell_securities({
        "case_id": "case-1", "decision": banks.DECISION, "transfer_order_id": transfer_order.id,
        "proceeds_account": {"name": "Chi cục THADS quận Ba Đình", "number": "3949.0.1055555",
                             "bank": "Kho bạc Nhà nước"}})
    assert sale.message["securities"] == [{"ticker": "VNM", "quantity": 550}]


UNLISTED = {**HOUSE, "kind": "securities", "estimated_value": 300_000_000,
          "description": "10.000 cổ phần Công ty CP Bánh kẹo Tràng An (chưa niêm yết)"}


def test_unlisted_securities_are_auctioned_then_vsdc_transfers_them_to_the_buyer(seized):
    """Art. 13.6: frozen at VSDC, distrained (seized), auctioned like any seized property; once
    the buyer paid, VSDC is asked to transfer the ownership of what it froze to the buyer."""
    seized.case_opened()
    _, [order] = seized.freeze_securities({
        "case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
        "costs_amount": 5_000_000, "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
        "securities": [{"ticker": "TRANGAN", "quantity": 10000}]})
    freeze = seized.order(order)
    seized.answer(banks.answer(freeze, "vsdc.securities_frozen",
                               securities=[{"ticker": "TRANGAN", "quantity": 8000}]),
                  publisher="vsdc")
    shares = seized.seize(seized.record(UNLISTED))
    [auction] = seized.announce(announcement(lot(shares, 300_000_000, 30_000_000)))
    seized.result(auction.id, "sold", "2026-12-28", 320_000_000)
    request = {"case_id": "case-1", "decision": banks.DECISION, "freeze_order_id": freeze["id"],
               "auction_id": auction.id,
               "buyer": {"name": "Công ty TNHH Đầu tư Minh Long", "id_number": "0101234567",
                         "id_issued_on": "2015-03-02"},
               "buyer_account": {"name": "Công ty TNHH Đầu tư Minh Long",
                                 "number": "058C778899", "member": "Công ty Chứng khoán SSI"}}

    def transfer_ownership():
        return seized.run_with_directory(securities.order_ownership_transfer,
                                         load(OWNERSHIP_TRANSFER_IN, request))

    with pytest.raises(Conflict) as err:  # sold, but the price not yet paid
        transfer_ownership()
    assert err.value.details == {"reasons": ["not_sold_and_paid"]}
    seized.pay(auction.id, "2027-01-05", 290_000_000)  # with the deposit: paid in full
    sent = transfer_ownership()
    assert (sent.kind, sent.institution, sent.status) == (
        "securities_ownership_transfer", freeze["institution"], "sent")
    assert sent.message["securities"] == [{"ticker": "TRANGAN", "quantity": 8000}]
    assert sent.message["buyer_account"]["member"] == "Công ty Chứng khoán SSI"
    assert sent.parameters_used[0]["key"] == "vsdc_ownership_transfer_working_days"
    seized.answer(banks.answer(seized.order(sent), "vsdc.securities_transferred",
                               securities=[{"ticker": "TRANGAN", "quantity": 8000}]),
                  publisher="vsdc")
    statuses = {o["kind"]: o["status"] for o in seized.orders()}
    assert statuses == {"securities_freeze": "transferred",
                        "securities_ownership_transfer": "transferred"}
    # no sale is owed after an ownership transfer (that is Art. 13.5(b)'s transfer only)
    assert seized.rows("SELECT count(*) AS n FROM platform_deadline WHERE rule_id = "
                       "'decree13.5b-sale-after-transfer'") == [{"n": 0}]


def test_ownership_transfer_is_refused_for_an_auction_of_other_property(frozen, seized):
    prop, freeze = frozen
    house = seized.seize(seized.record(HOUSE))
    [auction] = seized.announce(announcement(lot(house, 4_500_000_000)))
    with pytest.raises(Conflict) as err:
        seized.run_with_directory(securities.order_ownership_transfer, load(
            OWNERSHIP_TRANSFER_IN, {
                "case_id": "case-1", "decision": banks.DECISION, "freeze_order_id": freeze["id"],
                "auction_id": auction.id,
                "buyer": {"name": "Công ty TNHH Đầu tư Minh Long", "id_number": "0101234567",
                          "id_issued_on": "2015-03-02"},
                "buyer_account": {"name": "Minh Long", "number": "058C778899",
                                  "member": "Công ty Chứng khoán SSI"}}))
    assert err.value.details == {"reasons": ["not_securities", "not_sold_and_paid"]}
