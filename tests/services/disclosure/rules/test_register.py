"""The register's rules (Decree 62/2015 Art. 11; Law Art. 44a), one test (or more) named after
each."""
from datetime import date
from types import SimpleNamespace

from shared.calendar import WorkingCalendar
from shared.law import parameters_of

from services.disclosure.rules import register as rules

PARAMS = parameters_of("disclosure")
CALENDAR = WorkingCalendar()

ENTRY = {
    "id": "e-1", "case_id": "case-1", "authority": "HN-01", "debtor_name": "Trần Thị Bình",
    "debtor_address": "45 Kim Mã, Hà Nội", "judgment": "Bản án số 125/2026/DS-ST",
    "enforcement_decision": "Quyết định số 88/QĐ-CCTHADS ngày 23/11/2026",
    "unmet_obligation": "Trả nợ 350.000.000 đồng", "reason": "Không có tài sản, thu nhập",
    "lacking_conditions_decision": "12/QĐ-CCTHADS", "decided_on": date(2027, 3, 1),
    "publish_by": date(2027, 3, 8), "published_on": date(2027, 3, 3),
    "published_by": "head@HN-01", "removal_ground": None, "removal_document": None,
    "removed_on": None, "removed_by": None}


def test_public_record_publishes_exactly_the_fields_of_art_11():
    record = rules.public_record(SimpleNamespace(**ENTRY))
    assert record == {
        "id": "e-1", "authority": "HN-01", "debtor_name": "Trần Thị Bình",
        "debtor_address": "45 Kim Mã, Hà Nội", "judgment": "Bản án số 125/2026/DS-ST",
        "enforcement_decision": "Quyết định số 88/QĐ-CCTHADS ngày 23/11/2026",
        "unmet_obligation": "Trả nợ 350.000.000 đồng", "reason": "Không có tài sản, thu nhập",
        "published_on": "2027-03-03"}


def test_public_record_never_exposes_internal_fields():
    record = rules.public_record(ENTRY)  # a mapping works too
    for internal in ("case_id", "lacking_conditions_decision", "decided_on",
                     "publish_by", "published_by", "removal_ground", "removed_on"):
        assert internal not in record
    assert tuple(record) == rules.PUBLISHED_FIELDS


def test_is_listed():
    published, removed = date(2027, 3, 3), date(2027, 9, 1)
    assert not rules.is_listed(published, None, date(2027, 3, 2))
    assert rules.is_listed(published, None, date(2027, 3, 3))
    assert rules.is_listed(published, removed, date(2027, 8, 31))
    assert not rules.is_listed(published, removed, date(2027, 9, 1))


def test_removal_ground_is_lawful():
    assert rules.removal_ground_is_lawful(rules.RESUMPTION_DECISION)
    assert rules.removal_ground_is_lawful(rules.OBLIGATION_FULFILLED)
    # not the decision that put the debtor on the register (Art. 11.3), nor anything else
    assert not rules.removal_ground_is_lawful("lacking_conditions_decision")
    assert not rules.removal_ground_is_lawful("three_months_elapsed")


def test_publish_entry_is_due_within_5_working_days():
    length, used = rules.PUBLISH_ENTRY.resolve(PARAMS, date(2026, 11, 20))
    assert (length, used.unit, used.key) == (5, "working_days", "register_publication_working_days")
    assert "Art. 11.1" in used.source
    # Friday 20 Nov 2026 + 5 working days, skipping Vietnam Culture Day (Tue 24 Nov)
    assert CALENDAR.due_date(date(2026, 11, 20), length, used.unit) == date(2026, 11, 30)


def test_remove_entry_is_due_within_2_working_days():
    length, used = rules.REMOVE_ENTRY.resolve(PARAMS, date(2026, 2, 13))
    assert (length, used.unit, used.key) == (2, "working_days", "register_removal_working_days")
    assert "Art. 11.3" in used.source
    # Friday 13 Feb 2026, before the Tết holidays (16-20 Feb): due Tuesday 24 Feb
    assert CALENDAR.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 24)


def test_entry_published_cites_art_11_1_and_law_art_44a():
    assert rules.ENTRY_PUBLISHED == "Decree 62/2015 Art. 11.1; Law Art. 44a"


# --- The register driven by the decisions of cases (issue 11). ---


def test_correct_entry_is_due_within_3_working_days():
    length, used = rules.CORRECT_ENTRY.resolve(PARAMS, date(2026, 3, 6))
    assert (length, used.unit, used.key) == (3, "working_days", "register_correction_working_days")
    assert "Art. 11.2" in used.source
    # Friday 6 Mar 2026 over the weekend: Mon 9, Tue 10, Wed 11
    assert CALENDAR.due_date(date(2026, 3, 6), length, used.unit) == date(2026, 3, 11)
    # Friday 13 Feb 2026, before Tết (16-20 Feb): Mon 23, Tue 24, Wed 25
    assert CALENDAR.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 25)
    assert rules.ENTRY_CORRECTED == "Decree 62/2015 Art. 11.2"


def test_removal_reason_code():
    assert rules.removal_reason_code("resumption_decision") == "enforcement_resumed"
    assert rules.removal_reason_code("obligation_fulfilled") == "obligation_fulfilled"


def test_removal_wins():
    decided = date(2026, 3, 2)
    assert rules.removal_wins(date(2026, 3, 4), decided)      # removal after the decision
    assert rules.removal_wins(decided, decided)               # the same day
    assert not rules.removal_wins(date(2026, 2, 27), decided)  # a new ground after removal


def test_corrections():
    assert rules.corrections({"name": "Trần Thị Bình", "address": "12 Láng Hạ",
                              "obligation": "Trả 300.000.000 đồng"}) == {
        "debtor_name": "Trần Thị Bình", "debtor_address": "12 Láng Hạ",
        "unmet_obligation": "Trả 300.000.000 đồng"}
    # nothing but name, address and obligation reaches an entry
    assert rules.corrections({"address": "12 Láng Hạ", "id_number": "001234567890"}) == {
        "debtor_address": "12 Láng Hạ"}


def test_decision_reference():
    assert rules.decision_reference("12/QĐ-THADS", date(2026, 3, 2)) == (
        "Quyết định về việc chưa có điều kiện thi hành án số 12/QĐ-THADS ngày 2/3/2026")


def test_search_key():
    assert rules.search_key("Nguyễn Văn An") == "nguyen van an"
    assert rules.search_key("  NGUYỄN   văn an ") == "nguyen van an"
    assert rules.search_key("Đặng Thị Đào") == "dang thi dao"
    # composed and decomposed Unicode spellings fold alike
    assert rules.search_key("Nguye\u0302\u0303n") == rules.search_key("Nguyễn") == "nguyen"
    assert rules.search_key("Công ty TNHH Xây dựng A&B") == "cong ty tnhh xay dung a&b"


def test_name_suffixes_are_the_folded_name_from_each_word_on():
    assert rules.name_suffixes("tran thi binh") == ["tran thi binh", "thi binh", "binh"]
    assert rules.name_suffixes(rules.search_key("  Nguyễn  Văn An ")) == [
        "nguyen van an", "van an", "an"]
    assert rules.name_suffixes("") == []
