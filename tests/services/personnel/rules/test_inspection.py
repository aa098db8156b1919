"""Inspection rules (Decree 62/2015 Art. 66-69), one test (or more) named after each."""
from datetime import date

import pytest

from services.personnel.rules import inspection as rules
from services.personnel.rules.assignment import Relation

PERSONS = [{"person_id": "debtor-1", "name": "Phạm Văn Dũng", "identity_number": None},
           {"person_id": "officer-9", "name": "Lê Thị Mai", "identity_number": "001190000002"}]


@pytest.mark.parametrize("relation, point", [
    ("spouse", "68.4.a"), ("child", "68.4.a"), ("parent", "68.4.b"), ("grandparent", "68.4.b"),
    ("uncle_aunt", "68.4.b"), ("sibling", "68.4.b"), ("spouse_parent", "68.4.b"),
    ("spouse_sibling", "68.4.b"), ("spouse_grandparent", "68.4.b"),
    ("spouse_uncle_aunt", "68.4.b"), ("nephew_niece", "68.4.c")])
def test_inspection_bars_every_relation_of_art_68_4_with_its_point(relation, point):
    [bar] = rules.inspection_bars([{"name": "phạm  văn dũng", "identity_number": None,
                                    "relation": relation}], PERSONS)
    assert (bar["person_id"], bar["relation"], bar["matched_by"]) == (
        "debtor-1", relation, "name")
    assert bar["ground"].startswith(f"Decree 62/2015 Art. {point}")


def test_inspection_bars_not_a_defender_and_not_another_person():
    assert rules.inspection_bars([{"name": "Phạm Văn Dũng", "identity_number": None,
                                   "relation": "defender"}], PERSONS) == []
    # the same name but another identity number is another person
    assert rules.inspection_bars([{"name": "Lê Thị Mai", "identity_number": "001190000003",
                                   "relation": "sibling"}], PERSONS) == []
    [bar] = rules.inspection_bars([{"name": "Le Mai", "identity_number": "001190000002",
                                    "relation": "spouse"}], PERSONS)
    assert bar["matched_by"] == "identity_number"


def test_barring_relations_are_the_recorded_relations_but_the_defender():
    assert set(rules.BARRING_RELATIONS) == set(Relation) - {Relation.DEFENDER}


def test_inspector_refusal_reasons_rank_suspension_and_bars():
    held = [{"authority_id": "HN", "position": "chief_inspector",
             "valid_from": date(2025, 7, 1), "valid_to": None}]
    on = date(2026, 5, 4)
    assert rules.inspector_refusal_reasons(held, "HN", on, False, []) == []
    bar = {"person_id": "debtor-1", "person_name": "Phạm Văn Dũng", "relation": "sibling",
           "ground": "Decree 62/2015 Art. 68.4.b"}
    assert rules.inspector_refusal_reasons(held, "HN-01", on, True, [bar]) == [
        "the official holds no inspector rank at HN-01 on 2026-05-04 (Decree 62/2015 Art. "
        "66.1)",
        "the official is suspended from duty (Decree 62/2015 Art. 65)",
        "the inspection involves Phạm Văn Dũng (debtor-1), the inspector's sibling (Decree "
        "62/2015 Art. 68.4.b)"]


FIT = {"criminal_prosecution": False, "disciplinary_action": False}


def test_inspector_promotion_reasons_holds_the_rank_below_art_69_1():
    assert rules.inspector_promotion_reasons("inspector", FIT, date(2015, 1, 1),
                                                  "civil") == []
    assert rules.inspector_promotion_reasons("chief_inspector", FIT, None, "civil") == [
        "the candidate does not hold chief_inspector on the examination day (Decree 62/2015 "
        "Art. 69.1)"]


def test_inspector_promotion_reasons_prosecution_discipline_and_the_army_art_66_2():
    facts = {"criminal_prosecution": True, "disciplinary_action": True}
    assert rules.inspector_promotion_reasons("inspector", facts, date(2015, 1, 1),
                                                  "military") == [
        "the candidate faces a criminal prosecution (Decree 62/2015 Art. 69.1; the law on "
        "officials)",
        "the candidate is under a disciplinary action (Decree 62/2015 Art. 69.1; the law on "
        "officials)",
        "an inspector in the army is a military officer or non-commissioned officer (Decree "
        "62/2015 Art. 66.2)"]
    assert rules.inspector_promotion_reasons(
        "inspector", {**FIT, "military_officer": True}, date(2015, 1, 1), "military") == []


def test_military_inspector_proposal_reasons_the_defence_council_proposes_art_69_2():
    assert rules.military_inspector_proposal_reasons("military", "chief_inspector",
                                                          None) == [
        "a military inspector is designated on the proposal of the Ministry of National "
        "Defence's recruitment council (Decree 62/2015 Art. 69.2)"]
    assert rules.military_inspector_proposal_reasons("military", "chief_inspector",
                                                          "TT-1/HDTD-BQP") == []
    assert rules.military_inspector_proposal_reasons("civil", "chief_inspector", None) == []
    assert rules.military_inspector_proposal_reasons(
        "military", "enforcement_officer_senior", None) == []
