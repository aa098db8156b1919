"""Postponement, suspension, termination and continuation through the handlers with a real unit
of work and no broker (Law Art. 48-50; Decree 62/2015 Art. 14; Law Art. 30.2)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import suspension as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import CONTINUATION_IN, STOP_IN, TERMINATION_IN


def decided_case(cases, received_on="2026-11-20", issued_on="2026-11-23"):
    case = cases.opened(received_on=received_on)
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on=issued_on))
    return case["id"]


def stop(cases, case_id, kind="postponement", ground="48.1.c", ground_arose_on="2026-12-03",
         decided_on="2026-12-07", **more):
    return cases.run(handlers.stop_enforcement, load(STOP_IN, {
        "case_id": case_id, "kind": kind, "ground": ground, "number": "7/QĐ-CCTHADS",
        "reasons": "The litigants agreed in writing on 2026-12-03 to postpone until March",
        "ground_arose_on": ground_arose_on, "decided_on": decided_on, **more}))


def go_on(cases, case_id, ground_ended_on="2027-03-01", decided_on="2027-03-03"):
    return cases.run(handlers.continue_enforcement, load(CONTINUATION_IN, {
        "case_id": case_id, "number": "12/QĐ-CCTHADS", "ground_ended_on": ground_ended_on,
        "decided_on": decided_on}))


def terminate(cases, case_id, ground="50.1.c", ground_arose_on="2026-12-03",
              decided_on="2026-12-04"):
    return cases.run(handlers.terminate_enforcement, load(TERMINATION_IN, {
        "case_id": case_id, "ground": ground, "number": "8/QĐ-CCTHADS",
        "reasons": "The creditor asked in writing to terminate", "ground_arose_on":
        ground_arose_on, "decided_on": decided_on}))


def events(cases, routing_key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def deadline(cases, rule_id):
    return cases.rows(f"SELECT * FROM platform_deadline WHERE rule_id = '{rule_id}'")


def status(cases):
    return [r["status"] for r in cases.rows("SELECT status FROM enforcement_case")]


def test_stop_enforcement_postpones_with_its_deadline_met_across_a_weekend(cases):
    case_id = decided_case(cases)
    decision = stop(cases, case_id)
    assert (decision["case_status"], decision["partial"], decision["ends_by"]) == (
        "postponed", False, None)
    assert decision["legal_basis"].endswith("Art. 48; Decree 62/2015 Art. 14 (48.1.c)")
    # ground Thursday 2026-12-03 -> due Thursday 2026-12-10; met on 2026-12-07
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    assert decision["parameters_used"][0]["key"] == "postponement_decision_working_days"
    [owed] = deadline(cases, "law48.3-postponement-decision")
    assert (owed["status"], owed["met_on"], owed["case_id"]) == ("met", date(2026, 12, 7),
                                                                 case_id)
    [event] = events(cases, "enforcement.postponed")
    assert event["payload"] == {"decision_id": decision["id"], "decision_number": "7/QĐ-CCTHADS",
                                "decided_on": "2026-12-07", "ground": "48.1.c",
                                "legal_basis": decision["legal_basis"], "partial": False,
                                "ends_by": None}
    [audit] = cases.rows("SELECT * FROM platform_audit WHERE action = 'enforcement.postponed'")
    assert audit["legal_basis"] == decision["legal_basis"]
    assert status(cases) == ["postponed"]


def test_stop_enforcement_late_across_tet_shows_lateness(cases):
    case_id = decided_case(cases, received_on="2026-01-05", issued_on="2026-01-06")
    decision = stop(cases, case_id, kind="suspension", ground="49.2",
                    ground_arose_on="2026-02-13", decided_on="2026-03-02")
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-02-27"
    [owed] = deadline(cases, "law49-suspension-decision")
    assert owed["met_on"] > owed["due_on"]  # met late: the metrics count it
    [event] = events(cases, "enforcement.suspended")
    assert event["payload"]["ground"] == "49.2"


def test_stop_enforcement_on_protest_request_owes_its_end_in_3_months(cases):
    case_id = decided_case(cases)
    decision = stop(cases, case_id, ground="48.2", ground_arose_on="2026-12-04",
                    decided_on="2026-12-04")
    assert decision["ends_by"] == date(2027, 3, 4)
    [end] = deadline(cases, "law48.2-postponement-on-protest-request")
    assert end["status"] == "open"
    go_on(cases, case_id, ground_ended_on="2027-03-01", decided_on="2027-03-02")
    [end] = deadline(cases, "law48.2-postponement-on-protest-request")
    assert (end["status"], end["met_on"]) == ("met", date(2027, 3, 2))


def test_stop_enforcement_seizes_other_property_instead_of_postponing_it(cases):
    case_id = decided_case(cases)
    decision = stop(cases, case_id, ground="48.1.d", other_property="Car 30A-123.45")
    assert (decision["partial"], decision["other_property"], decision["case_status"]) == (
        True, "Car 30A-123.45", "decision_issued")
    [event] = events(cases, "enforcement.postponed")
    assert event["payload"]["partial"] is True
    assert status(cases) == ["decision_issued"]


def test_stop_enforcement_refuses_bad_grounds_writing_nothing(cases):
    case_id = decided_case(cases)
    with pytest.raises(ValidationError) as err:
        stop(cases, case_id, ground="48.1.a")  # Decree Art. 14.1: a sum, not personal
    assert "Art. 14.1" in err.value.fields["ground"][0]
    with pytest.raises(ValidationError) as err:
        stop(cases, case_id, kind="suspension", ground="48.1.c")
    assert set(err.value.fields) == {"ground"}
    with pytest.raises(ValidationError) as err:
        stop(cases, case_id, decided_on="2026-12-01")
    assert set(err.value.fields) == {"decided_on"}
    assert cases.rows("SELECT id FROM postponement_suspension_decision") == []
    assert events(cases, "enforcement.postponed") == []
    assert stop(cases, case_id, ground="48.1.a", personal_obligation=True)["case_status"] == (
        "postponed")


def test_stop_enforcement_before_the_decision_or_elsewhere_is_refused(cases):
    case = cases.opened()
    with pytest.raises(Conflict) as err:
        stop(cases, case["id"])
    assert err.value.details == {"status": "request_accepted"}
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    cases.as_("head_of_authority", "HCM-02")
    with pytest.raises(NotFound):
        stop(cases, case["id"])


def test_continue_enforcement_after_postponement_across_tet(cases):
    case_id = decided_case(cases)
    stopped = stop(cases, case_id)
    # the ground ended Friday 2027-02-05; Tết 2027 (5-10 Feb) is skipped -> due 2027-02-17
    continued = go_on(cases, case_id, ground_ended_on="2027-02-05", decided_on="2027-02-11")
    assert continued["id"] == stopped["id"]
    assert (continued["case_status"], continued["continued_on"]) == ("decision_issued",
                                                                     date(2027, 2, 11))
    assert continued["continuation_computations"]["continuation_deadline"]["due_on"] == (
        "2027-02-17")
    [event] = events(cases, "enforcement.continued")
    assert event["payload"] == {"decision_number": "12/QĐ-CCTHADS", "decided_on": "2027-02-11",
                                "stopped_by": stopped["id"], "kind": "postponement"}
    with pytest.raises(Conflict):
        go_on(cases, case_id)  # nothing in force any more


def test_continue_enforcement_refuses_a_ground_ending_before_the_decision(cases):
    case_id = decided_case(cases)
    stop(cases, case_id)
    with pytest.raises(ValidationError) as err:
        go_on(cases, case_id, ground_ended_on="2026-12-01", decided_on="2026-12-08")
    assert set(err.value.fields) == {"ground_ended_on"}
    assert status(cases) == ["postponed"]


def test_terminate_enforcement_closes_the_case(cases):
    case_id = decided_case(cases)
    stop(cases, case_id)
    decision = terminate(cases, case_id, decided_on="2026-12-08")
    assert (decision["case_status"], decision["ground"]) == ("terminated", "50.1.c")
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    [event] = events(cases, "enforcement.terminated")
    assert event["payload"]["legal_basis"] == "Law on Civil Judgment Enforcement Art. 50 (50.1.c)"
    [paused] = cases.rows("SELECT continued_on FROM postponement_suspension_decision")
    assert paused["continued_on"] == date(2026, 12, 8)
    with pytest.raises(Conflict):
        terminate(cases, case_id)
    with pytest.raises(Conflict):
        stop(cases, case_id)


def test_terminate_enforcement_refuses_a_ground_outside_article_50(cases):
    case_id = decided_case(cases)
    with pytest.raises(ValidationError) as err:
        terminate(cases, case_id, ground="48.1.c")
    assert set(err.value.fields) == {"ground"}
    assert cases.rows("SELECT id FROM termination_decision") == []


def test_recorded_postponement_is_deducted_from_a_later_request(cases):
    """Law Art. 30.2: the postponed period of one creditor's case is not counted in the limit of
    a later request for the same item of the judgment."""
    judgment_id = cases.receive(effective_on="2021-10-01", issued_on="2021-09-15").id
    first = cases.submit(judgment_id, received_on="2022-01-10")
    cases.run(issue_enforcement_decision, cases.decision(first["id"], issued_on="2022-01-12"))
    stop(cases, first["id"], ground_arose_on="2022-02-01", decided_on="2022-02-01")
    go_on(cases, first["id"], ground_ended_on="2022-02-28", decided_on="2022-03-01")
    terminate(cases, first["id"], ground_arose_on="2022-04-01", decided_on="2022-04-01")
    # the 5 years ended on 2026-10-01; 28 postponed days (1-28 Feb 2022) move it to 2026-10-29
    late = cases.submit(judgment_id, received_on="2026-10-20")
    assert late["status"] == "request_accepted"
    [limit] = late["limit_computations"]
    assert (limit["deducted_days"], limit["ends_on"]) == (28, "2026-10-29")
    assert limit["deductions"][0]["evidence_reference"] == "decision 7/QĐ-CCTHADS (recorded)"


def test_each_decision_records_its_rule_set_unconfirmed_after_2026_07_01(cases):
    case_id = decided_case(cases)
    decision = stop(cases, case_id)
    [rule_set] = [p for p in decision["parameters_used"] if p["key"] == "rule_set"]
    assert (rule_set["value"], rule_set["confidence"]) == ("decree-62-2015", "check")
    assert rule_set["source"].startswith("UNCONFIRMED")


def test_a_suspension_supersedes_the_postponement_in_force(cases):
    case_id = decided_case(cases)
    postponed = stop(cases, case_id)
    suspended = stop(cases, case_id, kind="suspension", ground="49.1",
                     ground_arose_on="2026-12-09", decided_on="2026-12-10")
    assert suspended["case_status"] == "suspended"
    rows = {r["id"]: r["continued_on"] for r in cases.rows(
        "SELECT id, continued_on FROM postponement_suspension_decision")}
    assert rows == {postponed["id"]: date(2026, 12, 10), suspended["id"]: None}
    continued = go_on(cases, case_id, ground_ended_on="2027-01-04", decided_on="2027-01-05")
    assert (continued["id"], continued["kind"]) == (suspended["id"], "suspension")
    assert status(cases) == ["decision_issued"]
