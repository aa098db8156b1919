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
