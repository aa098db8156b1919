"""Staff and ranks through the handlers, with a real unit of work and no broker: officials,
their positions with history, relations; events in the outbox, audit rows, refusals writing
nothing, and jurisdiction from the authority tree kept here."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, OFFICER_B,
                                               appointment, authority, designation)


@pytest.fixture
def hanoi(personnel):
    """HN with its regional office HN-01; acting as HN's administrator."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    return personnel


def test_register_officer_by_the_managing_authority(hanoi):
    got = hanoi.register_officer(OFFICER_A)
    assert (got["id"], got["authority_id"], got["status"], got["positions"]) == (
        "CHV-A", "HN-01", "active", [])
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'officer.registered'")
    assert event["envelope"]["authority"] == "HN-01"
    assert event["envelope"]["payload"] == {"officer_id": "CHV-A", "full_name": "Nguyễn Văn An",
                                            "authority_id": "HN-01", "status": "active"}


def test_register_officer_twice_is_a_conflict_and_elsewhere_is_refused(hanoi):
    hanoi.register_officer(OFFICER_A)
    with pytest.raises(Conflict):
        hanoi.register_officer(OFFICER_A)
    hanoi.as_("administrator", "HCM")
    with pytest.raises(PermissionDenied) as err:
        hanoi.register_officer(dict(OFFICER_B))
    assert err.value.details == {"authority": "HN-01"}
    with pytest.raises(NotFound):
        hanoi.register_officer({**OFFICER_B, "authority_id": "XX"})
    assert hanoi.rows("SELECT id FROM officer") == [{"id": "CHV-A"}]


def test_appoint_position_emits_audits_and_is_in_the_history(hanoi):
    hanoi.register_officer(OFFICER_A)
    held = hanoi.appoint(appointment("CHV-A"))
    assert (held["position"], held["category"], held["valid_from"], held["valid_to"]) == (
        "enforcement_officer_junior", "enforcement_officer", date(2025, 7, 1), None)
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'officer.appointed'")
    assert event["envelope"]["payload"] == {
        "appointment_id": held["id"], "officer_id": "CHV-A", "full_name": "Nguyễn Văn An",
        "authority_id": "HN-01", "position": "enforcement_officer_junior",
        "category": "enforcement_officer", "valid_from": "2025-07-01",
        "decision_number": "QD-123/QD-BTP"}
    [audit] = hanoi.rows("SELECT actor, legal_basis, details FROM platform_audit WHERE action "
                         "= 'officer.appointed'")
    assert audit["actor"] == "administrator@HN"
    assert audit["legal_basis"].startswith("Law on Civil Judgment Enforcement Art. 17-18")
    assert audit["legal_basis"].endswith("Law Art. 17.2; Decree 62/2015 Art. 54.2, 56.2")


def test_promotion_ends_the_lower_rank_first_and_the_history_keeps_both(hanoi):
    hanoi.register_officer(OFFICER_A)
    junior = hanoi.appoint(appointment("CHV-A"))
    with pytest.raises(Conflict) as err:  # one rank at a time (Law Art. 17.2)
        hanoi.appoint(appointment("CHV-A", "enforcement_officer_intermediate",
                                  valid_from="2026-01-01"))
    assert err.value.details == {"appointment_id": junior["id"]}
    ended = hanoi.end({"appointment_id": junior["id"], "valid_to": "2025-12-31",
                       "reason": "promoted (QD-9/QD-BTP)"})
    assert ended["valid_to"] == date(2025, 12, 31) and ended["end_reason"].startswith("promoted")
    hanoi.appoint(appointment("CHV-A", "enforcement_officer_intermediate",
                              valid_from="2026-01-01"))
    hanoi.designate(designation("CHV-A", "deputy_head", valid_from="2026-03-01"))  # beside a rank
    officer = hanoi.officer("CHV-A")
    assert [(p["position"], p["valid_from"], p["valid_to"]) for p in officer["positions"]] == [
        ("enforcement_officer_junior", date(2025, 7, 1), date(2025, 12, 31)),
        ("enforcement_officer_intermediate", date(2026, 1, 1), None),
        ("deputy_head", date(2026, 3, 1), None)]
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'officer.position_ended'")
    assert event["envelope"]["payload"]["valid_to"] == "2025-12-31"


