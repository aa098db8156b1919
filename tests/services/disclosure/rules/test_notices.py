"""The rules of public notices (Decree 62/2015 Art. 11.1, 12.5, 15.1, 27), pure."""
from datetime import date

from services.disclosure.rules import notices as rules


def test_posting_starts_on_the_day_asked_or_the_day_received_if_later():
    assert rules.posting_starts_on(date(2026, 3, 2), date(2026, 2, 27)) == date(2026, 3, 2)
    assert rules.posting_starts_on(date(2026, 3, 2), date(2026, 3, 4)) == date(2026, 3, 4)


def test_heir_search_posted_until_is_never_shorter_than_the_legal_3_months():
    start, legal = date(2026, 3, 2), date(2026, 6, 2)
    assert rules.heir_search_posted_until(start, date(2026, 4, 1), legal) == legal
    assert rules.heir_search_posted_until(start, date(2026, 7, 1), legal) == date(2026, 7, 1)
    # a request whose end is already past when posted still gets the legal period
    assert rules.heir_search_posted_until(start, date(2026, 2, 1), legal) == legal


def test_auction_posted_until_is_the_auction_day():
    assert rules.auction_posted_until(date(2026, 4, 2)) == date(2026, 4, 2)


def test_is_shown_from_posting_to_last_day_inclusive_unless_ended():
    posted, until = date(2026, 3, 2), date(2026, 6, 2)
    assert not rules.is_shown(posted, until, None, date(2026, 3, 1))
    assert rules.is_shown(posted, until, None, posted)
    assert rules.is_shown(posted, until, None, until)
    assert not rules.is_shown(posted, until, None, date(2026, 6, 3))
    assert rules.is_shown(posted, until, date(2026, 4, 1), date(2026, 3, 31))
    assert not rules.is_shown(posted, until, date(2026, 4, 1), date(2026, 4, 1))


def test_decision_notice_text_names_only_the_debtor_address_and_obligation():
    title, body = rules.decision_notice_text("12/QĐ-THADS", date(2026, 3, 5), "Trần Thị Bình",
                                             "45 Kim Mã", "Trả 350.000.000 đồng")
    assert title == ("Quyết định về việc chưa có điều kiện thi hành án số 12/QĐ-THADS "
                     "ngày 5/3/2026")
    assert body == ("Người phải thi hành án: Trần Thị Bình. Địa chỉ: 45 Kim Mã. "
                    "Nghĩa vụ chưa thi hành: Trả 350.000.000 đồng.")



def test_public_notice_shows_auction_fields_only_for_an_auction_and_nothing_internal():
    from types import SimpleNamespace
    common = dict(id="n-1", authority="HN-01", title="T", body="B", legal_basis="Art. 12.5",
                  posted_on=date(2026, 3, 2), posted_until=date(2026, 6, 2), case_id="case-1",
                  source_id="src", event_id="ev", starting_price=None, deposit=None,
                  auction_organisation=None, venue=None, registration_closes_on=None,
                  auction_on=None, cancelled_on=None, cancellation_reason=None)
    heirs = rules.public_notice(SimpleNamespace(kind=rules.HEIR_SEARCH, **common))
    assert heirs == {"id": "n-1", "kind": "heir_search", "authority": "HN-01", "title": "T",
                     "body": "B", "legal_basis": "Art. 12.5", "posted_on": "2026-03-02",
                     "posted_until": "2026-06-02"}
    auction = rules.public_notice(SimpleNamespace(
        kind=rules.AUCTION, **{**common, "starting_price": 2_450_000_000,
                               "auction_on": date(2026, 6, 2)}))
    assert auction["starting_price"] == 2_450_000_000 and auction["auction_on"] == "2026-06-02"
    for internal in ("case_id", "source_id", "event_id"):
        assert internal not in auction and internal not in heirs
