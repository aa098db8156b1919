"""The register driven by the decisions of cases (Decree 62/2015 Art. 9, 11; issue 11) through
the handlers, with a real unit of work and no broker: Art. 11's deadlines owed from the
decision and met on the day the event is handled (across a weekend and Tết 2026), the history
with its reason codes, the events for the commune, and a removal racing a pending publication."""
from datetime import date

import pytest

from shared.errors import RetryLater

from tests.services.disclosure.conftest import (
    corrected, fulfilled, lacking_conditions, resumed)


def deadlines(disclosure):
    return [(d["rule_id"], d["status"], d["due_on"].isoformat(), d["met_on"].isoformat())
            for d in disclosure.rows("SELECT rule_id, status, due_on, met_on "
                                     "FROM platform_deadline ORDER BY id")]


def history(disclosure):
    return [(h["action"], h["reason_code"], h["on"].isoformat(), h["has_entry"], h["has_event"])
            for h in disclosure.rows(
                "SELECT action, reason_code, \"on\", entry_id IS NOT NULL AS has_entry, "
                "event_id IS NOT NULL AS has_event FROM entry_history ORDER BY id")]


def outbox(disclosure):
    return [(o["routing_key"], o["payload"]) for o in disclosure.rows(
        "SELECT routing_key, envelope->'payload' AS payload FROM platform_outbox "
        "WHERE routing_key LIKE 'register_entry.%' ORDER BY id")]


def test_lacking_conditions_publishes_within_5_working_days_across_a_weekend(disclosure):
    disclosure.open_cases()
    # Thursday 5 Mar 2026 + 5 working days, over the weekend: Thursday 12 Mar
    entry = disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 9))
    assert (entry.publish_by, entry.published_on, entry.authority) == (
        date(2026, 3, 12), date(2026, 3, 9), "HN-01")
    assert deadlines(disclosure) == [("decree11.1-publish-debtor", "met", "2026-03-12",
                                      "2026-03-09")]
    assert history(disclosure) == [("published", "lacking_conditions_decided", "2026-03-09",
                                     True, True)]
    [(key, payload)] = outbox(disclosure)
    assert key == "register_entry.published"
    assert payload == {"entry_id": entry.id, "debtor_name": "Trần Thị Bình",
                       "debtor_address": "45 Kim Mã, phường Giảng Võ, Hà Nội",
                       "unmet_obligation": "Trả cho ông Nguyễn Văn An 350.000.000 đồng",
                       "published_on": "2026-03-09", "publish_by": "2026-03-12",
                       "reason_code": "lacking_conditions_decided"}
    audit = disclosure.rows("SELECT action, legal_basis FROM platform_audit ORDER BY id")
    assert audit == [{"action": "public_notice.posted",
                      "legal_basis": "Decree 62/2015 Art. 11.1; Law Art. 44a"},
                     {"action": "register_entry.published",
                      "legal_basis": "Decree 62/2015 Art. 11.1; Law Art. 44a"}]


def test_lacking_conditions_published_late_across_tet_is_met_after_its_due_day(disclosure):
    disclosure.open_cases()
    # Friday 13 Feb 2026, Tết 16-20 Feb: 23, 24, 25, 26, 27 Feb -> due Friday 27 Feb
    entry = disclosure.on_event(lacking_conditions("2026-02-13"), today=date(2026, 3, 2))
    assert entry.publish_by == date(2026, 2, 27)
    assert deadlines(disclosure) == [("decree11.1-publish-debtor", "met", "2026-02-27",
                                      "2026-03-02")]


def test_lacking_conditions_replayed_publishes_once(disclosure):
    disclosure.open_cases()
    event = lacking_conditions()
    disclosure.on_event(event, today=date(2026, 3, 6))
    assert disclosure.on_event(event, today=date(2026, 3, 6)) is None
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == [{"n": 1}]


def test_only_name_address_and_obligation_are_stored_from_the_decision(disclosure):
    disclosure.open_cases()
    disclosure.on_event(lacking_conditions(), today=date(2026, 3, 6))
    [entry] = disclosure.rows("SELECT * FROM register_entry")
    assert (entry["debtor_name"], entry["debtor_address"], entry["unmet_obligation"]) == (
        "Trần Thị Bình", "45 Kim Mã, phường Giảng Võ, Hà Nội",
        "Trả cho ông Nguyễn Văn An 350.000.000 đồng")
    assert (entry["judgment"], entry["enforcement_decision"]) == ("", "")
    assert entry["reason"].startswith("Quyết định về việc chưa có điều kiện thi hành án số 12")
    listing = disclosure.listing()
    assert listing["total"] == 1


def test_resumption_removes_within_2_working_days_across_tet(disclosure):
    disclosure.open_cases()
    entry = disclosure.on_event(lacking_conditions("2026-02-02"), today=date(2026, 2, 3))
    # Friday 13 Feb 2026 -> Mon 23, Tue 24 Feb
    [removed] = disclosure.on_event(resumed("2026-02-13"), today=date(2026, 2, 24))
    assert (removed.id, removed.remove_by, removed.removed_on, removed.removal_ground) == (
        entry.id, date(2026, 2, 24), date(2026, 2, 24), "resumption_decision")
    assert deadlines(disclosure)[-1] == ("decree11.3-remove-debtor", "met", "2026-02-24",
                                         "2026-02-24")
    assert history(disclosure)[-1] == ("removed", "enforcement_resumed", "2026-02-24", True,
                                       True)
    key, payload = outbox(disclosure)[-1]
    assert (key, payload["ground"], payload["reason_code"]) == (
        "register_entry.removed", "resumption_decision", "enforcement_resumed")


