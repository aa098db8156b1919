"""The posting and the mass-media announcement seeking unknown heirs (Decree 62/2015 Art. 15.1,
12.5; Law Art. 42-43): ``rules.heir_search``, with the service's real legal parameters."""
from datetime import date

from services.notifications.rules import delivery
from services.notifications.rules import heir_search as rules
from services.notifications.rules.notices import NOTICE_DELIVERY


def test_is_heir_search_only_for_the_heir_search_kind():
    assert rules.is_heir_search("heir_search")
    assert not rules.is_heir_search("enforcement_notice")


def test_heir_search_acts_are_a_posting_and_a_mass_media_announcement():
    """Decree Art. 15.1: announced through the mass media and posted."""
    assert rules.heir_search_acts() == (("heir_search_posting", "public_posting"),
                                        ("heir_search_announcement", "mass_media"))


def test_unknown_heirs_are_persons_of_unknown_address_of_one_search():
    """Law Art. 42-43 reach persons (never an organisation) whose address is unknown; the heirs
    sought by one request are not those of another."""
    heirs = rules.unknown_heirs("pn-1")
    assert (heirs["kind"], heirs["address"], heirs["party_id"], heirs["role"]) == (
        "person", None, "heirs:pn-1", "unknown_heirs")
    assert rules.unknown_heirs("pn-2")["party_id"] == "heirs:pn-2"


def test_delivery_limit_of_the_posting_is_its_3_months(law):
    """Decree Art. 15.1: posted for 03 months, a dated legal parameter."""
    assert rules.delivery_limit("heir_search_posting") is rules.HEIR_SEARCH_PERIOD
    assert rules.delivery_limit("heir_search_announcement") is NOTICE_DELIVERY
    assert rules.delivery_limit("enforcement_decision") is NOTICE_DELIVERY
    length, used = rules.HEIR_SEARCH_PERIOD.resolve(law.params, date(2026, 11, 30))
    assert (length, used.unit, used.key) == (3, "months", "heir_search_posting_months")
    assert "Art. 15.1" in rules.HEIR_SEARCH_PERIOD.article


def test_posting_period_of_the_heir_search_is_3_months_else_10_days():
    assert rules.posting_period("heir_search_posting") is rules.HEIR_SEARCH_PERIOD
    assert rules.posting_period("enforcement_decision") is delivery.PUBLIC_POSTING_PERIOD


def test_posting_period_across_a_weekend(law):
    """Fri 27 Nov 2026 + 3 months = Sat 27 Feb 2027: rolls to Mon 1 Mar (Civil Code Art. 148)."""
    day, used = delivery.valid_on("posted", date(2026, 11, 27), law.params, law.calendar,
                                  rules.posting_period("heir_search_posting"))
    assert day == date(2027, 3, 1)
    assert [(u["key"], u["value"], u["unit"]) for u in used] == [
        ("heir_search_posting_months", 3, "months")]


def test_posting_period_ending_in_tet_2026(law):
    """Tue 18 Nov 2025 + 3 months = Wed 18 Feb 2026, in Tết (16-20 Feb): Mon 23 Feb."""
    assert delivery.valid_on("posted", date(2025, 11, 18), law.params, law.calendar,
                             rules.posting_period("heir_search_posting"))[0] == date(2026, 2, 23)


def test_delivery_limit_of_the_announcement_across_tet(law):
    """Law Art. 39.1: published within 3 working days; Fri 13 Feb 2026, Tết skipped: 25 Feb."""
    length, used = rules.delivery_limit("heir_search_announcement").resolve(
        law.params, date(2026, 2, 13))
    assert law.calendar.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 25)


def test_attempt_problems_the_announcement_is_published_on_its_own_channel():
    """Law Art. 43; Decree Art. 12.5: a mass-media notice is recorded as published."""
    issued = date(2026, 11, 30)
    assert delivery.attempt_problems("published", None, issued, issued, channel="mass_media",
                                     notice_channel="mass_media") == {}
    assert list(delivery.attempt_problems("delivered", None, issued, issued,
                                          channel="mass_media",
                                          notice_channel="mass_media")) == ["outcome"]
