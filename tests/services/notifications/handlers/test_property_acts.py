"""Notices of the acts of ``property`` through the handlers, with a real unit of work and no
broker (issue 10 capability 1; Law Art. 39.1; Decree 62/2015 Art. 12.1, 17, 24-27): each act is
notified to the litigants and the person with related rights and obligations of the case, owes
its delivery within 3 working days of the act (across a weekend and Tết), keeps what the act
says for its text, is recorded once however often it arrives, and its delivery meets the
deadline and announces ``notice.valid``."""
from datetime import date

import pytest

from shared.errors import RetryLater
from shared.events import new_envelope, validate_envelope

from services.notifications.handlers.inbox import list_inbox
from services.notifications.handlers.property_acts import record_property_act_notices
from tests.services.notifications.handlers.conftest import PARTIES

RELATED = {"party_id": "P3", "role": "related_party", "name": "Phạm C (đồng sở hữu)",
           "address": "Đà Nẵng"}
REASONS = [{"code": "enterprise_order", "text": "the enterprise's accounts were not garnished "
            "first", "article": "Decree 62/2015 Art. 24.5"}]
SEIZED = {"seizure_id": "s-1", "property_id": "item-1", "outcome": "seized",
          "decided_on": "2026-11-27", "value_seized": 1_500_000_000, "voluntary": False}
VALUED = {"valuation_id": "v-1", "property_id": "item-1", "valued_on": "2026-02-13",
          "value": 2_400_000_000, "chosen_by": "agreement", "little_value": False}
REVALUATION = {"request_id": "rv-1", "property_id": "item-1", "outcome": "accepted",
               "requested_on": "2026-11-26", "valuation_due_on": "2026-12-03"}
ANNOUNCED = {"auction_id": "a-1", "property_description": "Nhà ở số 5 Lý Thường Kiệt",
             "starting_price": 2_400_000_000, "deposit": 240_000_000,
             "auction_organisation": "Công ty đấu giá hợp danh Sông Hồng", "venue": "Hà Nội",
             "posted_on": "2026-11-30", "registration_closes_on": "2027-01-05",
             "auction_on": "2027-01-08"}
FAILED = {"auction_id": "a-1", "failed_on": "2026-11-27", "starting_price": 1_944_000_000,
          "reductions": 2, "creditor_may_take": True}
VOIDED = {"auction_id": "a-1", "cancelled_on": "2027-02-19",
          "reason": "paid 0 of 2400000000 VND by 2027-02-07, the last of the 30 days, never "
                    "extended; the deposit of 240000000 VND goes to the State budget"}
DUE = ("SELECT n.party_id, n.document_type, n.document_issued_on, n.due_by, d.starts_on, "
       "d.due_on, d.status FROM notice n JOIN platform_deadline d ON d.subject_id = n.id "
       "WHERE n.document_type = '{}' ORDER BY n.party_id")


def event(type_, payload, authority="HN-01", case_id="case-1"):
    return validate_envelope(new_envelope(type_, payload, authority=authority,
                                          case_id=case_id))


@pytest.fixture
def case(notif):
    """Case ``case-1`` of HN-01 whose decision was notified to P1, P2 and P3 (pending)."""
    return notif.decision(parties=[*PARTIES, RELATED])


def act(notif, type_, payload, **envelope):
    """The notices the property event records, by party."""
    return {n.party_id: n for n in notif.run(record_property_act_notices,
                                              event(type_, payload, **envelope))}


def outbox(notif, key):
    return [r["envelope"]["payload"] for r in notif.rows(
        "SELECT routing_key, envelope FROM platform_outbox ORDER BY id") if r["routing_key"] == key]


def test_a_seizure_is_notified_to_the_litigants_and_the_related_person(notif, case):
    """Decree Art. 24; Law Art. 87, 39.1: Fri 27 Nov 2026, the weekend skipped: Wed 2 Dec."""
    notices = act(notif, "seizure.decided", SEIZED)
    assert sorted(notices) == ["P1", "P2", "P3"]
    assert notif.rows(DUE.format("seizure_decision")) == [
        {"party_id": p, "document_type": "seizure_decision",
         "document_issued_on": date(2026, 11, 27), "due_by": date(2026, 12, 2),
         "starts_on": date(2026, 11, 27), "due_on": date(2026, 12, 2), "status": "open"}
        for p in ("P1", "P2", "P3")]
    assert {n.party_role for n in notices.values()} == {
        "judgment_creditor", "judgment_debtor", "related_party"}
    assert notices["P1"].document_details == {**SEIZED, "reasons": []}
    assert notices["P1"].channel == "direct" and notices["P1"].initial


