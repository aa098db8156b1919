"""Notices of a measure decided or refused and of a termination by agreement, through the
handlers with a real unit of work and no broker (issue 10 capability 1; Law Art. 39.1; Decree
62/2015 Art. 5.3, 13, 19-23): each is notified to the parties of the case, owes its delivery
within 3 working days of the act (across a weekend and Tết), is recorded once however often it
arrives, never carries account data (Art. 20.3), and its delivery meets the deadline and
announces ``notice.valid``; the agreement and verification events no source requires notified
record nothing."""
from datetime import date, datetime, timezone

import pytest

from shared.errors import RetryLater
from shared.events import new_envelope, validate_envelope

from services.notifications.handlers.inbox import list_inbox
from services.notifications.handlers.other_acts import record_other_act_notices
from services.notifications.rules import other_acts as rules

#: 10:00 in Vietnam on Fri 27 Nov 2026.
FRIDAY = datetime(2026, 11, 27, 3, 0, tzinfo=timezone.utc)
MEASURE = {"measure_id": "m-1", "kind": "account_freeze", "category": "security",
           "status": "decided", "decision_number": "12/QĐ-PTKTS",
           "targeted_amount": 150_000_000, "reasons": [],
           "legal_basis": "Decree 62/2015 Art. 13.1, 20"}
REASONS = [{"code": "no_coercion_period", "text": "within 15 days of the lunar new year's eve",
            "article": "Decree 62/2015 Art. 13.2"}]
TERMINATED = {"agreement_id": "ag-1", "decision_number": "7/QĐ-CTHADS",
              "decided_on": "2026-11-27", "obligation_ids": ["o-1"], "partial": True,
              "legal_basis": "Decree 62/2015 Art. 5.3; Law Art. 50.1(c)"}
DUE = ("SELECT n.party_id, n.document_issued_on, n.document_number, n.due_by, d.due_on, "
       "d.status FROM notice n JOIN platform_deadline d ON d.subject_id = n.id "
       "WHERE n.document_type = '{}' ORDER BY n.party_id")


def event(type_, payload, occurred_at=FRIDAY, authority="HN-01"):
    return validate_envelope(new_envelope(type_, payload, authority=authority,
                                          case_id="case-1", occurred_at=occurred_at))


def act(notif, type_, payload, **envelope):
    return {n.party_id: n for n in notif.run(record_other_act_notices,
                                              event(type_, payload, **envelope))}


@pytest.fixture
def case(notif):
    return notif.decision()


def test_a_decided_measure_is_notified_to_each_party_across_the_weekend(notif, case):
    """Law Art. 39.1: Fri 27 Nov 2026, the weekend skipped: Mon 30, Tue 1, Wed 2 Dec."""
    act(notif, "measure.decided", MEASURE)
    rows = notif.rows(DUE.format("measure_decision"))
    assert {r["party_id"] for r in rows} == {"P1", "P2"}
    assert {(r["document_issued_on"], r["document_number"], r["due_by"], r["due_on"],
             r["status"]) for r in rows} == {
        (date(2026, 11, 27), "12/QĐ-PTKTS", date(2026, 12, 2), date(2026, 12, 2), "open")}


def test_a_measure_decided_late_in_the_utc_evening_counts_from_the_vietnamese_day(notif, case):
    """23:30 UTC on Fri 27 Nov is Sat 28 Nov in Vietnam: Mon 30, Tue 1, Wed 2 Dec still."""
    notices = act(notif, "measure.decided", MEASURE,
                  occurred_at=datetime(2026, 11, 27, 23, 30, tzinfo=timezone.utc))
    assert {n.document_issued_on for n in notices.values()} == {date(2026, 11, 28)}
    assert {n.due_by for n in notices.values()} == {date(2026, 12, 2)}


def test_a_measure_decided_before_tet_is_due_after_the_holiday(notif, case):
    """Fri 13 Feb 2026; the weekend and Tết (16-20 Feb) skipped: 23, 24, 25 Feb."""
    notices = act(notif, "measure.decided", MEASURE,
                  occurred_at=datetime(2026, 2, 13, 2, 0, tzinfo=timezone.utc))
    assert {n.due_by for n in notices.values()} == {date(2026, 2, 25)}


