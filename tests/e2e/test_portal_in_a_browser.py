"""The public portal in a real headless browser (Debian's Chromium driven by selenium; nothing
downloaded at test time: ``make test`` runs bin/ensure-browser), end to end through ``cases``,
RabbitMQ, ``disclosure`` and PostgreSQL (issue 11 capability 4).

``cases`` decides that a debtor lacks conditions and ``disclosure`` publishes her; an officer
publishes another debtor of the case by hand. A visitor searches with and without diacritics,
opens the entry, switches to English; ``cases`` resumes enforcement and the debtor disappears
from the search, and her page answers 410 without her details. Screenshots are kept in
var/screenshots/ (ignored by git) as the test's artefacts.
"""
import shutil
from pathlib import Path

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import WebDriverWait

from services.cases.service import CasesService
from services.disclosure.service import DisclosureService
from shared.config import ROOT
from tests.conftest import wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration

SCREENSHOTS = ROOT / "var" / "screenshots"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture
def browser():
    if not (Path(CHROMIUM).exists() and shutil.which("chromedriver")):
        pytest.fail("the browser test needs Debian's Chromium: run bin/ensure-browser "
                    "(apt-get install -y chromium chromium-driver)")
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=420,900", "--lang=vi"):  # a phone's width
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def names(browser):
    return [h.text for h in browser.find_elements(By.CSS_SELECTOR, "ol.entries h2")]


def click_and_wait(browser, element):
    """Click, then wait until the next page replaced this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 10).until(staleness_of(page))


def search(browser, text):
    field = browser.find_element(By.NAME, "name")
    field.clear()
    field.send_keys(text)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
    return names(browser)


def listed(base):
    return [e["debtor_name"] for e in requests.get(base + "/api/register", timeout=10)
            .json()["entries"]]


def test_search_open_switch_language_and_see_a_removed_debtor_disappear(
        start_service, rpc_as, browser):
    start_service(CasesService)
    # polling the search below must not meet the limit per client
    disclosure = start_service(DisclosureService, SEARCH_RATE_LIMIT="100000/minute")
    base = f"http://{disclosure.config['WEB_SERVER_ADDRESS']}"
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "88/QĐ-CCTHADS", "issued_on": "2026-11-23"})
    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(
            {"case_id": case["id"], "verified_on": "2026-11-25", "finding": "lacks_conditions",
             "note": "No property or income found"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.decide_lacking_conditions(
            {"case_id": case["id"], "number": "12/QĐ-CCTHADS", "decided_on": "2026-11-26"})
    wait_for(lambda: listed(base) == ["Trần Thị Bình"], message="the debtor on the portal")
    with rpc_as("head_of_authority") as rpc:
        rpc.disclosure.publish_entry({
            "case_id": case["id"], "debtor_name": "Nguyễn Văn An",
            "debtor_address": "8 Tràng Thi, Hà Nội", "judgment": "Bản án số 125/2026/DS-ST",
            "enforcement_decision": "Quyết định số 88/QĐ-CCTHADS",
            "unmet_obligation": "Trả 50.000.000 đồng", "reason": "Không có tài sản",
            "lacking_conditions_decision": "13/QĐ-CCTHADS", "decided_on": "2026-11-26",
            "published_on": "2026-11-27"})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    browser.get(base + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert search(browser, "tran thi binh") == ["Trần Thị Bình"]  # without diacritics
    assert search(browser, "Nguyễn") == ["Nguyễn Văn An"]          # with them
    assert search(browser, "nguyen van an") == ["Nguyễn Văn An"]
    assert search(browser, "Bình") == ["Trần Thị Bình"]
    browser.save_screenshot(str(SCREENSHOTS / "portal-search.png"))

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Trần Thị Bình"))
    assert browser.find_element(By.ID, "debtor-name").text == "Trần Thị Bình"
    assert "45 Kim Mã, Hà Nội" in browser.page_source
    entry_url = browser.current_url
    click_and_wait(browser, browser.find_element(By.ID, "switch-language"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Judgment debtor"
    assert "Unmet obligation" in browser.page_source
    assert browser.find_element(By.ID, "debtor-name").text == "Trần Thị Bình"
    browser.save_screenshot(str(SCREENSHOTS / "portal-entry-en.png"))
    click_and_wait(browser, browser.find_element(By.ID, "switch-language"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"

    with rpc_as("enforcement_officer") as rpc:
        rpc.cases.record_verification(
            {"case_id": case["id"], "verified_on": "2026-11-27", "finding": "has_conditions",
             "note": "A salary account found"})
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.resume_enforcement(
            {"case_id": case["id"], "number": "15/QĐ-CCTHADS", "decided_on": "2026-11-27",
             "new_conditions": "A salary of VND 20,000,000 a month"})
    wait_for(lambda: listed(base) == ["Nguyễn Văn An"], message="the debtor removed")
    browser.get(base + "/?name=binh")
    assert names(browser) == []
    assert "0 người" in browser.find_element(By.ID, "summary").text
    assert search(browser, "") == ["Nguyễn Văn An"]
    browser.get(entry_url)
    assert browser.find_element(By.ID, "message").text.startswith(
        "Người phải thi hành án này không còn trong danh sách công khai")
    assert "Trần Thị Bình" not in browser.page_source
    assert "Kim Mã" not in browser.page_source
    browser.save_screenshot(str(SCREENSHOTS / "portal-removed.png"))
    assert (SCREENSHOTS / "portal-removed.png").stat().st_size > 1000
