"""A person's channels through the handlers with a real unit of work and no broker: consent to
VNeID / the portal and requests for e-mail / fax recorded, dated, withdrawn; the notices of a
later document follow them once the initial notification was made; a reported address replaces
the last known one (Decree 62/2015 Art. 12.1-12.3)."""
from datetime import date

import pytest

from shared.auth import Identity
from shared.errors import NotFound, RetryLater, ValidationError
from shared.events import new_envelope, validate_envelope

from services.notifications.handlers.consent import list_consents
from services.notifications.handlers.notices import record_resumption_notices
from tests.services.notifications.handlers.conftest import PARTIES

RELATED = {"party_id": "P3", "role": "related_party", "name": "Phạm C", "address": "Đà Nẵng"}


def events(notif, key):
    return [o["envelope"] for o in notif.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{key}' ORDER BY id")]


def notified(notif):
    """The decision notified to each of its parties (the initial notification made)."""
    notices = notif.decision(parties=[*PARTIES, RELATED])
    for notice in notices.values():
        notif.deliver(notice.id, on="2026-11-25")
    return notices


def test_record_consent_is_dated_audited_and_announced(notif):
    consent = notif.consent("P1", "vneid", given_on="2026-11-20")
    assert notif.rows("SELECT authority, party_id, channel, given_on, withdrawn_on, legal_basis, "
                      "recorded_by FROM channel_consent") == [{
        "authority": "HN-01", "party_id": "P1", "channel": "vneid",
        "given_on": date(2026, 11, 20), "withdrawn_on": None,
        "legal_basis": "Decree 62/2015 Art. 12.1 (consent to VNeID)",
        "recorded_by": "enforcement_officer@HN-01"}]
    [event] = events(notif, "consent.recorded")
    assert event["payload"] == {"consent_id": consent.id, "party_id": "P1", "channel": "vneid",
                                "given_on": "2026-11-20"}
    assert notif.rows("SELECT action, subject_id, legal_basis FROM platform_audit") == [{
        "action": "consent.recorded", "subject_id": "P1",
        "legal_basis": "Decree 62/2015 Art. 12.1 (consent to VNeID)"}]


def test_record_consent_an_email_request_needs_the_address_and_writes_nothing(notif):
    with pytest.raises(ValidationError) as raised:
        notif.consent("P1", "email")
    assert list(raised.value.fields) == ["contact"]
    assert notif.rows("SELECT id FROM channel_consent") == []


def test_withdraw_consent_dates_the_withdrawal_once(notif):
    consent = notif.consent("P1")
    notif.withdraw(consent.id, "2026-11-26")
    assert notif.rows("SELECT withdrawn_on, withdrawn_by FROM channel_consent") == [
        {"withdrawn_on": date(2026, 11, 26), "withdrawn_by": "enforcement_officer@HN-01"}]
    assert events(notif, "consent.withdrawn")[0]["payload"]["withdrawn_on"] == "2026-11-26"
    with pytest.raises(ValidationError) as raised:
        notif.withdraw(consent.id, "2026-11-27")
    assert list(raised.value.fields) == ["consent_id"]


def test_withdraw_consent_of_another_authority_is_not_found(notif):
    consent = notif.consent("P1")
    notif.as_("enforcement_officer", "DN-03")
    with pytest.raises(NotFound):
        notif.withdraw(consent.id, "2026-11-26")


def test_the_first_notice_is_direct_even_with_consent(notif):
    """Decree Art. 12.1: consent applies from the subsequent notification on."""
    notif.consent("P1")
    notices = notif.decision()
    assert (notices["P1"].channel, notices["P1"].initial) == ("direct", True)


def test_a_later_notice_goes_by_vneid_with_consent_and_directly_without(notif):
    notified(notif)
    notif.consent("P1", "vneid")
    notif.consent("P3", "email", contact="c@example.vn")
    later = notif.lacking()
    assert {p: (n.channel, n.initial, n.contact, n.document_type) for p, n in later.items()} == {
        "P1": ("vneid", False, None, "lacking_conditions_decision"),
        "P2": ("direct", False, None, "lacking_conditions_decision"),
        "P3": ("email", False, "c@example.vn", "lacking_conditions_decision")}
    [audit] = notif.rows("SELECT details FROM platform_audit "
                         "WHERE subject_type = 'lacking_conditions_decision'")
    assert audit["details"]["channels"]["P1"]["legal_basis"] == (
        "Decree 62/2015 Art. 12.1 (consent to VNeID)")


def test_a_later_notice_before_the_initial_one_was_valid_is_still_initial(notif):
    notif.decision()
    notif.consent("P1", "vneid")
    later = notif.lacking()
    assert (later["P1"].channel, later["P1"].initial) == ("direct", True)


def test_a_later_notice_after_withdrawal_goes_directly(notif):
    notified(notif)
    consent = notif.consent("P1", "vneid")
    notif.withdraw(consent.id, "2026-11-28")
    assert notif.lacking(decided_on="2026-11-30")["P1"].channel == "direct"


def test_a_later_notice_goes_to_the_reported_address(notif):
    """Decree Art. 12.3: the last known address until the person reports a new one."""
    notified(notif)
    notif.report_address("P2", "45 Lê Lợi, Đà Nẵng", "2026-11-26")
    later = notif.lacking()
    assert later["P2"].recipient_address == "45 Lê Lợi, Đà Nẵng"
    assert later["P1"].recipient_address == "Huế"
    assert events(notif, "address.reported")[0]["payload"] == {
        "party_id": "P2", "reported_on": "2026-11-26"}


def test_record_lacking_conditions_notices_owes_delivery_across_a_weekend(notif):
    """Law Art. 39.1: 3 working days from Friday 2026-11-27 end on Wednesday 2 December."""
    notified(notif)
    later = notif.lacking(decided_on="2026-11-27")
    assert {n.due_by for n in later.values()} == {date(2026, 12, 2)}


def test_record_lacking_conditions_notices_owes_delivery_across_the_lunar_new_year(notif):
    """Law Art. 39.1: from Friday 2026-02-13 the Tết week does not count: due 2026-02-25."""
    notif.decision(issued_on="2026-02-12", notify_by="2026-02-24")
    later = notif.lacking(decided_on="2026-02-13")
    assert {n.due_by for n in later.values()} == {date(2026, 2, 25)}
    assert notif.rows(f"SELECT due_on FROM platform_deadline "
                      f"WHERE subject_id = '{later['P1'].id}'") == [{"due_on": date(2026, 2, 25)}]


def test_record_lacking_conditions_notices_before_the_decisions_notices_retries_later(notif):
    with pytest.raises(RetryLater):
        notif.lacking()
    assert notif.rows("SELECT id FROM notice") == []


def test_record_delivery_to_a_relative_of_an_absent_person_is_valid(notif):
    """Law Art. 40.2; Decree Art. 12.2."""
    notices = notif.decision()
    notice = notif.deliver(notices["P2"].id,
                           relative_name="Trần Thị E (vợ)")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 25))
    assert notif.rows("SELECT relative_name, legal_basis FROM delivery_attempt") == [{
        "relative_name": "Trần Thị E (vợ)",
        "legal_basis": "Law Art. 40.2; Decree 62/2015 Art. 12.2 (the person absent, "
                       "delivered to a relative)"}]


