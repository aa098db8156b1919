"""Which measure and agreement acts are notified, as which document, from which day (Law
Art. 39.1; Decree 62/2015 Art. 5, 9, 13, 19-23): ``rules.other_acts``."""
from datetime import date, datetime, timezone

import pytest

from services.notifications.rules import other_acts as rules


def test_measure_act_a_decided_measure_is_notified_as_a_decision():
    """Decree Art. 13, 19-23; Law Art. 39.1."""
    act = rules.measure_act("decided")
    assert (act.document_type, act.id_field, act.issued_on_field) == (
        "measure_decision", "measure_id", None)
    assert "Art. 13, 19-23" in act.legal_basis and "Law Art. 39.1" in act.legal_basis


def test_measure_act_a_refused_measure_is_notified_as_a_refusal():
    """Decree Art. 13.1-13.2; Law Art. 46: the refusal is a decision with its reasons."""
    act = rules.measure_act("refused")
    assert act.document_type == rules.MEASURE_REFUSAL
    assert "Art. 13.1-13.2" in act.legal_basis and "Law Art. 46" in act.legal_basis


@pytest.mark.parametrize("event_type, payload, document_type", [
    ("measure.decided", {"status": "decided"}, "measure_decision"),
    ("measure.decided", {"status": "refused"}, "measure_refusal"),
    ("enforcement.terminated_by_agreement", {}, "agreement_termination_decision")])
def test_document_of_each_consumed_event(event_type, payload, document_type):
    assert rules.document_of(event_type, payload).document_type == document_type


def test_document_of_the_termination_by_agreement_counts_from_its_decision_day():
    """Decree Art. 5.3; Law Art. 50.1(c)."""
    act = rules.document_of("enforcement.terminated_by_agreement", {})
    assert (act.id_field, act.issued_on_field) == ("agreement_id", "decided_on")
    assert "Art. 5.3" in act.legal_basis and "Law Art. 50.1(c)" in act.legal_basis


@pytest.mark.parametrize("event_type", sorted(rules.NOT_NOTIFIED))
def test_document_of_an_event_no_source_requires_notified_is_none(event_type):
    """Decree Art. 5.1-5.4, 9, 13.7, 23.1: each has its reason, citing its article."""
    assert rules.document_of(event_type, {"status": "decided"}) is None
    assert "Art." in rules.NOT_NOTIFIED[event_type]


def test_document_of_consumed_and_not_notified_events_are_apart():
    consumed = {t for types in rules.CONSUMED.values() for t in types}
    assert consumed.isdisjoint(rules.NOT_NOTIFIED)


def test_issued_on_of_a_measure_is_the_vietnamese_day_of_its_event():
    """Law Art. 39.1: 23:30 UTC on Fri 27 Nov 2026 is already Sat 28 Nov in Vietnam."""
    late = datetime(2026, 11, 27, 23, 30, tzinfo=timezone.utc)
    assert rules.issued_on_of(rules.MEASURE, {}, late) == date(2026, 11, 28)


def test_issued_on_of_a_termination_is_its_decision_day():
    decided = date(2026, 11, 27)
    assert rules.issued_on_of(rules.TERMINATION_BY_AGREEMENT, {"decided_on": decided},
                              datetime(2026, 12, 1, tzinfo=timezone.utc)) == decided
