"""Enforcement decisions, through the handler with a real unit of work and no broker."""
from datetime import date

import pytest

from shared.auth import Identity
from shared.errors import Conflict, NotFound, ValidationError

from services.cases.handlers.cases import get_case
from services.cases.handlers.decisions import issue_enforcement_decision
from tests.factories import JUDGMENT

UNKNOWN = "9b1c0000-0000-0000-0000-000000000000"


def decide(cases, case_id, **kwargs):
    return cases.run(issue_enforcement_decision, cases.decision(case_id, **kwargs))


def test_issue_enforcement_decision_records_it_and_owes_its_notification(cases):
    case = cases.opened()
    decided = decide(cases, case["id"], number="2/QĐ")
    assert decided["status"] == "decision_issued"
    assert decided["decision_due_on"] == date(2026, 11, 30)
    decision = decided["decision"]
    assert (decision.number, decision.issued_on, decision.basis) == (
        "2/QĐ", date(2026, 11, 23), "on_request")
    assert decision.issued_by == "head_of_authority@HN-01"
    assert decision.notify_by == date(2026, 11, 27)  # Monday + 3 working days; 24 November is a holiday
    assert decision.parameters_used[0]["key"] == "notification_working_days"
    [row] = cases.rows("SELECT status FROM enforcement_case")
    assert row["status"] == "decision_issued"


def test_issue_enforcement_decision_meets_the_decision_deadline(cases):
    case = cases.opened()
    decided = decide(cases, case["id"])
    deadlines = {d["rule_id"]: d for d in cases.rows("SELECT * FROM platform_deadline")}
    met = deadlines["law36.1-decision-on-request"]
    assert (met["status"], met["met_on"]) == ("met", date(2026, 11, 23))
    owed = deadlines["law39.1-notify-decision"]
    assert (owed["status"], owed["subject_type"], owed["subject_id"], owed["case_id"]) == (
        "open", "enforcement_decision", decided["decision"].id, case["id"])
    assert owed["due_on"] == date(2026, 11, 27)


def test_issue_enforcement_decision_announces_the_parties_to_notify(cases):
    case = cases.opened()
    decided = decide(cases, case["id"])
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement_decision.issued'")
    envelope = event["envelope"]
    assert (envelope["case_id"], envelope["authority"]) == (case["id"], "HN-01")
    payload = envelope["payload"]
    assert payload["decision_id"] == decided["decision"].id
    assert (payload["basis"], payload["notify_by"], payload["court"]) == (
        "on_request", "2026-11-27", "People's Court of Ba Dinh District, Hanoi")
    assert [(p["party_id"], p["role"]) for p in payload["parties"]] == [
        ("P1", "judgment_creditor"), ("P2", "judgment_debtor")]
    assert payload["parties"][0]["name"] == "Nguyễn Văn An"


def test_issue_enforcement_decision_announces_the_related_person_too(cases):
    """Decree 62/2015 Art. 12.1: a party of the judgment with no item of its own (a person with
    related rights and obligations) is among the persons to notify."""
    related = {"party_id": "P3", "name": "Phạm Văn Cường", "address": "8 Lê Lợi, Huế"}
    judgment_id = cases.receive(parties=[*JUDGMENT["parties"], related]).id
    case = cases.submit(judgment_id)
    decide(cases, case["id"])
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement_decision.issued'")
    parties = event["envelope"]["payload"]["parties"]
    assert [(p["party_id"], p["role"]) for p in parties] == [
        ("P1", "judgment_creditor"), ("P2", "judgment_debtor"), ("P3", "related_party")]
    assert parties[2]["address"] == "8 Lê Lợi, Huế"


def test_issue_enforcement_decision_is_audited_under_article_36(cases):
    case = cases.opened()
    decided = decide(cases, case["id"])
    [audit] = cases.rows("SELECT * FROM platform_audit "
                         "WHERE action = 'enforcement_decision.issued'")
    assert audit["subject_id"] == decided["decision"].id
    assert audit["legal_basis"] == (
        "Law on Civil Judgment Enforcement Art. 36.1; Decree 62/2015 Art. 7.1")


def test_a_second_decision_on_one_request_is_refused(cases):
    case = cases.opened()
    decide(cases, case["id"])
    with pytest.raises(Conflict, match="one decision per request") as err:
        decide(cases, case["id"], number="3/QĐ")
    assert err.value.details == {"status": "decision_issued"}
    assert len(cases.rows("SELECT id FROM enforcement_decision")) == 1


def test_a_decision_cannot_precede_the_request(cases):
    case = cases.opened()
    with pytest.raises(ValidationError) as err:
        decide(cases, case["id"], issued_on="2026-11-19")
    assert err.value.fields == {"issued_on": ["before the request was received"]}
    assert cases.rows("SELECT status FROM enforcement_case") == [{"status": "request_accepted"}]


