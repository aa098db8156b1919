"""Support instruments of enforcement (Decree 62/2015 Art. 74-77): what they are, to whom they
are delivered before duty, and which may be liquidated or destroyed. Pure.
"""
from enum import StrEnum

from services.personnel.rules.staff import Category, holds_category_at

INSTRUMENT_BASIS = "Decree 62/2015 Art. 74-77"
MILITARY_LEVELS = ("military", "military_zone")


class InstrumentKind(StrEnum):
    """Decree 62/2015 Art. 74.2."""

    STUN_BATON = "stun_baton"                  # a
    RUBBER_BATON = "rubber_baton"              # a
    TASER_GLOVES = "taser_gloves"              # a
    PEPPER_SPRAY = "pepper_spray"              # b
    ANAESTHETIC_SPRAY = "anaesthetic_spray"    # b
    BALL_BEARING_GUN = "ball_bearing_gun"      # c
    PELLET_GUN = "pellet_gun"                  # c
    RUBBER_BULLET_GUN = "rubber_bullet_gun"    # c
    PEPPER_GUN = "pepper_gun"                  # c
    TRANQUILIZER_GUN = "tranquilizer_gun"      # c
    AMMUNITION = "ammunition"                  # c


class Condition(StrEnum):
    """Decree 62/2015 Art. 77.1: instruments inspected and classified by quality."""

    GOOD = "good"
    REPAIRABLE = "repairable"
    UNREPAIRABLE = "unrepairable"


def registration_reasons(level):
    """Why an authority of ``level`` may not hold support instruments under this decree: Art.
    74.1 (enforcement officers of Departments and Sub-departments — since 2025 the provincial
    agencies and their offices), 76.2 (military authorities follow the Ministry of National
    Defence)."""
    if level in MILITARY_LEVELS:
        return ["the military authorities' support instruments follow the Ministry of National "
                "Defence's rules (Decree 62/2015 Art. 76.2, 77.3)"]
    if level == "general_department":
        return ["support instruments are provided to the enforcement authorities, not the "
                "managing authority (Decree 62/2015 Art. 74.1, 75.1)"]
    return []


def plan_submitter_reasons(level):
    """Why an authority of ``level`` may not submit a plan of support instruments: Decree
    62/2015 Art. 75.1 — the Director of a Department (provincial) formulates the plan for the
    officers of the province and submits it to the General Director."""
    if level != "provincial":
        return [f"a plan of support instruments is submitted by a provincial Department, not a "
                f"{level} authority (Decree 62/2015 Art. 75.1)"]
    return []


def allocation_decider_reasons(level):
    """Why an authority of ``level`` may not decide a plan's allocation: Decree 62/2015 Art.
    75.1 — the General Director decides the quantity and types provided."""
    if level != "general_department":
        return [f"the quantity and types of support instruments are decided by the General "
                f"Director, not a {level} authority (Decree 62/2015 Art. 75.1)"]
    return []


def allocation_reasons(kind, allocated, registered):
    """Why one more instrument of ``kind`` may not be registered under an allocation decision
    giving ``allocated`` (``{kind: quantity}``) when ``registered`` of that kind already are:
    Decree 62/2015 Art. 75.1 — instruments are provided in the quantity and types the General
    Director decided."""
    quantity = allocated.get(kind, 0)
    if registered >= quantity:
        return [f"the allocation provides {quantity} {kind}, and {registered} are registered "
                f"under it (Decree 62/2015 Art. 75.1)"]
    return []


def delivery_refusal_reasons(holdings, authority_id, on, suspended, status, condition):
    """Why an instrument of ``authority_id`` may not be delivered to an official on ``on``
    (Decree 62/2015 Art. 74.1, 75.2): only to an enforcement officer of that authority, before
    duty (not one suspended), an instrument in store and not found unrepairable (77.1)."""
    reasons = []
    if not holds_category_at(holdings, Category.ENFORCEMENT_OFFICER, authority_id, on):
        reasons.append(f"the official is not an enforcement officer of {authority_id} on "
                       f"{on.isoformat()} (Decree 62/2015 Art. 74.1, 75.2)")
    if suspended:
        reasons.append("the official is suspended from duty (Decree 62/2015 Art. 65)")
    if status != "in_store":
        reasons.append(f"the instrument is {status}, not in store (Decree 62/2015 Art. 75.2)")
    if condition == Condition.UNREPAIRABLE:
        reasons.append("the instrument was found unrepairable (Decree 62/2015 Art. 77.1)")
    return reasons


def disposal_refusal_reasons(instruments, province_ids):
    """Why a list of instruments may not be liquidated or destroyed (Decree 62/2015 Art. 77.1):
    the Department lists the *unrepairable* instruments *of the authorities in its province*,
    in store. ``instruments``: dicts with ``id``, ``authority_id``, ``status``, ``condition``;
    ``province_ids``: the Department and the authorities below it."""
    reasons = []
    for item in instruments:
        if item["authority_id"] not in province_ids:
            reasons.append(f"{item['id']} is not of an authority of the province (Decree "
                           "62/2015 Art. 77.1)")
        if item["condition"] != Condition.UNREPAIRABLE:
            reasons.append(f"{item['id']} is {item['condition'] or 'not inspected'}, not "
                           "unrepairable (Decree 62/2015 Art. 77.1)")
        if item["status"] != "in_store":
            reasons.append(f"{item['id']} is {item['status']}, not in store (Decree 62/2015 "
                           "Art. 75.2, 77.1)")
    return reasons
