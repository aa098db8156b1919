"""Exemption and reduction of the enforcement cost (Decree 62/2015 Art. 44) through the
handlers: the application owes the decision in 5 working days; granted, refused with reasons,
revoked; the distribution counts the relief."""
from datetime import date

import pytest

from shared.errors import Conflict, ValidationError
from shared.validation import load

from services.cases.handlers import costs as handlers
from services.cases.handlers import ledger
from services.cases.schemas import (COST_ADVANCE_IN, COST_IN, COST_RELIEF_DECISION_IN,
                                    COST_RELIEF_IN, COST_RELIEF_REVOCATION_IN)
from tests.services.cases.handlers.test_ledger import OBLIGATIONS, decide, money_case, pay


@pytest.fixture
def cost(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    approved = cases.run(ledger.approve_enforcement_cost, load(COST_IN, {
        "case_id": case_id, "item": "43.1.c", "description": "Valuation of the car",
        "amount": 3_000_000, "borne_by": "debtor", "approved_on": "2026-11-24"}))
    return case_id, approved["id"]


def apply(cases, cost_id, ground="44.1.c", applied_on="2026-11-27"):
    return cases.run(handlers.apply_for_cost_relief, load(COST_RELIEF_IN, {
        "cost_id": cost_id, "applicant_party_id": "P2", "ground": ground,
        "evidence_reference": "Medical record 14/BV-HĐ", "applied_on": applied_on}))


def decide_relief(cases, relief_id, decided_on="2026-12-02"):
    return cases.run(handlers.decide_cost_relief, load(COST_RELIEF_DECISION_IN, {
        "relief_id": relief_id, "decided_on": decided_on}))


def test_apply_for_cost_relief_owes_the_decision_across_a_weekend(cases, cost):
    applied = apply(cases, cost[1])
    # Fri 2026-11-27 + 5 working days -> Fri 2026-12-04
    assert (applied["status"], applied["decide_by"]) == ("applied", date(2026, 12, 4))
    [owed] = cases.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                        "'decree44.2-cost-relief-decision'")
    assert owed == {"status": "open"}


def test_apply_for_cost_relief_across_tet(cases, cost):
    assert apply(cases, cost[1], applied_on="2027-02-04")["decide_by"] > date(2027, 2, 11)


def test_decide_cost_relief_grants_half_and_the_distribution_counts_it(cases, cost):
    case_id, cost_id = cost
    granted = decide_relief(cases, apply(cases, cost_id)["id"])
    assert (granted["status"], granted["relief"], granted["reasons"]) == ("granted", 1_500_000,
                                                                          [])
    met = cases.rows("SELECT status, met_on FROM platform_deadline WHERE rule_id = "
                     "'decree44.2-cost-relief-decision'")
    assert met == [{"status": "met", "met_on": date(2026, 12, 2)}]
    pay(cases, case_id, 61_500_000)
    lines = decide(cases, case_id)["lines"]
    assert [(line["kind"], line["amount"]) for line in lines] == [("cost", 1_500_000),
                                                                  ("share", 60_000_000)]


def test_decide_cost_relief_refuses_ground_b_before_half_paid_with_reasons(cases, cost):
    refused = decide_relief(cases, apply(cases, cost[1], ground="44.1.b")["id"])
    assert refused["status"] == "refused" and "50%" in refused["reasons"][0]
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'cost_relief.decided'")
    assert event["envelope"]["payload"]["outcome"] == "refused"
    with pytest.raises(Conflict):
        decide_relief(cases, refused["id"])


def test_decide_cost_relief_before_the_application_is_refused_as_input(cases, cost):
    relief = apply(cases, cost[1])
    with pytest.raises(ValidationError):
        decide_relief(cases, relief["id"], decided_on="2026-11-26")


