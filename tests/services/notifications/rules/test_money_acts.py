"""Which money decision of ``cases`` is notified, as which document, from which day, to whom
(Law Art. 39.1; Decree 62/2015 Art. 12.1, 38, 43-45, 49, 51): ``rules.money_acts``."""
import pytest

from services.notifications.rules import money_acts as rules

PARTIES = [
    {"party_id": "P1", "role": "judgment_creditor"},
    {"party_id": "P2", "role": "judgment_debtor"},
    {"party_id": "P3", "role": "related_party"},
    {"party_id": "P2", "role": "judgment_debtor"},
]


def ids(recipients):
    return [party["party_id"] for party in recipients]


@pytest.mark.parametrize("outcome, document_type, article", [
    ("granted", "cost_relief_decision", "Art. 44.1-44.3"),
    ("refused", "cost_relief_refusal", "Art. 44.1-44.2"),
    ("revoked", "cost_relief_revocation", "Art. 44.4")])
def test_cost_relief_act_each_outcome_is_its_own_document(outcome, document_type, article):
    """Decree Art. 44: granted, refused (with reasons) and revoked are each notified."""
    act = rules.cost_relief_act(outcome)
    assert (act.document_type, act.id_field, act.issued_on_field, act.addressee) == (
        document_type, "relief_id", "decided_on", rules.LITIGANTS)
    assert article in act.legal_basis and "Law Art. 39.1" in act.legal_basis


def test_complaint_received_act_only_a_kept_repetition_is_notified():
    """Decree Art. 38.5: the litigant is informed that the repeated complaint is kept."""
    assert rules.complaint_received_act("kept_repeated") is rules.RETENTION
    assert rules.complaint_received_act("received") is None
    assert rules.RETENTION.addressee == "complainant_party_id"


@pytest.mark.parametrize("step, act", [
    ("not_accepted", rules.REPLY), ("settled", rules.SETTLEMENT), ("accepted", None),
    ("escalated", None), ("review_requested", None)])
def test_complaint_step_act_the_reply_and_the_settlement_go_to_the_complainant(step, act):
    """Decree Art. 38.1 (the one reply), 38.3-38.6 (settlement); 38.2, 38.4 name no notice."""
    assert rules.complaint_step_act(step) is act


@pytest.mark.parametrize("event_type, payload, document_type, id_field, day_field", [
    ("enforcement_cost.approved", {}, "enforcement_cost_estimate", "cost_id", "approved_on"),
    ("cost_relief.decided", {"outcome": "refused"}, "cost_relief_refusal", "relief_id",
     "decided_on"),
    ("distribution.decided", {}, "money_collection_request", "distribution_id", "decided_on"),
    ("exit_suspension.decided", {}, "exit_suspension_decision", "suspension_id", "decided_on"),
    ("exit_suspension.lifted", {}, "exit_suspension_lifting", "suspension_id", "lifted_on"),
    ("exit_suspension.refused", {}, "exit_suspension_refusal", "suspension_id", "decided_on"),
    ("complaint.received", {"status": "kept_repeated"}, "complaint_retention", "complaint_id",
     "received_on"),
    ("complaint.progressed", {"step": "not_accepted"}, "complaint_reply", "complaint_id", "on"),
])
def test_document_of_each_consumed_cases_event(event_type, payload, document_type, id_field,
                                               day_field):
    act = rules.document_of(event_type, payload)
    assert (act.document_type, act.id_field, act.issued_on_field) == (
        document_type, id_field, day_field)
    assert event_type in rules.CONSUMED


@pytest.mark.parametrize("event_type", [
    "money.received", "payout.made", "cost_relief.applied", "result_certificate.issued",
    "judicial_assistance.progressed"])
def test_document_of_the_events_our_sources_leave_without_a_notice_is_none(event_type):
    """Decree Art. 37, 44.2, 49, 50.3: no notice of their own (see the module's docstring)."""
    assert rules.document_of(event_type, {}) is None
    assert event_type not in rules.CONSUMED


def test_amounts_to_collect_adds_each_payee_s_shares_and_the_debtor_s_surplus():
    """Decree Art. 49.2; Law Art. 47: costs and reserved money are nobody's to collect."""
    lines = [
        {"kind": "cost", "party_id": None, "amount": 3_000_000},
        {"kind": "share", "party_id": "P1", "amount": 40_000_000},
        {"kind": "share", "party_id": "P1", "amount": 5_000_000},
        {"kind": "share", "party_id": "P4", "amount": 0},
        {"kind": "reserved", "party_id": "P5", "amount": 7_000_000},
        {"kind": "surplus", "party_id": "P2", "amount": 1_250_000}]
    assert rules.amounts_to_collect(lines) == {"P1": 45_000_000, "P2": 1_250_000}


def test_recipients_of_money_act_the_cost_estimate_goes_to_the_litigants_once_each():
    """Decree Art. 45.1(b): "notified to the litigants"."""
    assert ids(rules.recipients_of_money_act(rules.COST_ESTIMATE, {}, PARTIES)) == ["P1", "P2"]


def test_recipients_of_money_act_an_exit_suspension_reaches_every_party():
    """Decree Art. 51.1; Law Art. 39.1: the persons with related rights and obligations too."""
    assert ids(rules.recipients_of_money_act(rules.SUSPENSION, {}, PARTIES)) == [
        "P1", "P2", "P3"]


def test_recipients_of_money_act_a_named_person_alone_or_the_litigants_when_unnamed():
    """Decree Art. 38.1, 51.1: the complainant, the requester; unnamed: the litigants."""
    assert ids(rules.recipients_of_money_act(
        rules.REPLY, {"complainant_party_id": "P3"}, PARTIES)) == ["P3"]
    assert ids(rules.recipients_of_money_act(
        rules.SUSPENSION_REFUSED, {"requested_by_party_id": None}, PARTIES)) == ["P1", "P2"]


def test_recipients_of_money_act_a_distribution_reaches_its_payees_only():
    lines = [{"kind": "share", "party_id": "P1", "amount": 10},
             {"kind": "cost", "party_id": None, "amount": 5}]
    assert ids(rules.recipients_of_money_act(rules.COLLECTION, {"lines": lines}, PARTIES)) == [
        "P1"]


def test_notice_details_never_keep_the_identity_number():
    """The identity number travels only to immigration (shared/contracts/cases.py)."""
    payload = {"suspension_id": "x-1", "identity_number": "001",
               "person": {"name": "Trần B", "identity_number": "001", "nationality": "VN"}}
    assert rules.notice_details(payload) == {
        "suspension_id": "x-1", "person": {"name": "Trần B", "nationality": "VN"}}
