"""The channel of a notice after the initial one, consent, requests and reported addresses
(Decree 62/2015 Art. 12.1-12.3; Law Art. 40-42)."""
from datetime import date

import pytest

from services.notifications.rules import channels as rules

GIVEN = date(2026, 11, 20)


def consent(channel, given_on=GIVEN, withdrawn_on=None, contact=None):
    return {"channel": channel, "contact": contact, "given_on": given_on,
            "withdrawn_on": withdrawn_on}


def test_is_initial_only_before_any_valid_notice_to_the_person():
    """Decree Art. 12.1: the notification under Law Art. 40-42 is the initial one."""
    assert rules.is_initial(0)
    assert not rules.is_initial(1)


def test_notice_channel_initial_is_direct_even_with_consent():
    """Decree Art. 12.1: consent counts only "from the subsequent notification onwards"."""
    assert rules.notice_channel(True, "Huế", [consent("vneid")], GIVEN) == (
        "direct", None, rules.INITIAL_BASIS)


def test_notice_channel_initial_is_public_posting_when_the_address_is_unknown():
    assert rules.notice_channel(True, "không rõ", [], GIVEN)[0] == "public_posting"


@pytest.mark.parametrize("channel", ["vneid", "portal"])
def test_notice_channel_subsequent_goes_electronic_with_consent(channel):
    assert rules.notice_channel(False, "Huế", [consent(channel)], GIVEN) == (
        channel, None, rules.CONSENT_BASIS[channel])


def test_notice_channel_subsequent_without_consent_is_the_laws_direct_delivery():
    got = rules.notice_channel(False, "Huế", [], GIVEN)
    assert got == ("direct", None, rules.SUBSEQUENT_BASIS["direct"])
    assert "Art. 12.1" in got[2]


def test_notice_channel_subsequent_prefers_vneid_then_the_portal_then_a_request():
    both = [consent("email", contact="a@example.vn"), consent("portal"), consent("vneid")]
    assert rules.notice_channel(False, "Huế", both, GIVEN)[0] == "vneid"
    assert rules.notice_channel(False, "Huế", both[:2], GIVEN)[0] == "portal"


@pytest.mark.parametrize("channel,contact", [("email", "b@example.vn"), ("fax", "+84 24 1234")])
def test_notice_channel_subsequent_by_email_or_fax_at_the_persons_request(channel, contact):
    """Decree Art. 12.2: fax or e-mail at the request of the person."""
    got = rules.notice_channel(False, "Huế", [consent(channel, contact=contact)], GIVEN)
    assert got == (channel, contact, rules.CONSENT_BASIS[channel])
    assert "Art. 12.2" in got[2]


def test_consent_active_from_the_day_given_until_the_day_withdrawn():
    c = consent("vneid", given_on=date(2026, 11, 20), withdrawn_on=date(2026, 11, 25))
    assert not rules.consent_active(c, date(2026, 11, 19))
    assert rules.consent_active(c, date(2026, 11, 20))
    assert rules.consent_active(c, date(2026, 11, 24))
    assert not rules.consent_active(c, date(2026, 11, 25))


def test_notice_channel_after_withdrawal_is_direct_again():
    withdrawn = consent("vneid", withdrawn_on=date(2026, 11, 25))
    assert rules.notice_channel(False, "Huế", [withdrawn], date(2026, 11, 24))[0] == "vneid"
    assert rules.notice_channel(False, "Huế", [withdrawn], date(2026, 11, 25))[0] == "direct"


def test_consent_problems_email_and_fax_need_the_contact():
    assert rules.consent_problems("vneid", None) == {}
    assert rules.consent_problems("email", "a@example.vn") == {}
    assert list(rules.consent_problems("email", " ")) == ["contact"]
    assert list(rules.consent_problems("fax", None)) == ["contact"]


def test_withdrawal_problems_once_and_not_before_it_was_given():
    assert rules.withdrawal_problems(consent("vneid"), GIVEN) == {}
    assert list(rules.withdrawal_problems(consent("vneid"), date(2026, 11, 19))) == [
        "withdrawn_on"]
    assert list(rules.withdrawal_problems(consent("vneid", withdrawn_on=GIVEN), GIVEN)) == [
        "consent_id"]


def test_effective_address_last_known_stays_valid_until_a_new_one_is_reported():
    """Decree Art. 12.3."""
    reports = [{"address": "Đà Nẵng", "reported_on": date(2026, 11, 22)},
               {"address": "Cần Thơ", "reported_on": date(2026, 11, 26)}]
    assert rules.effective_address("Huế", [], GIVEN) == "Huế"
    assert rules.effective_address("Huế", reports, date(2026, 11, 21)) == "Huế"
    assert rules.effective_address("Huế", reports, date(2026, 11, 22)) == "Đà Nẵng"
    assert rules.effective_address("Huế", reports, date(2026, 11, 30)) == "Cần Thơ"


def test_escalation_electronic_to_the_laws_channel_then_public_posting_then_none():
    """Decree Art. 12.1; Law Art. 40, 42: an electronic failure falls back to the Law's
    channels; a failed direct delivery may be followed by public posting."""
    for channel in ("vneid", "portal", "email", "fax", "sms"):
        assert rules.escalation(channel, "Huế") == "direct"
        assert rules.escalation(channel, "không rõ") == "public_posting"
    assert rules.escalation("direct", "Huế") == "public_posting"
    assert rules.escalation("public_posting", None) is None
