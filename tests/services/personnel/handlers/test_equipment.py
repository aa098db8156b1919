"""Cards, uniforms and insignia through the handlers (Decree 62/2015 Art. 73, 81-83): a card
per rank, replaced with the rank, returned or lost; uniform items within their allocation, the
next due day counted by the calendar across weekends and the lunar new year; insignia by rank
and post."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError

from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, appointment,
                                               designation)


@pytest.fixture
def hanoi(personnel):
    """HN > HN-01; CHV-A a junior officer of HN-01 from 2025-07-01."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.register_officer(OFFICER_A)
    personnel.appoint(appointment("CHV-A"))
    return personnel


def card(number="THE-CHV-0001", issued_on="2025-07-15", kind="enforcement_officer"):
    return {"officer_id": "CHV-A", "kind": kind, "number": number, "issued_on": issued_on}


def uniform(item, quantity=1, on="2025-07-15", **more):
    return {"officer_id": "CHV-A", "item": item, "quantity": quantity, "on": on, **more}


def test_card_issued_for_the_rank_then_replaced_with_the_new_rank(hanoi):
    first = hanoi.issue_card(card())
    assert (first["position"], first["status"]) == ("enforcement_officer_junior", "issued")
    with pytest.raises(Conflict):  # one card per rank
        hanoi.issue_card(card("THE-CHV-0002"))
    junior = hanoi.officer("CHV-A")["positions"][0]
    hanoi.end({"appointment_id": junior["id"], "valid_to": "2025-12-31", "reason": "promoted"})
    hanoi.appoint(appointment("CHV-A", "enforcement_officer_intermediate",
                              valid_from="2026-01-01"))
    assert hanoi.cards("CHV-A")["cards"][0]["must_return"] is True
    second = hanoi.issue_card(card("THE-CHV-0777", issued_on="2026-01-05"))
    assert second["position"] == "enforcement_officer_intermediate"
    cards = hanoi.cards("CHV-A")["cards"]
    assert [(c["number"], c["status"], c["must_return"]) for c in cards] == [
        ("THE-CHV-0001", "replaced", False), ("THE-CHV-0777", "issued", False)]
    events = hanoi.rows("SELECT routing_key, envelope FROM platform_outbox WHERE routing_key "
                        "LIKE 'card.%' ORDER BY id")
    assert [e["routing_key"] for e in events] == ["card.issued", "card.replaced", "card.issued"]
    assert events[2]["envelope"]["payload"]["replaced_card_id"] == first["id"]


def test_card_returned_or_lost_once_and_without_a_rank_refused(hanoi):
    issued = hanoi.issue_card(card())
    lost = hanoi.card_lost({"card_id": issued["id"], "on": "2026-02-02",
                            "police_report": "Công an phường Hàng Bạc, report 12/2026"})
    assert lost["status"] == "lost" and lost["end_reason"].startswith("reported to Công an")
    with pytest.raises(Conflict):
        hanoi.return_card({"card_id": issued["id"], "on": "2026-02-03", "reason": "found"})
    with pytest.raises(ValidationError) as err:
        hanoi.return_card({"card_id": issued["id"], "on": "2025-07-01", "reason": "x"})
    assert list(err.value.fields) == ["on"]
    with pytest.raises(ValidationError) as err:  # no inspector rank: no inspector's card
        hanoi.issue_card(card("THE-TTV-1", kind="inspector"))
    assert list(err.value.fields) == ["officer_id"]
    hanoi.as_("administrator", "HCM")
    with pytest.raises(NotFound):
        hanoi.return_card({"card_id": issued["id"], "on": "2026-02-03", "reason": "x"})
    assert hanoi.rows("SELECT routing_key FROM platform_outbox WHERE routing_key = "
                      "'card.lost'") == [{"routing_key": "card.lost"}]


def test_first_issuance_gives_two_sets_then_the_period_runs(hanoi):
    first = hanoi.uniform(uniform("autumn_winter_uniform", 2))
    assert (first["outcome"], first["kind"], first["due_on"]) == (
        "decided", "first", date(2028, 7, 17))  # 2028-07-15 is a Saturday
    assert [p["key"] for p in first["parameters_used"]] == [
        "uniform_allocation.autumn_winter_uniform", "uniform_first_issue.autumn_winter_uniform"]
    early = hanoi.uniform(uniform("autumn_winter_uniform", 1, on="2027-07-15"))
    assert early["outcome"] == "refused"
    assert early["reasons"] == ["autumn_winter_uniform was issued on 2025-07-15; the next is "
                                "due on 2028-07-17 (Decree 62/2015 Art. 83.1)"]
    due = hanoi.uniform(uniform("autumn_winter_uniform", 1, on="2028-07-17"))
    assert (due["outcome"], due["kind"]) == ("decided", "periodic")
    too_many = hanoi.uniform(uniform("leather_shoes", 2))
    assert too_many["reasons"] == ["the first issuance gives at most 1 leather_shoes (Decree "
                                   "62/2015 Art. 83.1, 83.2.a, 83.3)"]


def test_periodic_due_day_across_a_weekend_and_the_lunar_new_year(hanoi):
    weekend = hanoi.uniform(uniform("leather_shoes", on="2024-11-30"))
    assert weekend["due_on"] == date(2025, 12, 1)  # 2025-11-30 is a Sunday
    tet = hanoi.uniform(uniform("long_sleeved_shirt", 2, on="2025-02-17"))
    assert tet["due_on"] == date(2026, 2, 23)  # 2026-02-17 is in the Tết holiday
    refused = hanoi.uniform(uniform("long_sleeved_shirt", on="2026-02-20"))
    assert refused["outcome"] == "refused"
    assert hanoi.uniform(uniform("long_sleeved_shirt", on="2026-02-23"))["outcome"] == "decided"


def test_replacement_of_a_lost_item_with_an_accepted_explanation(hanoi):
    hanoi.uniform(uniform("raincoat"))
    lost = {"explanation": "lost during a seizure in the flood", "accepted": True}
    got = hanoi.uniform(uniform("raincoat", on="2025-09-01", replacement=lost))
    assert (got["outcome"], got["kind"], got["due_on"]) == ("decided", "replacement", None)
    refused = hanoi.uniform(uniform("raincoat", on="2025-09-02",
                                    replacement={**lost, "accepted": False}))
    assert "Art. 83.2.b" in refused["reasons"][0]
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'uniform.refused'")
    assert event["envelope"]["payload"]["reasons"] == refused["reasons"]
    # the replacement does not move the periodic due day
    assert hanoi.uniform(uniform("raincoat", on="2026-07-15"))["kind"] == "periodic"


def test_insignia_by_rank_and_post(hanoi):
    assert hanoi.insignia("CHV-A", "2026-01-05")["insignia"]["article"] == (
        "Decree 62/2015 Art. 81.5.c")
    hanoi.designate(designation("CHV-A", "deputy_head"))
    got = hanoi.insignia("CHV-A", "2026-03-02")
    assert (got["rank"], got["post"], got["level"]) == (
        "enforcement_officer_junior", "deputy_head", "regional")
    assert got["insignia"]["article"] == "Decree 62/2015 Art. 81.5.c; Art. 81.4.b-c"
