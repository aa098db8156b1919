"""The case's officer through the handlers, with a stub of personnel's RPC that holds to its
contract: every call is loaded with personnel's own input schema and every reply is dumped with
its output schema, as the wire carries it (docs/api/personnel.md)."""
from datetime import date
from itertools import count

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import officers as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import DOSSIER_IN, OFFICER_ASSIGNMENT_IN, OFFICER_REPLACEMENT_IN
from services.personnel.schemas import (ASSIGNMENT_OUT, CASE_FOR_ASSIGNMENT_IN, RELEASE_IN,
                                        REPLACEMENT_DECIDERS_IN, REPLACEMENT_DECIDERS_OUT)


class PersonnelStub:
    """personnel's ``assign_officer`` / ``release_assignment`` contract: gives the officers in
    turn (least loaded first, as personnel does when they tie), one open assignment per case."""

    def __init__(self, officers=(("CHV-A", "Lê Văn Cường"), ("CHV-B", "Đỗ Thị Hoa")),
                 heads=(), superior="HN"):
        self.officers, self.calls, self.open, self._ids = list(officers), [], {}, count(1)
        self.heads, self.superior = set(heads), superior  # heads of the case's authority

    def assign_officer(self, case):
        data = load(CASE_FOR_ASSIGNMENT_IN, case, "case")
        self.calls.append(("assign_officer", data))
        if data["case_id"] in self.open:
            raise Conflict("already assigned", {"case_id": data["case_id"],
                                                "officer_id": self.open[data["case_id"]]})
        free = [o for o in self.officers if o[0] not in data["exclude_officer_ids"]]
        if not free:  # as personnel answers when every officer is set aside
            raise Conflict("no officer can be given the case", {
                "authority": data["authority"], "case_id": data["case_id"], "excluded": [],
                "set_aside": [{"officer_id": o} for o in data["exclude_officer_ids"]]})
        officer_id, name = free[0]
        self.officers.remove(free[0])
        self.officers.append(free[0])
        self.open[data["case_id"]] = officer_id
        officer = {"officer_id": officer_id, "full_name": name, "open_assignments": 0}
        return ASSIGNMENT_OUT.dump({
            "assignment_id": next(self._ids), "authority": data["authority"],
            "case_id": data["case_id"], "status": "open", "assigned_on": date(2026, 11, 24),
            "released_on": None, "officer": officer, "considered": [officer], "excluded": [],
            "reasons": [f"{name} has the fewest open assignments (0)"],
            "legal_basis": "Law Art. 36; Decree 62/2015 Art. 10.1"})

    def replacement_deciders(self, case):
        """Decree Art. 10.2 as personnel answers it: the superior too when the officer is the
        head (the caller's own tree is not modelled: every caller is above the case)."""
        data = load(REPLACEMENT_DECIDERS_IN, case, "case")
        self.calls.append(("replacement_deciders", data))
        if data["case_id"] not in self.open:
            raise NotFound("no open assignment", {"case_id": data["case_id"]})
        officer_id = self.open[data["case_id"]]
        deciders = [data["authority"]] + ([self.superior] if officer_id in self.heads else [])
        return REPLACEMENT_DECIDERS_OUT.dump({
            "authority": data["authority"], "case_id": data["case_id"], "officer_id": officer_id,
            "on": date(2026, 12, 4), "deciders": deciders,
            "legal_basis": "Decree 62/2015 Art. 10.2"})

    def release_assignment(self, release):
        data = load(RELEASE_IN, release, "release")
        self.calls.append(("release_assignment", data))
        self.open.pop(data["case_id"])
        return {}


@pytest.fixture
def personnel():
    return PersonnelStub()


def decided_case(cases):
    case = cases.opened()
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"]


def assign(cases, personnel, case_id):
    return cases.run(lambda d, uow, law, caller: handlers.assign_officer(
        d, uow, law, caller, personnel=personnel), load(OFFICER_ASSIGNMENT_IN, {"case_id": case_id}))


def replace(cases, personnel, case_id, outcome="replace", received_on="2026-12-03",
            decided_on="2026-12-09", ground="10.1.c", requested_by="P1"):
    return cases.run(lambda d, uow, law, caller: handlers.decide_officer_replacement(
        d, uow, law, caller, personnel=personnel), load(OFFICER_REPLACEMENT_IN, {
            "case_id": case_id, "requested_by_party_id": requested_by, "ground": ground,
            "request_reasons": "No step taken for two months", "received_on": received_on,
            "outcome": outcome, "explanation": "The schedule was not kept",
            "decided_on": decided_on}))


