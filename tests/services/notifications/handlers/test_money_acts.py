"""Notices of the money decisions of ``cases`` through the handlers, with a real unit of work
and no broker (issue 10 capability 1; Law Art. 39.1; Decree 62/2015 Art. 12.1, 38, 43-45, 49,
51): each decision reaches whom the decree names, owes its delivery within 3 working days of the
decision (across a weekend and Tết), keeps what it says (never an identity number), is recorded
once however often it arrives, and its delivery meets the deadline and announces
``notice.valid``."""
from datetime import date

import pytest

from shared.errors import RetryLater
from shared.events import new_envelope, validate_envelope

from services.notifications.handlers.inbox import list_inbox
from services.notifications.handlers.money_acts import record_money_act_notices
from tests.services.notifications.handlers.conftest import PARTIES

RELATED = {"party_id": "P3", "role": "related_party", "name": "Phạm C",
           "address": "Đà Nẵng"}
COST = {"cost_id": "c-1", "item": "valuation", "amount": 12_500_000, "borne_by": "debtor",
        "approved_on": "2026-11-27"}
RELIEF = {"relief_id": "r-1", "outcome": "granted", "decided_on": "2026-11-26",
          "relief": 6_250_000, "reasons": [], "legal_basis": "Decree 62/2015 Art. 44.3(a)"}
DISTRIBUTION = {"distribution_id": "dist-1", "decided_on": "2026-02-13", "amount": 60_000_000,
                "lines": [
                    {"kind": "cost", "rank": None, "obligation_id": None, "party_id": None,
                     "amount": 3_000_000, "fee": 0, "rule": "Law Art. 47.1(a)"},
                    {"kind": "share", "rank": "1", "obligation_id": "o-1", "party_id": "P1",
                     "amount": 55_000_000, "fee": 1_650_000, "rule": "Law Art. 47.2"},
                    {"kind": "surplus", "rank": None, "obligation_id": None, "party_id": "P2",
                     "amount": 2_000_000, "fee": 0, "rule": "Law Art. 47.1"}]}
SUSPENDED = {"suspension_id": "x-1", "decided_on": "2026-11-27",
             "person": {"party_id": "P2", "name": "Trần B", "identity_number": "001099012345",
                        "nationality": "VN"},
             "basis": "51.1.a", "legal_basis": "Decree 62/2015 Art. 51.1(a)"}
LIFTED = {"suspension_id": "x-1", "lifted_on": "2026-12-04", "identity_number": "001099012345",
          "ground": "fulfilled", "legal_basis": "Decree 62/2015 Art. 51.4"}
REFUSED = {"suspension_id": "x-2", "decided_on": "2026-11-27", "requested_by_party_id": "P1",
           "reasons": ["the creditor agreed to the exit (Art. 51.2(c))"]}
COMPLAINT = {"complaint_id": "k-1", "complainant_party_id": "P3", "subject_kind": "other",
             "received_on": "2026-11-23", "filed_late": False, "reply_by": "2026-11-30",
             "status": "received"}
NOT_ACCEPTED = {"complaint_id": "k-1", "step": "not_accepted", "on": "2026-11-27",
                "reasons": ["filed by a person without rights in the case"],
                "legal_basis": "Decree 62/2015 Art. 38.1"}
DUE = ("SELECT n.party_id, n.document_issued_on, n.due_by, d.starts_on, d.due_on, d.status "
       "FROM notice n JOIN platform_deadline d ON d.subject_id = n.id "
       "WHERE n.document_type = '{}' ORDER BY n.party_id")


def event(type_, payload, authority="HN-01", case_id="case-1"):
    return validate_envelope(new_envelope(type_, payload, authority=authority,
                                          case_id=case_id))


@pytest.fixture
def case(notif):
    """Case ``case-1`` of HN-01 whose decision was notified to P1, P2 and P3 (pending)."""
    return notif.decision(parties=[*PARTIES, RELATED])


