"""The notice seeking unknown heirs through the handlers (issue 10 capability 2; Decree 62/2015
Art. 15.1, 12.5; Law Art. 42-43): ``public_notice.requested`` of kind ``heir_search`` records a
posting owed for 3 months and a mass-media announcement owed within 3 working days, valid when
the posting's 3 months end (across a weekend and Tết) and on the publication day."""
from datetime import date

import pytest

from shared.errors import ValidationError

from services.notifications.handlers.case_decisions import record_heir_search_notices
from services.notifications.handlers.inbox import list_inbox
from tests.services.notifications.handlers.test_property_acts import event, outbox

REQUESTED = {"notice_id": "pn-1", "kind": "heir_search",
             "title": "Notice seeking the heirs of Trần B",
             "body": "The judgment debtor Trần B has died and no heir is known.",
             "legal_basis": "Decree 62/2015 Art. 15.1(b)", "posted_on": "2026-11-27",
             "posted_until": "2027-03-01"}
OWED = ("SELECT n.document_type, n.channel, n.party_id, n.due_by, d.rule_id, d.starts_on, "
        "d.due_on, d.status, d.met_on FROM notice n JOIN platform_deadline d "
        "ON d.subject_id = n.id ORDER BY n.document_type")


def heirs(notif, payload=REQUESTED):
    return {n.document_type: n for n in notif.run(record_heir_search_notices,
                                                   event("public_notice.requested", payload))}


def test_the_heir_search_owes_a_posting_for_3_months_and_a_mass_media_announcement(notif):
    """Decree Art. 15.1: Fri 27 Nov 2026 + 3 months = Sat 27 Feb 2027, rolled to Mon 1 Mar;
    the announcement within 3 working days (the weekend skipped): Wed 2 Dec."""
    notices = heirs(notif)
    assert sorted(notices) == ["heir_search_announcement", "heir_search_posting"]
    assert notif.rows(OWED) == [
        {"document_type": "heir_search_announcement", "channel": "mass_media",
         "party_id": "heirs:pn-1", "due_by": date(2026, 12, 2),
         "rule_id": "law39.1-deliver-notice", "starts_on": date(2026, 11, 27),
         "due_on": date(2026, 12, 2), "status": "open", "met_on": None},
        {"document_type": "heir_search_posting", "channel": "public_posting",
         "party_id": "heirs:pn-1", "due_by": date(2027, 3, 1),
         "rule_id": "decree15.1-heir-search-posting", "starts_on": date(2026, 11, 27),
         "due_on": date(2027, 3, 1), "status": "open", "met_on": None}]
    [audit] = notif.rows("SELECT legal_basis, details FROM platform_audit "
                         "WHERE subject_type = 'heir_search_posting'")
    assert audit["legal_basis"] == "Decree 62/2015 Art. 15.1(b), 12.5; Law Art. 42, 43"
    period = audit["details"]["channels"]["heirs:pn-1"]["period"]
    assert (period["length"], period["unit"], period["parameters_used"][0]["key"]) == (
        3, "months", "heir_search_posting_months")


def test_the_posting_is_valid_when_its_3_months_end_and_meets_what_it_owes(notif):
    notices = heirs(notif)
    notice = notif.deliver(notices["heir_search_posting"].id, on="2026-11-27",
                           channel="public_posting", outcome="posted",
                           note="niêm yết tại nơi có tài sản và tại UBND xã")
    assert (notice.status, notice.valid_on) == ("posted", date(2027, 3, 1))
    owed = {r["document_type"]: r for r in notif.rows(OWED)}["heir_search_posting"]
    assert (owed["status"], owed["met_on"]) == ("met", date(2027, 3, 1))
    [valid] = outbox(notif, "notice.valid")
    assert (valid["document_type"], valid["valid_on"], valid["outcome"]) == (
        "heir_search_posting", "2027-03-01", "posted")


def test_a_posting_ending_in_tet_is_valid_after_it(notif):
    """Tue 18 Nov 2025 + 3 months = Wed 18 Feb 2026, in Tết (16-20 Feb): Mon 23 Feb."""
    notices = heirs(notif, {**REQUESTED, "posted_on": "2025-11-18"})
    assert notices["heir_search_posting"].due_by == date(2026, 2, 23)
    notice = notif.deliver(notices["heir_search_posting"].id, on="2025-11-18",
                           channel="public_posting", outcome="posted")
    assert notice.valid_on == date(2026, 2, 23)


def test_the_announcement_is_valid_on_its_publication_day(notif):
    """Law Art. 43; Decree Art. 12.5."""
    notices = heirs(notif)
    notice = notif.deliver(notices["heir_search_announcement"].id, on="2026-11-30",
                           channel="mass_media", outcome="published",
                           note="Báo Hà Nội Mới, số ra ngày 30/11/2026")
    assert (notice.status, notice.valid_on) == ("valid", date(2026, 11, 30))
    owed = {r["document_type"]: r for r in notif.rows(OWED)}["heir_search_announcement"]
    assert (owed["status"], owed["met_on"]) == ("met", date(2026, 11, 30))


def test_the_announcement_is_not_handed_over_in_person(notif):
    """Law Art. 43: a mass-media notice is published, not delivered."""
    notices = heirs(notif)
    with pytest.raises(ValidationError) as err:
        notif.deliver(notices["heir_search_announcement"].id, on="2026-11-30",
                      channel="mass_media")
    assert list(err.value.details) == ["outcome"]


def test_a_second_search_in_the_case_is_posted_and_announced_again(notif):
    """Decree Art. 15.1: another deceased debtor's heirs are sought by their own initial
    notices, even once the first search's posting is valid."""
    first = heirs(notif)
    notif.deliver(first["heir_search_posting"].id, on="2026-11-27", channel="public_posting",
                  outcome="posted")
    second = heirs(notif, {**REQUESTED, "notice_id": "pn-2"})
    assert {(n.channel, n.initial, n.party_id) for n in second.values()} == {
        ("public_posting", True, "heirs:pn-2"), ("mass_media", True, "heirs:pn-2")}


def test_the_same_request_twice_records_nothing_twice(notif):
    first = heirs(notif)
    again = heirs(notif)
    assert {n.id for n in again.values()} == {n.id for n in first.values()}
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 2}]
    assert len(outbox(notif, "notice.recorded")) == 2


def test_a_public_notice_of_another_kind_records_nothing(notif):
    """Decree Art. 12.5: an enforcement notice on the portal is ``disclosure``'s alone."""
    assert heirs(notif, {**REQUESTED, "kind": "enforcement_notice"}) == {}
    assert notif.rows("SELECT count(*) AS n FROM notice") == [{"n": 0}]


def test_the_heir_search_text_is_rendered_from_its_template(notif):
    heirs(notif)
    [item] = [i for i in notif.run(list_inbox, "heirs:pn-1", read_only=True)
              if i["document_type"] == "heir_search_posting"]
    assert "trong 03 tháng, từ ngày 2026-11-27 đến ngày 2027-03-01" in item["body"]
    assert "Notice seeking the heirs of Trần B" in item["body"]
