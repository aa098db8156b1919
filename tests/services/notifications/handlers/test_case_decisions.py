"""Notices of the decisions of ``cases`` beyond the enforcement decision, through the handlers
with a real unit of work and no broker (issue 10 capability 1; Law Art. 39.1; Decree 62/2015
Art. 10, 12.1, 14-16): each is notified to the litigants and the person with related rights and
obligations (a rejection or refusal to the requester alone), owes its delivery within 3 working
days of the decision (across a weekend and Tết), keeps what the decision says for its text, is
recorded once, and its delivery meets the deadline and announces ``notice.valid``."""
from datetime import date

import pytest

from shared.errors import RetryLater

from services.notifications.handlers.case_decisions import record_case_decision_notices
from services.notifications.handlers.inbox import list_inbox
from services.notifications.handlers.property_acts import record_property_act_notices
from tests.services.notifications.handlers.conftest import PARTIES
from tests.services.notifications.handlers.test_property_acts import (
    DUE, RELATED, SEIZED, event, outbox)

POSTPONED = {"decision_id": "pp-1", "decision_number": "3/QĐ-CCTHADS",
             "decided_on": "2026-11-27", "ground": "48.1.d", "partial": True, "ends_by": None,
             "legal_basis": "Law Art. 48.1(d); Decree 62/2015 Art. 14.2"}
SUSPENDED = {"decision_id": "sp-1", "decision_number": "4/QĐ-CCTHADS",
             "decided_on": "2026-02-13", "ground": "49.2", "legal_basis": "Law Art. 49.2"}
TERMINATED = {"decision_id": "tm-1", "decision_number": "5/QĐ-CCTHADS",
              "decided_on": "2026-11-30", "ground": "50.1.c", "legal_basis": "Law Art. 50.1(c)"}
CONTINUED = {"decision_number": "6/QĐ-CCTHADS", "decided_on": "2026-12-01",
             "stopped_by": "pp-1", "kind": "postponement"}
ASSIGNED = {"officer_id": "CHV-7", "assigned_on": "2026-11-24",
            "legal_basis": "Law Art. 36; Decree 62/2015 Art. 10"}
REPLACED = {"replacement_id": "rp-1", "ground": "10.1.c", "old_officer_id": "CHV-7",
            "new_officer_id": "CHV-9", "decided_on": "2026-11-30"}
REJECTED = {"replacement_id": "rp-2", "requested_by_party_id": "P2", "ground": "10.1.d",
            "decided_on": "2026-11-30",
            "explanation": "Không có căn cứ cho thấy Chấp hành viên thiếu khách quan"}
ENTRUSTED = {"entrustment_id": "en-1", "decision_number": "9/QĐ-CCTHADS",
             "decided_on": "2026-11-30", "from_authority": "HN-01", "to_authority": "DN-01",
             "place_kind": "property", "legal_basis": "Decree 62/2015 Art. 16.1"}
DIED = {"transfer_id": "tr-1", "kind": "debtor_death_inheritance", "from_party_id": "P2",
        "decided_on": "2026-11-30", "period_ends_on": "2026-12-30",
        "legal_basis": "Decree 62/2015 Art. 15.1(b)"}
REFUSED = {"transfer_id": "tr-2", "kind": "debtor_transfer", "from_party_id": "P2",
           "decided_on": "2026-11-30",
           "reasons": ["the judgment creditor did not consent (Decree 62/2015 Art. 15.2)"],
           "legal_basis": "Decree 62/2015 Art. 15.2"}


@pytest.fixture
def case(notif):
    """Case ``case-1`` of HN-01 whose decision was notified to P1, P2 and P3 (pending)."""
    return notif.decision(parties=[*PARTIES, RELATED])


def decided(notif, type_, payload, **envelope):
    """The notices the ``cases`` event records, by party."""
    return {n.party_id: n for n in notif.run(record_case_decision_notices,
                                              event(type_, payload, **envelope))}


def inbox_item(notif, party_id, document_type):
    [item] = [i for i in notif.run(list_inbox, party_id, read_only=True)
              if i["document_type"] == document_type]
    return item


