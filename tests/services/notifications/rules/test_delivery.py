"""A delivery attempt, its outcome, and when a notice and a document become valid (Law Art. 39.1,
40; Decree 62/2015 Art. 12.4)."""
from datetime import date

import pytest

from services.notifications.rules import delivery as rules
from services.notifications.rules.lifecycle import NoticeStatus

ISSUED = date(2026, 11, 23)


def test_makes_valid_delivered_and_a_refusal_with_a_witness_but_not_a_failure():
    """Decree Art. 12.4: a refusal recorded with a witness is valid delivery."""
    assert rules.makes_valid(rules.DELIVERED)
    assert rules.makes_valid(rules.REFUSED_WITH_WITNESS)
    assert not rules.makes_valid(rules.FAILED)


def test_status_after_an_attempt():
    assert rules.status_after("delivered") == NoticeStatus.VALID
    assert rules.status_after("refused_with_witness") == NoticeStatus.VALID
    assert rules.status_after("failed") == NoticeStatus.ATTEMPT_FAILED


def test_legal_basis_of_each_outcome_cites_its_article():
    assert "Art. 12.4" in rules.legal_basis_of("refused_with_witness")
    assert "Art. 40" in rules.legal_basis_of("delivered")
    assert "still owed" in rules.legal_basis_of("failed")


@pytest.mark.parametrize("witness", [None, "", "   "])
def test_attempt_problems_a_refusal_needs_a_witness(witness):
    assert rules.attempt_problems("refused_with_witness", witness, ISSUED, ISSUED) == {
        "witness_name": ["a refusal is valid only with a witness (Decree Art. 12.4)"]}


def test_attempt_problems_none_for_a_witnessed_refusal_or_a_delivery():
    assert rules.attempt_problems("refused_with_witness", "Lê C", ISSUED, ISSUED) == {}
    assert rules.attempt_problems("delivered", None, date(2026, 11, 25), ISSUED) == {}
    assert rules.attempt_problems("failed", None, date(2026, 11, 25), None) == {}


def test_attempt_problems_an_attempt_before_the_document_was_issued():
    """Law Art. 39.1: a document is notified after its issue."""
    assert rules.attempt_problems("delivered", None, date(2026, 11, 22), ISSUED) == {
        "delivered_on": ["before the document was issued"]}


def test_notified_on_is_the_day_the_last_notice_became_valid():
    """Law Art. 39.1: notified to each person; the document is notified when the last is."""
    assert rules.notified_on([date(2026, 11, 26), date(2026, 11, 24)]) == date(2026, 11, 26)
    assert rules.notified_on([date(2026, 11, 24)]) == date(2026, 11, 24)


def test_notified_on_none_while_any_notice_is_not_valid():
    assert rules.notified_on([date(2026, 11, 24), None]) is None
    assert rules.notified_on([]) is None


def test_valid_on_a_delivery_or_a_witnessed_refusal_is_the_day_itself(law):
    day = date(2026, 11, 25)
    assert rules.valid_on("delivered", day, law.params, law.calendar) == (day, [])
    assert rules.valid_on("refused_with_witness", day, law.params, law.calendar) == (day, [])
    assert rules.valid_on("failed", day, law.params, law.calendar) == (None, [])


def test_valid_on_a_public_posting_is_the_end_of_its_10_days(law):
    """Law Art. 42: posted for 10 days from the posting. Mon 23 Nov 2026 + 10 days: Thu 3 Dec."""
    day, used = rules.valid_on("posted", date(2026, 11, 23), law.params, law.calendar)
    assert day == date(2026, 12, 3)
    assert [(u["key"], u["value"], u["unit"], u["confidence"]) for u in used] == [
        ("public_posting_days", 10, "days", "medium")]
    assert "Art. 42" in rules.PUBLIC_POSTING_PERIOD.article


def test_valid_on_a_public_posting_ending_on_a_weekend(law):
    # Wed 18 Nov 2026 + 10 days = Sat 28 Nov: rolls to Mon 30 Nov (Civil Code Art. 148)
    assert rules.valid_on("posted", date(2026, 11, 18), law.params,
                          law.calendar)[0] == date(2026, 11, 30)


