"""disclosure through RabbitMQ, PostgreSQL and HTTP: heads of authorities publish and remove
judgment debtors (Decree 62/2015 Art. 11); anyone reads the register as a web page or JSON, and
sees only what Art. 11 publishes."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests

from services.disclosure import rules
from services.disclosure.service import DisclosureService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import rows

pytestmark = pytest.mark.integration

BINH = {"case_id": "case-1", "authority": "HN-01", "debtor_name": "Trần Thị Bình",
        "debtor_address": "45 Kim Mã, phường Giảng Võ, Hà Nội",
        "judgment": "Bản án số 125/2026/DS-ST ngày 15/9/2025 của TAND quận Ba Đình",
        "enforcement_decision": "Quyết định thi hành án số 88/QĐ-CCTHADS ngày 23/10/2025",
        "unmet_obligation": "Trả cho ông Nguyễn Văn An 350.000.000 đồng",
        "reason": "Không có tài sản, thu nhập để thi hành án (Điều 44a.1.a Luật THADS)",
        "lacking_conditions_decision": "12/QĐ-THADS", "decided_on": "2026-03-02",
        "published_on": "2026-03-05"}
COMPANY = {**BINH, "case_id": "case-2", "authority": "HN-02",
           "debtor_name": "Công ty TNHH Xây dựng A&B <Hà Nội>",
           "debtor_address": "Lô 3, KCN Quang Minh, Hà Nội", "decided_on": "2026-04-24",
           "published_on": "2026-05-06"}
LATE = {**BINH, "case_id": "case-3", "debtor_name": "Lê Văn Cường",
        "decided_on": "2026-06-01", "published_on": "2026-06-15"}
RESUMED = {"ground": "resumption_decision", "document": "20/QĐ-THADS",
           "document_on": "2026-09-01", "removed_on": "2026-09-03"}


@pytest.fixture
def config(service_config):
    return service_config("disclosure")


@pytest.fixture
def disclosure(container_factory, config):
    container = container_factory(DisclosureService, config)
    container.start()
    return container


@pytest.fixture
def web(config):
    base = f"http://{config['WEB_SERVER_ADDRESS']}"
    return lambda path, **params: requests.get(base + path, params=params, timeout=10)


def test_publish_and_remove_entries_and_read_the_public_register(disclosure, rpc_as, web,
                                                                 databases):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        binh = rpc.disclosure.publish_entry(BINH)
        late = rpc.disclosure.publish_entry(LATE)
        removed = rpc.disclosure.remove_entry(late["id"], RESUMED)
        future = (datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date() + timedelta(days=30))
        rpc.disclosure.publish_entry({**BINH, "case_id": "case-4", "debtor_name": "Phạm Thị Dung",
                                      "decided_on": future.isoformat(),
                                      "published_on": future.isoformat()})
    with rpc_as("head_of_authority", authority="HN-02") as rpc:
        company = rpc.disclosure.publish_entry(COMPANY)
    # Mon 2 Mar + 5 working days
    assert (binh["publish_by"], binh["published_late"]) == ("2026-03-09", False)
    # Fri 24 Apr + 5 working days, skipping 27 Apr (Hung Kings, observed), 30 Apr and 1 May
    assert (company["publish_by"], company["published_late"]) == ("2026-05-06", False)
    assert (late["publish_by"], late["published_late"]) == ("2026-06-08", True)
    # Tue 1 Sep (National Day) + 2 working days, skipping 2 Sep -> Fri 4 Sep
    assert (removed["remove_by"], removed["removed_on"], removed["removed_late"]) == (
        "2026-09-04", "2026-09-03", False)
    assert removed["removal_ground"] == "resumption_decision"

    response = web("/api/register")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert body["total"] == 2 and body["page"] == 1 and body["authority"] is None
    assert [e["debtor_name"] for e in body["entries"]] == [COMPANY["debtor_name"], "Trần Thị Bình"]
    assert body["entries"][1] == {k: BINH[k] for k in rules.PUBLISHED_FIELDS}
    assert all(set(e) == set(rules.PUBLISHED_FIELDS) for e in body["entries"])
    assert "case-1" not in response.text and binh["id"] not in response.text

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

    deadlines = rows(databases["disclosure"], "SELECT rule_id, status, due_on, met_on "
                                              "FROM platform_deadline ORDER BY id")
    assert [(d["rule_id"], d["status"], d["due_on"].isoformat(), d["met_on"].isoformat())
            for d in deadlines if d["due_on"].year == 2026 and d["due_on"].month < 10] == [
        ("decree11.1-publish-debtor", "met", "2026-03-09", "2026-03-05"),
        ("decree11.1-publish-debtor", "met", "2026-06-08", "2026-06-15"),
        ("decree11.3-remove-debtor", "met", "2026-09-04", "2026-09-03"),
        ("decree11.1-publish-debtor", "met", "2026-05-06", "2026-05-06")]
    audit = rows(databases["disclosure"], "SELECT action, actor FROM platform_audit ORDER BY id")
    assert [(a["action"], a["actor"]) for a in audit] == [
        ("register_entry.published", "head_of_authority@HN-01"),
        ("register_entry.published", "head_of_authority@HN-01"),
        ("register_entry.removed", "head_of_authority@HN-01"),
        ("register_entry.published", "head_of_authority@HN-01"),
        ("register_entry.published", "head_of_authority@HN-02")]


def test_empty_register_page_and_bad_parameters(disclosure, web):
    page = web("/")
    assert page.status_code == 200
    assert "Không có người phải thi hành án nào trong danh sách." in page.text
    response = web("/api/register", page="0")
    assert response.status_code == 400
    assert response.json()["fields"] == {"page": ["'0' is not a page number"]}
    response = web("/", authority="X" * 51)
    assert response.status_code == 400 and '<html lang="vi">' in response.text
    assert "Tham số không hợp lệ" in response.text


def test_malformed_entry_names_each_bad_field_and_writes_nothing(disclosure, rpc_as, databases):
    bad = {**BINH, "published_on": "2026-03-01"}
    del bad["debtor_name"]
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.disclosure.publish_entry(bad)
        assert set(err.value.fields) == {"debtor_name"}
        with pytest.raises(ValidationError) as err:  # dates checked once the fields are there
            rpc.disclosure.publish_entry({**BINH, "published_on": "2026-03-01"})
        assert err.value.fields == {"published_on": [
            "cannot be before the decision (decided_on)"]}
        entry = rpc.disclosure.publish_entry(BINH)
        with pytest.raises(ValidationError) as err:
            rpc.disclosure.remove_entry(entry["id"], {**RESUMED, "ground": "three_months"})
        assert err.value.fields == {"ground": [
            "must be resumption_decision or obligation_fulfilled"]}
    assert rows(databases["disclosure"], "SELECT removed_on FROM register_entry") == [
        {"removed_on": None}]


def test_unknown_entry_is_not_found(disclosure, rpc_as):
    with rpc_as("head_of_authority") as rpc, pytest.raises(NotFound) as err:
        rpc.disclosure.remove_entry("5a5a0000-0000-0000-0000-000000000000", RESUMED)
    assert err.value.details == {"entry_id": "5a5a0000-0000-0000-0000-000000000000"}


def test_wrong_role_or_other_authority_is_denied(disclosure, rpc_as, databases):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        with pytest.raises(PermissionDenied) as err:
            rpc.disclosure.publish_entry(BINH)
        assert err.value.details["permission"] == "disclosure.register.publish"
    with rpc_as("head_of_authority", authority="HCM-02") as rpc:
        with pytest.raises(PermissionDenied) as err:
            rpc.disclosure.publish_entry(BINH)
        assert err.value.details == {"authority": "HN-01"}
    assert rows(databases["disclosure"], "SELECT count(*) AS n FROM register_entry") == [{"n": 0}]
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        entry = rpc.disclosure.publish_entry(BINH)
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(PermissionDenied):
        rpc.disclosure.remove_entry(entry["id"], RESUMED)


def test_twice_on_the_register_or_removed_twice_is_a_conflict(disclosure, rpc_as):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        entry = rpc.disclosure.publish_entry(BINH)
        with pytest.raises(Conflict) as err:
            rpc.disclosure.publish_entry(BINH)
        assert err.value.details == {"entry_id": entry["id"]}
        rpc.disclosure.remove_entry(entry["id"], RESUMED)
        with pytest.raises(Conflict):
            rpc.disclosure.remove_entry(entry["id"], RESUMED)
        # once removed, the same debtor may be published again on a new decision
        again = rpc.disclosure.publish_entry({**BINH, "decided_on": "2026-10-01",
                                              "published_on": "2026-10-02"})
    assert again["id"] != entry["id"]


def test_register_is_paged(disclosure, rpc_as, web, monkeypatch):
    monkeypatch.setattr("services.disclosure.service.PER_PAGE", 1)
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
