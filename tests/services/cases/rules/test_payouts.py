"""Paying out (Decree 62/2015 Art. 49.2-49.5): which methods the decree allows, and the limit
for remitting an unclaimed deposit to the State."""
from datetime import date

from services.cases.rules import payouts as rules

SALARY = 2_340_000


def refused(method, kind=rules.NATURAL_PERSON, amount=1_000_000, waited_out=True, **facts):
    return rules.method_refused_because(method, recipient_kind=kind, amount=amount,
                                        base_salary=SALARY, waited_out=waited_out, **facts)


def test_method_refused_because_natural_person_at_office_or_on_request_by_transfer():
    assert refused(rules.AT_OFFICE, waited_out=False) is None
    assert "asks for it" in refused(rules.BY_TRANSFER)
    assert refused(rules.BY_TRANSFER, account_given=True) is None


def test_method_refused_because_post_only_after_15_days_and_under_base_salary():
    assert "15 days" in refused(rules.BY_POST, waited_out=False)
    assert refused(rules.BY_POST, amount=SALARY - 1) is None
    assert "base salary" in refused(rules.BY_POST, amount=SALARY)
    assert "address" in refused(rules.BY_POST, address_known=False)


def test_method_refused_because_deposit_when_unknown_returned_or_large():
    assert refused(rules.DEPOSIT, address_known=False, waited_out=False) is None
    assert refused(rules.DEPOSIT, post_returned=True) is None
    assert refused(rules.DEPOSIT, amount=SALARY) is None
    assert "by post first" in refused(rules.DEPOSIT, amount=SALARY - 1)
    assert "15 days" in refused(rules.DEPOSIT, amount=SALARY, waited_out=False)


def test_method_refused_because_organisation_by_transfer_unless_representative_came():
    org = rules.ORGANISATION
    assert refused(rules.BY_TRANSFER, kind=org) is None
    assert "representative" in refused(rules.AT_OFFICE, kind=org)
    assert refused(rules.AT_OFFICE, kind=org, representative_came=True) is None
    assert "not paid by post" in refused(rules.BY_POST, kind=org)
    assert "not deposited" in refused(rules.DEPOSIT, kind=org)


def test_remittance_limit_five_years_from_effect_or_one_year_from_notice(law):
    limit, starts = rules.remittance_limit(date(2026, 10, 1), date(2026, 12, 1),
                                           date(2026, 12, 1), law)
    assert (limit, starts) == (rules.REMIT_AFTER_EFFECT, date(2026, 10, 1))
    limit, starts = rules.remittance_limit(date(2019, 10, 1), date(2026, 12, 1),
                                           date(2026, 12, 2), law)
    assert (limit, starts) == (rules.REMIT_AFTER_NOTICE, date(2026, 12, 2))


NOTE = {"delivered_at": "2026-12-02 09:30", "location": "Office of HN-01, 12 Lý Thường Kiệt",
        "litigants": ["Nguyễn Văn An", "Trần Thị Bình"], "delivered": "20,000,000 đồng in cash",
        "signed_by_litigants": True, "signed_by_officer": True,
        "commune_confirmation": "Xác nhận 5/UBND-P.Hàng Bài"}


def test_delivery_note_lacks_nothing_when_complete():
    assert rules.delivery_note_lacks(NOTE) == []


def test_delivery_note_lacks_each_element_of_article_49_4():
    lacking = rules.delivery_note_lacks({**NOTE, "litigants": ["Nguyễn Văn An"],
                                         "signed_by_officer": False,
                                         "commune_confirmation": None})
    assert lacking == ["litigants (Decree 62/2015 Art. 49.4)",
                       "officer's signature (Decree 62/2015 Art. 49.4)",
                       "commune confirmation (Decree 62/2015 Art. 49.4)"]
    assert len(rules.delivery_note_lacks(None)) == 7
