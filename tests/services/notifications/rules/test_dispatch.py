"""Delivery as a process: what follows a failed send, and the basis of an electronic delivery
(Decree 62/2015 Art. 12.1-12.2)."""
from services.notifications.rules import dispatch as rules


def test_after_failure_retries_a_transient_failure_while_tries_remain():
    assert rules.after_failure(1, 3, permanent=False) == rules.RETRY
    assert rules.after_failure(2, 3, permanent=False) == rules.RETRY


def test_after_failure_escalates_on_the_last_try_or_a_permanent_refusal():
    assert rules.after_failure(3, 3, permanent=False) == rules.ESCALATE
    assert rules.after_failure(1, 3, permanent=True) == rules.ESCALATE


def test_retry_delay_seconds_doubles_up_to_the_cap():
    assert [rules.retry_delay_seconds(t, 30, 100) for t in (1, 2, 3, 4)] == [30, 60, 100, 100]


def test_electronic_delivery_basis_cites_consent_or_request():
    assert "Art. 12.1" in rules.electronic_delivery_basis("vneid")
    assert "Art. 12.2" in rules.electronic_delivery_basis("email")