def test_a_seizure_notice_is_announced_and_audited_with_its_articles(notif, case):
    act(notif, "seizure.decided", SEIZED)
    recorded = [p for p in outbox(notif, "notice.recorded")
                if p["document_type"] == "seizure_decision"]
    assert sorted((p["party_id"], p["document_id"], p["due_by"]) for p in recorded) == [
        ("P1", "s-1", "2026-12-02"), ("P2", "s-1", "2026-12-02"), ("P3", "s-1", "2026-12-02")]
    [audit] = notif.rows("SELECT subject_type, subject_id, legal_basis FROM platform_audit "
                         "WHERE subject_type = 'seizure_decision'")
    assert audit == {"subject_type": "seizure_decision", "subject_id": "s-1",
                     "legal_basis": "Decree 62/2015 Art. 24; Law Art. 87; Law Art. 39.1; "
                                    "Decree 62/2015 Art. 12.1"}


def test_a_refusal_to_seize_is_notified_with_its_reasons(notif, case):
    notices = act(notif, "seizure.decided", {**SEIZED, "outcome": "refused",
                                             "value_seized": None, "reasons": REASONS})
    assert {n.document_type for n in notices.values()} == {"seizure_refusal"}
    [item] = [i for i in notif.run(list_inbox, "P2", read_only=True)
              if i["document_type"] == "seizure_refusal"]
    assert "the enterprise's accounts were not garnished first" in item["body"]
    assert "(căn cứ: Decree 62/2015 Art. 24.5)" in item["body"]


def test_a_mortgagee_notified_is_no_notice_to_the_parties(notif, case):
    """Decree Art. 24.3: the letter goes to the mortgagee, not to the parties."""
    assert act(notif, "seizure.decided", {**SEIZED, "outcome": "mortgagee_notified",
                                          "value_seized": None}) == {}
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type LIKE 'seizure%'"
                      ) == [{"n": 0}]


def test_the_valuation_result_across_tet_is_due_after_the_holiday(notif, case):
    """Decree Art. 17.2, 25, 26; Law Art. 98-99, 39.1: Fri 13 Feb 2026, the weekend and Tết
    (16-20 Feb) skipped: 23, 24, 25 Feb."""
    act(notif, "valuation.recorded", VALUED)
    assert {(r["party_id"], r["due_on"], r["due_by"]) for r in notif.rows(
        DUE.format("valuation_result"))} == {
        (p, date(2026, 2, 25), date(2026, 2, 25)) for p in ("P1", "P2", "P3")}
    [item] = [i for i in notif.run(list_inbox, "P1", read_only=True)
              if i["document_type"] == "valuation_result"]
    assert "2.400.000.000 đồng" in item["body"] and "2.400.000.000 VND" in item["body"]


@pytest.mark.parametrize("outcome, more, document_type", [
    ("accepted", {}, "revaluation_decision"),
    ("refused", {"valuation_due_on": None, "reasons": REASONS}, "revaluation_refusal")])
def test_a_revaluation_decision_or_refusal_is_notified_from_the_request_day(
        notif, case, outcome, more, document_type):
    """Decree Art. 17.1-17.2: decided the day the request is recorded (Thu 26 Nov 2026,
    the weekend skipped: Tue 1 Dec)."""
    act(notif, "revaluation.decided", {**REVALUATION, "outcome": outcome, **more})
    assert {(r["party_id"], r["document_issued_on"], r["due_on"]) for r in notif.rows(
        DUE.format(document_type))} == {
        (p, date(2026, 11, 26), date(2026, 12, 1)) for p in ("P1", "P2", "P3")}


def test_the_auction_announcement_reaches_the_co_owner_with_price_day_and_venue(notif, case):
    """Decree Art. 27.1; Law Art. 101: the co-owner (a person with related rights and
    obligations of the case) is told as the litigants are."""
    notices = act(notif, "auction.announced", ANNOUNCED)
    assert sorted(notices) == ["P1", "P2", "P3"]
    assert notices["P3"].document_details["auction_on"] == "2027-01-08"
    [item] = [i for i in notif.run(list_inbox, "P3", read_only=True)
              if i["document_type"] == "auction_announcement"]
    assert "Kính gửi: Phạm C (đồng sở hữu)" in item["body"]
    assert "Giá khởi điểm: 2.400.000.000 đồng" in item["body"]
    assert "Ngày đấu giá: 2027-01-08, tại Hà Nội" in item["body"]


def test_a_failed_auction_tells_the_creditor_it_may_take_the_property(notif, case):
    """Law Art. 104: after the second reduction the creditor may take it at that price."""
    act(notif, "auction.failed", FAILED)
    assert {(r["party_id"], r["due_on"]) for r in notif.rows(DUE.format("auction_failure"))} \
        == {(p, date(2026, 12, 2)) for p in ("P1", "P2", "P3")}
    [item] = [i for i in notif.run(list_inbox, "P1", read_only=True)
              if i["document_type"] == "auction_failure"]
    assert "Người được thi hành án có quyền nhận tài sản" in item["body"]


