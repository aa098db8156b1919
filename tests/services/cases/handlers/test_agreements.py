"""Agreements of the litigants through the handlers, with a real unit of work and no broker
(Decree 62/2015 Art. 5; Law Art. 50.1(c))."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import agreements as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import (
    AGREEMENT_IN, BREACH_IN, TERMINATION_BY_AGREEMENT_IN, WITNESS_IN)

TWO_ITEMS = [
    {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P1", "amount": 350000000,
     "description": "Repay the loan of VND 350,000,000"},
    {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P1", "amount": 20000000, "description": "Pay interest"},
]


def decided(cases, **judgment):
    received = cases.receive(**judgment)
    ids = [o["obligation_id"] for o in judgment.get("obligations", [{"obligation_id": "O1"}])]
    case = cases.submit(received.id, obligation_ids=ids)
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))  # 2026-11-23
    return received.id, case["id"]


def agreement(judgment_id, case_id=None, **changes):
    data = {"judgment_id": judgment_id, "case_id": case_id, "kind": "performance",
            "obligation_ids": ["O1"], "made_on": "2026-12-03", "place": "45 Kim Mã, Hà Nội",
            "contents": "The debtor pays VND 50,000,000 a month from January 2027",
            "performance_due_on": "2027-07-31",
            "consequences": "On any missed month the whole sum is enforced under the decision",
            "signatories": ["P1", "P2"], **changes}
    return load(AGREEMENT_IN, {k: v for k, v in data.items() if v is not None})


def record(cases, *args, **changes):
    return cases.run(handlers.record_agreement, agreement(*args, **changes))


def witness(cases, agreement_id, **changes):
    data = {"agreement_id": agreement_id, "on": "2026-12-04", "outcome": "witnessed",
            "place": "head_office", **changes}
    return cases.run(handlers.witness_agreement, load(WITNESS_IN, data))


def terminate(cases, agreement_id, decided_on="2026-12-08", number="12/QĐ-CCTHADS"):
    return cases.run(handlers.terminate_by_agreement, load(TERMINATION_BY_AGREEMENT_IN, {
        "agreement_id": agreement_id, "number": number, "decided_on": decided_on}))


def events(cases, routing_key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def owed(cases):
    return cases.rows("SELECT * FROM platform_deadline "
                      "WHERE rule_id = 'decree5.3-termination-by-agreement'")


def test_record_agreement_before_the_decision(cases):
    judgment_id = cases.receive().id
    got = record(cases, judgment_id, contents=None, performance_due_on=None, consequences=None,
                 made_on="2026-11-02")
    assert (got["stage"], got["status"], got["case_id"]) == ("before_decision", "recorded", None)
    assert got["legal_basis"].startswith("Decree 62/2015 Art. 5.1")
    assert got["parameters_used"][-1]["key"] == "rule_set"
    [event] = events(cases, "agreement.recorded")
    assert event["payload"]["stage"] == "before_decision"
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action = 'agreement.recorded'")
    assert audit["subject_id"] == got["id"]
    assert owed(cases) == []


def test_record_agreement_after_the_decision_needs_its_contents(cases):
    judgment_id, case_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        record(cases, judgment_id, case_id, contents=None, consequences=None,
               signatories=["P1"])
    assert set(err.value.fields) == {"contents", "consequences", "signatories"}
    assert cases.rows("SELECT id FROM enforcement_agreement") == []
    got = record(cases, judgment_id, case_id)
    assert (got["stage"], got["case_status"]) == ("after_decision", "decision_issued")


def test_record_agreement_refuses_unknown_items_and_foreign_judgments(cases):
    judgment_id, case_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        record(cases, judgment_id, case_id, obligation_ids=["O9"])
    assert set(err.value.fields) == {"obligation_ids"}
    cases.as_("enforcement_officer", "HCM-02")
    with pytest.raises(NotFound):
        record(cases, judgment_id, case_id)


def test_record_non_enforcement_owes_the_termination_across_a_weekend(cases):
    judgment_id, case_id = decided(cases)
    got = record(cases, judgment_id, case_id, kind="non_enforcement")
    # Thursday 2026-12-03 + 5 working days across a weekend -> Thursday 2026-12-10
    assert got["decision_due_on"] == date(2026, 12, 10)
    assert got["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    assert got["parameters_used"][0]["key"] == "termination_decision_working_days"
    [deadline] = owed(cases)
    assert (deadline["status"], deadline["subject_id"]) == ("open", got["id"])


def test_record_non_enforcement_across_tet_2026(cases):
    received = cases.receive()
    case = cases.submit(received.id, received_on="2026-01-05")
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on="2026-01-06"))
    got = record(cases, received.id, case["id"], kind="non_enforcement", made_on="2026-02-13")
    # Friday 2026-02-13 + 5 working days, the Tết week 16-20 Feb skipped -> Friday 2026-02-27
    assert got["decision_due_on"] == date(2026, 2, 27)


def test_record_non_enforcement_before_the_decision_is_refused(cases):
    received = cases.receive()
    with pytest.raises(ValidationError) as err:
        record(cases, received.id, kind="non_enforcement")
    assert "Art. 5.3" in err.value.fields["kind"][0]


def test_record_non_enforcement_after_a_sale_needs_the_buyers_consent(cases):
    judgment_id, case_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        record(cases, judgment_id, case_id, kind="non_enforcement",
               property_sold_undelivered=True)
    assert set(err.value.fields) == {"buyer_consent"}
    got = record(cases, judgment_id, case_id, kind="non_enforcement",
                 property_sold_undelivered=True, buyer_consent=True)
    assert got["buyer_consent"] is True


def test_witness_agreement(cases):
    judgment_id, case_id = decided(cases)
    got = witness(cases, record(cases, judgment_id, case_id)["id"])
    assert (got["status"], got["witnessed_by"]) == ("witnessed", "head_of_authority@HN-01")
    [event] = events(cases, "agreement.witnessed")
    assert event["payload"]["legal_basis"] == "Decree 62/2015 Art. 5.4"


def test_witness_agreement_outside_the_head_office_only_for_listed_subjects(cases):
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id)["id"]
    with pytest.raises(ValidationError) as err:
        witness(cases, agreement_id, place="a café on Kim Mã")
    assert set(err.value.fields) == {"place"}
    got = witness(cases, agreement_id, place="the house at 3 Hàng Bạc",
                  subject_matter="land_or_house")
    assert got["witness_place"] == "the house at 3 Hàng Bạc"


def test_witness_agreement_before_the_decision_is_refused(cases):
    agreement_id = record(cases, cases.receive().id, contents=None, consequences=None,
                          performance_due_on=None)["id"]
    with pytest.raises(Conflict) as err:
        witness(cases, agreement_id)
    assert err.value.details == {"stage": "before_decision"}


def test_witness_refused_with_reasons_answers_the_owed_decision(cases):
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
    with pytest.raises(ValidationError) as err:
        witness(cases, agreement_id, outcome="refused")
    assert set(err.value.fields) == {"refusal_grounds", "reasons"}
    got = witness(cases, agreement_id, outcome="refused", refusal_grounds=["evades_enforcement_fees"],
                  reasons="The debtor pays the creditor directly to avoid the enforcement fee")
    assert (got["status"], got["refusal_grounds"]) == ("witness_refused",
                                                       ["evades_enforcement_fees"])
    [event] = events(cases, "agreement.witness_refused")
    assert event["payload"]["grounds"] == ["evades_enforcement_fees"]
    [deadline] = owed(cases)
    assert (deadline["status"], deadline["met_on"]) == ("met", date(2026, 12, 4))
    with pytest.raises(Conflict):
        terminate(cases, agreement_id)


def test_terminate_by_agreement_whole_closes_the_case_and_bars_a_new_request(cases):
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
    got = terminate(cases, agreement_id)
    assert (got["status"], got["partial"], got["case_status"]) == (
        "enforcement_terminated", False, "terminated")
    [deadline] = owed(cases)
    assert (deadline["status"], deadline["met_on"]) == ("met", date(2026, 12, 8))
    [event] = events(cases, "enforcement.terminated_by_agreement")
    assert event["payload"]["obligation_ids"] == ["O1"] and event["case_id"] == case_id
    # Art. 5.3 third paragraph: a new request for O1 is refused in writing
    again = cases.submit(judgment_id, received_on="2027-01-04")
    assert again["status"] == "request_refused"
    [refusal] = cases.rows("SELECT * FROM request_refusal")
    assert refusal["legal_basis"].startswith("Decree 62/2015 Art. 5.3")
    assert "O1" in refusal["reasons"][0]


def test_terminate_by_agreement_partly_keeps_the_case_going(cases):
    judgment_id, case_id = decided(cases, obligations=TWO_ITEMS)
    agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement",
                          obligation_ids=["O2"])["id"]
    got = terminate(cases, agreement_id, decided_on="2026-12-14")
    assert (got["partial"], got["case_status"]) == (True, "decision_issued")
    [deadline] = owed(cases)
    assert (deadline["due_on"], deadline["met_on"]) == (date(2026, 12, 10), date(2026, 12, 14))


def test_terminate_by_agreement_refuses_a_performance_agreement(cases):
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id)["id"]
    with pytest.raises(Conflict) as err:
        terminate(cases, agreement_id)
    assert err.value.details == {"kind": "performance"}
    with pytest.raises(ValidationError):
        agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
        terminate(cases, agreement_id, decided_on="2026-12-01")


def breach(cases, agreement_id, **changes):
    data = {"agreement_id": agreement_id, "breached_on": "2027-01-05",
            "breaching_party_id": "P2",
            "unperformed": "The VND 100,000,000 promised for 2026-12-31 was not paid", **changes}
    return cases.run(handlers.record_breach, load(BREACH_IN, data))


def test_record_breach_of_a_termination_reopens_the_request(cases):
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
    terminate(cases, agreement_id)
    got = breach(cases, agreement_id)
    assert (got["breached_on"], got["breaching_party_id"]) == (date(2027, 1, 5), "P2")
    [event] = events(cases, "agreement.breached")
    assert event["payload"]["legal_basis"].endswith("Art. 6.2")
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action = 'agreement.breached'")
    assert audit["subject_id"] == agreement_id
    again = cases.submit(judgment_id, received_on="2027-01-06")
    assert again["status"] == "request_accepted"
    with pytest.raises(Conflict):
        breach(cases, agreement_id, breached_on="2027-01-07")


def test_record_breach_refusals(cases):
    judgment_id, case_id = decided(cases)
    pending = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
    with pytest.raises(Conflict, match="after the head's decision"):
        breach(cases, pending)
    performance = record(cases, judgment_id, case_id)["id"]
    with pytest.raises(ValidationError) as err:
        breach(cases, performance, breaching_party_id="P9")
    assert set(err.value.fields) == {"breaching_party_id"}
    with pytest.raises(ValidationError) as err:
        breach(cases, performance, breached_on="2026-12-01")
    assert set(err.value.fields) == {"breached_on"}
    assert breach(cases, performance)["breached_on"] == date(2027, 1, 5)


def test_the_case_file_lists_the_agreement_and_its_acts(cases):
    from services.cases.handlers import queries
    judgment_id, case_id = decided(cases)
    agreement_id = record(cases, judgment_id, case_id, kind="non_enforcement")["id"]
    witness(cases, agreement_id)
    terminate(cases, agreement_id)
    dossier = cases.run(queries.get_case_file, case_id, read_only=True)["dossier"]
    assert [(i["kind"], i["on"], i["number"]) for i in dossier if i["id"] == agreement_id] == [
        ("agreement_non_enforcement", date(2026, 12, 3), None),
        ("agreement_witnessed", date(2026, 12, 4), None),
        ("termination_by_agreement", date(2026, 12, 8), "12/QĐ-CCTHADS")]


def test_record_agreement_dated_before_the_decision_is_of_art_5_1(cases):
    judgment_id, case_id = decided(cases)  # decision of 2026-11-23
    got = record(cases, judgment_id, case_id, made_on="2026-11-21", contents=None,
                 consequences=None, performance_due_on=None)
    assert got["stage"] == "before_decision"
