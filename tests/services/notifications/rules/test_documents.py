"""The documents notified beyond the enforcement decision: who receives each, by which channel
first (Law Art. 31.5, 39.1, 40, 42; Decree 62/2015 Art. 11.1, 11.3), and the notification
period that each one owes, across a weekend and across Tết."""
from datetime import date

from services.notifications.rules import delivery, documents
from services.notifications.rules.notices import DIRECT, NOTICE_DELIVERY


def test_recipients_of_refusal_is_the_requester_alone_as_a_person():
    """Law Art. 31.5: the refusal is notified in writing to the requester; the event carries no
    name or address (the request's address stays with cases)."""
    assert documents.recipients_of_refusal("P1") == [{
        "party_id": "P1", "role": "requester", "kind": "person", "name": None,
        "address": None}]


def test_refusal_channel_is_direct_never_public_posting():
    """Law Art. 31.5, 40: the requester gave an address; public posting (Art. 42) is not for
    them, although the notice holds no address."""
    assert documents.refusal_channel() == DIRECT


def test_commune_committee_is_one_organisation_at_the_address_the_register_carries():
    """Decree Art. 11.1, 11.3: the committee of the commune where the debtor resides."""
    got = documents.commune_committee("Xã Phú Thượng, Hà Nội")
    assert got["party_id"] == got["role"] == "commune_peoples_committee"
    assert (got["kind"], got["address"]) == ("organisation", "Xã Phú Thượng, Hà Nội")
    assert got["name"].startswith("Ủy ban nhân dân cấp xã")


def test_organisation_channel_is_direct():
    assert documents.organisation_channel() == DIRECT


def test_may_post_publicly_a_person_but_not_an_organisation():
    """Law Art. 42: public posting is for a person whose address is unknown."""
    assert documents.may_post_publicly(documents.PERSON)
    assert not documents.may_post_publicly(documents.ORGANISATION)


def test_attempt_problems_no_public_posting_for_an_organisation():
    issued = date(2026, 11, 23)
    assert delivery.attempt_problems(
        "posted", None, issued, issued, channel="public_posting", notice_channel="direct",
        status="attempt_failed", recipient_kind="organisation") == {
        "channel": ["an organisation is not notified publicly (Law Art. 42, 43)"]}
    # a person after a failed direct attempt may be posted (unchanged)
    assert delivery.attempt_problems(
        "posted", None, issued, issued, channel="public_posting", notice_channel="direct",
        status="attempt_failed", recipient_kind="person") == {}


def test_legal_basis_of_each_document_cites_its_article():
    assert "Art. 31.5" in documents.LEGAL_BASIS[documents.REQUEST_REFUSAL]
    assert "Art. 11.1" in documents.LEGAL_BASIS[documents.REGISTER_PUBLICATION]
    assert "Art. 11.3" in documents.LEGAL_BASIS[documents.REGISTER_REMOVAL]


def test_notice_delivery_of_a_refusal_across_a_weekend(law):
    """Law Art. 39.1: 3 working days from the refusal; refused Thu 26 Nov 2026 -> Tue 1 Dec."""
    length, _ = NOTICE_DELIVERY.resolve(law.params, date(2026, 11, 26))
    assert law.calendar.due_date(date(2026, 11, 26), length, NOTICE_DELIVERY.unit) == date(
        2026, 12, 1)


def test_notice_delivery_of_a_register_entry_across_tet(law):
    """Tết 2026 (16-20 Feb are holidays): published Fri 13 Feb 2026 -> Wed 25 Feb."""
    length, _ = NOTICE_DELIVERY.resolve(law.params, date(2026, 2, 13))
    assert law.calendar.due_date(date(2026, 2, 13), length, NOTICE_DELIVERY.unit) == date(
        2026, 2, 25)
