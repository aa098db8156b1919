"""Automatic decisions (Law Art. 36.2; Decree 62/2015 Art. 6), through the handlers with a real
unit of work and no broker."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers.automatic import issue_automatic_decisions
from services.cases.schemas import AUTOMATIC_DECISIONS_IN

PARTIES = [{"party_id": "P1", "name": "Nguyễn Văn An", "address": "12 Phố Huế, Hà Nội"},
           {"party_id": "P2", "name": "Trần Thị Bình", "address": "45 Kim Mã, Hà Nội"},
           {"party_id": "P3", "name": "Lê Văn Cường", "address": "3 Láng Hạ, Hà Nội"}]


def ob(oid, debtor, creditor=None, automatic="court_fee", amount=2_000_000, **more):
    return {"obligation_id": oid, "kind": "pay_money", "debtor_party_id": debtor,
            "creditor_party_id": creditor, "amount": amount, "automatic": automatic,
            "description": f"item {oid}", **more}


LOAN = ob("O1", "P2", "P1", automatic=None, amount=350_000_000)


def received(cases, obligations, received_on="2026-11-27", **changes):
    return cases.receive(parties=PARTIES, obligations=obligations, received_on=received_on,
                         **changes)


def decide(cases, judgment_id, issued_on="2026-12-01", number="7/QĐ-CTHADS"):
    return cases.run(issue_automatic_decisions, load(AUTOMATIC_DECISIONS_IN, {
        "judgment_id": judgment_id, "number": number, "issued_on": issued_on}))


def test_receiving_a_judgment_with_automatic_items_owes_the_decision_across_a_weekend(cases):
    judgment = received(cases, [LOAN, ob("O2", "P2")])
    [owed] = cases.rows("SELECT * FROM platform_deadline")
    assert (owed["rule_id"], owed["subject_type"], owed["subject_id"]) == (
        "law36.2-automatic-decision", "judgment", judgment.id)
    # received Friday 27 November: five working days end on Friday 4 December
    assert (owed["starts_on"], owed["due_on"], owed["status"]) == (
        date(2026, 11, 27), date(2026, 12, 4), "open")


def test_a_judgment_without_automatic_items_owes_no_automatic_decision(cases):
    received(cases, [LOAN])
    assert cases.rows("SELECT * FROM platform_deadline") == []


def test_issue_automatic_decisions_pools_certain_portions_into_one_decision(cases):
    judgment = received(cases, [LOAN, ob("O2", "P2"), ob("O3", "P1", automatic="fine")])
    result = decide(cases, judgment.id)
    [one] = result["decisions"]
    assert one["grouping"]["clause"] == "6.1"
    assert one["obligation_ids"] == ["O2", "O3"]
    decision = one["decision"]
    assert (decision.number, decision.basis, decision.issued_on) == (
        "7/QĐ-CTHADS", "automatic", date(2026, 12, 1))
    assert decision.notify_by == date(2026, 12, 4)
    assert decision.computations["automatic_decision"]["due_on"] == "2026-12-04"
    assert decision.computations["automatic_decision"]["met_on"] == "2026-12-01"
    assert [r["key"] for r in decision.parameters_used] == [
        "automatic_decision_working_days", "notification_working_days", "rule_set"]
    [case] = cases.rows("SELECT * FROM enforcement_case")
    assert (case["status"], case["requester_party_id"], case["decision_id"]) == (
        "decision_issued", None, decision.id)
    deadlines = {d["rule_id"]: d for d in cases.rows("SELECT * FROM platform_deadline")}
    assert (deadlines["law36.2-automatic-decision"]["status"],
            deadlines["law36.2-automatic-decision"]["met_on"]) == ("met", date(2026, 12, 1))
    assert deadlines["law39.1-notify-decision"]["subject_id"] == decision.id


def test_issue_automatic_decisions_separates_the_exceptions_of_article_6(cases):
    judgment = received(cases, [
        ob("O1", "P1"), ob("O2", "P1", automatic="fine"),                # P1: 6.1(b)
        ob("O3", "P1", "P2", automatic="return_to_owner", amount=None,
           kind="deliver_property"),                                       # P2: 6.1(a)
        ob("O4", "P3", joint_group="J1"), ob("O5", "P2", joint_group="J1")])  # 6.2
    result = decide(cases, judgment.id)
    assert [(d["grouping"]["clause"], d["obligation_ids"], d["decision"].number)
            for d in result["decisions"]] == [
        ("6.1.b", ["O1", "O2"], "7/QĐ-CTHADS-1"),
        ("6.1.a", ["O3"], "7/QĐ-CTHADS-2"),
        ("6.2", ["O4", "O5"], "7/QĐ-CTHADS-3")]
    assert len(cases.rows("SELECT id FROM enforcement_case")) == 3
    audits = cases.rows("SELECT legal_basis FROM platform_audit "
                        "WHERE action = 'enforcement_decision.issued' ORDER BY legal_basis")
    assert any("Art. 6.2 (joint" in a["legal_basis"] for a in audits)


def test_issue_automatic_decisions_gives_rights_and_obligations_one_decision(cases):
    judgment = received(cases, [
        ob("O1", "P1"), ob("O2", "P3", "P1", automatic="return_to_owner")])
    [one] = decide(cases, judgment.id)["decisions"]
    assert (one["grouping"]["clause"], one["obligation_ids"], one["grouping"]["persons"]) == (
        "6.1.c", ["O1", "O2"], ["P1"])


def test_issue_automatic_decisions_announces_each_case_and_decision(cases):
    judgment = received(cases, [LOAN, ob("O2", "P2")])
    [one] = decide(cases, judgment.id)["decisions"]
    events = {e["routing_key"]: e["envelope"] for e in cases.rows(
        "SELECT routing_key, envelope FROM platform_outbox")}
    issued = events["enforcement_decision.issued"]
    assert (issued["case_id"], issued["payload"]["basis"]) == (one["case_id"], "automatic")
    # P3, whom no obligation names, is told as a related party (Decree Art. 12.1)
    assert [(p["party_id"], p["role"]) for p in issued["payload"]["parties"]] == [
        ("P2", "judgment_debtor"), ("P3", "related_party")]
    assert events["enforcement_case.opened"]["case_id"] == one["case_id"]


def test_issue_automatic_decisions_late_across_the_lunar_new_year_shows_lateness(cases):
    judgment = received(cases, [ob("O2", "P2")], received_on="2026-02-12",
                        issued_on="2025-12-20", effective_on="2026-01-20")
    result = decide(cases, judgment.id, issued_on="2026-02-27")
    # Thursday 12 February: Friday counts, Tết (16-20 February) does not; due Thursday 26
    assert result["decision_due_on"] == date(2026, 2, 26)
    [met] = cases.rows("SELECT * FROM platform_deadline WHERE rule_id = "
                       "'law36.2-automatic-decision'")
    assert (met["status"], met["due_on"], met["met_on"]) == (
        "met", date(2026, 2, 26), date(2026, 2, 27))


def test_items_already_decided_are_not_decided_again(cases):
    judgment = received(cases, [ob("O2", "P2")])
    decide(cases, judgment.id)
    with pytest.raises(Conflict, match="no automatic item left") as err:
        decide(cases, judgment.id, number="8/QĐ")
    assert err.value.details == {"judgment_id": judgment.id}
    assert len(cases.rows("SELECT id FROM enforcement_decision")) == 1


def test_a_judgment_without_automatic_items_has_nothing_to_decide(cases):
    judgment = received(cases, [LOAN])
    with pytest.raises(Conflict):
        decide(cases, judgment.id)
    assert cases.rows("SELECT id FROM enforcement_case") == []


def test_an_automatic_decision_before_the_receipt_is_refused(cases):
    judgment = received(cases, [ob("O2", "P2")])
    with pytest.raises(ValidationError) as err:
        decide(cases, judgment.id, issued_on="2026-11-26")
    assert err.value.fields == {"issued_on": ["before the judgment was received"]}
    assert cases.rows("SELECT id FROM enforcement_decision") == []


def test_a_judgment_of_another_authority_is_not_found(cases):
    judgment = received(cases, [ob("O2", "P2")], authority="HCM-02")
    with pytest.raises(NotFound):
        decide(cases, judgment.id)
