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


FLOOD = {"ground": "natural_disaster", "evidence": "4.4.a",
         "evidence_reference": "Xác nhận 12/UBND xã Hương Sơn", "from_on": "2020-10-10",
         "to_on": "2020-10-19"}


def old_judgment(cases, **changes):
    return cases.receive(issued_on="2019-01-02", effective_on="2019-02-01", **changes)


def test_request_outside_prescriptive_limit_is_recorded_as_refused_with_its_reasons(cases):
    old = old_judgment(cases)
    refused = cases.submit(old.id, received_on="2026-11-20")
    assert refused["status"] == "request_refused" and refused["decision"] is None
    assert refused["decision_due_on"] is None
    refusal = refused["refusal"]
    assert refusal.refused_on == date(2026, 11, 20)
    assert refusal.decided_by == "head_of_authority@HN-01"
    assert refusal.legal_basis == (
        "Law on Civil Judgment Enforcement Art. 30.1, 31.5(c); Decree 62/2015 Art. 4, 7.2")
    assert refusal.reasons == [
        "Obligation O1: the prescriptive limit of Law Art. 30.1 ran from 2019-02-01 and ended on "
        "2024-02-01 (0 day(s) of force majeure, objective hindrance, postponement or suspension "
        "deducted, Decree Art. 4.2-4.4); the request was received on 2026-11-20."]
    [computed] = refusal.computations
    assert (computed["obligation_id"], computed["starts_on"], computed["ends_on"],
            computed["within_limit"]) == ("O1", "2019-02-01", "2024-02-01", False)
    assert [p["key"] for p in refusal.parameters_used] == [
        "request_prescriptive_limit_years", "request_refusal_working_days", "rule_set"]
    [row] = cases.rows("SELECT * FROM request_refusal")
    assert row["case_id"] == refused["id"] and row["reasons"] == refusal.reasons
    [kept] = cases.rows("SELECT status, request_content FROM enforcement_case")
    assert kept["status"] == "request_refused"


def test_a_refusal_is_audited_evented_and_its_deadline_met_on_its_day(cases):
    old = old_judgment(cases)
    refused = cases.submit(old.id, received_on="2026-11-20")
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action <> 'judgment.received'")
    assert (audit["action"], audit["subject_id"], audit["legal_basis"]) == (
        "enforcement_request.refused", refused["id"], refused["refusal"].legal_basis)
    [event] = cases.rows("SELECT routing_key, envelope FROM platform_outbox")
    assert event["routing_key"] == "enforcement_request.refused"  # no enforcement_case.opened
    payload = event["envelope"]["payload"]
    assert (payload["refusal_id"], payload["received_on"], payload["refused_on"]) == (
        refused["refusal"].id, "2026-11-20", "2026-11-20")
    assert payload["reasons"] == refused["refusal"].reasons
    assert event["envelope"]["case_id"] == refused["id"]
    [deadline] = cases.rows("SELECT * FROM platform_deadline")
    assert (deadline["rule_id"], deadline["subject_type"], deadline["status"]) == (
        "law31.5-refuse-request", "enforcement_request", "met")
    assert (deadline["met_on"], deadline["due_on"]) == (date(2026, 11, 20), date(2026, 11, 30))


def test_a_refused_request_is_not_an_open_case_so_it_may_be_made_again(cases):
    old = old_judgment(cases)
    first = cases.submit(old.id, received_on="2026-11-20")
    again = cases.submit(old.id, received_on="2026-11-23")
    assert first["id"] != again["id"] and again["status"] == "request_refused"


def test_proved_force_majeure_is_deducted_and_the_late_request_accepted(cases):
    # effective 2021-11-10: the 5 years end on 2026-11-10; 10 days of flood -> 2026-11-20
    received = cases.receive(issued_on="2021-10-01", effective_on="2021-11-10")
    case = cases.submit(received.id, received_on="2026-11-20",
                        deductions=[{**FLOOD, "from_on": "2022-10-10", "to_on": "2022-10-19"}])
    assert case["status"] == "request_accepted"
    [computed] = case["limit_computations"]
    assert (computed["base_ends_on"], computed["deducted_days"], computed["ends_on"]) == (
        "2026-11-10", 10, "2026-11-20")
    assert computed["deductions"][0]["accepted"] is True
    assert case["deductions"][0]["evidence"] == "4.4.a"
    [stored] = cases.rows("SELECT limit_computations, deductions FROM enforcement_case")
    assert stored["limit_computations"] == case["limit_computations"]


def test_a_period_without_its_evidence_is_not_deducted_and_the_refusal_says_why(cases):
    received = cases.receive(issued_on="2021-10-01", effective_on="2021-11-10")
    refused = cases.submit(received.id, received_on="2026-11-20",
                           deductions=[{**FLOOD, "evidence": "4.4.b", "from_on": "2022-10-10",
                                        "to_on": "2022-10-19"}])
    assert refused["status"] == "request_refused"
    assert "not deducted" in refused["refusal"].reasons[1]
    assert "Art. 4.4(a)" in refused["refusal"].reasons[1]


