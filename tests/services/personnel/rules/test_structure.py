"""The structure of the authority tree as data (Decree 62/2015 Art. 52-54, 54.2), one test (or
more) named after each rule."""
from datetime import date

from shared.law import parameters_of
from shared.legal import ParameterSet

from services.personnel.rules import structure as rules

PARAMS = parameters_of("personnel")


def test_key_level_only_for_structure_keys_of_known_levels():
    assert rules.key_level("authority_parent_levels.regional") == "regional"
    assert rules.key_level("authority_relation.military_zone") == "military_zone"
    assert rules.key_level("authority_relation.commune") is None
    assert rules.key_level("manager_minimum_rank.district") is None


def test_structure_row_problems_names_the_field():
    assert rules.structure_row_problems("authority_parent_levels.regional", "provincial") == {}
    assert rules.structure_row_problems("authority_parent_levels.provincial", "root") == {}
    assert rules.structure_row_problems("authority_relation.regional", "management") == {}
    assert list(rules.structure_row_problems("authority_relation.hamlet", "x")) == ["key"]
    assert rules.structure_row_problems("authority_parent_levels.regional", "ministry") == {
        "value": ["parent levels are levels or root, not 'ministry'"]}
    assert list(rules.structure_row_problems("authority_relation.district", "owner")) == [
        "value"]


def test_may_edit_structure_central_for_civil_levels_military_for_military_ones():
    assert rules.may_edit_structure("general_department", "authority_relation.regional")
    assert not rules.may_edit_structure("provincial", "authority_relation.regional")
    assert not rules.may_edit_structure("general_department",
                                        "authority_parent_levels.military_zone")
    assert rules.may_edit_structure("military", "authority_parent_levels.military_zone")


def test_effective_structure_closes_then_adds_rows():
    shipped = [r.as_record() for r in PARAMS.history("authority_relation.regional")]
    rows = rules.effective_structure(shipped, [
        {"action": "close", "key": "authority_relation.regional", "valid_from": "2025-07-01",
         "valid_to": "2026-12-31"},
        {"action": "add", "key": "authority_relation.regional", "value": "management",
         "unit": "relation", "valid_from": "2027-01-01", "valid_to": None,
         "source": "a reorganisation", "confidence": "check"}])
    params = ParameterSet(rows)
    assert rules.relation_to_parent("regional", date(2026, 12, 31), params)[0] == "affiliation"
    assert rules.relation_to_parent("regional", date(2027, 1, 1), params)[0] == "management"
    assert shipped[0]["valid_to"] is None  # the shipped rows are not changed


def test_relation_to_parent_affiliation_and_management_art_54_2():
    on = date(2020, 1, 1)
    assert rules.relation_to_parent("district", on, PARAMS)[0] == "affiliation"
    assert rules.relation_to_parent("provincial", on, PARAMS)[0] == "affiliation"
    value, row = rules.relation_to_parent("military_zone", on, PARAMS)
    assert value == "management" and row.source.startswith("Decree 62/2015 Art. 54.1-54.2")
    assert rules.relation_to_parent("provincial", date(2025, 7, 1), PARAMS) == (None, None)
