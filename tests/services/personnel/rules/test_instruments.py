"""Support instruments: rules (Decree 62/2015 Art. 74-77), one test (or more) named after each."""
from datetime import date

from services.personnel.rules import instruments as rules

OFFICER = [{"authority_id": "HN-01", "position": "enforcement_officer_junior",
            "valid_from": date(2025, 7, 1), "valid_to": None}]
ON = date(2026, 11, 2)


def test_registration_reasons_enforcement_authorities_not_military_nor_managing():
    assert rules.registration_reasons("regional") == []
    assert rules.registration_reasons("district") == []
    assert "Art. 76.2" in rules.registration_reasons("military_zone")[0]
    assert "Art. 74.1, 75.1" in rules.registration_reasons("general_department")[0]


def test_delivery_refusal_reasons_only_an_enforcement_officer_of_the_authority_art_75_2():
    assert rules.delivery_refusal_reasons(OFFICER, "HN-01", ON, False, "in_store", "good") == []
    assert rules.delivery_refusal_reasons(OFFICER, "HN-02", ON, True, "delivered",
                                          "unrepairable") == [
        "the official is not an enforcement officer of HN-02 on 2026-11-02 (Decree 62/2015 "
        "Art. 74.1, 75.2)",
        "the official is suspended from duty (Decree 62/2015 Art. 65)",
        "the instrument is delivered, not in store (Decree 62/2015 Art. 75.2)",
        "the instrument was found unrepairable (Decree 62/2015 Art. 77.1)"]
    inspector = [{**OFFICER[0], "position": "inspector"}]
    assert len(rules.delivery_refusal_reasons(inspector, "HN-01", ON, False, "in_store",
                                              None)) == 1


def test_disposal_refusal_reasons_only_unrepairable_in_store_of_the_province_art_77_1():
    ok = {"id": "DC-1", "authority_id": "HN-01", "status": "in_store",
          "condition": "unrepairable"}
    assert rules.disposal_refusal_reasons([ok], {"HN", "HN-01"}) == []
    assert rules.disposal_refusal_reasons(
        [{**ok, "authority_id": "HCM-01", "condition": None, "status": "delivered"}],
        {"HN", "HN-01"}) == [
        "DC-1 is not of an authority of the province (Decree 62/2015 Art. 77.1)",
        "DC-1 is not inspected, not unrepairable (Decree 62/2015 Art. 77.1)",
        "DC-1 is delivered, not in store (Decree 62/2015 Art. 75.2, 77.1)"]


def test_plan_submitter_reasons_a_provincial_department_art_75_1():
    assert rules.plan_submitter_reasons("provincial") == []
    assert rules.plan_submitter_reasons("district") == [
        "a plan of support instruments is submitted by a provincial Department, not a district "
        "authority (Decree 62/2015 Art. 75.1)"]


def test_allocation_decider_reasons_the_general_director_art_75_1():
    assert rules.allocation_decider_reasons("general_department") == []
    assert rules.allocation_decider_reasons("provincial") == [
        "the quantity and types of support instruments are decided by the General Director, "
        "not a provincial authority (Decree 62/2015 Art. 75.1)"]


def test_allocation_reasons_within_the_quantity_of_the_kind_decided_art_75_1():
    allocated = {"rubber_baton": 2}
    assert rules.allocation_reasons("rubber_baton", allocated, 1) == []
    assert rules.allocation_reasons("rubber_baton", allocated, 2) == [
        "the allocation provides 2 rubber_baton, and 2 are registered under it (Decree 62/2015 "
        "Art. 75.1)"]
    assert rules.allocation_reasons("pepper_spray", allocated, 0) == [
        "the allocation provides 0 pepper_spray, and 0 are registered under it (Decree 62/2015 "
        "Art. 75.1)"]
