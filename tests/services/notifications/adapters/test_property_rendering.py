"""The texts of the notices of property acts: templates kept as data, Vietnamese first and
English alongside, stating what the act says (``document_details``)."""
from datetime import date

import pytest

from services.notifications import rendering
from services.notifications.rules import property_acts as acts

REASONS = [{"code": "price_unchanged", "text": "the price changed by 5%, not 20%",
            "article": "Decree 62/2015 Art. 17.1(c)"}]
DETAILS = {
    acts.SEIZURE_DECISION: {"property_id": "item-1", "value_seized": 1_500_000_000,
                            "voluntary": True},
    acts.SEIZURE_REFUSAL: {"property_id": "item-1", "reasons": REASONS},
    acts.VALUATION_RESULT: {"property_id": "item-1", "value": 8_000_000,
                            "little_value": True, "revaluation_request_id": None},
    acts.REVALUATION_DECISION: {"property_id": "item-1", "valuation_due_on": "2026-12-04"},
    acts.REVALUATION_REFUSAL: {"property_id": "item-1", "reasons": REASONS},
    acts.AUCTION_ANNOUNCEMENT: {
        "property_description": "Nhà ở số 5 Lý Thường Kiệt", "starting_price": 2_400_000_000,
        "deposit": 240_000_000, "auction_organisation": "Công ty đấu giá hợp danh Sông Hồng",
        "venue": "Hà Nội", "registration_closes_on": "2027-01-05", "auction_on": "2027-01-08"},
    acts.AUCTION_FAILURE: {"starting_price": 1_944_000_000, "reductions": 2,
                           "creditor_may_take": True},
    acts.AUCTION_CANCELLATION: {"reason": "paid 0 of 2400000000 VND by 2027-02-07"},
}


def notice(document_type):
    return {"authority": "HN-01", "case_id": "case-1", "document_type": document_type,
            "document_number": "a-1", "document_issued_on": date(2026, 11, 27),
            "recipient_name": "Nguyễn Văn A", "party_role": "judgment_creditor",
            "due_by": date(2026, 12, 2), "document_details": DETAILS[document_type]}


def test_every_property_act_has_a_template():
    assert set(DETAILS) <= set(rendering.kinds())


@pytest.mark.parametrize("document_type", sorted(DETAILS))
def test_render_of_a_property_act_gives_vietnamese_then_english(document_type):
    subject, body = rendering.render(notice(document_type))
    vi, en = body.split("\n\n---\n\n")
    assert "Kính gửi: Nguyễn Văn A" in vi and "To: Nguyễn Văn A" in en
    assert "2026-11-27" in vi and "2026-11-27" in en and " / " in subject


def test_vnd_writes_integer_dong_with_dots():
    assert rendering.vnd(2_400_000_000) == "2.400.000.000"
    assert rendering.vnd(0) == "0"


def test_the_auction_notice_states_price_deposit_day_and_venue():
    _, body = rendering.render(notice(acts.AUCTION_ANNOUNCEMENT))
    assert "Giá khởi điểm: 2.400.000.000 đồng; tiền đặt trước: 240.000.000 đồng" in body
    assert "Ngày đấu giá: 2027-01-08, tại Hà Nội" in body
    assert "Starting price: 2.400.000.000 VND" in body and "co-owners" in body


def test_a_refusal_states_each_reason_with_its_article():
    for document_type in (acts.SEIZURE_REFUSAL, acts.REVALUATION_REFUSAL):
        _, body = rendering.render(notice(document_type))
        assert body.count("the price changed by 5%, not 20%") == 2
        assert "(căn cứ: Decree 62/2015 Art. 17.1(c))" in body


def test_a_failed_auction_tells_the_creditor_it_may_take_the_property():
    _, body = rendering.render(notice(acts.AUCTION_FAILURE))
    assert "Người được thi hành án có quyền nhận tài sản" in body
    assert "1.944.000.000" in body


def test_the_valuation_notice_states_the_value_and_little_value():
    _, body = rendering.render(notice(acts.VALUATION_RESULT))
    assert "8.000.000 đồng" in body and "Art. 26.2" in body
    assert "re-valuation" not in body
