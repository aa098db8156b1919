"""The debtor's declaration, delegated verification, new information and the separate log,
through the handlers with a real unit of work and no broker (Decree 62/2015 Art. 9)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import debtor_conditions as handlers
from services.cases.handlers import verification
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import (
    DECLARATION_IN, DELEGATED_RESULT_IN, DELEGATION_EXTENSION_IN, DELEGATION_IN,
    LACKING_CONDITIONS_IN, NEW_INFORMATION_IN, NEW_INFORMATION_VERIFICATION_IN,
    SEPARATE_LOG_REVIEW_IN, VERIFICATION_IN)
from services.cases.rules.debtor_conditions import DECLARATION_ITEMS


def decided_case(cases, received_on="2026-11-20", issued_on="2026-11-23"):
    case = cases.opened(received_on=received_on)
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on=issued_on))
    return case["id"]


def events(cases, routing_key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def deadlines(cases, rule_prefix):
    return cases.rows(f"SELECT * FROM platform_deadline WHERE rule_id LIKE '{rule_prefix}%' "
                      f"ORDER BY id")


def declare(cases, case_id, **changes):
    data = {"case_id": case_id, "debtor_party_id": "P2", "declared_on": "2026-12-01",
            "provided": True, "truthful": True,
            "items": {k: "none" for k in DECLARATION_ITEMS}, **changes}
    return cases.run(handlers.record_declaration, load(DECLARATION_IN, data))


def delegate(cases, case_id, **changes):
    data = {"case_id": case_id, "delegated_authority": "HCM-02",
            "subject": "registered_property", "number": "15/UT-CCTHADS",
            "tasks": "Verify the land use right certificates of Trần Thị Bình in District 3",
            "delegated_on": "2026-11-25", **changes}
    return cases.run(handlers.delegate_verification, load(DELEGATION_IN, data))


def test_record_declaration(cases):
    case_id = decided_case(cases)
    got = declare(cases, case_id, items={**{k: "none" for k in DECLARATION_ITEMS},
                                         "incomes": "Salary VND 9,000,000 a month, Công ty X"})
    assert (got["provided"], got["penalty_may_be_imposed"]) == (True, False)
    assert got["items"]["incomes"].startswith("Salary")
    [event] = events(cases, "debtor_declaration.recorded")
    assert event["payload"] == {"declaration_id": got["id"], "declared_on": "2026-12-01",
                                "provided": True, "penalty_may_be_imposed": False}
    [audit] = cases.rows("SELECT * FROM platform_audit "
                         "WHERE action = 'debtor_declaration.recorded'")
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 9.1")


def test_record_declaration_refusals(cases):
    case_id = decided_case(cases)
    with pytest.raises(ValidationError) as err:
        declare(cases, case_id, items={"capability": "none"})
    assert set(err.value.fields) == {f"items.{k}" for k in DECLARATION_ITEMS} - {
        "items.capability"}
    with pytest.raises(ValidationError) as err:
        declare(cases, case_id, debtor_party_id="P1")
    assert set(err.value.fields) == {"debtor_party_id"}
    with pytest.raises(ValidationError) as err:
        declare(cases, case_id, provided=False, items={})
    assert set(err.value.fields) == {"note"}
    assert cases.rows("SELECT id FROM debtor_declaration") == []
    got = declare(cases, case_id, provided=False, truthful=None, items={},
                  note="Asked in writing on 2026-11-26; the debtor refused to declare")
    assert got["penalty_may_be_imposed"] is True


def test_record_declaration_before_the_decision_is_refused(cases):
    case = cases.opened()
    with pytest.raises(Conflict) as err:
        declare(cases, case["id"])
    assert err.value.details == {"status": "request_accepted"}


def test_delegate_verification_owes_the_delegated_authority_30_days(cases):
    case_id = decided_case(cases)
    got = delegate(cases, case_id)
    # Wed 2026-11-25 + 30 days = Fri 2026-12-25
    assert got["due_on"] == date(2026, 12, 25)
    [owed] = deadlines(cases, "decree9.2")
    assert (owed["authority"], owed["case_id"], owed["status"]) == ("HCM-02", case_id, "open")
    [event] = events(cases, "verification.delegated")
    assert event["payload"]["delegated_authority"] == "HCM-02"
    assert got["parameters_used"][0]["key"] == "delegated_verification_registered_property_days"


def test_delegate_verification_of_other_information_15_days_across_a_weekend(cases):
    case_id = decided_case(cases)
    # Fri 2026-11-27 + 15 days = Sat 2026-12-12 -> Mon 2026-12-14
    got = delegate(cases, case_id, subject="other", delegated_on="2026-11-27")
    assert got["due_on"] == date(2026, 12, 14)


def test_delegate_verification_across_tet_2026(cases):
    case_id = decided_case(cases, received_on="2026-01-05", issued_on="2026-01-06")
    # 2026-01-17 + 30 days = Mon 2026-02-16, in Tết -> Mon 2026-02-23
    assert delegate(cases, case_id, delegated_on="2026-01-17")["due_on"] == date(2026, 2, 23)


def test_delegate_verification_refusals(cases):
    case_id = decided_case(cases)
    with pytest.raises(ValidationError) as err:
        delegate(cases, case_id, delegated_authority="HN-01")
    assert set(err.value.fields) == {"delegated_authority"}
    with pytest.raises(ValidationError) as err:
        delegate(cases, case_id, delegated_on="2026-11-20")
    assert set(err.value.fields) == {"delegated_on"}
    cases.as_("head_of_authority", "HCM-02")
    with pytest.raises(NotFound):
        delegate(cases, case_id)
    assert cases.rows("SELECT id FROM delegated_verification") == []


def extend(cases, delegation_id, on="2026-12-20"):
    return cases.run(handlers.extend_delegated_verification, load(DELEGATION_EXTENSION_IN, {
        "delegation_id": delegation_id, "extended_on": on,
        "reasons": "Three plots in two districts; the land registry asked for more time"}))


def answer(cases, delegation_id, on):
    return cases.run(handlers.record_delegated_result, load(DELEGATED_RESULT_IN, {
        "delegation_id": delegation_id, "received_on": on,
        "result": "One plot at 8 Võ Văn Tần, certificate BĐ 123456, mortgaged to no one"}))


def test_extend_and_answer_a_delegated_verification(cases):
    case_id = decided_case(cases)
    delegation_id = delegate(cases, case_id)["id"]
    got = extend(cases, delegation_id)
    # 2026-11-25 + 45 days = Sat 2027-01-09 -> Mon 2027-01-11
    assert (got["due_on"], got["extended_on"]) == (date(2027, 1, 11), date(2026, 12, 20))
    first, extended = deadlines(cases, "decree9.2")
    assert (first["status"], extended["status"], extended["due_on"]) == (
        "met", "open", date(2027, 1, 11))
    with pytest.raises(Conflict):
        extend(cases, delegation_id)
    answered = answer(cases, delegation_id, "2027-01-13")
    assert answered["computations"]["extended_result_deadline"]["met_on"] == "2027-01-13"
    [event] = events(cases, "delegated_verification.answered")
    assert event["payload"]["late"] is True
    with pytest.raises(Conflict):
        answer(cases, delegation_id, "2027-01-14")


def test_extend_refused_for_other_information_or_after_its_30_days(cases):
    case_id = decided_case(cases)
    other = delegate(cases, case_id, subject="other")["id"]
    with pytest.raises(Conflict, match="registered property"):
        extend(cases, other, on="2026-11-30")
    registered = delegate(cases, case_id, number="16/UT")["id"]
    with pytest.raises(Conflict, match="ended on 2026-12-25"):
        extend(cases, registered, on="2026-12-28")


def test_answer_a_delegated_verification_on_time(cases):
    case_id = decided_case(cases)
    delegation_id = delegate(cases, case_id, subject="other")["id"]
    got = answer(cases, delegation_id, "2026-12-04")
    [met] = deadlines(cases, "decree9.2")
    assert (met["status"], met["met_on"], got["result_received_on"]) == (
        "met", date(2026, 12, 4), date(2026, 12, 4))


def lacking_case(cases):
    case_id = decided_case(cases)
    cases.run(verification.record_verification, load(VERIFICATION_IN, {
        "case_id": case_id, "verified_on": "2026-12-03", "finding": "lacks_conditions",
        "note": "No property, no income"}))
    decision = cases.run(verification.decide_lacking_conditions, load(LACKING_CONDITIONS_IN, {
        "case_id": case_id, "number": "5/QĐ-CCTHADS", "decided_on": "2026-12-07"}))
    return case_id, decision


def inform(cases, case_id, on="2027-03-03"):
    return cases.run(handlers.receive_new_information, load(NEW_INFORMATION_IN, {
        "case_id": case_id, "received_on": on, "source": "Nguyễn Văn An (creditor)",
        "content": "The debtor bought a car registered 29A-123.45"}))


def verify_info(cases, information_id, on="2027-03-10", finding="has_conditions"):
    return cases.run(handlers.verify_new_information, load(NEW_INFORMATION_VERIFICATION_IN, {
        "information_id": information_id, "verified_on": on, "finding": finding,
        "note": "The car is registered to the debtor"}))


def test_new_information_owes_a_verification_in_10_days(cases):
    case_id, _ = lacking_case(cases)
    info = inform(cases, case_id)
    # Wed 2027-03-03 + 10 days = Sat 2027-03-13 -> Mon 2027-03-15
    assert (info["due_on"], info["case_status"]) == (date(2027, 3, 15), "lacking_conditions")
    [owed] = deadlines(cases, "decree9.4-verify-new")
    assert owed["status"] == "open"
    got = verify_info(cases, info["id"])
    assert (got["verification"]["finding"], got["verified_on"]) == ("has_conditions",
                                                                   date(2027, 3, 10))
    [met] = deadlines(cases, "decree9.4-verify-new")
    assert (met["status"], met["met_on"]) == ("met", date(2027, 3, 10))
    [event] = events(cases, "new_information.received")
    assert event["payload"]["due_on"] == "2027-03-15"
    assert len(events(cases, "verification.recorded")) == 2
    with pytest.raises(Conflict):
        verify_info(cases, info["id"])


def test_new_information_across_tet_2026(cases):
    case_id = decided_case(cases, received_on="2026-01-05", issued_on="2026-01-06")
    # Sat 2026-02-07 + 10 days = Tue 2026-02-17, in Tết -> Mon 2026-02-23
    assert inform(cases, case_id, on="2026-02-07")["due_on"] == date(2026, 2, 23)


def test_verify_new_information_before_it_was_received_is_refused(cases):
    case_id, _ = lacking_case(cases)
    info = inform(cases, case_id)
    with pytest.raises(ValidationError) as err:
        verify_info(cases, info["id"], on="2027-03-01")
    assert set(err.value.fields) == {"verified_on"}
    with pytest.raises(NotFound):
        verify_info(cases, "no-such-information")


def review(cases, case_id, on, **changes):
    return cases.run(handlers.review_separate_log, load(SEPARATE_LOG_REVIEW_IN, {
        "case_id": case_id, "reviewed_on": on, **changes}))


def reverify(cases, case_id, on):
    cases.run(verification.record_verification, load(VERIFICATION_IN, {
        "case_id": case_id, "verified_on": on, "finding": "lacks_conditions",
        "note": "Re-verified (Law Art. 44.2): still no property"}))


def test_review_separate_log_monitors_separately_while_a_condition_fails(cases):
    case_id, decision = lacking_case(cases)
    got = review(cases, case_id, "2027-06-08")
    assert (got["kind"], got["legal_basis"]) == ("separate_monitoring", "Decree 62/2015 Art. 9.6")
    assert [r[:3] for r in got["reasons"]] == ["(a)", "(b)"]
    [event] = events(cases, "case.separately_monitored")
    assert event["payload"]["lacking_conditions_decision_id"] == decision["id"]
    assert deadlines(cases, "decree9.5") == []


def test_review_separate_log_keeps_the_log_when_every_condition_holds(cases):
    case_id, _ = lacking_case(cases)
    reverify(cases, case_id, "2027-06-07")
    reverify(cases, case_id, "2027-12-06")
    # (a) 1 year from 2026-12-07 -> Tue 2027-12-07; + 3 working days -> Fri 2027-12-10
    got = review(cases, case_id, "2027-12-13")
    assert (got["kind"], got["reasons"]) == ("separate_log", [])
    assert got["conditions"]["met_on"] == "2027-12-07"
    [late] = deadlines(cases, "decree9.5")
    assert (late["due_on"], late["met_on"]) == (date(2027, 12, 10), date(2027, 12, 13))
    assert got["parameters_used"][0]["key"] == "separate_log_working_days"
    [event] = events(cases, "case.separate_log_kept")
    assert event["payload"]["reasons"] == []


def test_review_separate_log_waits_for_new_information_and_long_prison_terms(cases):
    case_id, _ = lacking_case(cases)
    reverify(cases, case_id, "2027-06-07")
    reverify(cases, case_id, "2027-12-06")
    inform(cases, case_id, on="2027-12-08")
    got = review(cases, case_id, "2027-12-13", prison_release_on="2032-01-01")
    assert got["kind"] == "separate_monitoring"
    assert [r[:3] for r in got["reasons"]] == ["(a)", "(c)"]
    assert got["conditions"]["years"] == 2


def test_review_separate_log_needs_a_lacking_conditions_case(cases):
    case_id = decided_case(cases)
    with pytest.raises(Conflict) as err:
        review(cases, case_id, "2027-12-13")
    assert err.value.details == {"status": "decision_issued"}


def test_review_separate_log_before_the_decision_is_refused(cases):
    case_id, _ = lacking_case(cases)
    with pytest.raises(ValidationError) as err:
        review(cases, case_id, "2026-12-01")
    assert set(err.value.fields) == {"reviewed_on"}


def test_the_case_file_lists_declarations_delegations_information_and_reviews(cases):
    from services.cases.handlers import queries
    case_id, _ = lacking_case(cases)
    declare(cases, case_id, declared_on="2026-12-02")
    delegation_id = delegate(cases, case_id, subject="other")["id"]
    answer(cases, delegation_id, "2026-12-04")
    inform(cases, case_id)
    review(cases, case_id, "2027-06-08")
    dossier = cases.run(queries.get_case_file, case_id, read_only=True)["dossier"]
    mine = [(i["kind"], i["on"]) for i in dossier if i["kind"] not in (
        "request", "enforcement_decision", "verification_record", "lacking_conditions_decision")]
    assert mine == [("verification_delegation", date(2026, 11, 25)),
                    ("debtor_declaration", date(2026, 12, 2)),
                    ("delegated_verification_result", date(2026, 12, 4)),
                    ("new_information", date(2027, 3, 3)),
                    ("separate_monitoring", date(2027, 6, 8))]
