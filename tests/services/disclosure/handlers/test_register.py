"""The register through the handlers, with a real unit of work and no broker: deadlines owed
and met, audit rows, conflicts, and jurisdiction from the known case (issue 7 item 1)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError

from tests.services.disclosure.conftest import BINH, COMPANY, LATE, RESUMED

NOTHING = [{"n": 0}]


def test_publish_entry_owes_5_working_days_and_meets_them_on_publication(disclosure):
    disclosure.open_cases()
    binh = disclosure.publish(BINH)
    late = disclosure.publish(LATE)
    company = disclosure.as_("head_of_authority", "HN-02").publish(COMPANY)
    # Mon 2 Mar + 5 working days
    assert (binh.publish_by, binh.published_on > binh.publish_by) == (date(2026, 3, 9), False)
    # Fri 24 Apr + 5 working days, skipping 27 Apr (Hung Kings, observed), 30 Apr and 1 May
    assert company.publish_by == date(2026, 5, 6)
    assert (late.publish_by, late.published_on > late.publish_by) == (date(2026, 6, 8), True)
    assert (binh.authority, company.authority) == ("HN-01", "HN-02")
    deadlines = disclosure.rows("SELECT rule_id, status, due_on, met_on, authority, case_id, "
                                "subject_type FROM platform_deadline ORDER BY id")
    assert [(d["rule_id"], d["status"], d["due_on"].isoformat(), d["met_on"].isoformat(),
             d["authority"], d["case_id"], d["subject_type"]) for d in deadlines] == [
        ("decree11.1-publish-debtor", "met", "2026-03-09", "2026-03-05", "HN-01", "case-1",
         "register_entry"),
        ("decree11.1-publish-debtor", "met", "2026-06-08", "2026-06-15", "HN-01", "case-3",
         "register_entry"),
        ("decree11.1-publish-debtor", "met", "2026-05-06", "2026-05-06", "HN-02", "case-2",
         "register_entry")]


def test_remove_entry_owes_2_working_days_and_meets_them_on_removal(disclosure):
    disclosure.open_cases()
    late = disclosure.publish(LATE)
    removed = disclosure.remove(late.id, RESUMED)
    # Tue 1 Sep (National Day) + 2 working days, skipping 2 Sep -> Fri 4 Sep
    assert (removed.remove_by, removed.removed_on) == (date(2026, 9, 4), date(2026, 9, 3))
    assert (removed.removal_ground, removed.removed_by) == ("resumption_decision",
                                                            "head_of_authority@HN-01")
    [deadline] = disclosure.rows("SELECT status, due_on, met_on FROM platform_deadline "
                                 "WHERE rule_id = 'decree11.3-remove-debtor'")
    assert (deadline["status"], deadline["due_on"], deadline["met_on"]) == (
        "met", date(2026, 9, 4), date(2026, 9, 3))


def test_publish_and_remove_are_audited_with_their_articles(disclosure):
    disclosure.open_cases()
    binh = disclosure.publish(BINH)
    disclosure.remove(binh.id, RESUMED)
    disclosure.as_("head_of_authority", "HN-02").publish(COMPANY)
    audit = disclosure.rows("SELECT action, actor, subject_id, legal_basis, details "
                            "FROM platform_audit ORDER BY id")
    assert [(a["action"], a["actor"], a["legal_basis"]) for a in audit] == [
        ("register_entry.published", "head_of_authority@HN-01",
         "Decree 62/2015 Art. 11.1; Law Art. 44a"),
        ("register_entry.removed", "head_of_authority@HN-01", "Decree 62/2015 Art. 11.3"),
        ("register_entry.published", "head_of_authority@HN-02",
         "Decree 62/2015 Art. 11.1; Law Art. 44a")]
    assert audit[0]["details"] == {"case_id": "case-1", "decision": "12/QĐ-THADS",
                                   "publish_by": "2026-03-09"}
    assert audit[1]["details"] == {"ground": "resumption_decision", "document": "20/QĐ-THADS",
                                   "remove_by": "2026-09-04"}


def test_publish_entry_takes_the_authority_of_the_known_case_not_the_payload(disclosure):
    disclosure.open_cases()
    with pytest.raises(ValidationError) as err:
        disclosure.as_("head_of_authority", "HCM-02").publish({**BINH, "authority": "HCM-02"})
    assert err.value.fields == {"authority": ["Unknown field."]}
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == NOTHING


def test_publish_entry_in_a_case_of_another_authority_is_not_found_and_writes_nothing(
        disclosure):
    disclosure.open_cases()
    with pytest.raises(NotFound) as err:
        disclosure.as_("head_of_authority", "HCM-02").publish(BINH)
    assert err.value.details == {"case_id": "case-1"}
    assert "HN-01" not in str(err.value)
    for table in ("register_entry", "platform_deadline", "platform_audit"):
        assert disclosure.rows(f"SELECT count(*) AS n FROM {table}") == NOTHING
    assert disclosure.listing()["entries"] == []


def test_publish_entry_in_an_unknown_case_is_not_found(disclosure):
    with pytest.raises(NotFound) as err:
        disclosure.publish(BINH)
    assert err.value.details == {"case_id": "case-1"}
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == NOTHING


def test_remove_entry_of_another_authority_or_unknown_is_not_found_alike(disclosure):
    disclosure.open_cases()
    entry = disclosure.publish(BINH)
    with pytest.raises(NotFound) as err:
        disclosure.as_("head_of_authority", "HCM-02").remove(entry.id, RESUMED)
    assert err.value.details == {"entry_id": entry.id}
    with pytest.raises(NotFound) as err:
        disclosure.remove("5a5a0000-0000-0000-0000-000000000000", RESUMED)
    assert err.value.details == {"entry_id": "5a5a0000-0000-0000-0000-000000000000"}
    assert disclosure.rows("SELECT removed_on FROM register_entry") == [{"removed_on": None}]


def test_twice_on_the_register_or_removed_twice_is_a_conflict(disclosure):
    disclosure.open_cases()
    entry = disclosure.publish(BINH)
    with pytest.raises(Conflict) as err:
        disclosure.publish(BINH)
    assert err.value.details == {"entry_id": entry.id}
    disclosure.remove(entry.id, RESUMED)
    with pytest.raises(Conflict) as err:
        disclosure.remove(entry.id, RESUMED)
    assert err.value.details == {"status": "removed"}
    # once removed, the same debtor may be published again on a new decision
    again = disclosure.publish({**BINH, "decided_on": "2026-10-01", "published_on": "2026-10-02"})
    assert again.id != entry.id


def test_malformed_entry_names_each_bad_field_and_writes_nothing(disclosure):
    disclosure.open_cases()
    bad = {**BINH, "published_on": "2026-03-01"}
    del bad["debtor_name"]
    with pytest.raises(ValidationError) as err:
        disclosure.publish(bad)
    assert set(err.value.fields) == {"debtor_name"}
    with pytest.raises(ValidationError) as err:  # dates checked once the fields are there
        disclosure.publish({**BINH, "published_on": "2026-03-01"})
    assert err.value.fields == {"published_on": ["cannot be before the decision (decided_on)"]}
    entry = disclosure.publish(BINH)
    with pytest.raises(ValidationError) as err:
        disclosure.remove(entry.id, {**RESUMED, "ground": "three_months"})
    assert err.value.fields == {"ground": ["must be resumption_decision or obligation_fulfilled"]}
    with pytest.raises(ValidationError) as err:
        disclosure.remove(entry.id, {**RESUMED, "document_on": "2026-01-01",
                                     "removed_on": "2026-02-01"})
    assert err.value.fields == {"removed_on": ["before 2026-03-05"]}
    assert disclosure.rows("SELECT removed_on FROM register_entry") == [{"removed_on": None}]


@pytest.mark.parametrize("field, value", [
    ("debtor_name", "Bình\x00"), ("debtor_address", "x" * 501), ("case_id", "c" * 37),
    ("decided_on", "9999-12-31"), ("published_on", "0001-01-01"), ("reason", 12)])
def test_bad_entry_input_is_a_validation_error_naming_the_field(disclosure, field, value):
    disclosure.open_cases()
    with pytest.raises(ValidationError) as err:
        disclosure.publish({**BINH, field: value})
    assert list(err.value.fields) == [field]
    assert disclosure.rows("SELECT count(*) AS n FROM register_entry") == NOTHING
