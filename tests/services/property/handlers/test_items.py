"""Items of property through the handlers, with a real unit of work and no broker: recorded in
a known case of the caller's authority only (issue 7 item 1), audited; read back only by that
authority; every refusal writing nothing."""
import pytest

from shared.errors import NotFound, ValidationError

from tests.services.property.conftest import ACCOUNT, HOUSE

NOTHING = [{"n": 0}]


def count(prop, table):
    return prop.rows(f"SELECT count(*) AS n FROM {table}")


def test_record_property_and_list_it_oldest_first(prop):
    prop.case_opened()
    house = prop.record(HOUSE)
    account = prop.record(ACCOUNT)
    listed = prop.list("case-1")
    assert [(p.kind, p.status, p.estimated_value) for p in listed] == [
        ("bank_account", "declared", 120000000), ("real_estate", "found", 4500000000)]
    assert [p.id for p in listed] == [account.id, house.id]
    assert (house.authority, house.recorded_by) == ("HN-01", "enforcement_officer@HN-01")
    assert house.description.startswith("Nhà và đất tại 45 Kim Mã")
    assert prop.get(house.id).id == house.id


def test_record_property_is_audited_with_law_art_44_and_decree_art_9_1(prop):
    prop.case_opened()
    house = prop.record(HOUSE)
    account = prop.record(ACCOUNT)
    audit = prop.rows("SELECT action, actor, authority, subject_type, subject_id, legal_basis, "
                      "details FROM platform_audit ORDER BY id")
    assert [(a["action"], a["subject_id"]) for a in audit] == [
        ("property.recorded", house.id), ("property.recorded", account.id)]
    assert audit[0]["legal_basis"] == ("Law on Civil Judgment Enforcement Art. 44; "
                                       "Decree 62/2015 Art. 9.1")
    assert (audit[0]["actor"], audit[0]["authority"], audit[0]["subject_type"]) == (
        "enforcement_officer@HN-01", "HN-01", "property_item")
    assert audit[0]["details"] == {"case_id": "case-1", "kind": "real_estate", "status": "found"}


def test_record_property_takes_the_authority_of_the_known_case_not_the_payload(prop):
    prop.case_opened()
    with pytest.raises(ValidationError) as err:
        prop.record({**ACCOUNT, "authority": "HCM-02"})
    assert err.value.fields == {"authority": ["Unknown field."]}
    assert count(prop, "property_item") == NOTHING


def test_record_property_in_an_unknown_case_is_not_found_and_writes_nothing(prop):
    with pytest.raises(NotFound) as err:
        prop.record({**ACCOUNT, "case_id": "case-nobody-opened"})
    assert err.value.details == {"case_id": "case-nobody-opened"}
    assert count(prop, "property_item") == NOTHING
    assert count(prop, "platform_audit") == NOTHING


def test_record_property_in_a_case_of_another_authority_is_not_found_alike(prop):
    prop.case_opened(case_id="case-1", authority="HN-01")
    prop.as_("enforcement_officer", "HN-01").record(ACCOUNT)
    with pytest.raises(NotFound) as err:
        prop.as_("enforcement_officer", "HCM-02").record(HOUSE)
    assert err.value.details == {"case_id": "case-1"}  # no authority named
    assert "HN-01" not in str(err.value)
    assert prop.rows("SELECT kind, authority FROM property_item") == [
        {"kind": "bank_account", "authority": "HN-01"}]
    assert [p.kind for p in prop.as_("enforcement_officer", "HN-01").list("case-1")] == [
        "bank_account"]


def test_list_property_shows_only_the_callers_authority(prop):
    prop.case_opened()
    prop.record(ACCOUNT)
    assert prop.as_("desk_officer", "HCM-02").list("case-1") == []
    assert prop.as_("desk_officer", "HN-01").list("case-2") == []  # no such case: the same


def test_get_property_of_another_authority_or_unknown_is_not_found_alike(prop):
    prop.case_opened()
    item = prop.record(ACCOUNT)
    with pytest.raises(NotFound) as err:
        prop.as_("enforcement_officer", "HCM-02").get(item.id)
    assert err.value.details == {"property_id": item.id}
    with pytest.raises(NotFound) as err:
        prop.get("7f0e0000-0000-0000-0000-000000000000")
    assert err.value.details == {"property_id": "7f0e0000-0000-0000-0000-000000000000"}


def test_malformed_item_names_each_bad_field_and_writes_nothing(prop):
    prop.case_opened()
    bad = {**ACCOUNT, "kind": "yacht", "estimated_value": -5, "recorded_on": "25/11/2026"}
    del bad["description"]
    with pytest.raises(ValidationError) as err:
        prop.record(bad)
    assert set(err.value.fields) == {"kind", "estimated_value", "recorded_on", "description"}
    assert count(prop, "property_item") == NOTHING
    assert count(prop, "platform_audit") == NOTHING


@pytest.mark.parametrize("field, value", [
    ("description", "Nhà\x00 ở"), ("debtor_party_id", "P" * 51), ("case_id", "c" * 37),
    ("estimated_value", 10**18), ("estimated_value", 1.5), ("estimated_value", "100"),
    ("recorded_on", "9999-12-31"), ("recorded_on", "0001-01-01"), ("status", "seized"),
    ("kind", "x" * 31)])
def test_bad_input_is_a_validation_error_naming_the_field(prop, field, value):
    """Issue 7 item 10: NUL bytes, values beyond their column, absurd dates, loose integers."""
    prop.case_opened()
    with pytest.raises(ValidationError) as err:
        prop.record({**ACCOUNT, field: value})
    assert list(err.value.fields) == [field]
    assert count(prop, "property_item") == NOTHING