def test_a_refused_measure_is_notified_with_its_reasons(notif, case):
    act(notif, "measure.decided", {**MEASURE, "status": "refused", "reasons": REASONS})
    [item] = [i for i in notif.run(list_inbox, "P2", read_only=True)
              if i["document_type"] == "measure_refusal"]
    assert "within 15 days of the lunar new year's eve" in item["body"]
    assert "(căn cứ: Decree 62/2015 Art. 13.2)" in item["body"]


def test_a_measure_notice_keeps_no_account_data(notif, case):
    """Decree Art. 20.3: what the notice keeps is the contract's payload, which has none."""
    notices = act(notif, "measure.decided", MEASURE)
    assert {key for n in notices.values() for key in n.document_details} == set(MEASURE)
    assert not any("account_number" in str(n.document_details) for n in notices.values())


def test_a_termination_by_agreement_before_tet_2027_is_due_after_it(notif, case):
    """Decree Art. 5.3: Wed 3 Feb 2027; Tết 2027 (4-10 Feb) and the weekend skipped:
    Thu 11, Fri 12, Mon 15 Feb."""
    notices = act(notif, "enforcement.terminated_by_agreement",
                  {**TERMINATED, "decided_on": "2027-02-03"})
    assert set(notices) == {"P1", "P2"}
    assert {(n.document_type, n.document_number, n.due_by) for n in notices.values()} == {
        ("agreement_termination_decision", "7/QĐ-CTHADS", date(2027, 2, 15))}
    [item] = [i for i in notif.run(list_inbox, "P1", read_only=True)
              if i["document_type"] == "agreement_termination_decision"]
    assert "đình chỉ thi hành một phần" in item["body"]


def test_the_same_measure_twice_records_nothing_twice(notif, case):
    decided = event("measure.decided", MEASURE)
    first = notif.run(record_other_act_notices, decided)
    again = notif.run(record_other_act_notices, decided)
    other_id = notif.run(record_other_act_notices, event("measure.decided", MEASURE))
    assert sorted(n.id for n in again) == sorted(n.id for n in first) == sorted(
        n.id for n in other_id)
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type = "
                      "'measure_decision'") == [{"n": 2}]


def test_a_measure_before_the_case_decision_is_retried_later_and_writes_nothing(notif):
    with pytest.raises(RetryLater):
        act(notif, "measure.decided", MEASURE)
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 0}]


@pytest.mark.parametrize("event_type, payload", [
    ("agreement.witnessed", {"agreement_id": "ag-1", "on": "2026-11-27",
                             "legal_basis": "Decree 62/2015 Art. 5.4"}),
    ("agreement.witness_refused", {"agreement_id": "ag-1", "on": "2026-11-27",
                                   "grounds": ["third_party_rights"], "reasons": "x",
                                   "legal_basis": "Decree 62/2015 Art. 5.4"}),
    ("verification.recorded", {"verification_id": "v-1", "verified_on": "2026-11-27",
                               "finding": "has_conditions", "decision_due_on": None}),
    ("debtor_declaration.recorded", {"declaration_id": "dd-1", "declared_on": "2026-11-27",
                                     "provided": False, "penalty_may_be_imposed": True}),
    ("third_party.requested", {"request_id": "t-1", "status": "requested",
                               "on": "2026-11-27"}),
])
def test_an_event_no_source_requires_notified_records_nothing(notif, case, event_type,
                                                              payload):
    """Decree Art. 5.4, 9.1, 23.1 (``rules.NOT_NOTIFIED`` says why for each)."""
    assert event_type in rules.NOT_NOTIFIED
    assert act(notif, event_type, payload) == {}
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type <> "
                      "'enforcement_decision'") == [{"n": 0}]


def test_a_delivered_measure_notice_meets_its_deadline_and_is_announced_valid(notif, case):
    notices = act(notif, "measure.decided", MEASURE)
    notif.deliver(notices["P2"].id, on="2026-11-30")
    [deadline] = notif.rows(
        f"SELECT status, met_on FROM platform_deadline WHERE subject_id = '{notices['P2'].id}'")
    assert deadline == {"status": "met", "met_on": date(2026, 11, 30)}
    [valid] = [r["envelope"]["payload"] for r in notif.rows(
        "SELECT routing_key, envelope FROM platform_outbox ORDER BY id")
        if r["routing_key"] == "notice.valid"]
    assert (valid["document_type"], valid["document_id"], valid["party_id"],
            valid["valid_on"]) == ("measure_decision", "m-1", "P2", "2026-11-30")
