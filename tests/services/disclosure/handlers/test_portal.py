"""The public register through the handler: what is listed today (one definition: the SQL of
``views.listed_on`` agrees with ``rules.register.is_listed``), paged, and only the public
record; the query parsed strictly (issue 7 item 10)."""
import uuid
from datetime import date, timedelta

import pytest

from shared.calendar import today_in_vietnam
from shared.errors import ValidationError

from services.disclosure import views
from services.disclosure.handlers import portal
from services.disclosure.models import RegisterEntry
from services.disclosure.rules import register as rules
from services.disclosure.schemas import MAX_PAGE

from tests.services.disclosure.conftest import BINH, COMPANY, LATE, RESUMED

PAGE_MESSAGE = [f"Số trang phải là số nguyên từ 1 đến {MAX_PAGE} "
                f"(page must be a whole number from 1 to {MAX_PAGE})."]


def test_listed_on_agrees_with_is_listed_on_every_case(disclosure):
    on = date(2027, 3, 3)
    days = (None, on - timedelta(days=1), on, on + timedelta(days=1))
    entries = [(published, removed) for published in days[1:] for removed in days]
    env = disclosure.env
    with env.unit_of_work() as uow:
        uow.session.add_all(RegisterEntry(
            id=str(uuid.uuid4()), authority="HN-01", case_id=f"c-{i}", debtor_name=f"D{i}",
            debtor_address="-", judgment="-", enforcement_decision="-", unmet_obligation="-",
            reason="-", lacking_conditions_decision="-", decided_on=published,
            publish_by=published, published_on=published, published_by="x", removed_on=removed)
            for i, (published, removed) in enumerate(entries))
    with env.unit_of_work(read_only=True) as uow:
        by_sql = {(e.published_on, e.removed_on) for e in uow.session.scalars(
            views.select(RegisterEntry).where(*views.listed_on(on)))}
    by_rule = {(p, r) for p, r in entries if rules.is_listed(p, r, on)}
    assert by_sql == by_rule and len(by_rule) == 4  # published by the day, not removed by it


def test_register_listing_shows_today_s_entries_as_their_public_record(disclosure):
    disclosure.open_cases()
    binh = disclosure.publish(BINH)
    late = disclosure.publish(LATE)
    disclosure.remove(late.id, RESUMED)
    future = (today_in_vietnam() + timedelta(days=30)).isoformat()
    disclosure.publish({**BINH, "case_id": "case-4", "debtor_name": "Phạm Thị Dung",
                        "decided_on": future, "published_on": future})
    disclosure.as_("head_of_authority", "HN-02").publish(COMPANY)
    listing = disclosure.listing()
    assert (listing["as_of"], listing["authority"], listing["page"], listing["total"]) == (
        today_in_vietnam().isoformat(), None, 1, 2)
    assert [e["debtor_name"] for e in listing["entries"]] == [COMPANY["debtor_name"],
                                                               "Trần Thị Bình"]
    assert listing["entries"][1] == {k: {**BINH, "authority": "HN-01", "id": binh.id}[k]
                                     for k in rules.PUBLISHED_FIELDS}
    assert "case-1" not in str(listing)
    only_hn01 = disclosure.listing(authority=" HN-01 ")
    assert only_hn01["authority"] == "HN-01"
    assert [e["debtor_name"] for e in only_hn01["entries"]] == ["Trần Thị Bình"]
    assert disclosure.listing(authority="")["total"] == 2  # blank: every authority


def test_register_listing_is_paged(disclosure, monkeypatch):
    monkeypatch.setattr("services.disclosure.handlers.portal.PER_PAGE", 1)
    disclosure.open_cases()
    disclosure.publish(BINH)
    disclosure.publish(LATE)
    first, second = disclosure.listing(), disclosure.listing(page="2")
    assert (first["total"], first["per_page"]) == (2, 1)
    assert [e["debtor_name"] for e in first["entries"] + second["entries"]] == [
        "Lê Văn Cường", "Trần Thị Bình"]
    assert disclosure.listing(page="3")["entries"] == []  # past the last page: empty
    assert disclosure.listing(page=str(MAX_PAGE))["entries"] == []


@pytest.mark.parametrize("page", ["0", "-1", "1.5", "²", "٣", "１", "abc", "",
                                  str(MAX_PAGE + 1), "9" * 30, " 1"])
