"""Cards, uniforms and insignia: rules (Decree 62/2015 Art. 73, 81-83), one test (or more)
named after each."""
from datetime import date

from shared.law import parameters_of

from services.personnel.rules import equipment as rules
from services.personnel.rules.staff import Position

PARAMS = parameters_of("personnel")
ON = date(2026, 3, 2)
JUNIOR = {"position": "enforcement_officer_junior", "valid_from": date(2025, 7, 1),
          "valid_to": date(2025, 12, 31)}
INTERMEDIATE = {"position": "enforcement_officer_intermediate", "valid_from": date(2026, 1, 1),
                "valid_to": None}
INSPECTOR = {"position": "inspector", "valid_from": date(2025, 7, 1), "valid_to": None}


def test_card_for_each_rank_held_that_day_art_73_1():
    assert rules.card_for([JUNIOR, INTERMEDIATE, INSPECTOR], ON) == [
        ("enforcement_officer", "enforcement_officer_intermediate"), ("inspector", "inspector")]
    assert rules.card_for([JUNIOR], ON) == []


def test_card_must_be_returned_when_the_rank_it_shows_is_no_longer_held():
    assert rules.card_must_be_returned("enforcement_officer", "enforcement_officer_junior",
                                       [JUNIOR, INTERMEDIATE], ON)
    assert not rules.card_must_be_returned("enforcement_officer",
                                           "enforcement_officer_intermediate",
                                           [JUNIOR, INTERMEDIATE], ON)


def test_allocation_of_each_item_of_art_83_1():
    assert rules.allocation("autumn_winter_uniform", ON, PARAMS)[:2] == (1, 3)
    assert rules.allocation("spring_summer_uniform", ON, PARAMS)[:2] == (2, 2)
    assert rules.allocation("socks", ON, PARAMS)[:2] == (2, 1)
    quantity, years, row = rules.allocation("insignia", ON, PARAMS)
    assert (quantity, years, row.source) == (1, 3, "Decree 62/2015 Art. 83.3")
    for item in rules.UniformItem:
        assert rules.allocation(item, ON, PARAMS)[2].source.startswith("Decree 62/2015 Art. 83")


def test_uniform_refusal_reasons_first_issuance_of_two_sets_art_83_2_a():
    assert rules.uniform_refusal_reasons("autumn_winter_uniform", 2, ON, None, 2, False,
                                         None) == []
    assert rules.uniform_refusal_reasons("autumn_winter_uniform", 3, ON, None, 2, False,
                                         None) == [
        "the first issuance gives at most 2 autumn_winter_uniform (Decree 62/2015 Art. 83.1, "
        "83.2.a, 83.3)"]


def test_uniform_refusal_reasons_periodic_only_once_the_period_has_run_art_83_1():
    last = {"issued_on": date(2025, 2, 17), "due_on": date(2026, 2, 23)}
    assert rules.uniform_refusal_reasons("long_sleeved_shirt", 1, date(2026, 2, 23), last, 1,
                                         False, None) == []
    assert rules.uniform_refusal_reasons("long_sleeved_shirt", 1, date(2026, 2, 20), last, 1,
                                         False, None) == [
        "long_sleeved_shirt was issued on 2025-02-17; the next is due on 2026-02-23 (Decree "
        "62/2015 Art. 83.1)"]


def test_uniform_refusal_reasons_replacement_needs_an_accepted_explanation_art_83_2_b():
    last = {"issued_on": ON, "due_on": date(2027, 3, 2)}
    accepted = {"explanation": "torn in a coercion", "accepted": True}
    assert rules.uniform_refusal_reasons("raincoat", 1, ON, last, 1, False, accepted) == []
    assert rules.uniform_refusal_reasons("raincoat", 1, ON, last, 1, False,
                                         {**accepted, "accepted": False}) == [
        "a lost or damaged item is replaced only when the explanation is accepted (Decree "
        "62/2015 Art. 83.2.b)"]


def test_uniform_refusal_reasons_sweater_region_and_military_officials():
    [reason] = rules.uniform_refusal_reasons("winter_sweater", 1, ON, None, 1, False, None)
    assert "Art. 83.1.c" in reason
    assert rules.uniform_refusal_reasons("winter_sweater", 1, ON, None, 1, True, None) == []
    [reason] = rules.uniform_refusal_reasons("tie", 2, ON, None, 2, False, None, military=True)
    assert "Art. 82.4" in reason


def test_insignia_by_rank_and_post_art_81():
    junior = rules.insignia(Position.ENFORCEMENT_OFFICER_JUNIOR, None, "regional")
    assert junior == {"shoulder": "2 vertical yellow stripes, 2 yellow metal stars",
                      "lapel": rules.PLAIN_LAPEL, "article": "Decree 62/2015 Art. 81.5.c"}
    director = rules.insignia(Position.ENFORCEMENT_OFFICER_INTERMEDIATE, Position.HEAD,
                              "provincial")
    assert director["lapel"] == "a single yellow laurel"
    assert director["article"] == "Decree 62/2015 Art. 81.5.b; Art. 81.3"
    sub = rules.insignia(Position.ENFORCEMENT_OFFICER_JUNIOR, Position.DEPUTY_HEAD, "district")
    assert sub["lapel"] == rules.EDGED_LAPEL and sub["article"].endswith("Art. 81.4.b-c")
    general = rules.insignia(None, Position.HEAD, "general_department")
    assert general["article"] == "Decree 62/2015 Art. 81.1.a"
    assert rules.insignia(Position.CHIEF_INSPECTOR, None, "provincial")["article"] == (
        "Decree 62/2015 Art. 81.6.b")
    assert rules.insignia(None, None, "regional")["article"] == "Decree 62/2015 Art. 81.6.d"
    assert rules.insignia(Position.ENFORCEMENT_OFFICER_JUNIOR, None, "military_zone") is None
