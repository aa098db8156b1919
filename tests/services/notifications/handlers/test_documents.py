"""Notices of the documents beyond the enforcement decision, through the handlers with a real
unit of work and no broker: a refused request notifies its requester (Law Art. 31.5); a register
entry published or removed notifies the commune People's Committee (Decree Art. 11.1, 11.3), an
organisation; each notice owes its delivery (Law Art. 39.1), is announced and audited; a valid
delivery of one emits ``notice.valid`` for its document."""
from datetime import date

import pytest

from shared.errors import RetryLater, ValidationError
from shared.events import new_envelope, validate_envelope

from services.notifications.handlers import notices

REFUSED = {"refusal_id": "r-1", "judgment_id": "j-1", "requester_party_id": "P1",
           "obligation_ids": ["o-1"], "received_on": "2026-11-23", "refused_on": "2026-11-26",
           "legal_basis": "Law Art. 30.1; Law Art. 31.5(c)",
           "reasons": ["the prescriptive limit expired"]}
PUBLISHED = {"entry_id": "e-1", "debtor_name": "Trần B", "debtor_address": "Xã Phú Thượng, Hà Nội",
             "unmet_obligation": "100.000.000 đồng", "published_on": "2026-02-13",
             "publish_by": "2026-02-24", "reason_code": "lacking_conditions"}
REMOVED = {"entry_id": "e-1", "removed_on": "2026-11-26", "remove_by": "2026-11-27",
           "ground": "obligation_fulfilled", "reason_code": "fulfilled"}


def event(type_, payload, authority="HN-01", case_id="case-1"):
    return validate_envelope(new_envelope(type_, payload, authority=authority,
                                          case_id=case_id))


def deadlines(notif):
    return notif.rows("SELECT rule_id, subject_type, subject_id, starts_on, due_on, status "
                      "FROM platform_deadline ORDER BY starts_on")


def test_record_refusal_notice_to_the_requester_due_in_3_working_days(notif):
    [notice] = notif.run(notices.record_refusal_notice,
                         event("enforcement_request.refused", REFUSED))
    [row] = notif.rows("SELECT document_type, document_id, document_issued_on, party_id, "
                       "party_role, recipient_kind, recipient_name, recipient_address, channel, "
                       "status, due_by FROM notice")
    assert row == {"document_type": "enforcement_request_refusal", "document_id": "r-1",
                   "document_issued_on": date(2026, 11, 26), "party_id": "P1",
                   "party_role": "requester", "recipient_kind": "person",
                   "recipient_name": None, "recipient_address": None, "channel": "direct",
                   "status": "pending", "due_by": date(2026, 12, 1)}  # Thu + 3 working days
    assert deadlines(notif) == [{
        "rule_id": "law39.1-deliver-notice", "subject_type": "notice", "subject_id": notice.id,
        "starts_on": date(2026, 11, 26), "due_on": date(2026, 12, 1), "status": "open"}]


def test_record_refusal_notice_is_announced_and_audited(notif):
    notif.run(notices.record_refusal_notice, event("enforcement_request.refused", REFUSED))
    [emitted] = notif.rows("SELECT routing_key, envelope FROM platform_outbox")
    assert emitted["routing_key"] == "notice.recorded"
    assert {k: emitted["envelope"]["payload"][k] for k in ("document_type", "party_role", "due_by")} == {
        "document_type": "enforcement_request_refusal", "party_role": "requester",
        "due_by": "2026-12-01"}
    assert notif.rows("SELECT action, subject_type, subject_id, legal_basis "
                      "FROM platform_audit") == [{
        "action": "notices.recorded", "subject_type": "enforcement_request_refusal",
        "subject_id": "r-1", "legal_basis": "Law Art. 31.5; Law Art. 39.1, 40"}]


def test_record_publication_notice_to_the_commune_committee_across_tet(notif):
    [notice] = notif.run(notices.record_publication_notice,
                         event("register_entry.published", PUBLISHED))
    [row] = notif.rows("SELECT document_type, document_id, party_id, party_role, "
                       "recipient_kind, recipient_address, channel, due_by FROM notice")
    assert row == {"document_type": "register_entry_publication", "document_id": "e-1",
                   "party_id": "commune_peoples_committee",
                   "party_role": "commune_peoples_committee", "recipient_kind": "organisation",
                   "recipient_address": "Xã Phú Thượng, Hà Nội", "channel": "direct",
                   "due_by": date(2026, 2, 25)}  # Fri 13 Feb, Tết 16-20 Feb
    assert [d["due_on"] for d in deadlines(notif)] == [date(2026, 2, 25)]
    assert notif.rows("SELECT legal_basis FROM platform_audit") == [
        {"legal_basis": "Decree 62/2015 Art. 11.1; Law Art. 39.1"}]


def test_record_removal_notice_goes_to_the_committee_that_received_the_record(notif):
    notif.run(notices.record_publication_notice, event("register_entry.published", PUBLISHED))
    [notice] = notif.run(notices.record_removal_notice, event("register_entry.removed", REMOVED))
    assert (notice.document_type, notice.document_id, notice.party_role, notice.recipient_kind,
            notice.recipient_address, notice.due_by) == (
        "register_entry_removal", "e-1", "commune_peoples_committee", "organisation",
        "Xã Phú Thượng, Hà Nội", date(2026, 12, 1))
    assert notif.rows("SELECT legal_basis FROM platform_audit ORDER BY id")[-1] == {
        "legal_basis": "Decree 62/2015 Art. 11.3; Law Art. 39.1"}


def test_record_removal_notice_before_its_publication_is_retried_later(notif):
    with pytest.raises(RetryLater):
        notif.run(notices.record_removal_notice, event("register_entry.removed", REMOVED))
    assert notif.rows("SELECT id FROM notice") == []


def test_record_removal_notice_ignores_a_publication_of_another_authority(notif):
    notif.run(notices.record_publication_notice,
              event("register_entry.published", PUBLISHED, authority="DN-03"))
    with pytest.raises(RetryLater):
        notif.run(notices.record_removal_notice, event("register_entry.removed", REMOVED))


def test_a_refusal_notice_delivered_is_valid_and_meets_its_deadline(notif):
    [notice] = notif.run(notices.record_refusal_notice,
                         event("enforcement_request.refused", REFUSED))
    delivered = notif.deliver(notice.id, on="2026-11-30")
    assert (delivered.status, delivered.valid_on) == ("valid", date(2026, 11, 30))
    assert [d["status"] for d in deadlines(notif)] == ["met"]
    valid = notif.rows("SELECT envelope FROM platform_outbox "
                       "WHERE routing_key = 'notice.valid'")
    assert {k: valid[0]["envelope"]["payload"][k] for k in (
        "document_type", "party_role", "required_count", "valid_count",
        "document_notified_on")} == {
        "document_type": "enforcement_request_refusal", "party_role": "requester",
        "required_count": 1, "valid_count": 1, "document_notified_on": "2026-11-30"}


def test_the_commune_committee_is_never_notified_by_public_posting(notif):
    [notice] = notif.run(notices.record_publication_notice,
                         event("register_entry.published", PUBLISHED))
    notif.deliver(notice.id, on="2026-02-23", outcome="failed")
    with pytest.raises(ValidationError) as err:
        notif.deliver(notice.id, on="2026-02-24", outcome="posted", channel="public_posting")
    assert list(err.value.fields) == ["channel"]
