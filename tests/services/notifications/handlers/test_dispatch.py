"""Delivery as a process through the handlers (a real unit of work, no broker): a notice on an
adapter's channel is sent when due; accepted, it is valid that day; a transient failure is
retried with backoff, then escalated; a refusal escalates at once to the Law's channel; each
send is an attempt with its outcome. The adapters here are in-memory doubles of the interface
(the real ones are tested against real servers in tests/services/notifications/adapters)."""
from datetime import date, datetime, timedelta, timezone

import pytest

from services.notifications.adapters import Adapters, ChannelRefused, ChannelUnavailable, Sent
from services.notifications.adapters.config import DeliveryPolicy
from services.notifications.handlers.dispatch import dispatch_due

# 09:00 in Hanoi on Monday 30 November 2026
NOW = datetime(2026, 11, 30, 2, 0, tzinfo=timezone.utc)
POLICY = DeliveryPolicy(max_tries=3, retry_seconds=60, retry_max_seconds=600, batch=10)


class Channel:
    """An adapter double: answers each send with the next of ``answers`` (an exception class to
    raise, or ``None`` to accept), then accepts."""

    def __init__(self, channel, *answers):
        self.channel, self.answers, self.sent = channel, list(answers), []

    def send(self, message):
        self.sent.append(message)
        answer = self.answers.pop(0) if self.answers else None
        if answer is not None:
            raise answer("channel said no")
        return Sent(reference=f"ref-{len(self.sent)}")


@pytest.fixture
def later(notif):
    """A decision notified to P1 and P2, P1 consented to VNeID: the lacking-conditions notices
    (P1 by VNeID)."""
    for notice in notif.decision().values():
        notif.deliver(notice.id, on="2026-11-25")
    notif.consent("P1", "vneid")
    return notif.lacking(decided_on="2026-11-27")


def dispatch(notif, channel, now=NOW):
    return notif.run(lambda uow, law, caller: dispatch_due(now, uow, law, caller,
                                                           Adapters([channel]), POLICY))


def attempts(notif, notice_id):
    return notif.rows(f"SELECT channel, attempted_on, outcome, reference, note, legal_basis "
                      f"FROM delivery_attempt WHERE notice_id = '{notice_id}' "
                      f"ORDER BY created_at")


def notice_row(notif, notice_id):
    [row] = notif.rows(f"SELECT channel, status, valid_on, tries, next_attempt_at FROM notice "
                       f"WHERE id = '{notice_id}'")
    return row


def test_dispatch_due_sends_the_rendered_notice_and_makes_it_valid(notif, later):
    vneid = Channel("vneid")
    handled = dispatch(notif, vneid)
    assert [n.party_id for n in handled] == ["P1"]
    [message] = vneid.sent
    assert (message.channel, message.party_id, message.message_id) == (
        "vneid", "P1", f"{later['P1'].id}.1")
    assert "chưa có điều kiện thi hành án" in message.body and "lacks conditions" in message.body
    row = notice_row(notif, later["P1"].id)
    assert (row["status"], row["valid_on"], row["next_attempt_at"]) == (
        "valid", date(2026, 11, 30), None)
    assert attempts(notif, later["P1"].id) == [{
        "channel": "vneid", "attempted_on": date(2026, 11, 30), "outcome": "delivered",
        "reference": "ref-1", "note": None,
        "legal_basis": "Decree 62/2015 Art. 12.1 (consent to VNeID); delivered by the channel"}]
    assert notif.rows(f"SELECT status, met_on FROM platform_deadline "
                      f"WHERE subject_id = '{later['P1'].id}'") == [
        {"status": "met", "met_on": date(2026, 11, 30)}]


def test_dispatch_due_leaves_the_direct_notices_to_the_officer(notif, later):
    dispatch(notif, Channel("vneid"))
    assert notice_row(notif, later["P2"].id)["status"] == "pending"
    assert attempts(notif, later["P2"].id) == []


def test_dispatch_due_sends_nothing_twice(notif, later):
    vneid = Channel("vneid")
    dispatch(notif, vneid)
    dispatch(notif, vneid, now=NOW + timedelta(hours=1))
    assert len(vneid.sent) == 1


def test_dispatch_due_retries_a_transient_failure_with_backoff(notif, later):
    vneid = Channel("vneid", ChannelUnavailable, ChannelUnavailable)
    dispatch(notif, vneid)
    row = notice_row(notif, later["P1"].id)
    assert (row["status"], row["tries"], row["next_attempt_at"]) == (
        "attempt_failed", 1, NOW + timedelta(seconds=60))
    dispatch(notif, vneid, now=NOW + timedelta(seconds=30))  # not yet due
    assert len(vneid.sent) == 1
    dispatch(notif, vneid, now=NOW + timedelta(seconds=60))
    assert notice_row(notif, later["P1"].id)["next_attempt_at"] == NOW + timedelta(seconds=180)
    dispatch(notif, vneid, now=NOW + timedelta(seconds=180))
    assert [a["outcome"] for a in attempts(notif, later["P1"].id)] == [
        "failed", "failed", "delivered"]
    assert notice_row(notif, later["P1"].id)["status"] == "valid"


def test_dispatch_due_escalates_after_the_last_try(notif, later):
    vneid = Channel("vneid", *[ChannelUnavailable] * 3)
    for seconds in (0, 60, 180):
        dispatch(notif, vneid, now=NOW + timedelta(seconds=seconds))
    row = notice_row(notif, later["P1"].id)
    assert (row["channel"], row["status"], row["tries"], row["next_attempt_at"]) == (
        "direct", "attempt_failed", 0, None)
    [escalated] = notif.rows("SELECT envelope FROM platform_outbox "
                             "WHERE routing_key = 'notice.escalated'")
    assert {k: escalated["envelope"]["payload"][k] for k in (
        "channel", "from_channel", "failed_tries", "reason")} == {
        "channel": "direct", "from_channel": "vneid", "failed_tries": 3,
        "reason": "channel said no"}
    # the officer then delivers it directly
    notice = notif.deliver(later["P1"].id, on="2026-12-01")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 12, 1))


def test_dispatch_due_escalates_a_refusal_at_once_with_its_reason(notif, later):
    dispatch(notif, Channel("vneid", ChannelRefused))
    assert notice_row(notif, later["P1"].id)["channel"] == "direct"
    [failed] = attempts(notif, later["P1"].id)
    assert (failed["outcome"], failed["note"]) == ("failed", "channel said no")
    assert notif.rows("SELECT action, legal_basis FROM platform_audit "
                      "WHERE action = 'notice.escalated'") == [{
        "action": "notice.escalated",
        "legal_basis": "Decree 62/2015 Art. 12.1; Law Art. 40-42 (the chosen channel failed: "
                       "the Law's channels)"}]


def test_dispatch_due_a_channel_without_adapter_escalates(notif, later):
    dispatch(notif, Channel("email"))  # no VNeID adapter configured
    assert notice_row(notif, later["P1"].id)["channel"] == "direct"


def test_dispatch_due_escalates_to_public_posting_for_an_unknown_address(notif):
    for notice in notif.decision().values():
        notif.deliver(notice.id, on="2026-11-25")
    notif.consent("P2", "email", contact="b@example.vn")
    notif.report_address("P2", "không rõ", "2026-11-26")
    later = notif.lacking(decided_on="2026-11-27")
    assert later["P2"].channel == "email"
    dispatch(notif, Channel("email", ChannelRefused))
    assert notice_row(notif, later["P2"].id)["channel"] == "public_posting"