def test_a_case_of_another_authority_is_not_found_as_an_unknown_one(cases):
    case = cases.opened()
    with pytest.raises(NotFound) as unknown:
        decide(cases, UNKNOWN)
    cases.env.act_as(Identity("head@HCM-02", "head_of_authority", "HCM-02"))
    with pytest.raises(NotFound) as foreign:
        decide(cases, case["id"])
    assert foreign.value.details == {"case_id": case["id"]}
    assert unknown.value.details == {"case_id": UNKNOWN}
    assert foreign.value.message == unknown.value.message.replace(UNKNOWN, case["id"])
    assert "HN-01" not in str(foreign.value)
    assert cases.rows("SELECT id FROM enforcement_decision") == []


def test_the_decision_records_every_parameter_and_computed_date_it_used(cases):
    case = cases.opened()
    decision = decide(cases, case["id"])["decision"]
    assert [p["key"] for p in decision.parameters_used] == [
        "notification_working_days", "enforcement_decision_on_request_working_days",
        "request_prescriptive_limit_years", "rule_set"]
    assert decision.computations["notify_by"]["due_on"] == "2026-11-27"
    mine = decision.computations["cases"][case["id"]]
    assert mine["decision_on_request"]["due_on"] == "2026-11-30"
    assert mine["decision_on_request"]["met_on"] == "2026-11-23"
    [limit] = mine["prescriptive_limits"]
    assert (limit["obligation_id"], limit["starts_on"], limit["ends_on"]) == (
        "O1", "2026-10-01", "2031-10-01")
    assert decision.covered_case_ids == [case["id"]]


SEVERAL_CREDITORS = dict(
    parties=[{"party_id": "P1", "name": "An", "address": "Huế"},
             {"party_id": "P2", "name": "Bình", "address": "Kim Mã"},
             {"party_id": "P3", "name": "Chi", "address": "Láng"}],
    obligations=[{"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
                  "creditor_party_id": "P1", "amount": 100, "description": "Repay An"},
                 {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
                  "creditor_party_id": "P3", "amount": 200, "description": "Repay Chi"}])


def test_one_decision_for_several_creditors_of_one_debtor_requesting_at_once(cases):
    received = cases.receive(**SEVERAL_CREDITORS)
    first = cases.submit(received.id)
    second = cases.submit(received.id, requester_party_id="P3", obligation_ids=["O2"])
    decided = decide(cases, first["id"])
    decision = decided["decision"]
    assert decision.covered_case_ids == [first["id"], second["id"]]
    assert len(cases.rows("SELECT id FROM enforcement_decision")) == 1
    statuses = cases.rows("SELECT status, decision_id FROM enforcement_case")
    assert statuses == [{"status": "decision_issued", "decision_id": decision.id}] * 2
    met = cases.rows("SELECT subject_id, status, met_on FROM platform_deadline "
                     "WHERE rule_id = 'law36.1-decision-on-request' ORDER BY subject_id")
    assert {(m["subject_id"], m["status"], m["met_on"]) for m in met} == {
        (first["id"], "met", date(2026, 11, 23)), (second["id"], "met", date(2026, 11, 23))}
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement_decision.issued'")
    assert [(p["party_id"], p["role"]) for p in event["envelope"]["payload"]["parties"]] == [
        ("P1", "judgment_creditor"), ("P2", "judgment_debtor"), ("P3", "judgment_creditor")]
    [audit] = cases.rows("SELECT * FROM platform_audit "
                         "WHERE action = 'enforcement_decision.issued'")
    assert "Art. 7.1 (one debtor, several creditors)" in audit["legal_basis"]
    assert audit["details"] == {"covered_case_ids": [first["id"], second["id"]]}
    # the other request is decided too: a decision of its own is refused
    with pytest.raises(Conflict, match="one decision per request"):
        decide(cases, second["id"], number="3/QĐ")
    with cases.env.unit_of_work(read_only=True) as uow:
        seen = get_case(second["id"], uow, cases.env.law, cases.env.caller)
    assert seen["decision"]["id"] == decision.id


def test_requests_received_on_different_days_get_their_own_decisions(cases):
    received = cases.receive(**SEVERAL_CREDITORS)
    first = cases.submit(received.id)
    second = cases.submit(received.id, requester_party_id="P3", obligation_ids=["O2"],
                          received_on="2026-11-23")
    assert decide(cases, first["id"])["decision"].covered_case_ids == [first["id"]]
    assert decide(cases, second["id"], number="3/QĐ")["decision"].covered_case_ids == [
        second["id"]]