def test_a_voided_sale_is_notified_with_the_reason_across_a_weekend(notif, case):
    """Decree Art. 27.3, 27.5: voided Fri 19 Feb 2027, the weekend skipped: Mon 22, Tue 23,
    Wed 24 Feb."""
    notices = act(notif, "auction.cancelled", VOIDED)
    assert {n.document_type for n in notices.values()} == {"auction_cancellation"}
    assert {n.due_by for n in notices.values()} == {date(2027, 2, 24)}
    [item] = [i for i in notif.run(list_inbox, "P2", read_only=True)
              if i["document_type"] == "auction_cancellation"]
    assert "the deposit of 240000000 VND goes to the State budget" in item["body"]


def test_an_auction_cancelled_just_before_tet_2027_is_due_after_it(notif, case):
    """Law Art. 39.1: Wed 3 Feb 2027; Tết 2027 (Thu 4 - Wed 10 Feb) and the weekend skipped:
    Thu 11, Fri 12, Mon 15 Feb."""
    notices = act(notif, "auction.cancelled", {**VOIDED, "cancelled_on": "2027-02-03"})
    assert {n.due_by for n in notices.values()} == {date(2027, 2, 15)}


def test_the_same_event_twice_records_and_sends_nothing_twice(notif, case):
    seized = event("seizure.decided", SEIZED)
    first = notif.run(record_property_act_notices, seized)
    again = notif.run(record_property_act_notices, seized)
    assert sorted(n.id for n in again) == sorted(n.id for n in first)
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type = "
                      "'seizure_decision'") == [{"n": 3}]
    assert len([p for p in outbox(notif, "notice.recorded")
                if p["document_type"] == "seizure_decision"]) == 3


def test_the_same_act_under_another_event_id_is_recorded_once(notif, case):
    act(notif, "auction.announced", ANNOUNCED)
    act(notif, "auction.announced", ANNOUNCED)
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type = "
                      "'auction_announcement'") == [{"n": 3}]


def test_an_act_before_the_case_decision_is_retried_later_and_writes_nothing(notif):
    with pytest.raises(RetryLater):
        act(notif, "seizure.decided", SEIZED)
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 0}]


def test_an_act_of_another_authority_does_not_reach_this_case_s_parties(notif, case):
    """A notice belongs to the authority of its event: HN-02 has no decision of case-1."""
    with pytest.raises(RetryLater):
        act(notif, "seizure.decided", SEIZED, authority="HN-02")


def test_a_delivered_property_notice_meets_its_deadline_and_is_announced_valid(notif, case):
    notices = act(notif, "seizure.decided", SEIZED)
    notif.deliver(notices["P2"].id, on="2026-11-30")
    [deadline] = notif.rows(
        f"SELECT status, met_on FROM platform_deadline WHERE subject_id = '{notices['P2'].id}'")
    assert deadline == {"status": "met", "met_on": date(2026, 11, 30)}
    [valid] = outbox(notif, "notice.valid")
    assert (valid["document_type"], valid["document_id"], valid["party_id"], valid["valid_on"],
            valid["required_count"], valid["valid_count"]) == (
        "seizure_decision", "s-1", "P2", "2026-11-30", 3, 1)


def test_after_a_valid_initial_notice_a_consenting_person_gets_the_act_by_vneid(notif, case):
    """Decree Art. 12.1: from the second notice on, VNeID for the person who consented."""
    notif.consent("P1", "vneid", given_on="2026-11-20")
    notif.deliver(case["P1"].id, on="2026-11-25")
    notices = act(notif, "auction.announced", ANNOUNCED)
    assert (notices["P1"].channel, notices["P1"].initial) == ("vneid", False)
    assert (notices["P2"].channel, notices["P2"].initial) == ("direct", True)


def test_the_audit_of_a_property_act_keeps_the_period_and_the_parameter_used(notif, case):
    """Each decision records the parameter values and the dates it computed."""
    act(notif, "auction.failed", FAILED)
    [audit] = notif.rows("SELECT details FROM platform_audit "
                         "WHERE subject_type = 'auction_failure'")
    p2 = audit["details"]["channels"]["P2"]
    assert (p2["channel"], p2["due_by"]) == ("direct", "2026-12-02")
    period = p2["period"]
    assert (period["starts_on"], period["length"], period["unit"], period["due_on"]) == (
        "2026-11-27", 3, "working_days", "2026-12-02")
    assert [(u["key"], u["value"]) for u in period["parameters_used"]] == [
        ("notice_delivery_working_days", 3)]