def test_revoke_cost_relief_owes_the_cost_again(cases, cost):
    case_id, cost_id = cost
    granted = decide_relief(cases, apply(cases, cost_id)["id"])
    revoked = cases.run(handlers.revoke_cost_relief, load(COST_RELIEF_REVOCATION_IN, {
        "relief_id": granted["id"], "revoked_on": "2026-12-10",
        "reason": "The medical record was forged"}))
    assert (revoked["status"], revoked["legal_basis"]) == ("revoked",
                                                          "Decree 62/2015 Art. 44.4 (second "
                                                          "paragraph)")
    pay(cases, case_id, 63_000_000, received_on="2026-12-10")
    lines = decide(cases, case_id, decided_on="2026-12-11")["lines"]
    assert lines[0]["amount"] == 3_000_000
    with pytest.raises(Conflict):
        cases.run(handlers.revoke_cost_relief, load(COST_RELIEF_REVOCATION_IN, {
            "relief_id": granted["id"], "revoked_on": "2026-12-11", "reason": "again"}))


def advance(cases, cost_id, amount, advanced_by="authority", party_id=None,
            advanced_on="2026-11-25"):
    return cases.run(handlers.record_cost_advance, load(COST_ADVANCE_IN, {
        "cost_id": cost_id, "advanced_by": advanced_by, "party_id": party_id, "amount": amount,
        "advanced_on": advanced_on}))


def test_record_cost_advance_by_the_authority_and_a_litigant_up_to_the_estimate(cases, cost):
    first = advance(cases, cost[1], 2_000_000)
    assert (first["advanced_by"], first["party_id"], first["advanced_in_all"]) == (
        "authority", None, 2_000_000)
    assert first["legal_basis"] == "Decree 62/2015 Art. 45.1"
    second = advance(cases, cost[1], 1_000_000, advanced_by="litigant", party_id="P1")
    assert (second["party_id"], second["advanced_in_all"]) == ("P1", 3_000_000)
    events = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                        "'enforcement_cost.advanced' ORDER BY id")
    assert [e["envelope"]["payload"]["amount"] for e in events] == [2_000_000, 1_000_000]
    assert len(cases.rows("SELECT id FROM platform_audit WHERE action = "
                          "'enforcement_cost.advanced'")) == 2


def test_record_cost_advance_refuses_beyond_the_estimate_and_writes_nothing(cases, cost):
    advance(cases, cost[1], 2_000_000)
    with pytest.raises(ValidationError) as err:
        advance(cases, cost[1], 1_000_001)
    assert set(err.value.fields) == {"amount"}
    with pytest.raises(ValidationError) as err:
        advance(cases, cost[1], 1_000, advanced_by="litigant")
    assert set(err.value.fields) == {"party_id"}
    with pytest.raises(ValidationError) as err:
        advance(cases, cost[1], 1_000, advanced_on="2026-11-23")
    assert set(err.value.fields) == {"advanced_on"}
    assert len(cases.rows("SELECT id FROM cost_advance")) == 1


def test_decide_cost_relief_counts_what_was_deducted_from_the_creditor(cases):
    """Decree Art. 44.3(b) on a cost the creditor bears (Law Art. 73.2): what was deducted from
    his shares is what he paid; the remainder is exempted and no longer deducted."""
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    approved = cases.run(ledger.approve_enforcement_cost, load(COST_IN, {
        "case_id": case_id, "item": "43.1.c", "description": "Second valuation he asked for",
        "amount": 30_000_000, "borne_by": "creditor", "approved_on": "2026-11-24"}))
    pay(cases, case_id, 20_000_000)
    [line] = decide(cases, case_id)["lines"]
    deducted = line["cost_deducted"]
    assert deducted * 2 >= 30_000_000
    granted = decide_relief(cases, apply(cases, approved["id"], ground="44.1.b")["id"])
    assert (granted["status"], granted["relief"]) == ("granted", 30_000_000 - deducted)
    pay(cases, case_id, 10_000_000, received_on="2026-12-10", reference="PT-2")
    [later] = decide(cases, case_id, decided_on="2026-12-11")["lines"]
    assert "cost_deducted" not in later and later["payable"] == 10_000_000 - later["fee"]
