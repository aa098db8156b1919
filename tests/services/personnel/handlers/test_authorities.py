"""The authority tree through the handlers, with a real unit of work and no broker: both the
structure of Decree 62/2015 Art. 52-54 and the one in force from 2025-07-01; events in the
outbox, audit rows, and every refusal writing nothing."""
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import HANOI, HANOI_REGION_1, authority


def test_register_authority_2025_structure_provincial_agency_and_regional_office(personnel):
    hanoi = personnel.register(HANOI)
    region = personnel.register(HANOI_REGION_1)
    assert hanoi["chain"] == [] and hanoi["parent_id"] is None
    assert region["parent_id"] == "HN" and [a.id for a in region["chain"]] == ["HN"]
    assert region["parameters_used"][0]["key"] == "authority_parent_levels.regional"
    assert region["valid_from"] == date(2025, 7, 1) and region["valid_to"] is None


def test_register_authority_emits_authority_registered_on_the_new_authority(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    outbox = personnel.rows("SELECT routing_key, envelope FROM platform_outbox ORDER BY id")
    assert [(o["routing_key"], o["envelope"]["authority"]) for o in outbox] == [
        ("authority.registered", "HN"), ("authority.registered", "HN-01")]
    assert outbox[1]["envelope"]["payload"] == {
        "authority_id": "HN-01", "name": HANOI_REGION_1["name"],
        "name_vi": HANOI_REGION_1["name_vi"], "level": "regional", "parent_id": "HN",
        "ancestor_ids": ["HN"], "valid_from": "2025-07-01", "valid_to": None}


def test_register_authority_is_audited_with_the_decree_and_the_structure_rows(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    audit = personnel.rows("SELECT action, actor, subject_type, subject_id, legal_basis, "
                           "details FROM platform_audit ORDER BY id")
    assert [(a["action"], a["actor"], a["subject_type"], a["subject_id"]) for a in audit] == [
        ("authority.registered", "administrator@HN", "authority", "HN"),
        ("authority.registered", "administrator@HN", "authority", "HN-01")]
    assert audit[1]["legal_basis"].startswith("Decree 62/2015 Art. 52-54; ")
    assert "regional offices" in audit[1]["legal_basis"]
    assert audit[1]["details"] == {"level": "regional", "parent_id": "HN",
                                   "relation": "affiliation"}
    assert personnel.rows("SELECT registered_by FROM authority ORDER BY id") == [
        {"registered_by": "administrator@HN"}, {"registered_by": "administrator@HN"}]


def test_get_authority_with_the_chain_above_it(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.as_("enforcement_officer", "HN-01")
    got = personnel.get("HN-01")
    assert got["name_vi"] == "Phòng Thi hành án dân sự khu vực 1"
    assert got["level"] == "regional" and got["valid_from"] == date(2025, 7, 1)
    [hanoi] = got["chain"]
    assert (hanoi.id, hanoi.name, hanoi.name_vi, hanoi.level, hanoi.valid_from,
            hanoi.valid_to) == ("HN", HANOI["name"], HANOI["name_vi"], "provincial",
                                date(2025, 7, 1), None)


def test_get_authority_of_another_tree_is_readable(personnel):
    """The authority tree is the platform's public structure: read by any reader."""
    personnel.register(HANOI)
    personnel.as_("operator", "HCM")
    assert personnel.get("HN")["id"] == "HN"


def test_register_authority_decree_structure_general_department_department_sub_department(
        personnel):
    personnel.as_("administrator", "TCTHADS")
    personnel.register({
        "id": "TCTHADS", "name": "General Department of Civil Judgment Enforcement",
        "name_vi": "Tổng cục Thi hành án dân sự", "level": "general_department",
        "valid_from": "2009-07-01"})
    personnel.register({
        "id": "HN-CTHADS", "name": "Hanoi Department of Civil Judgment Enforcement",
        "name_vi": "Cục Thi hành án dân sự thành phố Hà Nội", "level": "provincial",
        "parent_id": "TCTHADS", "valid_from": "2009-07-01", "valid_to": "2025-06-30"})
    # registered by the General Department: an authority above the new one's parent
    district = personnel.register({
        "id": "HN-BD", "name": "Ba Dinh District Sub-department",
        "name_vi": "Chi cục Thi hành án dân sự quận Ba Đình", "level": "district",
        "parent_id": "HN-CTHADS", "valid_from": "2015-09-01", "valid_to": "2025-06-30"})
    assert [a.id for a in district["chain"]] == ["HN-CTHADS", "TCTHADS"]
    personnel.as_("operator", "TCTHADS")
    assert [a.level for a in personnel.get("HN-BD")["chain"]] == [
        "provincial", "general_department"]


def test_register_authority_that_does_not_fit_the_structure_of_its_dates_is_refused(
        personnel):
    personnel.register(HANOI)
    # Sub-departments (district level) ended with the 2025 reorganisation
    with pytest.raises(ValidationError) as err:
        personnel.register(authority(HANOI_REGION_1, level="district"))
    assert err.value.fields == {"level": ["no district authority exists from 2025-07-01"]}
    with pytest.raises(ValidationError) as err:
        personnel.register(authority(HANOI_REGION_1, parent_id="HCM"))
    assert err.value.fields == {"parent_id": ["no authority 'HCM'"]}
    with pytest.raises(ValidationError) as err:
        personnel.register(authority(HANOI_REGION_1, valid_from="2025-06-01"))
    assert list(err.value.fields) == ["level"]
    assert personnel.rows("SELECT id FROM authority ORDER BY id") == [{"id": "HN"}]


def test_register_authority_cannot_outlive_its_parent(personnel):
    personnel.as_("administrator", "HN-TMP")
    personnel.register(authority(HANOI, id="HN-TMP", valid_to="2030-12-31"))
    with pytest.raises(ValidationError) as err:
        personnel.register(authority(HANOI_REGION_1, parent_id="HN-TMP"))
    assert err.value.fields == {"parent_id": ["HN-TMP is valid from 2025-07-01 to 2030-12-31"]}
    assert personnel.rows("SELECT id FROM authority ORDER BY id") == [{"id": "HN-TMP"}]
    assert personnel.rows("SELECT count(*) AS n FROM platform_outbox") == [{"n": 1}]
    assert personnel.rows("SELECT count(*) AS n FROM platform_audit") == [{"n": 1}]


def test_get_authority_unknown_is_not_found(personnel):
    with pytest.raises(NotFound) as err:
        personnel.get("XX-99")
    assert err.value.details == {"authority_id": "XX-99"}


def test_register_authority_twice_is_a_conflict(personnel):
    personnel.register(HANOI)
    with pytest.raises(Conflict) as err:
        personnel.register(HANOI)
    assert err.value.details == {"id": "HN"}
    assert personnel.rows("SELECT count(*) AS n FROM platform_outbox") == [{"n": 1}]


def test_register_authority_under_a_tree_not_its_own_is_refused(personnel):
    """Issue 7 item 1: who may register is decided from the tree kept here (the parent's chain)
    and the caller's verified authority, not from the payload."""
    personnel.register(HANOI)
    personnel.as_("administrator", "HCM")
    with pytest.raises(PermissionDenied) as err:
        personnel.register(HANOI_REGION_1)
    assert err.value.details == {"authority": "HN-01"}
    with pytest.raises(PermissionDenied):  # nor a root other than itself
        personnel.register(authority(HANOI, id="DN"))
    assert personnel.rows("SELECT id FROM authority") == [{"id": "HN"}]


def test_register_authority_a_sibling_is_not_a_superior(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.as_("administrator", "HN-01")
    with pytest.raises(PermissionDenied):
        personnel.register(authority(HANOI_REGION_1, id="HN-02"))


def test_get_authority_refuses_a_chain_deeper_than_max_depth(personnel):
    """A cycle in stored data (never made by register_authority) is a Conflict, not a hang."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    engine = create_engine(personnel.env.uri)
    with engine.begin() as conn:
        conn.execute(text("UPDATE authority SET parent_id = 'HN-01' WHERE id = 'HN'"))
    engine.dispose()
    with pytest.raises(Conflict) as err:
        personnel.get("HN-01")
    assert err.value.details == {"authority_id": "HN-01"}
