"""The public portal through HTTP and PostgreSQL: the register as a Vietnamese web page and as
JSON, only what Art. 11 publishes; a bad query is a clear 400 without SQL (issue 7 items 9, 10)."""
from datetime import timedelta

import pytest

from shared.calendar import today_in_vietnam
from services.disclosure.rules import register as rules
from tests.services.disclosure.conftest import BINH, COMPANY, LATE, RESUMED

pytestmark = pytest.mark.integration


def test_read_the_public_register_as_json_and_as_a_page(known_cases, rpc_as, web):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        binh = rpc.disclosure.publish_entry(BINH)
        late = rpc.disclosure.publish_entry(LATE)
        rpc.disclosure.remove_entry(late["id"], RESUMED)
        future = (today_in_vietnam() + timedelta(days=30)).isoformat()
        rpc.disclosure.publish_entry({**BINH, "case_id": "case-4", "debtor_name": "Phạm Thị Dung",
                                      "decided_on": future, "published_on": future})
    with rpc_as("head_of_authority", authority="HN-02") as rpc:
        rpc.disclosure.publish_entry(COMPANY)

    response = web("/api/register")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    body = response.json()
    assert body["total"] == 2 and body["page"] == 1 and body["authority"] is None
    assert [e["debtor_name"] for e in body["entries"]] == [COMPANY["debtor_name"], "Trần Thị Bình"]
    assert body["entries"][1] == {k: {**BINH, "authority": "HN-01", "id": binh["id"]}[k]
                                  for k in rules.PUBLISHED_FIELDS}
    assert all(set(e) == set(rules.PUBLISHED_FIELDS) for e in body["entries"])
    assert "case-1" not in response.text
    only_hn01 = web("/api/register", authority="HN-01").json()
    assert only_hn01["authority"] == "HN-01"
    assert [e["debtor_name"] for e in only_hn01["entries"]] == ["Trần Thị Bình"]

    page = web("/")
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    html = page.text
    assert html.startswith("<!DOCTYPE html>") and '<html lang="vi">' in html
    assert "<title>Danh sách người phải thi hành án chưa có điều kiện thi hành</title>" in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "Trần Thị Bình" in html and "45 Kim Mã, phường Giảng Võ, Hà Nội" in html
    assert "05/03/2026" in html  # dates as written in Vietnam
    assert "Công ty TNHH Xây dựng A&amp;B &lt;Hà Nội&gt;" in html  # escaped, never raw
    assert "Lê Văn Cường" not in html and "Phạm Thị Dung" not in html
    assert "case-1" not in html and "12/QĐ-THADS" not in html
    filtered = web("/", authority="HN-02").text
    assert "Công ty TNHH" in filtered and "Trần Thị Bình" not in filtered


def test_empty_register_page(disclosure, web):
    page = web("/")
    assert page.status_code == 200
    assert "Không có người phải thi hành án nào trong danh sách." in page.text


@pytest.mark.parametrize("page", ["0", "²", "9" * 30, "99999999999999999999999"])
def test_bad_page_is_a_clear_400_without_sql(disclosure, web, page):
    """Issue 7 items 9, 10: ``page=²`` passed ``str.isdigit`` then failed with a 500; a huge
    page number returned the SQL of the register table."""
    response = web("/api/register", page=page)
    assert response.status_code == 400
    assert response.json()["error"] == "validation_error"
    assert response.json()["fields"]["page"][0].startswith("Số trang phải là số nguyên")
    html = web("/", page=page)
    assert html.status_code == 400 and '<html lang="vi">' in html.text
    assert "Tham số không hợp lệ" in html.text
    for text in (response.text, html.text):
        assert "SELECT" not in text and "register_entry" not in text


def test_too_long_authority_is_a_400_page(disclosure, web):
    response = web("/", authority="X" * 51)
    assert response.status_code == 400 and '<html lang="vi">' in response.text
    assert "Tham số không hợp lệ" in response.text


def test_register_is_paged(known_cases, rpc_as, web, monkeypatch):
    monkeypatch.setattr("services.disclosure.handlers.portal.PER_PAGE", 1)
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        rpc.disclosure.publish_entry(BINH)
        rpc.disclosure.publish_entry(LATE)
    first, second = web("/api/register").json(), web("/api/register", page="2").json()
    assert (first["total"], first["per_page"]) == (2, 1)
    assert [e["debtor_name"] for e in first["entries"] + second["entries"]] == [
        "Lê Văn Cường", "Trần Thị Bình"]
    assert web("/api/register", page="3").json()["entries"] == []
    html = web("/", authority="HN-01").text
    assert "Trang 1/2" in html and 'href="/?page=2&amp;authority=HN-01"' in html


def test_search_the_register_by_name_with_or_without_diacritics(known_cases, rpc_as, web):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        rpc.disclosure.publish_entry(BINH)
        rpc.disclosure.publish_entry(LATE)
    plain = web("/api/register", name="tran thi binh").json()
    marked = web("/api/register", name="Trần Thị Bình").json()
    assert [e["debtor_name"] for e in plain["entries"]] == ["Trần Thị Bình"]
    assert marked["entries"] == plain["entries"] and plain["name"] == "tran thi binh"
    assert web("/api/register", name="binh", authority="HN-02").json()["entries"] == []
    page = web("/", name="cuong")
    assert page.status_code == 200 and "Lê Văn Cường" in page.text
    assert "Trần Thị Bình" not in page.text
    assert 'name="name" value="cuong"' in page.text
    too_long = web("/api/register", name="a" * 201)
    assert too_long.status_code == 400 and list(too_long.json()["fields"]) == ["name"]
