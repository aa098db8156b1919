"""Verification, the lacking-conditions decision and resumption, through the handlers with a
real unit of work and no broker (Decree 62/2015 Art. 9, 11; Law Art. 44, 44a)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import verification as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import LACKING_CONDITIONS_IN, RESUMPTION_IN, VERIFICATION_IN


def decided_case(cases):
    case = cases.opened()
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))  # 2026-11-23
    return case["id"]


def verify(cases, case_id, finding="lacks_conditions", verified_on="2026-12-03", note="No "
           "property, no income; lives at the registered address"):
    return cases.run(handlers.record_verification, load(VERIFICATION_IN, {
        "case_id": case_id, "verified_on": verified_on, "finding": finding, "note": note}))


def decide(cases, case_id, decided_on="2026-12-07", number="5/QĐ-CCTHADS", **more):
    return cases.run(handlers.decide_lacking_conditions, load(LACKING_CONDITIONS_IN, {
        "case_id": case_id, "number": number, "decided_on": decided_on, **more}))


def resume(cases, case_id, decided_on="2027-01-08", number="9/QĐ-CCTHADS"):
    return cases.run(handlers.resume_enforcement, load(RESUMPTION_IN, {
        "case_id": case_id, "number": number, "decided_on": decided_on,
        "new_conditions": "The debtor inherited a house at 3 Hàng Bạc"}))


def outbox(cases, routing_key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def deadlines(cases):
    return cases.rows("SELECT * FROM platform_deadline "
                      "WHERE rule_id = 'decree9.4-lacking-conditions-decision'")


def test_record_verification_lacking_conditions_owes_the_decision(cases):
    case_id = decided_case(cases)
    record = verify(cases, case_id)
    # Thu 2026-12-03 + 5 working days across a weekend -> Thu 2026-12-10
    assert record["decision_due_on"] == date(2026, 12, 10)
    assert (record["finding"], record["recorded_by"], record["case_status"]) == (
        "lacks_conditions", "head_of_authority@HN-01", "decision_issued")
    [owed] = deadlines(cases)
    assert (owed["status"], owed["subject_type"], owed["subject_id"], owed["case_id"]) == (
        "open", "verification_record", record["id"], case_id)
    [event] = outbox(cases, "verification.recorded")
    assert event["payload"] == {"verification_id": record["id"], "verified_on": "2026-12-03",
                                "finding": "lacks_conditions", "decision_due_on": "2026-12-10"}
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action = 'verification.recorded'")
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 9.1")


def test_record_verification_across_tet_2026(cases):
    case = cases.opened(received_on="2026-01-05")
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on="2026-01-06"))
    record = verify(cases, case["id"], verified_on="2026-02-13")
    assert record["decision_due_on"] == date(2026, 2, 27)


def test_record_verification_with_conditions_owes_nothing(cases):
    case_id = decided_case(cases)
    record = verify(cases, case_id, finding="has_conditions")
    assert record["decision_due_on"] is None
    assert deadlines(cases) == []


def test_record_verification_before_the_decision_is_refused(cases):
    case = cases.opened()
    with pytest.raises(Conflict, match="verified once the enforcement decision is issued") as e:
        verify(cases, case["id"])
    assert e.value.details == {"status": "request_accepted"}
    case_id = case["id"]
    cases.run(issue_enforcement_decision, cases.decision(case_id))
    with pytest.raises(ValidationError) as err:
        verify(cases, case_id, verified_on="2026-11-20")
    assert set(err.value.fields) == {"verified_on"}
    assert cases.rows("SELECT id FROM verification_record") == []


def test_record_verification_of_another_authority_is_not_found(cases):
    case_id = decided_case(cases)
    cases.as_("enforcement_officer", "HCM-02")
    with pytest.raises(NotFound) as err:
        verify(cases, case_id)
    assert err.value.details == {"case_id": case_id}


def test_decide_lacking_conditions(cases):
    case_id = decided_case(cases)
    record = verify(cases, case_id)
    decision = decide(cases, case_id)
    assert (decision["case_status"], decision["debtor_party_id"], decision["verification_id"]) == (
        "lacking_conditions", "P2", record["id"])
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    assert decision["parameters_used"][0]["key"] == "lacking_conditions_decision_working_days"
    [met] = deadlines(cases)
    assert (met["status"], met["met_on"]) == ("met", date(2026, 12, 7))
    [row] = cases.rows("SELECT status FROM enforcement_case")
    assert row["status"] == "lacking_conditions"
    [event] = outbox(cases, "lacking_conditions.decided")
    assert (event["case_id"], event["authority"]) == (case_id, "HN-01")
    # Art. 11.1: name, address and the obligation only
    assert event["payload"] == {
        "decision_id": decision["id"], "decision_number": "5/QĐ-CCTHADS",
        "decided_on": "2026-12-07",
        "debtor": {"party_id": "P2", "name": "Trần Thị Bình", "address": "45 Kim Mã, Hà Nội"},
        "obligation": {"text": "Repay the loan of VND 350,000,000", "amount": 350000000}}
    [audit] = cases.rows("SELECT * FROM platform_audit "
                         "WHERE action = 'lacking_conditions.decided'")
    assert "Art. 9.4" in audit["legal_basis"] and audit["subject_id"] == decision["id"]


def test_decide_lacking_conditions_late_records_the_lateness(cases):
    case_id = decided_case(cases)
    verify(cases, case_id)
    decide(cases, case_id, decided_on="2026-12-14")
    [met] = deadlines(cases)
    assert (met["due_on"], met["met_on"]) == (date(2026, 12, 10), date(2026, 12, 14))


def test_decide_lacking_conditions_needs_a_lacking_finding(cases):
    case_id = decided_case(cases)
    with pytest.raises(Conflict, match="no verification finding"):
        decide(cases, case_id)
    verify(cases, case_id)
    verify(cases, case_id, finding="has_conditions", verified_on="2026-12-04")
    with pytest.raises(Conflict, match="no verification finding"):
        decide(cases, case_id)
    assert cases.rows("SELECT id FROM lacking_conditions_decision") == []


def test_decide_lacking_conditions_in_a_bad_state_is_the_lifecycle_conflict(cases):
    case = cases.opened()
    with pytest.raises(Conflict, match="Art. 9.4") as err:
        decide(cases, case["id"])
    assert err.value.details == {"status": "request_accepted"}
    case_id = case["id"]
    cases.run(issue_enforcement_decision, cases.decision(case_id))
    verify(cases, case_id)
    decide(cases, case_id)
    with pytest.raises(Conflict) as err:
        decide(cases, case_id, number="6/QĐ")
    assert err.value.details == {"status": "lacking_conditions"}


def test_decide_lacking_conditions_before_its_verification_is_refused(cases):
    case_id = decided_case(cases)
    verify(cases, case_id)
    with pytest.raises(ValidationError) as err:
        decide(cases, case_id, decided_on="2026-12-02")
    assert set(err.value.fields) == {"decided_on"}


def test_decide_lacking_conditions_for_a_party_not_a_debtor_is_refused(cases):
    case_id = decided_case(cases)
    verify(cases, case_id)
    with pytest.raises(ValidationError) as err:
        decide(cases, case_id, debtor_party_id="P1")
    assert set(err.value.fields) == {"debtor_party_id"}


def test_resume_enforcement(cases):
    case_id = decided_case(cases)
    verify(cases, case_id)
    lacking = decide(cases, case_id)
    found = verify(cases, case_id, finding="has_conditions", verified_on="2027-01-05")
    assert found["decision_due_on"] is None and found["case_status"] == "lacking_conditions"
    resumed = resume(cases, case_id)
    assert (resumed["case_status"], resumed["lacking_conditions_decision_id"],
            resumed["verification_id"]) == ("decision_issued", lacking["id"], found["id"])
    [event] = outbox(cases, "enforcement.resumed")
    assert event["payload"] == {"decision_id": resumed["id"], "decided_on": "2027-01-08",
                                "debtor_party_id": "P2"}
    [row] = cases.rows("SELECT resumed_by FROM lacking_conditions_decision")
    assert row["resumed_by"] == resumed["id"]
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action = 'enforcement.resumed'")
    assert "Art. 9.4" in audit["legal_basis"]


def test_resume_enforcement_needs_conditions_found_since_the_decision(cases):
    case_id = decided_case(cases)
    with pytest.raises(Conflict, match="Art. 9.4") as err:
        resume(cases, case_id)
    assert err.value.details == {"status": "decision_issued"}
    verify(cases, case_id)
    decide(cases, case_id)
    verify(cases, case_id, finding="lacks_conditions", verified_on="2027-01-05")
    with pytest.raises(Conflict, match="no verification since"):
        resume(cases, case_id)
    verify(cases, case_id, finding="has_conditions", verified_on="2027-01-06")
    with pytest.raises(ValidationError) as err:
        resume(cases, case_id, decided_on="2027-01-05")
    assert set(err.value.fields) == {"decided_on"}
    assert cases.rows("SELECT id FROM resumption_decision") == []


def test_after_resumption_the_debtor_may_again_be_decided_lacking(cases):
    case_id = decided_case(cases)
    verify(cases, case_id)
    decide(cases, case_id)
    verify(cases, case_id, finding="has_conditions", verified_on="2027-01-05")
    resume(cases, case_id)
    again = verify(cases, case_id, verified_on="2027-03-01")
    assert again["decision_due_on"] == date(2027, 3, 8)
    second = decide(cases, case_id, decided_on="2027-03-02", number="12/QĐ")
    assert second["verification_id"] == again["id"]
    assert len(outbox(cases, "lacking_conditions.decided")) == 2
