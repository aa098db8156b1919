"""A person's inbox through the handlers: the person's own notices across cases and
authorities, newest first, with their text; nothing of anyone else."""
from datetime import date

from services.notifications.handlers.inbox import list_inbox
from tests.services.notifications.handlers.conftest import PARTIES


def test_list_inbox_shows_the_persons_notices_across_cases_and_authorities(notif):
    notif.decision(case_id="case-1", decision_id="d-1")
    notif.decision(authority="DN-03", case_id="case-9", decision_id="d-9",
                   issued_on="2026-11-24", notify_by="2026-11-27")
    inbox = notif.run(list_inbox, "P1", read_only=True)
    assert [(i["authority"], i["case_id"], i["document_issued_on"]) for i in inbox] == [
        ("DN-03", "case-9", date(2026, 11, 24)), ("HN-01", "case-1", date(2026, 11, 23))]
    assert "Kính gửi: Nguyễn A" in inbox[0]["body"] and "To: Nguyễn A" in inbox[0]["body"]


def test_list_inbox_shows_nothing_of_another_party(notif):
    notif.decision()
    inbox = notif.run(list_inbox, "P1", read_only=True)
    assert all("Trần B" not in item["body"] for item in inbox)
    assert set(inbox[0]) == {"notice_id", "authority", "case_id", "document_type",
                             "document_number", "document_issued_on", "channel", "status",
                             "due_by", "valid_on", "subject", "body"}
    assert notif.run(list_inbox, "P404", read_only=True) == []


def test_list_inbox_shows_the_status_and_valid_day(notif):
    notices = notif.decision(parties=PARTIES)
    notif.deliver(notices["P1"].id, on="2026-11-25")
    [item] = notif.run(list_inbox, "P1", read_only=True)
    assert (item["status"], item["valid_on"]) == ("valid", date(2026, 11, 25))