def events(cases, routing_key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{routing_key}' ORDER BY id")]


def test_assign_officer_asks_personnel_and_records_its_reasons(cases, personnel):
    case_id = decided_case(cases)
    officer = assign(cases, personnel, case_id)
    [(method, sent)] = personnel.calls
    assert (method, sent["authority"], sent["case_id"]) == ("assign_officer", "HN-01", case_id)
    assert [p["party_id"] for p in sent["parties"]] == ["P1", "P2"]
    assert (officer["officer_id"], officer["assigned_on"], officer["personnel_assignment_id"]) == (
        "CHV-A", date(2026, 11, 24), 1)
    assert officer["reasons"] == ["Lê Văn Cường has the fewest open assignments (0)"]
    [event] = events(cases, "case_officer.assigned")
    assert (event["case_id"], event["payload"]) == (case_id, {
        "officer_id": "CHV-A", "assigned_on": "2026-11-24",
        "legal_basis": "Law on Civil Judgment Enforcement Art. 36"})
    with pytest.raises(Conflict) as err:
        assign(cases, personnel, case_id)
    assert err.value.details == {"case_id": case_id, "officer_id": "CHV-A"}
    assert len(personnel.calls) == 1  # refused before asking personnel


def test_assign_officer_before_the_decision_or_elsewhere_is_refused(cases, personnel):
    case = cases.opened()
    with pytest.raises(Conflict) as err:
        assign(cases, personnel, case["id"])
    assert err.value.details == {"status": "request_accepted"}
    cases.as_("head_of_authority", "HCM-02")
    with pytest.raises(NotFound):
        assign(cases, personnel, case["id"])
    assert personnel.calls == []


def test_decide_officer_replacement_replaces_within_5_working_days_across_a_weekend(
        cases, personnel):
    case_id = decided_case(cases)
    assign(cases, personnel, case_id)
    decision = replace(cases, personnel, case_id)
    assert (decision["outcome"], decision["old_officer_id"], decision["new_officer_id"]) == (
        "replace", "CHV-A", "CHV-B")
    assert personnel.calls[-1][1]["exclude_officer_ids"] == ["CHV-A"]  # Decree Art. 10.3
    # received Thursday 2026-12-03 -> due Thursday 2026-12-10
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    assert [m for m, _ in personnel.calls] == ["assign_officer", "release_assignment",
                                               "assign_officer"]
    officers = cases.rows("SELECT officer_id, ended_on, replaced_by FROM case_officer "
                          "ORDER BY assigned_on, ended_on NULLS FIRST")
    assert {(o["officer_id"], o["ended_on"]) for o in officers} == {
        ("CHV-A", date(2026, 12, 9)), ("CHV-B", None)}
    [event] = events(cases, "case_officer.replaced")
    assert event["payload"]["new_officer_id"] == "CHV-B"


def test_decide_officer_replacement_rejects_with_its_explanation_across_tet(cases, personnel):
    case = cases.opened(received_on="2026-01-05")
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on="2026-01-06"))
    assign(cases, personnel, case["id"])
    decision = replace(cases, personnel, case["id"], outcome="reject",
                       received_on="2026-02-13", decided_on="2026-02-26")
    # received Friday 2026-02-13: the Tết week is skipped -> due Friday 2026-02-27
    assert decision["computations"]["decision_deadline"]["due_on"] == "2026-02-27"
    assert (decision["new_officer_id"], decision["legal_basis"]) == (
        None, "Decree 62/2015 Art. 10.3")
    [event] = events(cases, "officer_replacement.rejected")
    assert event["payload"]["explanation"] == "The schedule was not kept"
    [deadline] = cases.rows("SELECT * FROM platform_deadline "
                            "WHERE rule_id = 'decree10.3-officer-replacement-decision'")
    assert (deadline["status"], deadline["met_on"]) == ("met", date(2026, 2, 26))


def test_decide_officer_replacement_refuses_bad_requests_writing_nothing(cases, personnel):
    case_id = decided_case(cases)
    with pytest.raises(Conflict):
        replace(cases, personnel, case_id)  # no officer yet
    assign(cases, personnel, case_id)
    for changes, field in (({"ground": "10.1.x"}, "ground"),
                           ({"requested_by": "P9"}, "requested_by_party_id"),
                           ({"decided_on": "2026-12-01"}, "decided_on")):
        with pytest.raises(ValidationError) as err:
            replace(cases, personnel, case_id, **changes)
        assert set(err.value.fields) == {field}
    assert cases.rows("SELECT id FROM officer_replacement") == []


def test_decide_officer_replacement_without_another_officer_is_a_conflict(cases):
    lonely = PersonnelStub(officers=(("CHV-A", "Lê Văn Cường"),))
    case_id = decided_case(cases)
    assign(cases, lonely, case_id)
    with pytest.raises(Conflict) as err:
        replace(cases, lonely, case_id)
    assert err.value.details == {"case_id": case_id, "officer_id": "CHV-A"}
    assert cases.rows("SELECT id FROM officer_replacement") == []
    # released, asked for another, then given back: personnel holds CHV-A again
    assert [(m, d.get("exclude_officer_ids")) for m, d in lonely.calls[1:]] == [
        ("release_assignment", None), ("assign_officer", ["CHV-A"]), ("assign_officer", [])]
    assert lonely.open == {case_id: "CHV-A"}


