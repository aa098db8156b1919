"""Transfer of rights and obligations (Decree 62/2015 Art. 15)."""
from datetime import date

from services.cases.rules import transfer as rules


def test_transfer_refused_because_a_debtor_needs_the_creditors_consent():
    assert "consent" in rules.transfer_refused_because(rules.BY_DEBTOR, None, "HĐ 12/2026")
    assert rules.transfer_refused_because(rules.BY_DEBTOR, "Letter of 1 Dec", "HĐ 12/2026") is None


def test_transfer_refused_because_a_creditor_needs_no_consent_but_a_signed_document():
    assert rules.transfer_refused_because(rules.BY_CREDITOR, None, "HĐ 12/2026") is None
    assert "signed" in rules.transfer_refused_because(rules.BY_CREDITOR, None, None)
    assert rules.transfer_refused_because(rules.INHERITANCE, None, None) is None


def test_heirs_period_is_30_days_across_a_weekend_and_tet(law):
    length, used = rules.HEIRS_PERIOD.resolve(law.params, date(2026, 1, 17))
    assert (length, used.unit) == (30, "days")
    # 2026-01-17 + 30 days = Monday 2026-02-16, in Tết -> Monday 2026-02-23
    assert law.calendar.due_date(date(2026, 1, 17), 30, "days") == date(2026, 2, 23)
    # 2026-11-05 + 30 days = Saturday 2026-12-05 -> Monday 2026-12-07
    assert law.calendar.due_date(date(2026, 11, 5), 30, "days") == date(2026, 12, 7)


def test_heir_search_notice_lasts_3_months_across_a_weekend_and_tet(law):
    length, used = rules.HEIR_SEARCH_NOTICE.resolve(law.params, date(2025, 11, 17))
    assert (length, used.unit) == (3, "months")
    assert law.calendar.due_date(date(2025, 11, 17), 3, "months") == date(2026, 2, 23)
    assert law.calendar.due_date(date(2026, 9, 5), 3, "months") == date(2026, 12, 7)


def test_heir_search_notice_names_only_the_debtor_and_the_property():
    notice = rules.heir_search_notice("Trần Thị Bình", "house at 45 Kim Mã", date(2026, 12, 1),
                                      date(2027, 3, 1))
    assert notice["title"] == "Notice seeking the heirs of Trần Thị Bình"
    assert "2027-03-01" in notice["body"] and "45 Kim Mã" in notice["body"]
