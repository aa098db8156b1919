"""Who is notified, by which channel first, and within what time (Law Art. 39-42; Decree
62/2015 Art. 12.1)."""
from datetime import date

import pytest

from services.notifications.rules import notices as rules


@pytest.mark.parametrize("address", ["12 Tràng Tiền, Hà Nội", "Huế", "  Thôn 3, xã Đông Anh "])
def test_initial_channel_is_direct_delivery_when_the_address_is_known(address):
    assert rules.initial_channel(address) == rules.DIRECT == "direct"


@pytest.mark.parametrize("address", ["", "   ", None, "unknown", "UNKNOWN", " Không rõ ",
                                     "không rõ địa chỉ", "Chưa rõ địa chỉ", "không xác định",
                                     # decomposed (NFD) Vietnamese reads as the same marker
                                     "kho\u0302ng ro\u0303"])
def test_initial_channel_is_public_posting_when_the_address_is_unknown(address):
    """Law Art. 42 via Decree Art. 12.1: the initial notice to a person of unknown address."""
    assert rules.initial_channel(address) == rules.PUBLIC_POSTING == "public_posting"


def test_address_unknown_only_for_blank_or_a_marker():
    assert rules.address_unknown("")
    assert rules.address_unknown("unknown")
    # an address that merely contains the word is still an address (Decree Art. 12.3)
    assert not rules.address_unknown("Ngõ không rõ tên, Hà Nội")
    assert not rules.address_unknown("Hà Nội")


def test_recipients_of_decision_get_one_notice_each():
    parties = [{"party_id": "P1", "role": "judgment_creditor"},
               {"party_id": "P2", "role": "judgment_debtor"},
               {"party_id": "P1", "role": "judgment_creditor"}]
    assert [p["party_id"] for p in rules.recipients_of_decision(parties)] == ["P1", "P2"]


def test_recipients_of_decision_include_persons_with_related_rights_and_obligations():
    """Decree Art. 12.1: litigants *and* persons with related rights and obligations."""
    parties = [{"party_id": "P1", "role": "judgment_creditor"},
               {"party_id": "P2", "role": "judgment_debtor"},
               {"party_id": "P3", "role": "related_party"}]
    assert [(p["party_id"], p["role"]) for p in rules.recipients_of_decision(parties)] == [
        ("P1", "judgment_creditor"), ("P2", "judgment_debtor"), ("P3", "related_party")]


def test_recipients_of_decision_skip_a_role_the_law_does_not_name():
    parties = [{"party_id": "P1", "role": "judgment_creditor"},
               {"party_id": "X", "role": "witness"}]
    assert [p["party_id"] for p in rules.recipients_of_decision(parties)] == ["P1"]


def test_notice_delivery_is_due_within_3_working_days(law):
    length, used = rules.NOTICE_DELIVERY.resolve(law.params, date(2026, 11, 23))
    assert (length, used.unit, used.key) == (3, "working_days", "notice_delivery_working_days")
    assert "Art. 39.1" in rules.NOTICE_DELIVERY.article and used.confidence == "high"
    # Mon 23 Nov 2026: Tue 24 Nov (Vietnam Culture Day) is not counted -> Fri 27 Nov
    assert law.calendar.due_date(date(2026, 11, 23), length, used.unit) == date(2026, 11, 27)


def test_notice_delivery_across_a_weekend(law):
    length, used = rules.NOTICE_DELIVERY.resolve(law.params, date(2026, 11, 26))
    # Thu 26 Nov: Fri 27, (Sat 28, Sun 29 skipped) Mon 30, Tue 1 Dec
    assert law.calendar.due_date(date(2026, 11, 26), length, used.unit) == date(2026, 12, 1)


def test_notice_delivery_across_tet_2026(law):
    length, used = rules.NOTICE_DELIVERY.resolve(law.params, date(2026, 2, 13))
    # Fri 13 Feb 2026: the weekend and Tết (16-20 Feb) skipped -> 23, 24, 25 Feb
    assert law.calendar.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 25)