def act(notif, type_, payload, **envelope):
    """The notices the cases event records, by party."""
    return {n.party_id: n for n in notif.run(record_money_act_notices,
                                              event(type_, payload, **envelope))}


def inbox_item(notif, party_id, document_type):
    [item] = [i for i in notif.run(list_inbox, party_id, read_only=True)
              if i["document_type"] == document_type]
    return item


def outbox(notif, key):
    return [r["envelope"]["payload"] for r in notif.rows(
        "SELECT routing_key, envelope FROM platform_outbox ORDER BY id") if r["routing_key"] == key]


def test_the_cost_estimate_reaches_the_litigants_across_a_weekend(notif, case):
    """Decree Art. 45.1(b): Fri 27 Nov 2026, the weekend skipped: Mon 30, Tue 1, Wed 2 Dec."""
    notices = act(notif, "enforcement_cost.approved", COST)
    assert sorted(notices) == ["P1", "P2"]
    assert notif.rows(DUE.format("enforcement_cost_estimate")) == [
        {"party_id": p, "document_issued_on": date(2026, 11, 27), "due_by": date(2026, 12, 2),
         "starts_on": date(2026, 11, 27), "due_on": date(2026, 12, 2), "status": "open"}
        for p in ("P1", "P2")]
    body = inbox_item(notif, "P2", "enforcement_cost_estimate")["body"]
    assert "12.500.000 đồng, do người phải thi hành án chịu" in body
    assert "borne by the judgment debtor" in body


def test_the_cost_estimate_is_audited_with_its_articles_and_period(notif, case):
    act(notif, "enforcement_cost.approved", COST)
    [audit] = notif.rows("SELECT subject_id, legal_basis, details FROM platform_audit "
                         "WHERE subject_type = 'enforcement_cost_estimate'")
    assert (audit["subject_id"], audit["legal_basis"]) == (
        "c-1", "Decree 62/2015 Art. 43, 45.1(b); Law Art. 39-43")
    period = audit["details"]["channels"]["P1"]["period"]
    assert (period["starts_on"], period["length"], period["unit"], period["due_on"]) == (
        "2026-11-27", 3, "working_days", "2026-12-02")
    assert [(u["key"], u["value"]) for u in period["parameters_used"]] == [
        ("notice_delivery_working_days", 3)]


@pytest.mark.parametrize("outcome, reasons, document_type, text", [
    ("granted", [], "cost_relief_decision", "số tiền được miễn, giảm: 6.250.000 đồng"),
    ("refused", ["no confirmation of the commune"], "cost_relief_refusal",
     "- no confirmation of the commune"),
    ("revoked", ["the debtor hid property"], "cost_relief_revocation",
     "- the debtor hid property")])
def test_a_cost_relief_decision_reaches_the_litigants_with_its_reasons(
        notif, case, outcome, reasons, document_type, text):
    """Decree Art. 44: Thu 26 Nov 2026, the weekend skipped: Tue 1 Dec."""
    act(notif, "cost_relief.decided", {**RELIEF, "outcome": outcome, "reasons": reasons})
    assert {(r["party_id"], r["due_on"]) for r in notif.rows(DUE.format(document_type))} == {
        ("P1", date(2026, 12, 1)), ("P2", date(2026, 12, 1))}
    assert text in inbox_item(notif, "P1", document_type)["body"]


def test_each_payee_of_a_distribution_is_asked_to_collect_only_its_own_money_after_tet(
        notif, case):
    """Decree Art. 49.2: Fri 13 Feb 2026, the weekend and Tết (16-20 Feb) skipped: 25 Feb."""
    notices = act(notif, "distribution.decided", DISTRIBUTION)
    assert sorted(notices) == ["P1", "P2"]
    assert {(r["party_id"], r["due_on"]) for r in notif.rows(
        DUE.format("money_collection_request"))} == {
        ("P1", date(2026, 2, 25)), ("P2", date(2026, 2, 25))}
    assert notices["P1"].document_details == {
        "distribution_id": "dist-1", "decided_on": "2026-02-13", "amount_to_collect": 55_000_000}
    body = inbox_item(notif, "P2", "money_collection_request")["body"]
    assert "nhận số tiền 2.000.000 đồng" in body and "55.000.000" not in body