def test_a_postponement_is_notified_to_the_litigants_and_the_related_person(notif, case):
    """Law Art. 48; Decree Art. 14; Law Art. 39.1: Fri 27 Nov 2026, the weekend skipped:
    Wed 2 Dec."""
    notices = decided(notif, "enforcement.postponed", POSTPONED)
    assert sorted(notices) == ["P1", "P2", "P3"]
    assert notif.rows(DUE.format("postponement_decision")) == [
        {"party_id": p, "document_type": "postponement_decision",
         "document_issued_on": date(2026, 11, 27), "due_by": date(2026, 12, 2),
         "starts_on": date(2026, 11, 27), "due_on": date(2026, 12, 2), "status": "open"}
        for p in ("P1", "P2", "P3")]
    assert notices["P3"].document_number == "3/QĐ-CCTHADS"
    body = inbox_item(notif, "P3", "postponement_decision")["body"]
    assert "Kính gửi: Phạm C (đồng sở hữu)" in body and "Điều 14 khoản 2" in body
    assert "Only the property before the court waits" in body


def test_a_suspension_just_before_tet_2026_is_due_after_it(notif, case):
    """Law Art. 49, 39.1: Fri 13 Feb 2026, the weekend and Tết (16-20 Feb) skipped: 25 Feb."""
    notices = decided(notif, "enforcement.suspended", SUSPENDED)
    assert {n.due_by for n in notices.values()} == {date(2026, 2, 25)}
    assert "tạm đình chỉ" in inbox_item(notif, "P1", "suspension_decision")["body"]


def test_a_termination_and_a_continuation_are_each_notified(notif, case):
    """Law Art. 50; Law Art. 48.4 (the continuation is named by the decision it ends)."""
    assert sorted(decided(notif, "enforcement.terminated", TERMINATED)) == ["P1", "P2", "P3"]
    continued = decided(notif, "enforcement.continued", CONTINUED)
    assert {(n.document_type, n.document_id, n.document_number)
            for n in continued.values()} == {("continuation_decision", "pp-1", "6/QĐ-CCTHADS")}
    assert "after its postponement" in inbox_item(notif, "P2", "continuation_decision")["body"]


def test_the_officer_s_assignment_records_no_notice(notif, case):
    """Law Art. 36: not notified (``rules.case_decisions.NOT_NOTIFIED``)."""
    assert decided(notif, "case_officer.assigned", ASSIGNED) == {}
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type <> "
                      "'enforcement_decision'") == [{"n": 0}]


def test_the_same_decision_under_another_event_id_is_recorded_once(notif, case):
    first = decided(notif, "case_officer.replaced", REPLACED)
    again = decided(notif, "case_officer.replaced", REPLACED)
    assert sorted(n.id for n in again.values()) == sorted(n.id for n in first.values())
    assert notif.rows("SELECT count(*) AS n FROM notice WHERE document_type = "
                      "'officer_replacement'") == [{"n": 3}]
    assert len([p for p in outbox(notif, "notice.recorded")
                if p["document_type"] == "officer_replacement"]) == 3


