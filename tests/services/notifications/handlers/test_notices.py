"""Notices, through the handlers with a real unit of work and no broker: the decision event
becomes one notice per person to notify (litigants and persons with related rights and
obligations), by the initial channel its address calls for, each owing its delivery; audited;
a reader sees only its own authority's notices."""
from datetime import date

import pytest

from shared.auth import Identity

from services.notifications.handlers.notices import list_notices, record_decision_notices
from tests.services.notifications.handlers.conftest import PARTIES, decision_event


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
    initial = {"channel": "direct", "initial": True,
               "legal_basis": "Decree 62/2015 Art. 12.1; Law Art. 40-42 (initial notification)"}
    channels = env.rows("SELECT details FROM platform_audit")[0]["details"]["channels"]
    assert {p: {k: c[k] for k in initial} for p, c in channels.items()} == {
        "P1": initial, "P2": initial}
    # the decision's notify_by is the due day; the period counted is kept with its parameter
    assert {(c["due_by"], c["period"]["due_on"], c["period"]["parameters_used"][0]["key"])
            for c in channels.values()} == {
        ("2026-11-27", "2026-11-27", "notice_delivery_working_days")}


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


RELATED = {"party_id": "P3", "role": "related_party", "name": "Phạm C", "address": "Đà Nẵng"}


def test_record_decision_notices_notifies_a_person_with_related_rights_and_obligations(env):
    """Decree Art. 12.1: litigants *and* persons with related rights and obligations."""
    run(env, record_decision_notices, decision_event(parties=[*PARTIES, RELATED]))
    assert env.rows("SELECT party_id, party_role, recipient_name, channel, status FROM notice "
                    "ORDER BY party_id") == [
        {"party_id": "P1", "party_role": "judgment_creditor", "recipient_name": "Nguyễn A",
         "channel": "direct", "status": "pending"},
        {"party_id": "P2", "party_role": "judgment_debtor", "recipient_name": "Trần B",
         "channel": "direct", "status": "pending"},
        {"party_id": "P3", "party_role": "related_party", "recipient_name": "Phạm C",
         "channel": "direct", "status": "pending"}]


@pytest.mark.parametrize("address", ["", "unknown", "Không rõ địa chỉ"])
def test_record_decision_notices_posts_publicly_to_a_person_of_unknown_address(env, address):
    """Decree Art. 12.1 with Law Art. 42: the initial notice is public posting when the address
    is unknown, direct delivery otherwise."""
    parties = [PARTIES[1], {**PARTIES[0], "address": address}]
    run(env, record_decision_notices, decision_event(parties=parties))
    assert env.rows("SELECT party_id, channel FROM notice ORDER BY party_id") == [
        {"party_id": "P1", "channel": "direct"}, {"party_id": "P2", "channel": "public_posting"}]


def test_record_decision_notices_owes_each_delivery_within_3_working_days_of_issue(env):
    """Law Art. 39.1: Mon 23 Nov 2026 + 3 working days, 24 Nov (a holiday) skipped: 27 Nov."""
    run(env, record_decision_notices, decision_event())
    notices = {n["id"]: n["party_id"] for n in env.rows("SELECT id, party_id FROM notice")}
    owed = env.rows("SELECT rule_id, article, authority, case_id, subject_type, subject_id, "
                    "starts_on, length, unit, due_on, status, parameters_used "
                    "FROM platform_deadline ORDER BY id")
    assert sorted(notices[d["subject_id"]] for d in owed) == ["P1", "P2"]
    for d in owed:
        assert (d["rule_id"], d["authority"], d["case_id"], d["subject_type"], d["starts_on"],
                d["length"], d["unit"], d["due_on"], d["status"]) == (
            "law39.1-deliver-notice", "HN-01", "case-1", "notice", date(2026, 11, 23), 3,
            "working_days", date(2026, 11, 27), "open")
        assert d["parameters_used"][0]["key"] == "notice_delivery_working_days"
        assert "Art. 39.1" in d["article"]


def test_record_decision_notices_delivery_deadline_across_a_weekend(env):
    run(env, record_decision_notices, decision_event(issued_on="2026-11-26",
                                                     notify_by="2026-12-01"))
    assert {d["due_on"] for d in env.rows("SELECT due_on FROM platform_deadline")} == {
        date(2026, 12, 1)}  # Thu 26 Nov: Fri 27, Mon 30, Tue 1 Dec


def test_record_decision_notices_delivery_deadline_across_tet_2026(env):
    run(env, record_decision_notices, decision_event(issued_on="2026-02-13",
                                                     notify_by="2026-02-25"))
    assert {d["due_on"] for d in env.rows("SELECT due_on FROM platform_deadline")} == {
        date(2026, 2, 25)}  # Fri 13 Feb: Tết 16-20 Feb skipped -> 23, 24, 25 Feb


def test_record_decision_notices_announces_each_notice_without_personal_data(env):
    run(env, record_decision_notices, decision_event(parties=[*PARTIES, RELATED]))
    notices = {n["id"]: n["party_id"] for n in env.rows("SELECT id, party_id FROM notice")}
    events = env.rows("SELECT routing_key, envelope FROM platform_outbox ORDER BY id")
    assert {e["routing_key"] for e in events} == {"notice.recorded"}
    payloads = sorted((e["envelope"]["payload"] for e in events), key=lambda p: p["party_id"])
    assert [(notices[p["notice_id"]], p["party_role"], p["channel"], p["due_by"],
             p["document_id"]) for p in payloads] == [
        ("P1", "judgment_creditor", "direct", "2026-11-27", "d-1"),
        ("P2", "judgment_debtor", "direct", "2026-11-27", "d-1"),
        ("P3", "related_party", "direct", "2026-11-27", "d-1")]
    assert all(e["envelope"]["case_id"] == "case-1" for e in events)
    assert not any("name" in p or "address" in p for p in payloads)