def test_record_delivery_by_mass_media_for_an_unknown_address_is_valid_that_day(notif):
    """Law Art. 43; Decree Art. 12.5."""
    unknown = {**RELATED, "address": "không rõ"}
    notices = notif.decision(parties=[*PARTIES, unknown])
    notice = notif.deliver(notices["P3"].id, channel="mass_media", outcome="published",
                           on="2026-11-26")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 26))
    [event] = events(notif, "notice.valid")
    assert (event["payload"]["outcome"], event["payload"]["channel"]) == (
        "published", "mass_media")


def test_list_consents_shows_the_callers_authority_only(notif):
    notif.consent("P1")
    assert [c.channel for c in notif.run(list_consents, "P1")] == ["vneid"]
    notif.env.act_as(Identity("enforcement_officer@DN-03", "enforcement_officer", "DN-03"))
    assert notif.run(list_consents, "P1") == []



def test_record_resumption_notices_follow_the_persons_channels(notif):
    """Decree Art. 9.4: the resumption decision, a later document, goes by VNeID to who
    consented and directly to who did not; due 3 working days after Friday 27 November."""
    notified(notif)
    notif.consent("P1", "vneid")
    event = validate_envelope(new_envelope("enforcement.resumed", {
        "decision_id": "rs-1", "decided_on": "2026-11-27", "debtor_party_id": "P2"},
        authority="HN-01", case_id="case-1"))
    later = {n.party_id: n for n in notif.run(record_resumption_notices, event)}
    assert {p: (n.document_type, n.channel, n.due_by) for p, n in later.items()} == {
        "P1": ("resumption_decision", "vneid", date(2026, 12, 2)),
        "P2": ("resumption_decision", "direct", date(2026, 12, 2)),
        "P3": ("resumption_decision", "direct", date(2026, 12, 2))}
