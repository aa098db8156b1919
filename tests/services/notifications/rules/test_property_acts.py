"""Which act of ``property`` is notified, as which document, from which day, to whom (Law
Art. 39.1; Decree 62/2015 Art. 12.1, 17, 24-27): ``rules.property_acts``."""
from datetime import date

import pytest

from services.notifications.rules import notices
from services.notifications.rules import property_acts as rules

SEIZED = {"seizure_id": "s-1", "outcome": "seized", "decided_on": date(2026, 11, 27)}


def test_seizure_act_a_seizure_is_notified_from_its_day():
    """Decree Art. 24; Law Art. 87."""
    act = rules.seizure_act("seized")
    assert (act.document_type, act.id_field, act.issued_on_field) == (
        "seizure_decision", "seizure_id", "decided_on")
    assert "Art. 24" in act.legal_basis and "Law Art. 39.1" in act.legal_basis


def test_seizure_act_a_refusal_to_seize_is_notified_as_a_refusal():
    assert rules.seizure_act("refused").document_type == rules.SEIZURE_REFUSAL


def test_seizure_act_the_mortgagee_notified_is_not_a_notice_to_the_parties():
    """Decree Art. 24.3: the officer writes to the mortgagee, whom the event does not name."""
    assert rules.seizure_act("mortgagee_notified") is None


@pytest.mark.parametrize("outcome, document_type", [
    ("accepted", "revaluation_decision"), ("refused", "revaluation_refusal")])
def test_revaluation_act_the_decision_and_the_refusal_are_both_notified(outcome,
                                                                        document_type):
    """Decree Art. 17.1-17.2: the request is decided the day it is recorded."""
    act = rules.revaluation_act(outcome)
    assert (act.document_type, act.issued_on_field) == (document_type, "requested_on")
    assert "Art. 17.1" in act.legal_basis


@pytest.mark.parametrize("event_type, payload, document_type, id_field, day_field", [
    ("seizure.decided", SEIZED, "seizure_decision", "seizure_id", "decided_on"),
    ("valuation.recorded", {}, "valuation_result", "valuation_id", "valued_on"),
    ("revaluation.decided", {"outcome": "refused"}, "revaluation_refusal", "request_id",
     "requested_on"),
    ("auction.announced", {}, "auction_announcement", "auction_id", "posted_on"),
    ("auction.failed", {}, "auction_failure", "auction_id", "failed_on"),
    ("auction.cancelled", {}, "auction_cancellation", "auction_id", "cancelled_on"),
])
def test_document_of_each_consumed_property_event(event_type, payload, document_type,
                                                  id_field, day_field):
    act = rules.document_of(event_type, payload)
    assert (act.document_type, act.id_field, act.issued_on_field) == (
        document_type, id_field, day_field)
    assert event_type in rules.CONSUMED


def test_document_of_an_event_that_needs_no_notice_is_none():
    assert rules.document_of("auction.paid_out", {}) is None
    assert rules.document_of("seizure.decided", {**SEIZED, "outcome": "mortgagee_notified"}) \
        is None


@pytest.mark.parametrize("event_type, article", [
    ("valuation.recorded", "Law Art. 98-99"), ("auction.announced", "Law Art. 101"),
    ("auction.failed", "Law Art. 104"), ("auction.cancelled", "Art. 27.3, 27.5")])
def test_document_of_cites_the_act_s_article_and_law_art_39(event_type, article):
    basis = rules.document_of(event_type, {}).legal_basis
    assert article in basis and "Law Art. 39.1; Decree 62/2015 Art. 12.1" in basis


def test_recipients_of_act_are_the_litigants_and_the_related_persons():
    """Law Art. 39.1; Decree Art. 12.1; the co-owners of Art. 27.1 as related persons."""
    parties = [{"party_id": "P1", "role": "judgment_creditor"},
               {"party_id": "P2", "role": "judgment_debtor"},
               {"party_id": "P3", "role": "related_party"},
               {"party_id": "X", "role": "requester"}]
    assert [p["party_id"] for p in rules.recipients_of_act(parties)] == ["P1", "P2", "P3"]
    assert set(notices.NOTIFIED_ROLES) == {"judgment_creditor", "judgment_debtor",
                                           "related_party"}


@pytest.mark.parametrize("issued_on, due_on", [
    # Friday: Saturday and Sunday are not counted (Law Art. 39.1, 3 working days)
    (date(2026, 11, 27), date(2026, 12, 2)),
    # Friday before the lunar new year 2026 (17 February): the Tết holiday is not counted
    (date(2026, 2, 13), date(2026, 2, 25)),
])
def test_notice_delivery_of_a_property_act_across_a_weekend_and_tet(law, issued_on, due_on):
    """A property act's notice owes the general period of Law Art. 39.1 (no other is in our
    sources) from the act's day."""
    length, used = notices.NOTICE_DELIVERY.resolve(law.params, issued_on)
    assert law.calendar.due_date(issued_on, length, used.unit) == due_on
