"""What notifications reports back, through the handler with a real unit of work and no broker:
a decision is notified when every notice of it is valid, and its notification deadline (Law
Art. 39.1) is met on the day the last became valid."""
from datetime import date

import pytest

from shared.errors import NotFound
from shared.events import new_envelope, validate_envelope

from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.handlers.notifications import record_notice_valid


def notice_valid(decision_id, case_id, authority="HN-01", valid_count=2, required_count=2,
                 notified_on="2026-11-26", document_type="enforcement_decision"):
    """``notice.valid`` as the event handler hands it over (verified, loaded)."""
    return validate_envelope(new_envelope("notice.valid", {
        "notice_id": "n-1", "document_type": document_type, "document_id": decision_id,
        "party_id": "P1", "party_role": "judgment_creditor", "channel": "direct",
        "outcome": "delivered", "valid_on": "2026-11-25", "required_count": required_count,
        "valid_count": valid_count, "document_notified_on": notified_on},
        authority=authority, case_id=case_id))


@pytest.fixture
def decided(cases):
    """A decision issued on Mon 23 Nov 2026: its notification is due Fri 27 Nov."""
    case = cases.opened()
    result = cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"], result["decision"].id


def notify_deadline(cases):
    [row] = cases.rows("SELECT status, due_on, met_on FROM platform_deadline "
                       "WHERE rule_id = 'law39.1-notify-decision'")
    return row


def test_record_notice_valid_meets_notify_decision_when_every_notice_is_valid(cases, decided):
    case_id, decision_id = decided
    met = cases.run(record_notice_valid, notice_valid(decision_id, case_id))
    assert (met.status, met.met_on, met.met_late) == ("met", date(2026, 11, 26), False)
    assert notify_deadline(cases) == {"status": "met", "due_on": date(2026, 11, 27),
                                      "met_on": date(2026, 11, 26)}
    [audit] = cases.rows("SELECT action, subject_id, legal_basis, details FROM platform_audit "
                         "WHERE action = 'enforcement_decision.notified'")
    assert (audit["subject_id"], audit["details"]["notified_on"], audit["details"]["late"]) == (
        decision_id, "2026-11-26", False)
    assert "Art. 39.1" in audit["legal_basis"]


def test_record_notice_valid_leaves_the_deadline_open_while_a_notice_is_owed(cases, decided):
    case_id, decision_id = decided
    assert cases.run(record_notice_valid, notice_valid(decision_id, case_id, valid_count=1,
                                                       notified_on=None)) is None
    assert notify_deadline(cases)["status"] == "open"


def test_record_notice_valid_after_the_due_day_is_met_late(cases, decided):
    case_id, decision_id = decided
    met = cases.run(record_notice_valid, notice_valid(decision_id, case_id,
                                                      notified_on="2026-12-02"))
    assert met.met_late
    assert notify_deadline(cases) == {"status": "met", "due_on": date(2026, 11, 27),
                                      "met_on": date(2026, 12, 2)}


def test_record_notice_valid_of_another_document_changes_nothing(cases, decided):
    case_id, decision_id = decided
    assert cases.run(record_notice_valid, notice_valid(
        decision_id, case_id, document_type="enforcement_request_refusal")) is None
    assert notify_deadline(cases)["status"] == "open"


def test_record_notice_valid_of_an_unknown_decision_is_not_found(cases, decided):
    case_id, _ = decided
    with pytest.raises(NotFound):
        cases.run(record_notice_valid, notice_valid("no-such-decision", case_id))


def test_record_notice_valid_for_another_authority_is_not_found(cases, decided):
    """Jurisdiction from cases' own record (the deadline owed), not from the envelope."""
    case_id, decision_id = decided
    with pytest.raises(NotFound):
        cases.run(record_notice_valid, notice_valid(decision_id, case_id, authority="DN-03"))
    assert notify_deadline(cases)["status"] == "open"