def test_valid_on_a_public_posting_ending_in_tet_2026(law):
    # Fri 6 Feb 2026 + 10 days = Mon 16 Feb, Tết (16-20 Feb): rolls to Mon 23 Feb
    assert rules.valid_on("posted", date(2026, 2, 6), law.params,
                          law.calendar)[0] == date(2026, 2, 23)


def test_status_after_a_public_posting_is_posted():
    assert rules.status_after("posted") == NoticeStatus.POSTED
    assert rules.makes_valid("posted")
    assert "Art. 42" in rules.legal_basis_of("posted")


def test_attempt_problems_a_posting_is_recorded_as_posted_on_the_posting_channel():
    assert rules.attempt_problems("delivered", None, ISSUED, ISSUED,
                                  channel="public_posting", notice_channel="public_posting") == {
        "outcome": ["a public posting is recorded as posted and a mass media "
                    "publication as published, and only as that"]}
    assert list(rules.attempt_problems("posted", None, ISSUED, ISSUED, channel="direct")) == [
        "outcome"]


def test_attempt_problems_public_posting_only_for_an_unknown_address_or_after_a_failure():
    """Law Art. 42."""
    assert rules.attempt_problems("posted", None, ISSUED, ISSUED, channel="public_posting",
                                  notice_channel="public_posting") == {}
    assert rules.attempt_problems("posted", None, ISSUED, ISSUED, channel="public_posting",
                                  notice_channel="direct",
                                  status=NoticeStatus.ATTEMPT_FAILED) == {}
    assert list(rules.attempt_problems("posted", None, ISSUED, ISSUED, channel="public_posting",
                                       notice_channel="direct")) == ["channel"]


def test_legal_basis_of_a_delivery_to_a_relative_of_an_absent_person():
    """Law Art. 40.2; Decree Art. 12.2: left with a relative, the person being absent."""
    assert rules.legal_basis_of("delivered", "Nguyễn Thị E (vợ)") == rules.VALID_TO_RELATIVE
    assert "Art. 12.2" in rules.VALID_TO_RELATIVE
    assert rules.legal_basis_of("delivered", None) == rules.VALID_DELIVERY


def test_attempt_problems_a_relative_receives_only_a_delivery_in_person_or_by_post():
    assert rules.attempt_problems("delivered", None, ISSUED, ISSUED,
                                  relative_name="Nguyễn Thị E") == {}
    assert list(rules.attempt_problems("failed", None, ISSUED, ISSUED,
                                       relative_name="Nguyễn Thị E")) == ["relative_name"]


def test_attempt_problems_mass_media_is_recorded_as_published_for_an_unknown_address():
    """Law Art. 43; Decree Art. 12.5."""
    assert rules.attempt_problems("published", None, ISSUED, ISSUED, channel="mass_media",
                                  notice_channel="public_posting") == {}
    assert list(rules.attempt_problems("published", None, ISSUED, ISSUED, channel="mass_media",
                                       notice_channel="direct")) == ["channel"]
    assert list(rules.attempt_problems("posted", None, ISSUED, ISSUED, channel="mass_media",
                                       notice_channel="public_posting")) == ["outcome"]


def test_valid_on_a_mass_media_publication_is_the_publication_day(law):
    assert rules.makes_valid("published")
    assert rules.status_after("published") == NoticeStatus.VALID
    assert rules.valid_on("published", ISSUED, law.params, law.calendar) == (ISSUED, [])
    assert "Art. 43" in rules.legal_basis_of("published")


def test_attempt_problems_a_return_receipt_belongs_to_a_postal_delivery_only():
    """Decree Art. 12.1(b): the postman's return receipt proves a delivery by post."""
    assert rules.attempt_problems("delivered", None, ISSUED, ISSUED, channel="post",
                                  return_receipt="RR 0123 4567 VN") == {}
    assert list(rules.attempt_problems("delivered", None, ISSUED, ISSUED, channel="direct",
                                       return_receipt="RR 0123 4567 VN")) == ["return_receipt"]
