"""The tree's structure edited as data through the handlers (Decree 62/2015 Art. 52-54, 54.2):
a reorganisation recorded by the central administrator changes what may be registered from its
day, without code; the relation of each level is explicit."""
from datetime import date

import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError

from tests.services.personnel.examples import (GENERAL_DEPARTMENT, HANOI, HANOI_REGION_1,
                                               authority)

CLOSE_REGIONAL = {"key": "authority_relation.regional", "valid_from": "2025-07-01",
                  "valid_to": "2026-12-31", "reason": "reorganisation of 2027 (test data)"}
MANAGED_REGIONAL = {"key": "authority_relation.regional", "value": "management",
                    "valid_from": "2027-01-01", "source": "reorganisation of 2027 (test data)",
                    "confidence": "check"}


@pytest.fixture
def central(personnel):
    """Acting for the General Department (the civil system's managing authority); HN with
    HN-01 registered by HN."""
    personnel.as_("administrator", "TCTHADS").register(GENERAL_DEPARTMENT)
    personnel.as_("administrator", "HN").register(HANOI)
    personnel.register(HANOI_REGION_1)
    return personnel.as_("administrator", "TCTHADS")


def test_the_structure_on_a_day_names_each_levels_parent_and_relation(central):
    levels = {lv["level"]: lv for lv in central.structure("2020-01-01")["levels"]}
    assert (levels["district"]["parent_levels"], levels["district"]["relation"]) == (
        ["provincial"], "affiliation")
    assert levels["military_zone"]["relation"] == "management"
    assert levels["regional"]["exists"] is False
    levels = {lv["level"]: lv for lv in central.structure("2026-01-01")["levels"]}
    assert (levels["provincial"]["parent_levels"], levels["provincial"]["relation"]) == (
        ["root"], None)
    assert central.get("HN-01")["relation"] == "affiliation"
    assert central.get("HN")["relation"] is None


def test_a_reorganisation_is_rows_closed_and_added_then_registrations_follow_it(central):
    closed = central.close_row(CLOSE_REGIONAL)
    added = central.add_row(MANAGED_REGIONAL)
    assert (closed["action"], closed["valid_to"], added["action"], added["unit"]) == (
        "close", date(2026, 12, 31), "add", "relation")
    central.as_("administrator", "HN")
    before = central.register(authority(HANOI_REGION_1, id="HN-02", valid_from="2026-06-01"))
    after = central.register(authority(HANOI_REGION_1, id="HN-03", valid_from="2027-01-01"))
    assert (before["relation"], after["relation"]) == ("affiliation", "management")
    assert after["parameters_used"][-1]["source"] == "reorganisation of 2027 (test data)"
    events = central.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                          "'structure.changed' ORDER BY id")
    assert [e["envelope"]["payload"]["action"] for e in events] == ["close", "add"]
    audit = central.rows("SELECT action, legal_basis FROM platform_audit WHERE action LIKE "
                         "'structure.%' ORDER BY id")
    assert [a["action"] for a in audit] == ["structure.close", "structure.add"]
    assert audit[1]["legal_basis"].startswith("Decree 62/2015 Art. 52-54")
    assert [c["action"] for c in central.structure("2027-01-01")["changes"]] == [
        "close", "add"]


def test_a_level_closed_cannot_be_registered_after_its_last_day(central):
    central.close_row({"key": "authority_parent_levels.regional", "valid_from": "2025-07-01",
                       "valid_to": "2027-12-31", "reason": "regional offices abolished (test)"})
    central.as_("administrator", "HN")
    with pytest.raises(ValidationError) as err:
        central.register(authority(HANOI_REGION_1, id="HN-09", valid_from="2028-01-01"))
    assert err.value.fields == {"level": ["no regional authority exists from 2028-01-01"]}


def test_structure_edits_refused_overlap_permission_and_bad_rows(central):
    with pytest.raises(ValidationError) as err:  # the shipped row is open: close it first
        central.add_row(MANAGED_REGIONAL)
    assert list(err.value.fields) == ["valid_from"]
    with pytest.raises(ValidationError) as err:
        central.add_row({**MANAGED_REGIONAL, "value": "ownership"})
    assert list(err.value.fields) == ["value"]
    with pytest.raises(ValidationError) as err:
        central.close_row({**CLOSE_REGIONAL, "valid_from": "2025-07-02"})
    assert list(err.value.fields) == ["valid_from"]
    central.close_row(CLOSE_REGIONAL)
    with pytest.raises(Conflict):
        central.close_row({**CLOSE_REGIONAL, "valid_to": "2027-06-30"})
    with pytest.raises(PermissionDenied):  # the military structure is the military's
        central.add_row({**MANAGED_REGIONAL, "key": "authority_relation.military_zone"})
    central.as_("administrator", "HN")
    with pytest.raises(PermissionDenied):
        central.add_row(MANAGED_REGIONAL)
    assert len(central.structure("2027-01-01")["changes"]) == 1


def test_a_long_source_is_kept_whole_in_the_audit_details(central):
    source = "Decision of the Minister of Justice on the reorganisation " + "x" * 240
    central.close_row({**CLOSE_REGIONAL, "reason": source})
    [audit] = central.rows("SELECT legal_basis, details FROM platform_audit WHERE action = "
                           "'structure.close'")
    assert len(audit["legal_basis"]) == 200 and audit["legal_basis"].endswith("…")
    assert audit["details"]["source"] == source
