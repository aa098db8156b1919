"""Assignment of cases to officers through the handlers (Law Art. 36; Decree 62/2015 Art. 10):
the least loaded eligible officer, never one related to a party, the reasons recorded; the
refusals, and the release that frees the workload."""
from datetime import timedelta

import pytest

from shared.calendar import today_in_vietnam
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, OFFICER_B,
                                               OFFICER_C, appointment, authority, case,
                                               designation)


@pytest.fixture
def office(personnel):
    """HN-01 with three junior enforcement officers; then acting as its head."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    for officer in (OFFICER_A, OFFICER_B, OFFICER_C):
        personnel.register_officer(officer)
        personnel.appoint(appointment(officer["id"]))
    return personnel.as_("head_of_authority", "HN-01")


def test_assign_officer_least_loaded_with_reasons_recorded_evented_audited(office):
    first = office.assign(case("case-1"))
    assert first["officer"] == {"officer_id": "CHV-A", "full_name": "Nguyễn Văn An",
                                "open_assignments": 0}
    assert first["reasons"] == ["CHV-A has the fewest open assignments (0); others: CHV-B 0, "
                                "CHV-C 0"]
    assert first["legal_basis"].startswith("Law on Civil Judgment Enforcement Art. 36")
    assert first["status"] == "open" and first["assigned_on"] == today_in_vietnam()
    second = office.assign(case("case-2"))
    assert second["officer"]["officer_id"] == "CHV-B"
    assert [(c["officer_id"], c["open_assignments"]) for c in second["considered"]] == [
        ("CHV-B", 0), ("CHV-C", 0), ("CHV-A", 1)]
    rows = office.rows("SELECT case_id, officer_id, status, explanation FROM assignment "
                       "ORDER BY id")
    assert [(r["case_id"], r["officer_id"], r["status"]) for r in rows] == [
        ("case-1", "CHV-A", "open"), ("case-2", "CHV-B", "open")]
    assert rows[1]["explanation"]["reasons"] == second["reasons"]
    events = office.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'officer.assigned' ORDER BY id")
    envelope = events[1]["envelope"]
    assert (envelope["authority"], envelope["case_id"]) == ("HN-01", "case-2")
    assert envelope["payload"]["officer_id"] == "CHV-B"
    assert envelope["payload"]["reasons"] == second["reasons"]
    audit = office.rows("SELECT actor, subject_id, legal_basis FROM platform_audit WHERE action "
                        "= 'officer.assigned' ORDER BY id")
    assert [(a["actor"], a["subject_id"]) for a in audit] == [
        ("head_of_authority@HN-01", str(first["assignment_id"])),
        ("head_of_authority@HN-01", str(second["assignment_id"]))]


def test_assign_officer_never_chooses_an_officer_related_to_a_party(office):
    office.as_("administrator", "HN")
    office.relate({"officer_id": "CHV-A", "person_name": "PHẠM VĂN  DŨNG",
                   "relation": "spouse_sibling"})
    office.relate({"officer_id": "CHV-B", "person_name": "Someone Else",
                   "identity_number": "001080000009", "relation": "defender"})
    office.as_("head_of_authority", "HN-01")
    got = office.assign(case("case-1"))
    assert got["officer"]["officer_id"] == "CHV-C"
    assert [(e["officer_id"], [(c["relation"], c["party_id"], c["matched_by"])
                               for c in e["conflicts"]]) for e in got["excluded"]] == [
        ("CHV-A", [("spouse_sibling", "debtor-1", "name")]),
        ("CHV-B", [("defender", "debtor-1", "identity_number")])]
    assert got["reasons"][1:] == [
        "CHV-A excluded: spouse_sibling of party debtor-1 (Decree 62/2015 Art. 10.1.a; Law "
        "Art. 21.5.b (of the spouse))",
        "CHV-B excluded: defender of party debtor-1 (Decree 62/2015 Art. 10.1.b)"]


def test_assign_officer_every_officer_excluded_is_a_conflict_saying_why(office):
    office.as_("administrator", "HN")
    for officer in ("CHV-A", "CHV-B", "CHV-C"):
        office.relate({"officer_id": officer, "person_name": "Công ty TNHH Minh Phát",
                       "relation": "self"})
    office.as_("head_of_authority", "HN-01")
    with pytest.raises(Conflict) as err:
        office.assign(case("case-1"))
    assert "every eligible officer has a conflict with a party" in str(err.value)
    assert [e["officer_id"] for e in err.value.details["excluded"]] == ["CHV-A", "CHV-B",
                                                                        "CHV-C"]
    assert office.rows("SELECT count(*) AS n FROM assignment") == [{"n": 0}]
    assert office.rows("SELECT count(*) AS n FROM platform_outbox WHERE routing_key = "
                       "'officer.assigned'") == [{"n": 0}]


def test_assign_officer_only_active_enforcement_officers_of_the_authority_today(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.register(authority(HANOI_REGION_1, id="HN-02"))
    personnel.register_officer(OFFICER_A)
    personnel.register_officer(OFFICER_B)
    personnel.register_officer(OFFICER_C)
    personnel.appoint(appointment("CHV-A", "senior_inspector"))  # not an enforcement officer
    ended = personnel.appoint(appointment("CHV-B"))
    personnel.end({"appointment_id": ended["id"], "valid_to": "2026-01-31", "reason": "left"})
    personnel.appoint(appointment("CHV-C", authority_id="HN-02"))  # another office
    personnel.as_("head_of_authority", "HN-01")
    with pytest.raises(Conflict) as err:
        personnel.assign(case())
    assert "no officer holds an enforcement officer rank at the authority today" in str(
        err.value)
    assert err.value.details == {"authority": "HN-01", "case_id": "case-1", "excluded": [],
                                 "set_aside": []}
    personnel.as_("administrator", "HN")
    tomorrow = today_in_vietnam() + timedelta(days=1)  # appointed, not yet in force
    personnel.appoint(appointment("CHV-A", "enforcement_officer_junior",
                                  valid_from=tomorrow.isoformat()))
    personnel.as_("head_of_authority", "HN-01")
    with pytest.raises(Conflict):
        personnel.assign(case())


def test_assign_officer_suspended_officer_is_not_eligible_until_reinstated(office):
    office.as_("administrator", "HN")
    change = {"officer_id": "CHV-A", "status": "suspended", "on": "2026-11-02",
              "reason": "pending discipline", "decision_number": "QD-77"}
    office.set_status(change)
    office.as_("head_of_authority", "HN-01")
    assert office.assign(case("case-1"))["officer"]["officer_id"] == "CHV-B"
    office.as_("administrator", "HN")
    office.set_status({**change, "status": "active", "reason": "reinstated"})
    office.as_("head_of_authority", "HN-01")
    assert office.assign(case("case-2"))["officer"]["officer_id"] == "CHV-A"


def test_assign_officer_a_case_already_assigned_is_a_conflict_naming_its_officer(office):
    office.assign(case("case-1"))
    with pytest.raises(Conflict) as err:
        office.assign(case("case-1"))
    assert err.value.details == {"case_id": "case-1", "officer_id": "CHV-A"}


def test_assign_officer_jurisdiction_from_the_tree_not_the_payload(office):
    office.as_("head_of_authority", "HN-02")
    with pytest.raises(PermissionDenied):
        office.assign(case())
    with pytest.raises(NotFound):
        office.assign(case(authority="XX-01"))
    assert office.rows("SELECT count(*) AS n FROM assignment") == [{"n": 0}]


def test_release_assignment_frees_the_workload_and_is_evented(office):
    office.assign(case("case-1"))  # CHV-A
    office.assign(case("case-2"))  # CHV-B
    released = office.release({"authority": "HN-01", "case_id": "case-1",
                               "reason": "enforcement completed (Law Art. 52)"})
    assert released["status"] == "released" and released["released_on"] == today_in_vietnam()
    assert released["officer"] == {"officer_id": "CHV-A", "full_name": "Nguyễn Văn An",
                                   "open_assignments": 0}
    [event] = office.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                          "'officer.released'")
    assert event["envelope"]["case_id"] == "case-1"
    assert event["envelope"]["payload"]["reason"] == "enforcement completed (Law Art. 52)"
    # CHV-A has 0 open again, CHV-C 0: A is chosen by id
    assert office.assign(case("case-3"))["officer"]["officer_id"] == "CHV-A"
    # the released case may be assigned again
    assert office.assign(case("case-1"))["officer"]["officer_id"] == "CHV-C"
    with pytest.raises(NotFound):
        office.release({"authority": "HN-01", "case_id": "case-9", "reason": "x"})
    office.as_("head_of_authority", "HN-02")
    with pytest.raises(NotFound):  # another authority's assignment answers alike
        office.release({"authority": "HN-01", "case_id": "case-2", "reason": "x"})


def test_assign_officer_sets_aside_the_officer_being_replaced(office):
    """Decree 62/2015 Art. 10.3: released, the replaced officer is again the least loaded, yet
    the case goes to another; the set-aside officer is recorded among the reasons."""
    office.assign(case("case-1"))  # CHV-A
    office.assign(case("case-2"))  # CHV-B
    office.release({"authority": "HN-01", "case_id": "case-1", "reason": "replaced"})
    got = office.assign({**case("case-1"), "exclude_officer_ids": ["CHV-A"]})
    assert got["officer"]["officer_id"] == "CHV-C"
    assert got["set_aside"] == [{"officer_id": "CHV-A", "full_name": "Nguyễn Văn An",
                                 "open_assignments": 0}]
    assert [c["officer_id"] for c in got["considered"]] == ["CHV-C", "CHV-B"]
    assert got["reasons"][-1] == ("CHV-A set aside: Decree 62/2015 Art. 10.3 (the officer "
                                  "being replaced)")
    [row] = office.rows("SELECT explanation FROM assignment WHERE case_id = 'case-1' AND "
                        "status = 'open'")
    assert row["explanation"]["set_aside"] == got["set_aside"]


def test_assign_officer_every_officer_set_aside_is_a_conflict_writing_nothing(office):
    office.as_("administrator", "HN")
    for officer in ("CHV-B", "CHV-C"):
        office.relate({"officer_id": officer, "person_name": "Phạm Văn Dũng",
                       "relation": "sibling"})
    office.as_("head_of_authority", "HN-01")
    with pytest.raises(Conflict) as err:
        office.assign({**case("case-1"), "exclude_officer_ids": ["CHV-A"]})
    assert "every eligible officer has a conflict with a party or is being replaced" in str(
        err.value)
    assert [o["officer_id"] for o in err.value.details["set_aside"]] == ["CHV-A"]
    assert [o["officer_id"] for o in err.value.details["excluded"]] == ["CHV-B", "CHV-C"]
    assert office.rows("SELECT count(*) AS n FROM assignment") == [{"n": 0}]


def test_assign_officer_exclusions_validated_field_by_field(office):
    for bad in (["CHV-A", "CHV-A"], [" CHV-A"], [f"CHV-{i}" for i in range(21)], "CHV-A"):
        with pytest.raises(ValidationError) as err:
            office.assign({**case("case-1"), "exclude_officer_ids": bad})
        assert set(err.value.fields) == {"exclude_officer_ids"}
    assert office.rows("SELECT count(*) AS n FROM assignment") == [{"n": 0}]


@pytest.fixture
def headed(office):
    """The office of ``office`` whose head (since 2026-03-02) is CHV-A, still an officer."""
    office.as_("administrator", "HN")
    office.designate(designation("CHV-A"))
    return office.as_("head_of_authority", "HN-01")


def test_replacement_deciders_the_superior_when_the_officer_is_the_head(headed):
    """Decree 62/2015 Art. 10.2."""
    headed.assign(case("case-1"))  # CHV-A, the head
    headed.assign(case("case-2"))  # CHV-B
    asked = {"authority": "HN-01", "case_id": "case-1"}
    got = headed.deciders(asked)
    assert (got["officer_id"], got["deciders"]) == ("CHV-A", ["HN-01", "HN"])
    assert got["legal_basis"].startswith("Decree 62/2015 Art. 10.2")
    assert headed.deciders({**asked, "case_id": "case-2"})["deciders"] == ["HN-01"]
    assert headed.as_("head_of_authority", "HN").deciders(asked)["deciders"] == ["HN-01", "HN"]
    for foreign in (("head_of_authority", "HN-02"), ("head_of_authority", "HCM")):
        with pytest.raises(NotFound):
            headed.as_(*foreign).deciders(asked)
    with pytest.raises(NotFound):
        headed.as_("head_of_authority", "HN-01").deciders({**asked, "case_id": "case-9"})


def test_superior_replaces_the_head_but_no_other_officer(headed):
    headed.assign(case("case-1"))  # CHV-A, the head
    headed.assign(case("case-2"))  # CHV-B
    superior = headed.as_("head_of_authority", "HN")
    with pytest.raises(NotFound):  # CHV-B is no head: the superior has no say (Art. 10.2)
        superior.release({"authority": "HN-01", "case_id": "case-2", "reason": "replaced"})
    with pytest.raises(PermissionDenied):  # nor assigns a case of HN-01 of its own motion
        superior.assign(case("case-3"))
    superior.release({"authority": "HN-01", "case_id": "case-1", "reason": "replaced"})
    got = superior.assign({**case("case-1"), "exclude_officer_ids": ["CHV-A"]})
    assert got["officer"]["officer_id"] == "CHV-C"
    audit = headed.rows("SELECT action, actor FROM platform_audit WHERE subject_type = "
                        "'assignment' AND actor LIKE '%@HN' ORDER BY id")
    assert [(a["action"], a["actor"]) for a in audit] == [
        ("officer.released", "head_of_authority@HN"), ("officer.assigned", "head_of_authority@HN")]
    with pytest.raises(NotFound):  # CHV-C is no head: out of the superior's reach again
        superior.release({"authority": "HN-01", "case_id": "case-1", "reason": "replaced"})


def test_superior_gives_the_head_back_when_no_other_officer_can_take_the_case(headed):
    headed.as_("administrator", "HN")
    for officer in ("CHV-B", "CHV-C"):
        headed.relate({"officer_id": officer, "person_name": "Phạm Văn Dũng",
                       "relation": "sibling"})
    headed.as_("head_of_authority", "HN-01").assign(case("case-1"))  # CHV-A, the head
    superior = headed.as_("head_of_authority", "HN")
    superior.release({"authority": "HN-01", "case_id": "case-1", "reason": "replaced"})
    with pytest.raises(Conflict):
        superior.assign({**case("case-1"), "exclude_officer_ids": ["CHV-A"]})
    assert superior.assign(case("case-1"))["officer"]["officer_id"] == "CHV-A"
