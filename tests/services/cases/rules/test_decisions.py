"""Decisions on request and their notification (Law Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import decisions as rules


def test_decision_on_request_is_due_within_5_working_days(law):
    length, used = rules.DECISION_ON_REQUEST.resolve(law.params, date(2026, 2, 13))
    assert (length, used.unit) == (5, "working_days")
    # Friday before Tết 2026: the holiday week is skipped
    assert law.calendar.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 27)
    assert "Art. 36.1" in rules.DECISION_ON_REQUEST.article


def test_notify_decision_is_due_within_3_working_days(law):
    length, used = rules.NOTIFY_DECISION.resolve(law.params, date(2026, 11, 23))
    assert (length, used.unit) == (3, "working_days")
    assert law.calendar.due_date(date(2026, 11, 23), length, used.unit) == date(2026, 11, 27)
    assert "Art. 39.1" in rules.NOTIFY_DECISION.article


def test_decision_precedes_request():
    assert rules.decision_precedes_request(date(2026, 11, 19), date(2026, 11, 20))
    assert not rules.decision_precedes_request(date(2026, 11, 20), date(2026, 11, 20))
    assert not rules.decision_precedes_request(date(2026, 11, 23), date(2026, 11, 20))


def test_party_roles():
    def item(oid, debtor, creditor):
        return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor,
                               creditor_party_id=creditor)

    obligations = [item("O1", "P2", "P1"), item("O2", "P1", "P3"), item("O3", "P4", None)]
    # only the requested items count; a party keeps the first role found
    assert rules.party_roles(obligations, ["O1", "O2"]) == {
        "P2": "judgment_debtor", "P1": "judgment_creditor", "P3": "judgment_creditor"}
    # an item without a creditor names only its debtor
    assert rules.party_roles(obligations, ["O3"]) == {"P4": "judgment_debtor"}
    assert rules.party_roles(obligations, []) == {}
