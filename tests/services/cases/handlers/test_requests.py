"""Requests for enforcement, through the handler with a real unit of work and no broker."""
from datetime import date

import pytest

from shared.auth import Identity
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from services.cases.handlers import decisions

WRITTEN = ("enforcement_case", "platform_deadline", "platform_audit", "platform_outbox")


def counts(cases):
    return {t: len(cases.rows(f"SELECT 1 FROM {t}")) for t in WRITTEN}


def test_submit_request_opens_a_case_and_owes_the_decision_within_5_working_days(cases):
    received = cases.receive()
    case = cases.submit(received.id)
    assert case["status"] == "request_accepted" and case["decision"] is None
    assert case["authority"] == "HN-01" and case["judgment_id"] == received.id
    assert case["request_received_on"] == date(2026, 11, 20)
    assert case["decision_due_on"] == date(2026, 11, 30)  # Friday + 5 working days; 24 November is a holiday
    assert case["parameters_used"][0]["key"] == "request_prescriptive_limit_years"
    [deadline] = cases.rows("SELECT * FROM platform_deadline")
    assert (deadline["rule_id"], deadline["subject_type"], deadline["subject_id"]) == (
        "law36.1-decision-on-request", "enforcement_case", case["id"])
    assert (deadline["status"], deadline["due_on"], deadline["case_id"]) == (
        "open", date(2026, 11, 30), case["id"])
    [row] = cases.rows("SELECT status, obligation_ids FROM enforcement_case")
    assert row == {"status": "request_accepted", "obligation_ids": ["O1"]}


def test_submit_request_announces_enforcement_case_opened(cases):
    received = cases.receive()
    case = cases.submit(received.id)
    [event] = cases.rows("SELECT routing_key, envelope FROM platform_outbox")
    assert event["routing_key"] == "enforcement_case.opened"
    envelope = event["envelope"]
    assert (envelope["case_id"], envelope["authority"]) == (case["id"], "HN-01")
    assert envelope["payload"] == {"judgment_id": received.id, "opened_on": "2026-11-20"}


def test_submit_request_is_audited_under_law_article_31(cases):
    case = cases.opened()
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action <> 'judgment.received'")
    assert (audit["action"], audit["subject_type"], audit["subject_id"]) == (
        "enforcement_request.accepted", "enforcement_case", case["id"])
    assert audit["legal_basis"] == "Law Art. 31; Decree 62/2015 Art. 4"


def test_request_on_unknown_judgment_is_not_found_and_writes_nothing(cases):
    with pytest.raises(NotFound) as err:
        cases.submit("no-such-judgment")
    assert err.value.details == {"judgment_id": "no-such-judgment"}
    assert set(counts(cases).values()) == {0}


def test_other_authority_has_no_jurisdiction_over_the_judgment(cases):
    received = cases.receive()
    cases.env.act_as(Identity("desk@HCM-02", "desk_officer", "HCM-02"))
    with pytest.raises(PermissionDenied):
        cases.submit(received.id)
    assert counts(cases)["enforcement_case"] == 0


def test_requested_obligations_must_be_items_of_the_judgment(cases):
    received = cases.receive()
    with pytest.raises(ValidationError) as err:
        cases.submit(received.id, requester_party_id="P7", obligation_ids=["O1", "O5"])
    assert err.value.fields == {"obligation_ids": ["unknown: O5"]}


def test_requester_must_be_a_party_to_the_obligations(cases):
    received = cases.receive(parties=[
        {"party_id": "P1", "name": "An", "address": "Huế"},
        {"party_id": "P2", "name": "Bình", "address": "Kim Mã"},
        {"party_id": "P3", "name": "Chi", "address": "Láng"}])
    with pytest.raises(ValidationError) as err:
        cases.submit(received.id, requester_party_id="P3")
    assert err.value.fields == {"requester_party_id": ["not a party to O1"]}
    assert counts(cases)["enforcement_case"] == 0


def test_request_outside_prescriptive_limit_is_refused(cases):
    old = cases.receive(issued_on="2019-01-02", effective_on="2019-02-01")
    with pytest.raises(Conflict, match="prescriptive limit") as err:
        cases.submit(old.id, received_on="2026-11-20")
    assert err.value.details == {"obligation_id": "O1", "limit_ended_on": "2024-02-01"}
    assert counts(cases)["enforcement_case"] == 0


def test_the_same_request_while_its_case_is_open_is_a_conflict_naming_the_case(cases):
    received = cases.receive()
    first = cases.submit(received.id)
    with pytest.raises(Conflict) as err:
        cases.submit(received.id, received_on="2026-11-23", content="Again")
    assert err.value.details == {"case_id": first["id"]}
    assert first["id"] in err.value.message
    assert counts(cases)["enforcement_case"] == 1
    # still open once its decision is issued: still the same request
    cases.run(decisions.issue_enforcement_decision, cases.decision(first["id"]))
    with pytest.raises(Conflict):
        cases.submit(received.id)


def test_another_requester_or_other_obligations_is_a_new_request(cases):
    received = cases.receive(obligations=[
        {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "amount": 100, "description": "Repay"},
        {"obligation_id": "O2", "kind": "perform_act", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "description": "Return the car"}])
    first = cases.submit(received.id)
    both = cases.submit(received.id, obligation_ids=["O1", "O2"])
    by_debtor = cases.submit(received.id, requester_party_id="P2")
    assert len({first["id"], both["id"], by_debtor["id"]}) == 3
    with pytest.raises(Conflict):  # the same set in another order
        cases.submit(received.id, obligation_ids=["O2", "O1"])