def test_an_exit_suspension_reaches_every_party_without_the_identity_number(notif, case):
    """Decree Art. 51.1; Law Art. 39.1: the identity number is for immigration only."""
    notices = act(notif, "exit_suspension.decided", SUSPENDED)
    assert sorted(notices) == ["P1", "P2", "P3"]
    assert notices["P2"].document_details["person"] == {
        "party_id": "P2", "name": "Trần B", "nationality": "VN"}
    body = inbox_item(notif, "P2", "exit_suspension_decision")["body"]
    assert "tạm hoãn xuất cảnh đối với Trần B" in body and "001099012345" not in body


def test_the_lifting_of_an_exit_suspension_reaches_every_party(notif, case):
    """Decree Art. 51.4: Fri 4 Dec 2026, the weekend skipped: Wed 9 Dec."""
    notices = act(notif, "exit_suspension.lifted", LIFTED)
    assert {n.due_by for n in notices.values()} == {date(2026, 12, 9)}
    assert "identity_number" not in notices["P1"].document_details
    assert "(lý do: fulfilled;" in inbox_item(notif, "P3", "exit_suspension_lifting")["body"]


def test_a_refused_exit_suspension_goes_to_the_creditor_who_asked(notif, case):
    """Decree Art. 51.1-51.2: the refusal with its reasons, to its requester."""
    notices = act(notif, "exit_suspension.refused", REFUSED)
    assert sorted(notices) == ["P1"]
    assert "- the creditor agreed to the exit" in inbox_item(
        notif, "P1", "exit_suspension_refusal")["body"]


def test_a_refused_exit_suspension_without_a_requester_goes_to_the_litigants(notif, case):
    notices = act(notif, "exit_suspension.refused", {**REFUSED, "requested_by_party_id": None})
    assert sorted(notices) == ["P1", "P2"]


def test_a_complaint_received_is_no_notice_but_its_reply_goes_to_the_complainant(notif, case):
    """Decree Art. 38.1: the one reply to the complainant (P3) only."""
    assert act(notif, "complaint.received", COMPLAINT) == {}
    notices = act(notif, "complaint.progressed", NOT_ACCEPTED)
    assert sorted(notices) == ["P3"]
    assert notif.rows(DUE.format("complaint_reply")) == [
        {"party_id": "P3", "document_issued_on": date(2026, 11, 27),
         "due_by": date(2026, 12, 2), "starts_on": date(2026, 11, 27),
         "due_on": date(2026, 12, 2), "status": "open"}]
    body = inbox_item(notif, "P3", "complaint_reply")["body"]
    assert "- filed by a person without rights in the case" in body
    assert "Only one reply is made" in body


def test_a_settled_complaint_is_notified_with_its_result_across_tet_2027(notif, case):
    """Law Art. 140-142, 39.1: Wed 3 Feb 2027; Tết (4-10 Feb) and the weekend skipped:
    Thu 11, Fri 12, Mon 15 Feb."""
    act(notif, "complaint.received", COMPLAINT)
    notices = act(notif, "complaint.progressed", {**NOT_ACCEPTED, "step": "settled",
                                                  "on": "2027-02-03", "result": "partly_upheld",
                                                  "reasons": []})
    assert notices["P3"].due_by == date(2027, 2, 15)
    assert "khiếu nại đúng một phần" in inbox_item(notif, "P3", "complaint_settlement")["body"]


def test_a_kept_repeated_complaint_informs_the_complainant(notif, case):
    """Decree Art. 38.5."""
    notices = act(notif, "complaint.received", {**COMPLAINT, "status": "kept_repeated",
                                                "reply_by": None})
    assert sorted(notices) == ["P3"] and notices["P3"].document_type == "complaint_retention"


