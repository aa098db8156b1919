"""The register driven by the decisions of cases, through RabbitMQ and PostgreSQL: contract
tests against a stub of ``cases`` (``publish_event`` publishes the envelopes ``cases`` is to
emit; tests/e2e/test_register_follows_cases.py runs the real ``cases``). The debtor is published and announced for the commune,
removed on resumption, a removal racing the publication wins, and a payload carrying anything
beyond name, address and obligation is refused by the contract and never stored."""
import pytest

from shared import deadletters
from tests.conftest import rows, wait_for
from tests.services.disclosure.conftest import (
    corrected, fulfilled, lacking_conditions, resumed)

pytestmark = pytest.mark.integration


def entries(databases):
    return rows(databases["disclosure"], "SELECT debtor_name, debtor_address, removed_on, "
                "removal_ground FROM register_entry")


def test_lacking_conditions_publishes_and_resumption_removes(known_cases, publish_event,
                                                             tap_events, databases, web):
    drain = tap_events("disclosure.events")
    publish_event(lacking_conditions())
    wait_for(lambda: len(entries(databases)) == 1, message="published entry")
    listed = wait_for(lambda: web("/api/register").json()["entries"], message="listed")
    assert [e["debtor_name"] for e in listed] == ["Trần Thị Bình"]
    publish_event(corrected({"address": "12 Láng Hạ, Hà Nội"}))
    wait_for(lambda: entries(databases)[0]["debtor_address"] == "12 Láng Hạ, Hà Nội",
             message="corrected entry")
    publish_event(resumed())
    wait_for(lambda: entries(databases)[0]["removal_ground"] == "resumption_decision",
             message="removed entry")
    assert web("/api/register").json()["entries"] == []
    got = wait_for(lambda: (lambda seen: seen if len(seen) >= 2 else None)(
        [e for e in drain() if e["type"].startswith("register_entry.")]),
        message="register events")
    assert [e["type"] for e in got] == ["register_entry.published", "register_entry.removed"]
    assert got[0]["authority"] == "HN-01" and got[0]["case_id"] == "case-1"
    history = rows(databases["disclosure"], "SELECT action, reason_code FROM entry_history "
                   "ORDER BY id")
    assert [(h["action"], h["reason_code"]) for h in history] == [
        ("published", "lacking_conditions_decided"), ("corrected", "debtor_details_verified"),
        ("removed", "enforcement_resumed")]


def test_removal_racing_a_pending_publication_wins(known_cases, publish_event, databases):
    publish_event(fulfilled())
    wait_for(lambda: rows(databases["disclosure"], "SELECT action FROM entry_history"),
             message="withdrawn publication")
    publish_event(lacking_conditions())
    history = wait_for(lambda: (lambda h: h if len(h) == 2 else None)(rows(
        databases["disclosure"], "SELECT action, reason_code FROM entry_history ORDER BY id")),
        message="skipped publication")
    assert [(h["action"], h["reason_code"]) for h in history] == [
        ("publication_withdrawn", "obligation_fulfilled"),
        ("publication_skipped", "removal_before_publication")]
    assert entries(databases) == []


def test_a_payload_with_more_than_name_address_and_obligation_is_refused(
        known_cases, publish_event, rabbit_config, databases, web):
    envelope = lacking_conditions()
    envelope["payload"]["debtor"]["id_number"] = "001234567890"
    envelope["payload"]["bank_account"] = "0011-2233-4455"
    publish_event(envelope)
    parked = wait_for(lambda: deadletters.list_parked(rabbit_config["AMQP_URI"], "disclosure"),
                      message="parked message")
    assert len(parked) == 1
    assert entries(databases) == []
    assert "001234567890" not in web("/").text and web("/api/register").json()["entries"] == []
