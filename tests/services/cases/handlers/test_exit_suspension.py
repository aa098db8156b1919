"""Exit suspension (Decree 62/2015 Art. 51) through the handlers: decided on the creditor's
request, refused with reasons (exemptions of 51.2, not a creditor, nothing owed), lifted by hand
and automatically by the receipt that covers what the debtor owes (51.4)."""
from datetime import date

import pytest

from shared.errors import Conflict, ValidationError
from shared.validation import load

from services.cases.handlers import exit_suspension as handlers
from services.cases.handlers import ledger
from services.cases.schemas import EXIT_LIFT_IN, EXIT_SUSPENSION_IN
from tests.services.cases.handlers.test_ledger import collected, money_case, pay


def suspend(cases, case_id, **changes):
    return cases.run(handlers.decide_exit_suspension, load(EXIT_SUSPENSION_IN, {
        "case_id": case_id, "basis": "51.1.a", "requested_by_party_id": "P1",
        "person_name": "Trần Thị Bình", "identity_number": "001190012345",
        "nationality": "VN", "decided_on": "2026-11-25", **changes}))


def events(cases, routing_key):
    return [r["envelope"]["payload"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def test_decide_exit_suspension_on_the_creditors_request(cases):
    case_id = money_case(cases)
    decided = suspend(cases, case_id)
    assert (decided["status"], decided["legal_basis"]) == ("in_force", "Decree 62/2015 Art. 51.1")
    [event] = events(cases, "exit_suspension.decided")
    assert event["person"] == {"party_id": "P2", "name": "Trần Thị Bình",
                               "identity_number": "001190012345", "nationality": "VN"}


def test_decide_exit_suspension_refused_with_reasons_for_an_exemption(cases):
    case_id = money_case(cases)
    refused = suspend(cases, case_id, exemptions=[
        {"ground": "51.2.c", "evidence_reference": "Written consent of P1, 2026-11-24"}])
    assert refused["status"] == "refused" and "51.2(c)" in refused["reasons"][0]
    [event] = events(cases, "exit_suspension.refused")
    assert event["reasons"] == refused["reasons"]
    assert events(cases, "exit_suspension.decided") == []


def test_decide_exit_suspension_refused_for_a_non_creditor(cases):
    case_id = money_case(cases)
    refused = suspend(cases, case_id, requested_by_party_id="P2")
    assert refused["status"] == "refused" and "creditor" in refused["reasons"][0]


def test_decide_exit_suspension_before_the_decision_is_bad_input(cases):
    case_id = money_case(cases)
    with pytest.raises(ValidationError):
        suspend(cases, case_id, decided_on="2026-11-20")
    assert cases.rows("SELECT * FROM exit_suspension") == []


def test_lift_exit_suspension_by_hand_once(cases):
    case_id = money_case(cases)
    decided = suspend(cases, case_id)
    lift = {"suspension_id": decided["id"], "lifted_on": "2026-12-01", "ground": "51.2.b",
            "evidence_reference": "Notarised guarantee 55/CC"}
    lifted = cases.run(handlers.lift_exit_suspension, load(EXIT_LIFT_IN, lift))
    assert (lifted["status"], lifted["lift_ground"]) == ("lifted", "51.2.b")
    with pytest.raises(Conflict):
        cases.run(handlers.lift_exit_suspension, load(EXIT_LIFT_IN, lift))


def test_lift_when_covered_by_the_receipt_that_pays_everything(cases):
    case_id = money_case(cases)  # O1 60,000,000 + O2 100,000,000 requested
    decided = suspend(cases, case_id)
    pay(cases, case_id, 100_000_000)
    assert cases.rows("SELECT status FROM exit_suspension") == [{"status": "in_force"}]
    cases.run(ledger.record_collection, collected(case_id, 60_000_000))
    [row] = cases.rows("SELECT status, lift_ground, lifted_on, computations "
                       "FROM exit_suspension")
    assert (row["status"], row["lift_ground"], row["lifted_on"]) == ("lifted", "fulfilled",
                                                                     date(2026, 11, 30))
    assert row["computations"]["received"] == row["computations"]["owed"] == 160_000_000
    [event] = events(cases, "exit_suspension.lifted")
    assert (event["suspension_id"], event["ground"]) == (decided["id"], "fulfilled")