@pytest.mark.parametrize("step", ["accepted", "escalated", "review_requested"])
def test_a_complaint_step_between_authorities_is_no_notice(notif, case, step):
    """Decree Art. 38.2, 38.4 name no notice to the complainant for these steps."""
    act(notif, "complaint.received", COMPLAINT)
    assert act(notif, "complaint.progressed", {**NOT_ACCEPTED, "step": step}) == {}
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type LIKE 'complaint%'"
                      ) == [{"n": 0}]


def test_a_reply_before_its_complaint_was_received_here_is_retried_later(notif, case):
    with pytest.raises(RetryLater):
        act(notif, "complaint.progressed", NOT_ACCEPTED)


@pytest.mark.parametrize("type_, payload", [
    ("money.received", {"receipt_id": "m-1", "source": "voluntary", "amount": 1,
                        "received_on": "2026-11-27", "reference": "ref",
                        "pay_by": "2026-12-07"}),
    ("payout.made", {"payout_id": "po-1", "party_id": "P1", "amount": 1, "method": "by_post",
                     "paid_on": "2026-11-27", "remit_by": None})])
def test_a_ledger_entry_or_a_payout_is_no_notice(notif, case, type_, payload):
    """Decree Art. 49: our sources name no notice of these (rules.money_acts)."""
    assert act(notif, type_, payload) == {}


def test_the_same_event_twice_records_and_sends_nothing_twice(notif, case):
    approved = event("enforcement_cost.approved", COST)
    first = notif.run(record_money_act_notices, approved)
    again = notif.run(record_money_act_notices, approved)
    assert sorted(n.id for n in again) == sorted(n.id for n in first)
    assert len([p for p in outbox(notif, "notice.recorded")
                if p["document_type"] == "enforcement_cost_estimate"]) == 2


def test_the_same_distribution_under_another_event_id_is_recorded_once(notif, case):
    act(notif, "distribution.decided", DISTRIBUTION)
    act(notif, "distribution.decided", DISTRIBUTION)
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type = "
                      "'money_collection_request'") == [{"n": 2}]


def test_a_money_act_before_the_case_decision_is_retried_later_and_writes_nothing(notif):
    with pytest.raises(RetryLater):
        act(notif, "enforcement_cost.approved", COST)
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 0}]


def test_a_money_act_of_another_authority_does_not_reach_this_case_s_parties(notif, case):
    with pytest.raises(RetryLater):
        act(notif, "exit_suspension.decided", SUSPENDED, authority="HN-02")


def test_a_delivered_money_notice_meets_its_deadline_and_is_announced_valid(notif, case):
    notices = act(notif, "exit_suspension.decided", SUSPENDED)
    notif.deliver(notices["P2"].id, on="2026-11-30")
    [deadline] = notif.rows(
        f"SELECT status, met_on FROM platform_deadline WHERE subject_id = '{notices['P2'].id}'")
    assert deadline == {"status": "met", "met_on": date(2026, 11, 30)}
    [valid] = outbox(notif, "notice.valid")
    assert (valid["document_type"], valid["document_id"], valid["party_id"],
            valid["valid_on"]) == ("exit_suspension_decision", "x-1", "P2", "2026-11-30")


def test_after_a_valid_initial_notice_a_consenting_person_gets_the_money_notice_by_vneid(
        notif, case):
    """Decree Art. 12.1: from the second notice on, VNeID for the person who consented."""
    notif.consent("P1", "vneid", given_on="2026-11-20")
    notif.deliver(case["P1"].id, on="2026-11-25")
    notices = act(notif, "enforcement_cost.approved", COST)
    assert (notices["P1"].channel, notices["P1"].initial) == ("vneid", False)
    assert (notices["P2"].channel, notices["P2"].initial) == ("direct", True)