def test_every_obligation_s_limit_and_parameters_are_recorded(cases):
    received = cases.receive(obligations=[
        {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "amount": 100, "due_on": "2026-06-30",
         "description": "First instalment"},
        {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
         "creditor_party_id": "P1", "amount": 100, "due_on": "2026-07-01",
         "description": "Second instalment"}])
    case = cases.submit(received.id, obligation_ids=["O1", "O2"])
    first, second = case["limit_computations"]
    # each limit read the law in force on its own first day (rules/applicable_law.py)
    assert (first["obligation_id"], first["law_applied_on"], first["ends_on"]) == (
        "O1", "2026-06-30", "2031-06-30")
    assert (second["obligation_id"], second["law_applied_on"], second["ends_on"]) == (
        "O2", "2026-07-01", "2031-07-01")
    assert first["parameters_used"][0]["confidence"] == "high"
    assert second["parameters_used"][0]["confidence"] == "check"
    # the case keeps every row, not only the last obligation's
    assert [(p["key"], p["valid_from"]) for p in case["parameters_used"]] == [
        ("request_prescriptive_limit_years", "2009-07-01"),
        ("request_prescriptive_limit_years", "2026-07-01")]


def test_the_limit_reads_the_law_of_its_start_not_of_the_day_of_the_request(cases):
    # effective before 2026-07-01, requested after it: the 2009 row applies, not the 2026 one
    received = cases.receive(issued_on="2026-06-01", effective_on="2026-06-30")
    case = cases.submit(received.id, received_on="2026-11-20")
    [computed] = case["limit_computations"]
    assert computed["law_applied_on"] == "2026-06-30" and computed["received_on"] == "2026-11-20"
    assert computed["parameters_used"][0]["valid_from"] == "2009-07-01"


PAYMENT = {"payer": "Trần Văn Cường (brother)", "sentence_reference": "Bản án 45/2023/HS-ST",
           "paid_on": "2026-11-02", "amount": 50000000}


def test_a_relative_s_voluntary_payment_after_the_limit_is_decided_not_refused(cases):
    old = old_judgment(cases)
    case = cases.submit(old.id, received_on="2026-11-20", voluntary_payment=PAYMENT)
    assert case["status"] == "request_accepted" and case["refusal"] is None
    [computed] = case["limit_computations"]
    assert computed["within_limit"] is False  # the limit is not extended (Art. 4.6)
    assert computed["voluntary_payment_exception"] == {
        "article": "Decree 62/2015 Art. 4.6, 7.2", "payer": "Trần Văn Cường (brother)",
        "sentence_reference": "Bản án 45/2023/HS-ST", "paid_on": "2026-11-02",
        "amount": 50000000, "property": None}
    [audit] = cases.rows("SELECT legal_basis FROM platform_audit "
                         "WHERE action = 'enforcement_request.accepted'")
    assert audit["legal_basis"] == "Law Art. 31; Decree 62/2015 Art. 4; Decree 62/2015 Art. 4.6, 7.2"
    assert case["decision_due_on"] == date(2026, 11, 30)


def test_a_payment_made_before_the_limit_expired_is_no_exception(cases):
    old = old_judgment(cases)
    refused = cases.submit(old.id, received_on="2026-11-20",
                           voluntary_payment={**PAYMENT, "paid_on": "2023-12-01"})
    assert refused["status"] == "request_refused"
    assert "was not made after the limit expired" in refused["refusal"].reasons[-1]


def maintenance(*days):
    """A periodic obligation (monthly maintenance) with instalments due on ``days``."""
    return [{"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
             "creditor_party_id": "P1", "amount": 3000000, "description": "Maintenance",
             "instalments": [{"due_on": d, "amount": 1000000} for d in days]}]


def test_each_instalment_of_a_periodic_obligation_has_its_own_limit(cases):
    received = cases.receive(issued_on="2019-01-02", effective_on="2019-02-01",
                             obligations=maintenance("2021-03-01", "2021-04-01", "2022-05-02"))
    case = cases.submit(received.id, received_on="2026-03-20")
    assert case["status"] == "request_accepted"
    assert [(c["instalment_due_on"], c["ends_on"], c["within_limit"])
            for c in case["limit_computations"]] == [
        ("2021-03-01", "2026-03-02", False),   # 2026-03-01 is a Sunday
        ("2021-04-01", "2026-04-01", True),
        ("2022-05-02", "2027-05-04", True)]  # Sunday 2 May; Monday 3 May replaces 1 May
    # the time-barred instalment is refused in writing, the rest decided (Law Art. 30.1)
    refusal = case["refusal"]
    assert refusal is not None and len(refusal.reasons) == 1
    assert refusal.reasons[0].startswith("Obligation O1 (instalment due 2021-03-01): ")
    [audit] = cases.rows("SELECT details FROM platform_audit "
                         "WHERE action = 'enforcement_request.refused'")
    assert audit["details"]["partly"] is True
    events = [e["routing_key"] for e in cases.rows("SELECT routing_key FROM platform_outbox "
                                                   "ORDER BY id")]
    assert events == ["enforcement_case.opened", "enforcement_request.refused"]
    deadlines = {d["rule_id"]: d["status"] for d in cases.rows("SELECT * FROM platform_deadline")}
    assert deadlines == {"law36.1-decision-on-request": "open", "law31.5-refuse-request": "met"}


def test_a_periodic_obligation_all_of_whose_instalments_are_out_of_time_is_refused(cases):
    received = cases.receive(issued_on="2019-01-02", effective_on="2019-02-01",
                             obligations=maintenance("2019-03-01", "2019-04-01"))
    refused = cases.submit(received.id, received_on="2026-03-20")
    assert refused["status"] == "request_refused"
    assert len(refused["refusal"].reasons) == 2
    [row] = cases.rows("SELECT instalments FROM obligation")
    assert row["instalments"] == [{"due_on": "2019-03-01", "amount": 1000000},
                                  {"due_on": "2019-04-01", "amount": 1000000}]


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
