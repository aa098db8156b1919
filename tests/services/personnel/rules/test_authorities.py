"""The authority tree's rules (Decree 62/2015 Art. 52-54; the 2025 reorganisation), one test
(or more) named after each."""
from datetime import date

from shared.law import parameters_of

from services.personnel.rules import authorities as rules

PARAMS = parameters_of("personnel")


def test_parent_levels_allowed_until_2025_follow_decree_art_52_and_54():
    on = date(2020, 1, 1)
    assert rules.parent_levels_allowed("general_department", on, PARAMS) == {None}
    assert rules.parent_levels_allowed("provincial", on, PARAMS) == {"general_department"}
    assert rules.parent_levels_allowed("district", on, PARAMS) == {"provincial"}
    assert rules.parent_levels_allowed("military", on, PARAMS) == {None}
    assert rules.parent_levels_allowed("military_zone", on, PARAMS) == {"military"}
    assert rules.parent_levels_allowed("regional", on, PARAMS) == frozenset()


def test_parent_levels_allowed_from_2025_07_01_follow_the_reorganisation():
    assert rules.parent_levels_allowed("provincial", date(2025, 6, 30), PARAMS) == {
        "general_department"}
    on = date(2025, 7, 1)
    assert rules.parent_levels_allowed("provincial", on, PARAMS) == {None}
    assert rules.parent_levels_allowed("regional", on, PARAMS) == {"provincial"}
    assert rules.parent_levels_allowed("district", on, PARAMS) == frozenset()
    assert rules.parent_levels_allowed("military_zone", on, PARAMS) == {"military"}


def test_check_structure_accepts_a_district_of_the_old_structure():
    check = rules.check_structure("district", "provincial", date(2015, 9, 1),
                                  date(2025, 6, 30), PARAMS)
    assert check.fits and check.problems == {}
    assert [p["key"] for p in check.parameters_used] == ["authority_parent_levels.district"]
    assert "Art. 52.1.c" in check.parameters_used[0]["source"]


def test_check_structure_refuses_a_district_that_outlives_2025_06_30():
    check = rules.check_structure("district", "provincial", date(2015, 9, 1), None, PARAMS)
    assert check.problems == {"level": ["no district authority exists from 2025-07-01"]}


def test_check_structure_refuses_a_regional_office_before_2025_07_01():
    check = rules.check_structure("regional", "provincial", date(2025, 1, 1), None, PARAMS)
    assert check.problems == {"level": [
        "no regional authority exists from 2025-01-01 to 2025-06-30"]}
    assert rules.check_structure("regional", "provincial", date(2025, 7, 1), None, PARAMS).fits


def test_check_structure_names_the_parent_each_period_requires():
    # A provincial Department from 2015 under the General Department, open-ended: fits until
    # 2025-06-30, but from 2025-07-01 a provincial agency has no parent in the tree.
    check = rules.check_structure("provincial", "general_department", date(2015, 9, 1), None,
                                  PARAMS)
    assert list(check.problems) == ["parent_id"]
    assert check.problems["parent_id"][0].startswith(
        "from 2025-07-01 the parent of a provincial authority must be none (a root of the tree)")
    assert len(check.parameters_used) == 2
    assert rules.check_structure("provincial", None, date(2025, 7, 1), None, PARAMS).fits


def test_check_structure_refuses_a_military_zone_under_a_civil_authority():
    check = rules.check_structure("military_zone", "provincial", date(2020, 1, 1), None, PARAMS)
    assert check.problems["parent_id"][0].startswith(
        "from 2020-01-01 the parent of a military_zone authority must be military")


def test_check_structure_refuses_an_unknown_level():
    check = rules.check_structure("commune", None, date(2020, 1, 1), None, PARAMS)
    assert check.problems == {"level": ["there is no 'commune' level in the structure"]}


def test_parent_covers_period():
    assert rules.parent_covers_period(date(2025, 7, 1), None, date(2025, 7, 1), None)
    assert rules.parent_covers_period(date(2016, 1, 1), date(2025, 6, 30),
                                      date(2015, 9, 1), date(2025, 6, 30))
    assert not rules.parent_covers_period(date(2015, 1, 1), None, date(2015, 9, 1), None)
    assert not rules.parent_covers_period(date(2016, 1, 1), None,
                                          date(2015, 9, 1), date(2025, 6, 30))
    assert not rules.parent_covers_period(date(2016, 1, 1), date(2026, 1, 1),
                                          date(2015, 9, 1), date(2025, 6, 30))


def test_may_register():
    # the parent or any authority above it registers a subordinate
    assert rules.may_register("HN", "HN-01", ["HN"])
    assert rules.may_register("TCTHADS", "HN-01", ["HN", "TCTHADS"])
    assert not rules.may_register("HCM", "HN-01", ["HN", "TCTHADS"])
    assert not rules.may_register("HN-02", "HN-01", ["HN"])
    # a root is registered by the administrator acting for it, and by no one else
    assert rules.may_register("HN", "HN", [])
    assert not rules.may_register("TCTHADS", "HN", [])


def test_registration_basis_cites_the_decree_and_each_structure_row():
    check = rules.check_structure("regional", "provincial", date(2025, 7, 1), None, PARAMS)
    basis = rules.registration_basis(check.parameters_used)
    assert basis.startswith(rules.AUTHORITY_REGISTERED + "; ")
    assert basis == "; ".join([rules.AUTHORITY_REGISTERED,
                               *(p["source"] for p in check.parameters_used)])
    assert "Decree 62/2015 Art. 52-54" in basis and "regional offices" in basis