def test_end_position_refusals(hanoi):
    hanoi.register_officer(OFFICER_A)
    held = hanoi.appoint(appointment("CHV-A"))
    with pytest.raises(ValidationError) as err:
        hanoi.end({"appointment_id": held["id"], "valid_to": "2025-06-30", "reason": "x"})
    assert list(err.value.fields) == ["valid_to"]
    hanoi.end({"appointment_id": held["id"], "valid_to": "2026-06-30", "reason": "retired"})
    with pytest.raises(Conflict):
        hanoi.end({"appointment_id": held["id"], "valid_to": "2026-07-30", "reason": "again"})
    with pytest.raises(NotFound):
        hanoi.end({"appointment_id": 999999, "valid_to": "2026-07-30", "reason": "x"})


def test_appoint_position_before_the_authority_exists_is_refused(hanoi):
    hanoi.register_officer(OFFICER_A)
    with pytest.raises(ValidationError) as err:
        hanoi.appoint(appointment("CHV-A", valid_from="2025-06-30"))
    assert err.value.fields == {"valid_from": ["HN-01 exists from 2025-07-01"]}


def test_foreign_officer_is_not_found_alike_and_a_sibling_may_not_appoint(hanoi):
    hanoi.register(authority(HANOI_REGION_1, id="HN-02"))
    hanoi.register_officer(OFFICER_A)
    hanoi.as_("administrator", "HN-02")  # a sibling office
    for call in (lambda: hanoi.officer("CHV-A"), lambda: hanoi.appoint(appointment("CHV-A")),
                 lambda: hanoi.officer("NOBODY")):
        with pytest.raises(NotFound) as err:
            call()
        assert list(err.value.details) == ["officer_id"]
    hanoi.as_("administrator", "HN-01")  # its own office may
    hanoi.appoint(appointment("CHV-A"))
    with pytest.raises(PermissionDenied):  # but not at the sibling office
        hanoi.appoint(appointment("CHV-A", "inspector", authority_id="HN-02"))
    assert hanoi.rows("SELECT count(*) AS n FROM appointment") == [{"n": 1}]


def test_record_relation_the_event_does_not_name_the_person(hanoi):
    hanoi.register_officer(OFFICER_A)
    got = hanoi.relate({"officer_id": "CHV-A", "person_name": "Phạm Văn Dũng",
                        "relation": "sibling"})
    assert got["relation"] == "sibling" and got["identity_number"] is None
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'officer.relation_recorded'")
    assert event["envelope"]["payload"] == {"relation_id": got["id"], "officer_id": "CHV-A",
                                            "relation": "sibling"}
    assert "Phạm" not in str(event["envelope"])
    assert hanoi.officer("CHV-A")["relations"][0]["person_name"] == "Phạm Văn Dũng"
    [audit] = hanoi.rows("SELECT legal_basis FROM platform_audit WHERE action = "
                         "'officer.relation_recorded'")
    assert "Art. 21.5" in audit["legal_basis"] and "10.1" in audit["legal_basis"]


def test_change_officer_status_suspend_and_reinstate_evented_and_audited(hanoi):
    hanoi.register_officer(OFFICER_A)
    change = {"officer_id": "CHV-A", "status": "suspended", "on": "2026-11-02",
              "reason": "pending discipline", "decision_number": "QD-77"}
    assert hanoi.set_status(change)["status"] == "suspended"
    with pytest.raises(Conflict) as err:  # already suspended
        hanoi.set_status(change)
    assert err.value.details == {"status": "suspended"}
    assert hanoi.set_status({**change, "status": "active"})["status"] == "active"
    events = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                        "'officer.status_changed' ORDER BY id")
    assert [(e["envelope"]["payload"]["previous"], e["envelope"]["payload"]["status"])
            for e in events] == [("active", "suspended"), ("suspended", "active")]
    audit = hanoi.rows("SELECT legal_basis, details FROM platform_audit WHERE action = "
                       "'officer.status_changed' ORDER BY id")
    assert audit[0]["legal_basis"].startswith("Decree 62/2015 Art. 65")
    assert audit[0]["details"]["decision_number"] == "QD-77"
    hanoi.as_("administrator", "HCM")
    with pytest.raises(NotFound):
        hanoi.set_status(change)
