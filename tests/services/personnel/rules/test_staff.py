"""The rules of staff and ranks (Law Art. 17-18; Decree 62/2015 Art. 54.2, 66-72), pure."""
from datetime import date

from services.personnel.rules import staff
from services.personnel.rules.staff import Category, Position


def holding(position, valid_from, valid_to=None, authority_id="HN-01", id=1):
    return {"id": id, "authority_id": authority_id, "position": position,
            "valid_from": valid_from, "valid_to": valid_to}


def test_position_kind_every_position_has_a_category_rank_and_article():
    assert set(staff.POSITIONS) == set(Position)
    assert staff.position_kind("enforcement_officer_senior") == staff.PositionKind(
        Category.ENFORCEMENT_OFFICER, 3, "Law Art. 17.2; Decree 62/2015 Art. 54.2, 56.2")
    assert staff.position_kind(Position.CHIEF_INSPECTOR).category == Category.INSPECTOR
    assert staff.position_kind("secretary_intermediate").rank < staff.position_kind(
        "secretary").rank
    assert staff.position_kind("head").article.endswith("72")


def test_holds_on_first_and_last_day_count():
    assert staff.holds_on(date(2025, 7, 1), date(2026, 6, 30), date(2025, 7, 1))
    assert staff.holds_on(date(2025, 7, 1), date(2026, 6, 30), date(2026, 6, 30))
    assert not staff.holds_on(date(2025, 7, 1), date(2026, 6, 30), date(2026, 7, 1))
    assert not staff.holds_on(date(2025, 7, 1), None, date(2025, 6, 30))
    assert staff.holds_on(date(2025, 7, 1), None, date(2099, 1, 1))


def test_overlapping_holding_same_category_only():
    junior = holding("enforcement_officer_junior", date(2020, 1, 1))
    # a promotion while the junior rank is open overlaps it
    assert staff.overlapping_holding("enforcement_officer_intermediate", date(2025, 1, 1), None,
                                     [junior]) == junior
    # a managerial post beside the rank does not
    assert staff.overlapping_holding("deputy_head", date(2025, 1, 1), None, [junior]) is None
    ended = holding("enforcement_officer_junior", date(2020, 1, 1), date(2024, 12, 31))
    assert staff.overlapping_holding("enforcement_officer_intermediate", date(2025, 1, 1),
                                     None, [ended]) is None
    # starting on the last day of the old holding overlaps it by that day
    assert staff.overlapping_holding("enforcement_officer_intermediate", date(2024, 12, 31),
                                     None, [ended]) == ended
    # a holding that ends before a later one begins does not
    later = holding("inspector", date(2026, 1, 1))
    assert staff.overlapping_holding("chief_inspector", date(2025, 1, 1), date(2025, 12, 31),
                                     [later]) is None


def test_may_administer_own_authority_and_superiors_only():
    assert staff.may_administer("HN-01", "HN-01", ["HN"])
    assert staff.may_administer("HN", "HN-01", ["HN"])
    assert not staff.may_administer("HN-02", "HN-01", ["HN"])  # a sibling
    assert not staff.may_administer("HCM", "HN-01", ["HN"])    # another tree


def test_is_eligible_enforcement_officer():
    on = date(2026, 11, 30)
    junior = holding("enforcement_officer_junior", date(2025, 7, 1))
    assert staff.is_eligible_enforcement_officer([junior], "HN-01", on, suspended=False)
    assert not staff.is_eligible_enforcement_officer([junior], "HN-01", on, suspended=True)
    assert not staff.is_eligible_enforcement_officer([junior], "HN-02", on, suspended=False)
    ended = holding("enforcement_officer_senior", date(2025, 7, 1), date(2026, 11, 29))
    assert not staff.is_eligible_enforcement_officer([ended], "HN-01", on, suspended=False)
    future = holding("enforcement_officer_senior", date(2026, 12, 1))
    assert not staff.is_eligible_enforcement_officer([future], "HN-01", on, suspended=False)
    # an inspector or a head is not an enforcement officer (Law Art. 17-18; Decree Art. 66)
    others = [holding("senior_inspector", date(2025, 7, 1)), holding("head", date(2025, 7, 1))]
    assert not staff.is_eligible_enforcement_officer(others, "HN-01", on, suspended=False)


def test_holds_category_at_the_authority_that_day_only():
    held = [{"authority_id": "HN-01", "position": "inspector", "valid_from": date(2025, 7, 1),
             "valid_to": date(2026, 6, 30)}]
    assert staff.holds_category_at(held, "inspector", "HN-01", date(2026, 6, 30))
    assert not staff.holds_category_at(held, "inspector", "HN-01", date(2026, 7, 1))
    assert not staff.holds_category_at(held, "inspector", "HN-02", date(2026, 1, 1))
    assert not staff.holds_category_at(held, "enforcement_officer", "HN-01", date(2026, 1, 1))