def test_certificate_of_fulfilment_removes_within_2_working_days_across_a_weekend(disclosure):
    disclosure.open_cases()
    disclosure.on_event(lacking_conditions("2026-03-02"), today=date(2026, 3, 2))
    # Friday 6 Mar 2026 -> Mon 9, Tue 10 Mar; removed Wednesday 11: late
    [removed] = disclosure.on_event(fulfilled("2026-03-06"), today=date(2026, 3, 11))
    assert (removed.remove_by, removed.removal_ground) == (date(2026, 3, 10),
                                                           "obligation_fulfilled")
    assert deadlines(disclosure)[-1] == ("decree11.3-remove-debtor", "met", "2026-03-10",
                                         "2026-03-11")
    assert history(disclosure)[-1][:2] == ("removed", "obligation_fulfilled")
    assert disclosure.listing()["total"] == 0  # off the public register


def test_removal_racing_a_pending_publication_wins(disclosure):
    disclosure.open_cases()
    # the resumption arrives first: nothing listed yet, the publication is not to happen
    assert disclosure.on_event(resumed("2026-03-06"), today=date(2026, 3, 6)) == []
    # then the decision on lacking conditions it overtook: not published
    assert disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 9)) is None
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == [{"n": 0}]
    assert history(disclosure) == [
        ("publication_withdrawn", "enforcement_resumed", "2026-03-06", False, True),
        ("publication_skipped", "removal_before_publication", "2026-03-09", False, True)]
    assert outbox(disclosure) == []  # the commune is told nothing to post
    assert [a["action"] for a in disclosure.rows("SELECT action FROM platform_audit "
                                                 "ORDER BY id")] == [
        "register_entry.publication_withdrawn", "register_entry.publication_skipped"]
    # a new decision on lacking conditions, taken after the resumption, is published
    entry = disclosure.on_event(lacking_conditions("2026-04-01", decision_id="lc-2"),
                                today=date(2026, 4, 2))
    assert entry is not None and entry.publish_by == date(2026, 4, 8)


def test_verified_change_corrects_within_3_working_days(disclosure):
    disclosure.open_cases()
    entry = disclosure.on_event(lacking_conditions("2026-02-02"), today=date(2026, 2, 3))
    # Friday 13 Feb 2026, Tết 16-20 Feb: Mon 23, Tue 24, Wed 25 Feb
    [fixed] = disclosure.on_event(corrected({"address": "12 Láng Hạ, Hà Nội"}, "2026-02-13"),
                                  today=date(2026, 2, 25))
    assert (fixed.id, fixed.debtor_address, fixed.debtor_name) == (
        entry.id, "12 Láng Hạ, Hà Nội", "Trần Thị Bình")
    assert (fixed.correct_by, fixed.corrected_on) == (date(2026, 2, 25), date(2026, 2, 25))
    assert deadlines(disclosure)[-1] == ("decree11.2-correct-debtor", "met", "2026-02-25",
                                         "2026-02-25")
    assert history(disclosure)[-1] == ("corrected", "debtor_details_verified", "2026-02-25",
                                       True, True)
    assert disclosure.rows("SELECT legal_basis FROM platform_audit ORDER BY id DESC LIMIT 1") \
        == [{"legal_basis": "Decree 62/2015 Art. 11.2"}]


def test_verified_change_across_a_weekend_met_late(disclosure):
    disclosure.open_cases()
    disclosure.on_event(lacking_conditions("2026-03-02"), today=date(2026, 3, 2))
    # Friday 6 Mar -> Mon 9, Tue 10, Wed 11; corrected Thursday 12: late
    disclosure.on_event(corrected({"name": "Trần Thị Bình An"}, "2026-03-06"),
                        today=date(2026, 3, 12))
    assert deadlines(disclosure)[-1] == ("decree11.2-correct-debtor", "met", "2026-03-11",
                                         "2026-03-12")
    assert disclosure.rows("SELECT debtor_name FROM register_entry") == [
        {"debtor_name": "Trần Thị Bình An"}]


def test_decision_for_a_case_not_yet_announced_is_retried_later(disclosure):
    with pytest.raises(RetryLater):
        disclosure.on_event(lacking_conditions(), today=date(2026, 3, 6))
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == [{"n": 0}]


def test_decision_under_another_authority_than_the_known_case_is_retried_later(disclosure):
    # its enforcement.entrusted may be behind; after EVENT_RETRY_LIMIT attempts it is parked
    disclosure.open_cases()
    with pytest.raises(RetryLater, match="known under another authority"):
        disclosure.on_event(lacking_conditions(authority="HCM-02"), today=date(2026, 3, 6))
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == [{"n": 0}]


def test_corrected_name_is_found_by_its_new_words_only(disclosure):
    disclosure.open_cases()
    disclosure.on_event(lacking_conditions("2026-03-05"), today=date(2026, 3, 6))
    disclosure.on_event(corrected({"name": "Trần Thị Bích"}), today=date(2026, 3, 9))
    suffixes = [r["suffix"] for r in disclosure.rows(
        "SELECT suffix FROM register_name_suffix ORDER BY suffix")]
    assert suffixes == ["bich", "thi bich", "tran thi bich"]
