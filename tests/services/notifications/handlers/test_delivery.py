"""Recording deliveries, through the handlers with a real unit of work and no broker: each
attempt is recorded; a delivery or a witnessed refusal makes the notice valid, meets its
deadline and announces ``notice.valid`` with how many of the document's notices are valid; a
failed attempt leaves it owed; bad input and foreign notices are refused."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError

from tests.services.notifications.handlers.conftest import PARTIES

RELATED = {"party_id": "P3", "role": "related_party", "name": "Phạm C", "address": "Đà Nẵng"}


def outbox(notif):
    """The events of deliveries (``notice.recorded``, of the decision event, left out)."""
    return [(o["routing_key"], o["envelope"]) for o in
            notif.rows("SELECT routing_key, envelope FROM platform_outbox "
                       "WHERE routing_key <> 'notice.recorded' ORDER BY id")]


def test_record_delivery_makes_the_notice_valid_and_records_the_attempt(notif):
    notices = notif.decision()
    notice = notif.deliver(notices["P1"].id, on="2026-11-25", note="nhận tại nhà")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 25))
    assert notif.rows("SELECT notice_id, channel, attempted_on, outcome, witness_name, note, "
                      "legal_basis, recorded_by FROM delivery_attempt") == [{
        "notice_id": notices["P1"].id, "channel": "direct", "attempted_on": date(2026, 11, 25),
        "outcome": "delivered", "witness_name": None, "note": "nhận tại nhà",
        "legal_basis": "Law Art. 39.1; Law Art. 40; Decree 62/2015 Art. 12.1",
        "recorded_by": "enforcement_officer@HN-01"}]
    assert notif.rows(f"SELECT status, valid_on FROM notice "
                      f"WHERE id = '{notices['P1'].id}'") == [
        {"status": "valid", "valid_on": date(2026, 11, 25)}]


def test_record_delivery_meets_the_notice_delivery_deadline_on_valid_on(notif):
    notices = notif.decision()
    notif.deliver(notices["P1"].id, on="2026-11-25")
    met = notif.rows(f"SELECT status, due_on, met_on FROM platform_deadline "
                     f"WHERE subject_id = '{notices['P1'].id}'")
    assert met == [{"status": "met", "due_on": date(2026, 11, 27), "met_on": date(2026, 11, 25)}]
    other = notif.rows(f"SELECT status FROM platform_deadline "
                       f"WHERE subject_id = '{notices['P2'].id}'")
    assert other == [{"status": "open"}]


def test_record_delivery_after_the_due_day_is_met_late(notif):
    notices = notif.decision()
    notif.deliver(notices["P1"].id, on="2026-12-02")
    assert notif.rows(f"SELECT status, due_on, met_on FROM platform_deadline "
                      f"WHERE subject_id = '{notices['P1'].id}'") == [
        {"status": "met", "due_on": date(2026, 11, 27), "met_on": date(2026, 12, 2)}]


def test_record_delivery_announces_notice_valid_counting_the_documents_notices(notif):
    notices = notif.decision(parties=[*PARTIES, RELATED])
    notif.deliver(notices["P2"].id, on="2026-11-26")
    [(key, envelope)] = outbox(notif)
    assert key == "notice.valid"
    assert (envelope["authority"], envelope["case_id"]) == ("HN-01", "case-1")
    assert envelope["payload"] == {
        "notice_id": notices["P2"].id, "document_type": "enforcement_decision",
        "document_id": "d-1", "party_id": "P2", "party_role": "judgment_debtor",
        "channel": "direct", "outcome": "delivered", "valid_on": "2026-11-26",
        "required_count": 3, "valid_count": 1, "document_notified_on": None}


def test_record_delivery_the_last_valid_notice_dates_the_document_notified(notif):
    """Law Art. 39.1: the document is notified when each person is, on the latest valid day,
    whatever order the deliveries are recorded in."""
    notices = notif.decision(parties=[*PARTIES, RELATED])
    notif.deliver(notices["P2"].id, on="2026-11-26")
    notif.deliver(notices["P3"].id, on="2026-11-27", channel="post")
    notif.deliver(notices["P1"].id, on="2026-11-25", outcome="refused_with_witness",
                  witness_name="Lê Văn D (tổ trưởng dân phố)")
    payloads = [e["payload"] for _, e in outbox(notif)]
    assert [(p["party_id"], p["valid_count"], p["document_notified_on"]) for p in payloads] == [
        ("P2", 1, None), ("P3", 2, None), ("P1", 3, "2026-11-27")]
    assert payloads[1]["channel"] == "post"
    assert payloads[2]["outcome"] == "refused_with_witness"


def test_record_delivery_a_refusal_with_a_witness_is_valid_delivery(notif):
    """Decree Art. 12.4."""
    notices = notif.decision()
    notice = notif.deliver(notices["P2"].id, outcome="refused_with_witness",
                           witness_name="Lê Văn D")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 25))
    assert notif.rows("SELECT outcome, witness_name, legal_basis FROM delivery_attempt") == [
        {"outcome": "refused_with_witness", "witness_name": "Lê Văn D",
         "legal_basis": "Decree 62/2015 Art. 12.4 (refusal recorded with a witness)"}]
    assert notif.rows("SELECT action, subject_type, legal_basis FROM platform_audit "
                      "WHERE action = 'notice.valid'") == [
        {"action": "notice.valid", "subject_type": "notice",
         "legal_basis": "Decree 62/2015 Art. 12.4 (refusal recorded with a witness)"}]


@pytest.mark.parametrize("witness", [{}, {"witness_name": None}, {"witness_name": "  "}])
def test_record_delivery_a_refusal_without_a_witness_is_refused_and_nothing_recorded(notif,
                                                                                     witness):
    notices = notif.decision()
    with pytest.raises(ValidationError) as err:
        notif.deliver(notices["P2"].id, outcome="refused_with_witness", **witness)
    assert list(err.value.fields) == ["witness_name"]
    assert notif.rows("SELECT count(*) AS n FROM delivery_attempt") == [{"n": 0}]
    assert outbox(notif) == []


def test_record_delivery_before_the_decision_was_issued_is_refused(notif):
    notices = notif.decision()
    with pytest.raises(ValidationError) as err:
        notif.deliver(notices["P1"].id, on="2026-11-22")
    assert list(err.value.fields) == ["delivered_on"]


def test_record_delivery_a_failed_attempt_is_recorded_and_the_notice_stays_owed(notif):
    notices = notif.decision()
    notice = notif.deliver(notices["P1"].id, outcome="failed", note="không có ai ở nhà")
    assert (notice.status, notice.valid_on) == ("attempt_failed", None)
    notice = notif.deliver(notices["P1"].id, outcome="failed", on="2026-11-26", channel="post")
    assert [a.outcome for a in notice.attempts] == ["failed", "failed"]
    assert notif.rows(f"SELECT status FROM platform_deadline "
                      f"WHERE subject_id = '{notices['P1'].id}'") == [{"status": "open"}]
    events = outbox(notif)
    assert [k for k, _ in events] == ["notice.delivery_failed", "notice.delivery_failed"]
    assert [(e["payload"]["attempted_on"], e["payload"]["failed_attempts"]) for _, e in
            events] == [("2026-11-25", 1), ("2026-11-26", 2)]
    assert [a["action"] for a in notif.rows("SELECT action FROM platform_audit "
                                            "WHERE subject_type = 'notice' ORDER BY id")] == [
        "notice.delivery_failed", "notice.delivery_failed"]
    # then delivered: valid, the deadline met
    notice = notif.deliver(notices["P1"].id, on="2026-11-27")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 27))
    assert [a.outcome for a in notice.attempts] == ["failed", "failed", "delivered"]


def test_record_delivery_of_a_notice_already_valid_is_a_conflict(notif):
    notices = notif.decision()
    notif.deliver(notices["P1"].id)
    with pytest.raises(Conflict) as err:
        notif.deliver(notices["P1"].id, on="2026-11-26")
    assert err.value.details == {"status": "valid"}
    assert err.value.details == {"status": "valid"}, err.value
    assert notif.rows("SELECT count(*) AS n FROM delivery_attempt") == [{"n": 1}]


def test_record_delivery_of_an_unknown_notice_is_not_found(notif):
    with pytest.raises(NotFound) as err:
        notif.deliver("no-such-notice")
    assert err.value.details == {"notice_id": "no-such-notice"}


def test_record_delivery_of_another_authoritys_notice_is_not_found_alike(notif):
    """Issue 7 item 11: a foreign notice answers exactly as an unknown one."""
    notices = notif.decision()
    notif.as_("enforcement_officer", "DN-03")
    with pytest.raises(NotFound) as err:
        notif.deliver(notices["P1"].id)
    assert err.value.details == {"notice_id": notices["P1"].id}
    assert notif.rows("SELECT status FROM notice ORDER BY party_id") == [
        {"status": "pending"}, {"status": "pending"}]


UNKNOWN_ADDRESS = {**RELATED, "address": "không rõ"}


def test_record_delivery_a_public_posting_is_valid_when_its_10_days_end(notif):
    """Law Art. 42: a person of unknown address is notified by posting; Mon 23 Nov 2026 + 10
    days: valid on Thu 3 Dec, so the 3-working-day delivery deadline is met late."""
    notices = notif.decision(parties=[*PARTIES, UNKNOWN_ADDRESS])
    assert notices["P3"].channel == "public_posting"
    notice = notif.deliver(notices["P3"].id, on="2026-11-23", channel="public_posting",
                           outcome="posted", note="niêm yết tại UBND xã")
    assert (notice.status, notice.valid_on) == ("posted", date(2026, 12, 3))
    assert notif.rows(f"SELECT status, due_on, met_on FROM platform_deadline "
                      f"WHERE subject_id = '{notices['P3'].id}'") == [
        {"status": "met", "due_on": date(2026, 11, 27), "met_on": date(2026, 12, 3)}]
    [(key, envelope)] = outbox(notif)
    assert (key, envelope["payload"]["outcome"], envelope["payload"]["valid_on"],
            envelope["payload"]["valid_count"]) == ("notice.valid", "posted", "2026-12-03", 1)
    [audit] = notif.rows("SELECT legal_basis, details FROM platform_audit "
                         "WHERE action = 'notice.valid'")
    assert "Law Art. 42" in audit["legal_basis"]
    assert audit["details"]["parameters_used"][0]["key"] == "public_posting_days"


def test_record_delivery_public_posting_of_a_known_address_needs_a_failed_attempt(notif):
    notices = notif.decision()
    with pytest.raises(ValidationError) as err:
        notif.deliver(notices["P1"].id, channel="public_posting", outcome="posted")
    assert list(err.value.fields) == ["channel"]
    notif.deliver(notices["P1"].id, outcome="failed")
    notice = notif.deliver(notices["P1"].id, on="2026-11-26", channel="public_posting",
                           outcome="posted")
    assert (notice.status, notice.valid_on) == ("posted", date(2026, 12, 7))  # Sun 6 -> Mon 7


def test_record_delivery_of_a_posted_notice_is_a_conflict(notif):
    notices = notif.decision(parties=[UNKNOWN_ADDRESS])
    notif.deliver(notices["P3"].id, channel="public_posting", outcome="posted")
    with pytest.raises(Conflict) as err:
        notif.deliver(notices["P3"].id)
    assert err.value.details == {"status": "posted"}


def test_record_delivery_reads_the_notice_afresh_once_locked(notif):
    """Two officers record one notice at once: the second, whose session loaded the notice
    before the first committed, finds it valid once it holds the lock (Conflict), not pending."""
    from shared.validation import load

    from services.notifications.handlers.delivery import record_delivery
    from services.notifications.models import Notice
    from services.notifications.schemas import DELIVERY_IN

    notices = notif.decision()
    env = notif.env
    with pytest.raises(Conflict) as err:
        with env.unit_of_work() as late:
            assert late.session.get(Notice, notices["P1"].id).status == "pending"  # stale
            notif.deliver(notices["P1"].id)  # the other officer commits first
            record_delivery(load(DELIVERY_IN, {
                "notice_id": notices["P1"].id, "channel": "post", "delivered_on": "2026-11-26",
                "outcome": "delivered"}), late, env.law, env.caller)
    assert err.value.details == {"status": "valid"}, err.value
    assert notif.rows("SELECT count(*) AS n FROM delivery_attempt") == [{"n": 1}]


def test_record_delivery_by_post_keeps_the_return_receipt(notif):
    """Decree Art. 12.1(b): delivered by a postman, proven by the return receipt."""
    notices = notif.decision()
    notice = notif.deliver(notices["P1"].id, channel="post", return_receipt="RR 0123 4567 VN")
    assert [(a.channel, a.reference) for a in notice.attempts] == [("post", "RR 0123 4567 VN")]