def test_register_query_page_is_ascii_digits_from_1_to_max_page(disclosure, page):
    with pytest.raises(ValidationError) as err:
        disclosure.listing(page=page)
    assert err.value.fields == {"page": PAGE_MESSAGE}
    assert "SELECT" not in str(err.value)


@pytest.mark.parametrize("authority", ["X" * 51, "HN\x0001"])
def test_register_query_authority_is_bounded_text(disclosure, authority):
    with pytest.raises(ValidationError) as err:
        disclosure.listing(authority=authority)
    assert list(err.value.fields) == ["authority"]


def test_register_listing_searches_names_with_or_without_diacritics(disclosure):
    disclosure.open_cases()
    disclosure.publish(BINH)
    disclosure.publish(LATE)
    disclosure.as_("head_of_authority", "HN-02").publish(COMPANY)
    names = lambda **q: [e["debtor_name"] for e in disclosure.listing(**q)["entries"]]  # noqa
    assert names(name="tran thi binh") == names(name="Trần Thị Bình") == ["Trần Thị Bình"]
    assert names(name="  TRẦN  thị ") == ["Trần Thị Bình"]
    assert names(name="cuong") == ["Lê Văn Cường"]
    assert names(name="van") == ["Lê Văn Cường"]
    assert names(name="xay dung") == ["Công ty TNHH Xây dựng A&B <Hà Nội>"]
    assert names(name="xay dung", authority="HN-01") == []
    assert names(name="%") == [] and names(name="_") == []  # LIKE's wildcards are literal
    listing = disclosure.listing(name="binh", page="1")
    assert (listing["name"], listing["total"]) == ("binh", 1)
    assert disclosure.listing(name="   ")["total"] == 3  # blank: everyone


def test_register_listing_name_too_long_is_refused(disclosure):
    with pytest.raises(ValidationError) as err:
        disclosure.listing(name="a" * 201)
    assert list(err.value.fields) == ["name"]


def test_register_listing_searches_the_province_in_the_address_folded(disclosure):
    disclosure.open_cases()
    disclosure.publish(BINH)  # 45 Kim Mã, phường Giảng Võ, Hà Nội
    disclosure.publish({**LATE, "debtor_address": "7 Lê Lợi, phường Bến Nghé, TP. Hồ Chí Minh"})
    for province in ("Hà Nội", "ha noi", "HA  NỘI"):
        assert [e["debtor_name"] for e in disclosure.listing(province=province)["entries"]] == [
            "Trần Thị Bình"], province
    assert disclosure.listing(province="ho chi minh")["total"] == 1
    assert disclosure.listing(province="ha noi", name="cuong")["total"] == 0


def test_entry_page_is_listed_then_removed_without_its_content_or_unknown(disclosure):
    disclosure.open_cases()
    binh = disclosure.publish(BINH)
    status, record = disclosure.run(portal.entry_page, binh.id, read_only=True)
    assert status == "listed" and record == {k: {**BINH, "authority": "HN-01",
                                                 "id": binh.id}[k]
                                             for k in rules.PUBLISHED_FIELDS}
    disclosure.remove(binh.id, RESUMED)
    assert disclosure.run(portal.entry_page, binh.id, read_only=True) == ("removed", None)
    assert disclosure.run(portal.entry_page, "no-such-entry", read_only=True) == ("unknown",
                                                                                  None)


def test_entry_page_of_an_entry_published_later_is_unknown_today(disclosure):
    disclosure.open_cases()
    future = (today_in_vietnam() + timedelta(days=30)).isoformat()
    entry = disclosure.publish({**BINH, "decided_on": future, "published_on": future})
    assert disclosure.run(portal.entry_page, entry.id, read_only=True) == ("unknown", None)


def test_name_search_counts_an_entry_once_and_follows_its_removal(disclosure):
    disclosure.open_cases()
    twice = disclosure.publish({**LATE, "debtor_name": "Lê Văn Văn"})
    assert disclosure.listing(name="van")["total"] == 1
    assert disclosure.listing(name="van", authority="HN-01")["total"] == 1  # the joined path
    disclosure.remove(twice.id, RESUMED)
    copies = disclosure.rows("SELECT DISTINCT published_on, removed_on, debtor_name "
                             "FROM register_name_suffix")
    assert copies == [{"published_on": date(2026, 6, 15), "removed_on": date(2026, 9, 3),
                       "debtor_name": "Lê Văn Văn"}]
    assert disclosure.listing(name="van")["total"] == 0
