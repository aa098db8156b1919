"""The public portal beyond the register's list, through RabbitMQ, PostgreSQL and HTTP (issue 11
capabilities 2-5): an entry's own page and its 410 once removed, the English switch, notices from
the events of cases and property, statistics from closed cases with a chart, the OpenAPI
document, caching headers, the search limit per client, and clear 400s."""
from datetime import timedelta

import pytest
import requests

from shared.calendar import today_in_vietnam
from services.disclosure.service import DisclosureService
from tests.conftest import wait_for
from tests.services.disclosure.conftest import (
    BINH, RESUMED, auction_announced, auction_cancelled, case_closed, lacking_conditions,
    notice_requested)

pytestmark = pytest.mark.integration


def day(offset=0):
    return (today_in_vietnam() + timedelta(days=offset)).isoformat()


def test_entry_page_then_gone_once_removed(known_cases, rpc_as, web):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        binh = rpc.disclosure.publish_entry(BINH)
    page = web(f"/entries/{binh['id']}")
    assert page.status_code == 200 and "Trần Thị Bình" in page.text
    assert page.headers["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert web(f"/api/entries/{binh['id']}").json()["debtor_name"] == "Trần Thị Bình"
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        rpc.disclosure.remove_entry(binh["id"], RESUMED)
    gone = web(f"/entries/{binh['id']}")
    assert gone.status_code == 410 and "Thông tin đã được gỡ bỏ" in gone.text
    assert "Trần Thị Bình" not in gone.text and "Kim Mã" not in gone.text
    gone_json = web(f"/api/entries/{binh['id']}")
    assert gone_json.status_code == 410 and gone_json.json()["error"] == "gone"
    assert "Bình" not in gone_json.text
    assert gone.headers["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert web("/entries/nope").status_code == 404
    assert web("/api/entries/" + "x" * 80).status_code == 404


def test_english_is_one_click_away_and_vietnamese_is_first(known_cases, rpc_as, web):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        rpc.disclosure.publish_entry(BINH)
    vietnamese = web("/", name="binh").text
    assert '<html lang="vi">' in vietnamese and 'href="/?name=binh&amp;lang=en"' in vietnamese
    english = web("/", name="binh", lang="en").text
    assert '<html lang="en">' in english
    assert "Register of judgment debtors lacking conditions" in english
    assert "Trần Thị Bình" in english and 'href="/?name=binh"' in english
    assert web("/notices", lang="en").text.count("Public notices") >= 1
    assert web("/", lang="xx").status_code == 200  # a stray language is Vietnamese


def test_notices_from_cases_and_property_with_start_and_end(disclosure, publish_event, web):
    publish_event(notice_requested(posted_on=day(), posted_until=day(10)))
    publish_event(auction_announced(posted_on=day(), auction_on=day(20)))
    listing = wait_for(lambda: (lambda body: body if body["total"] == 2 else None)(
        web("/api/notices").json()), message="two notices")
    by_kind = {n["kind"]: n for n in listing["notices"]}
    heirs, auction = by_kind["heir_search"], by_kind["auction"]
    assert heirs["posted_on"] == day() and heirs["posted_until"] > day(85)  # 3 months at least
    assert (auction["posted_until"], auction["starting_price"]) == (day(20), 2_450_000_000)
    publish_event(auction_cancelled(cancelled_on=day()))
    wait_for(lambda: web("/api/notices", kind="auction").json()["notices"][0]["cancelled_on"],
             message="cancelled auction")
    html = web("/notices", kind="auction").text
    assert "ĐÃ HỦY" in html and "2.450.000.000 đồng" in html
    assert "Ai là người thừa kế" not in html  # the heirs notice is of another kind
    bad = web("/api/notices", kind="lottery")
    assert bad.status_code == 400 and list(bad.json()["fields"]) == ["kind"]
    assert bad.headers["Cache-Control"] == "no-store"


def test_only_name_address_and_obligation_leave_the_service(known_cases, publish_event, web,
                                                             databases):
    publish_event(lacking_conditions(decided_on=day(-1)))
    [entry] = wait_for(lambda: web("/api/register").json()["entries"], message="entry")
    notices = web("/api/notices").json()["notices"]
    assert [n["kind"] for n in notices] == ["lacking_conditions_decision"]
    texts = [web("/api/register").text, web("/").text, web(f"/entries/{entry['id']}").text,
             web(f"/api/entries/{entry['id']}").text, web("/api/notices").text,
             web("/notices").text]
    for text in texts:
        assert "Trần Thị Bình" in text
        # the party id, the obligation's amount as a number, the case and decision ids: never
        for inner in ("party-binh", "350000000", "case-1", "lc-1"):
            assert inner not in text, inner


def test_statistics_from_closed_cases_with_a_chart(known_cases, publish_event, web):
    publish_event(case_closed(closed_on=day(), amount_collected=125_000_000))
    stats = wait_for(lambda: (lambda body: body if body["rows"] else None)(
        web("/api/statistics").json()), message="statistics")
    assert stats["totals"]["completed"] == 1
    assert stats["totals"]["amount_collected"] == 125_000_000
    page = web("/statistics")
    assert page.status_code == 200 and "<svg" in page.text and "125.000.000" in page.text
    assert "case-1" not in page.text and "case-1" not in web("/api/statistics").text
    bad = web("/api/statistics", year="20x6")
    assert bad.status_code == 400 and list(bad.json()["fields"]) == ["year"]
    assert web("/statistics", year="1800").status_code == 400


def test_openapi_document_describes_the_public_api(disclosure, web):
    document = web("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {"/api/register", "/api/entries/{entry_id}",
                                      "/api/notices", "/api/statistics"}
    names = [p["name"] for p in document["paths"]["/api/register"]["get"]["parameters"]]
    assert names == ["name", "authority", "province", "page"]
    entry = document["components"]["schemas"]["PublicEntryOut"]["properties"]
    assert set(entry) == {"id", "authority", "debtor_name", "debtor_address", "judgment",
                          "enforcement_decision", "unmet_obligation", "reason", "published_on"}


def test_search_is_limited_per_client(start_service):
    container = start_service(DisclosureService, SEARCH_RATE_LIMIT="3/minute")
    base = f"http://{container.config['WEB_SERVER_ADDRESS']}"
    answers = [requests.get(base + "/api/register", params={"name": "binh"}, timeout=10)
               for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert int(answers[-1].headers["Retry-After"]) >= 1
    assert answers[-1].headers["Cache-Control"] == "no-store"
    assert requests.get(base + "/", timeout=10).status_code == 429
    # the notices and an entry's page are not searches
    assert requests.get(base + "/api/notices", timeout=10).status_code == 200
