"""Reads for desk software through the handlers: the case file (dossier, deadlines, history),
cases by status and officer, paged, and deadlines overdue and due soon."""
from datetime import date

import pytest

from shared.errors import NotFound
from shared.validation import load

from services.cases.handlers import queries
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.handlers.suspension import stop_enforcement
from services.cases.schemas import CASE_LIST_IN, DEADLINE_QUERY_IN, STOP_IN


def decided(cases, **changes):
    case = cases.opened(**changes)
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"]


def test_get_case_file_lists_dossier_deadlines_and_history_in_order(cases):
    case_id = decided(cases)
    cases.run(stop_enforcement, load(STOP_IN, {
        "case_id": case_id, "kind": "postponement", "ground": "48.1.c", "number": "7/QĐ",
        "reasons": "Agreed", "ground_arose_on": "2026-12-03", "decided_on": "2026-12-04"}))
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    assert got["case"]["status"] == "postponed"
    assert [(i["kind"], i["on"]) for i in got["dossier"]] == [
        ("request", date(2026, 11, 20)), ("enforcement_decision", date(2026, 11, 23)),
        ("postponement_decision", date(2026, 12, 4))]
    assert [(d["rule_id"], d["status"]) for d in got["deadlines"]] == [
        ("law39.1-notify-decision", "open"), ("law36.1-decision-on-request", "met"),
        ("law48.3-postponement-decision", "met")]
    assert [h["action"] for h in got["history"]] == [
        "enforcement_request.accepted", "enforcement_decision.issued", "enforcement.postponed"]
    cases.as_("head_of_authority", "HCM-02")
    with pytest.raises(NotFound):
        cases.run(queries.get_case_file, case_id, read_only=True)


def test_list_cases_by_status_and_officer_paged(cases):
    older = decided(cases, received_on="2026-11-18")
    newer = cases.submit(cases.receive(number="126/2026/DS-ST").id, received_on="2026-11-19")
    page = cases.run(queries.list_cases, load(CASE_LIST_IN, {"page_size": 1}), read_only=True)
    assert (page["total"], [c["id"] for c in page["items"]]) == (2, [newer["id"]])
    page = cases.run(queries.list_cases, load(CASE_LIST_IN, {"page_size": 1, "page": 2}),
                     read_only=True)
    assert [c["id"] for c in page["items"]] == [older]
    issued = cases.run(queries.list_cases, load(CASE_LIST_IN, {"status": "decision_issued"}),
                       read_only=True)
    assert [c["id"] for c in issued["items"]] == [older]
    nobody = cases.run(queries.list_cases, load(CASE_LIST_IN, {"officer_id": "CHV-A"}),
                       read_only=True)
    assert (nobody["total"], nobody["items"]) == (0, [])
    cases.as_("head_of_authority", "HCM-02")
    assert cases.run(queries.list_cases, load(CASE_LIST_IN, {}), read_only=True)["total"] == 0


def test_list_deadlines_overdue_and_due_soon(cases):
    decided(cases)  # notification owed from Monday 2026-11-23: due Friday 27 (24 a holiday)
    # a second judgment's request: its decision owed from 2026-11-25, due Wednesday 2026-12-02
    cases.submit(cases.receive(number="126/2026/DS-ST").id, received_on="2026-11-25")
    soon = cases.run(queries.list_deadlines, load(DEADLINE_QUERY_IN, {
        "on": "2026-11-26", "within_working_days": 3}), read_only=True)
    assert soon["due_until"] == date(2026, 12, 1)
    assert ([d["rule_id"] for d in soon["due_soon"]], soon["overdue"]) == (
        ["law39.1-notify-decision"], [])
    later = cases.run(queries.list_deadlines, load(DEADLINE_QUERY_IN, {
        "on": "2026-11-30", "within_working_days": 3}), read_only=True)
    assert [d["rule_id"] for d in later["overdue"]] == ["law39.1-notify-decision"]
    assert [d["due_on"] for d in later["due_soon"]] == [date(2026, 12, 2)]