def test_a_replacement_goes_to_the_parties_its_rejection_to_the_requester_alone(notif, case):
    """Decree Art. 10.3: the head replaces the officer, or rejects the request and explains."""
    assert sorted(decided(notif, "case_officer.replaced", REPLACED)) == ["P1", "P2", "P3"]
    rejected = decided(notif, "officer_replacement.rejected", REJECTED)
    assert list(rejected) == ["P2"]
    assert (rejected["P2"].party_role, rejected["P2"].channel) == ("judgment_debtor", "direct")
    body = inbox_item(notif, "P2", "officer_replacement_rejection")["body"]
    assert "thiếu khách quan" in body and "Decree 62/2015 Art. 10.3" in body
    [audit] = notif.rows("SELECT legal_basis FROM platform_audit "
                         "WHERE subject_type = 'officer_replacement_rejection'")
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 10.3 (request rejected")


def test_a_refused_transfer_goes_to_the_transferor_with_its_reasons(notif, case):
    """Decree Art. 15.2: refused in writing with reasons."""
    refused = decided(notif, "rights_transfer.refused", REFUSED)
    assert list(refused) == ["P2"]
    assert "did not consent" in inbox_item(notif, "P2", "rights_transfer_refusal")["body"]


def test_a_transfer_on_the_debtor_s_death_is_not_sent_to_the_deceased(notif, case):
    """Decree Art. 15.1(b)."""
    notices = decided(notif, "rights.transferred", DIED)
    assert sorted(notices) == ["P1", "P3"]
    assert notices["P1"].document_details["period_ends_on"] == "2026-12-30"


def test_an_entrustment_is_notified_by_the_entrusted_authority_which_then_knows_the_parties(
        notif, case):
    """Decree Art. 16: the envelope's authority is the entrusted one (DN-01); the parties are
    those HN-01 notified; a later decision of DN-01 reaches them."""
    notices = decided(notif, "enforcement.entrusted", ENTRUSTED, authority="DN-01")
    assert sorted(notices) == ["P1", "P2", "P3"]
    assert {n.authority for n in notices.values()} == {"DN-01"}
    later = decided(notif, "enforcement.suspended", SUSPENDED, authority="DN-01")
    assert sorted(later) == ["P1", "P2", "P3"]


def test_a_decision_before_the_case_decision_is_retried_later_and_writes_nothing(notif):
    with pytest.raises(RetryLater):
        decided(notif, "enforcement.terminated", TERMINATED)
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 0}]


def test_a_decision_of_another_authority_does_not_reach_this_case_s_parties(notif, case):
    with pytest.raises(RetryLater):
        decided(notif, "enforcement.postponed", POSTPONED, authority="HN-02")


def test_a_delivered_decision_notice_meets_its_deadline_and_is_announced_valid(notif, case):
    notices = decided(notif, "enforcement.terminated", TERMINATED)
    notif.deliver(notices["P3"].id, on="2026-12-01")
    [deadline] = notif.rows(
        f"SELECT status, met_on FROM platform_deadline WHERE subject_id = '{notices['P3'].id}'")
    assert deadline == {"status": "met", "met_on": date(2026, 12, 1)}
    [valid] = outbox(notif, "notice.valid")
    assert (valid["document_type"], valid["document_id"], valid["party_id"],
            valid["required_count"], valid["valid_count"]) == (
        "termination_decision", "tm-1", "P3", 3, 1)


def test_after_a_valid_initial_notice_a_consenting_person_gets_the_decision_by_vneid(notif,
                                                                                    case):
    """Decree Art. 12.1: from the second notice on, VNeID for the person who consented."""
    notif.consent("P3", "vneid", given_on="2026-11-20")
    notif.deliver(case["P3"].id, on="2026-11-25")
    notices = decided(notif, "case_officer.replaced", REPLACED)
    assert (notices["P3"].channel, notices["P3"].initial) == ("vneid", False)
    assert (notices["P1"].channel, notices["P1"].initial) == ("direct", True)


def test_the_audit_keeps_the_period_and_the_parameter_used(notif, case):
    decided(notif, "enforcement.postponed", POSTPONED)
    [audit] = notif.rows("SELECT details FROM platform_audit "
                         "WHERE subject_type = 'postponement_decision'")
    period = audit["details"]["channels"]["P1"]["period"]
    assert (period["starts_on"], period["length"], period["unit"], period["due_on"]) == (
        "2026-11-27", 3, "working_days", "2026-12-02")
    assert [(u["key"], u["value"]) for u in period["parameters_used"]] == [
        ("notice_delivery_working_days", 3)]


def test_a_property_act_after_an_entrustment_reaches_the_parties(notif, case):
    """Decree Art. 16: the entrusted authority's own acts find the case's parties."""
    decided(notif, "enforcement.entrusted", ENTRUSTED, authority="DN-01")
    notices = notif.run(record_property_act_notices,
                        event("seizure.decided", SEIZED, authority="DN-01"))
    assert sorted(n.party_id for n in notices) == ["P1", "P2", "P3"]