def test_decide_officer_replacement_of_the_head_by_the_superior_authority(cases):
    """Decree 62/2015 Art. 10.2: the officer is the head of HN-01, so the head of HN decides."""
    personnel = PersonnelStub(heads={"CHV-A"})
    case_id = decided_case(cases)
    assign(cases, personnel, case_id)  # CHV-A, the head
    cases.as_("head_of_authority", "HN")
    decision = replace(cases, personnel, case_id)
    assert (decision["outcome"], decision["old_officer_id"], decision["new_officer_id"]) == (
        "replace", "CHV-A", "CHV-B")
    assert decision["legal_basis"] == ("Decree 62/2015 Art. 10.1, 10.3; Decree 62/2015 Art. "
                                       "10.2 (the officer is the head; the superior decided)")
    assert decision["computations"]["decided_by_superior"] == {
        "authority": "HN", "deciders": ["HN-01", "HN"], "on": "2026-12-04",
        "legal_basis": "Decree 62/2015 Art. 10.2"}
    assert decision["decided_by"] == "head_of_authority@HN"
    [event] = events(cases, "case_officer.replaced")
    assert (event["authority"], event["payload"]["new_officer_id"]) == ("HN-01", "CHV-B")
    [audit] = cases.rows("SELECT actor, legal_basis FROM platform_audit "
                         "WHERE action = 'officer_replacement.replaced'")
    assert audit == {"actor": "head_of_authority@HN", "legal_basis": decision["legal_basis"]}


def test_decide_officer_replacement_by_another_authority_is_not_found(cases):
    personnel = PersonnelStub(heads={"CHV-A"})
    case_id = decided_case(cases)
    assign(cases, personnel, case_id)
    personnel.heads.clear()  # CHV-A is no head: the superior has no say (Art. 10.2)
    for role, authority in (("head_of_authority", "HN"), ("head_of_authority", "HCM-02")):
        cases.as_(role, authority)
        with pytest.raises(NotFound) as err:
            replace(cases, personnel, case_id)
        assert err.value.details == {"case_id": case_id}
    assert [m for m, _ in personnel.calls][1:] == ["replacement_deciders"] * 2
    assert cases.rows("SELECT id FROM officer_replacement") == []


def open_dossier(cases, case_id, opened_on="2026-11-26"):
    return cases.run(handlers.open_dossier, load(DOSSIER_IN, {"case_id": case_id,
                                                              "opened_on": opened_on}))


def test_open_dossier_within_2_working_days_of_the_assignment_across_a_weekend(
        cases, personnel):
    case_id = decided_case(cases)
    with pytest.raises(Conflict):
        open_dossier(cases, case_id)  # no officer yet
    assign(cases, personnel, case_id)  # the stub assigns on Tuesday 2026-11-24 (a holiday)
    [owed] = cases.rows("SELECT * FROM platform_deadline "
                        "WHERE rule_id = 'decree8.1-compile-dossier'")
    assert (owed["status"], owed["due_on"]) == ("open", date(2026, 11, 26))
    with pytest.raises(ValidationError) as err:
        open_dossier(cases, case_id, opened_on="2026-11-23")
    assert set(err.value.fields) == {"opened_on"}
    dossier = open_dossier(cases, case_id, opened_on="2026-11-30")  # late, after a weekend
    assert dossier["computations"]["compilation_deadline"]["due_on"] == "2026-11-26"
    [met] = cases.rows("SELECT * FROM platform_deadline "
                       "WHERE rule_id = 'decree8.1-compile-dossier'")
    assert (met["status"], met["met_on"]) == ("met", date(2026, 11, 30))
    [event] = events(cases, "dossier.opened")
    assert event["payload"]["dossier_id"] == dossier["id"]
    with pytest.raises(Conflict) as err:
        open_dossier(cases, case_id)
    assert set(err.value.details) == {"decision_id"}


def test_assign_officer_recovers_an_assignment_personnel_kept_but_cases_never_recorded(
        cases, personnel):
    case_id = decided_case(cases)
    personnel.open[case_id] = "CHV-B"  # personnel committed, cases' commit failed
    officer = assign(cases, personnel, case_id)
    assert [m for m, _ in personnel.calls] == ["assign_officer", "release_assignment",
                                               "assign_officer"]
    assert personnel.open == {case_id: officer["officer_id"]}
    assert len(cases.rows("SELECT id FROM case_officer")) == 1
