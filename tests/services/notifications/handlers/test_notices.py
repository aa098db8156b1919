"""Notices, through the handlers with a real unit of work and no broker: the decision event
becomes one notice per party, audited; a reader sees only its own authority's notices."""
from datetime import date

import pytest

from shared.auth import Identity
from shared.events import new_envelope, validate_envelope
from tests.shared.test_events import PAYLOAD

from services.notifications.handlers.notices import list_notices, record_decision_notices

PARTIES = [
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
    {"party_id": "P1", "role": "judgment_creditor", "name": "Nguyễn A", "address": "Huế"},
    {"party_id": "P2", "role": "judgment_debtor", "name": "Trần B", "address": "Hà Nội"},
]


def decision_event(authority="HN-01", case_id="case-1", decision_id="d-1", parties=PARTIES):
    """The envelope as the event handler hands it over: verified and loaded."""
    payload = {**PAYLOAD, "decision_id": decision_id, "parties": parties}
    return validate_envelope(new_envelope("enforcement_decision.issued", payload,
                                          authority=authority, case_id=case_id))


@pytest.fixture
def env(handler_env):
    return handler_env("notifications", role="enforcement_officer", authority="HN-01")


def run(env, handler, data):
    with env.unit_of_work() as uow:
        return handler(data, uow, env.law, env.caller)


def test_record_decision_notices_one_per_party_due_by_notify_by(env):
    event = decision_event()
    recorded = run(env, record_decision_notices, event)
    assert len(recorded) == 2
    got = env.rows("SELECT authority, case_id, document_type, document_id, document_number, "
                   "party_id, party_role, recipient_name, channel, status, due_by, "
                   "source_event_id FROM notice ORDER BY party_id")
    assert [(n["party_id"], n["party_role"], n["recipient_name"]) for n in got] == [
        ("P1", "judgment_creditor", "Nguyễn A"), ("P2", "judgment_debtor", "Trần B")]
    for notice in got:
        assert (notice["authority"], notice["case_id"], notice["document_type"],
                notice["document_id"], notice["document_number"], notice["channel"],
                notice["status"], notice["due_by"], notice["source_event_id"]) == (
            "HN-01", "case-1", "enforcement_decision", "d-1", "1/QĐ", "direct", "pending",
            date(2026, 11, 27), event["event_id"])


def test_record_decision_notices_is_audited_with_its_articles(env):
    run(env, record_decision_notices, decision_event())
    assert env.rows("SELECT action, subject_type, subject_id, legal_basis "
                    "FROM platform_audit") == [{
        "action": "notices.recorded", "subject_type": "enforcement_decision",
        "subject_id": "d-1", "legal_basis": "Law Art. 39.1; Decree 62/2015 Art. 12.1"}]


def test_record_decision_notices_takes_the_authority_of_the_envelope_not_the_reader(env):
    # the notice belongs to the authority the (verified) event names, whoever the worker is
    env.act_as(Identity("system@cases", "enforcement_officer", "DN-03"))
    run(env, record_decision_notices, decision_event(authority="HN-01"))
    assert env.rows("SELECT DISTINCT authority FROM notice") == [{"authority": "HN-01"}]


def test_list_notices_returns_the_case_notices_by_party(env):
    run(env, record_decision_notices, decision_event())
    notices = run(env, list_notices, "case-1")
    assert [(n.party_id, n.status, n.due_by) for n in notices] == [
        ("P1", "pending", date(2026, 11, 27)), ("P2", "pending", date(2026, 11, 27))]


def test_list_notices_of_another_authority_reads_as_a_case_without_notices(env):
    """Issue 7 item 11: a foreign case answers exactly as an unknown one (nothing names the
    authority that owns it)."""
    run(env, record_decision_notices, decision_event())
    env.act_as(Identity("enforcement_officer@DN-03", "enforcement_officer", "DN-03"))
    assert run(env, list_notices, "case-1") == []
    assert run(env, list_notices, "no-such-case") == []


def test_list_notices_filters_every_row_not_only_the_first(env):
    """Issue 7 item 11: the authority of every notice is checked, not only the first one's.
    Notices of one case id under two authorities: each reader sees its own only."""
    run(env, record_decision_notices, decision_event(authority="HN-01", decision_id="d-1",
                                                     parties=PARTIES[1:2]))
    run(env, record_decision_notices, decision_event(authority="DN-03", decision_id="d-2",
                                                     parties=PARTIES[0:1]))
    assert [(n.party_id, n.authority) for n in run(env, list_notices, "case-1")] == [
        ("P1", "HN-01")]
    env.act_as(Identity("enforcement_officer@DN-03", "enforcement_officer", "DN-03"))
    assert [(n.party_id, n.authority) for n in run(env, list_notices, "case-1")] == [
        ("P2", "DN-03")]
