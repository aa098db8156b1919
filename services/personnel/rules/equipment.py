"""Cards, uniforms and insignia of the officials (Decree 62/2015 Art. 73, 79-83). Pure: plain
values in; the allocation periods are dated rows of ``params``.
"""
from enum import StrEnum

from services.personnel.rules.staff import Category, Position, holds_on, position_kind

CARD_ISSUED = "Decree 62/2015 Art. 73.1-73.2"
CARD_RETURNED = "Decree 62/2015 Art. 73.1 (returned when the holder no longer holds the rank)"
CARD_LOST = "Decree 62/2015 Art. 73.1 (loss reported to the police and the authority)"
UNIFORM_ISSUED = "Decree 62/2015 Art. 82, 83"
ALLOCATION_KEY = "uniform_allocation.{item}"
FIRST_ISSUE_KEY = "uniform_first_issue.{item}"


class CardKind(StrEnum):
    """Decree 62/2015 Art. 73: the card an enforcement officer or an inspector wears on duty."""

    ENFORCEMENT_OFFICER = "enforcement_officer"
    INSPECTOR = "inspector"


def card_for(holdings, on):
    """The card an official is entitled to on ``on`` and the rank it shows, from the ranks held
    (Decree 62/2015 Art. 73.1: "changed according to his/her rank or position"): ``(kind,
    position)`` for each enforcement officer or inspector rank held that day."""
    cards = []
    for held in holdings:
        category = position_kind(held["position"]).category
        if category in (Category.ENFORCEMENT_OFFICER, Category.INSPECTOR) and holds_on(
                held["valid_from"], held["valid_to"], on):
            cards.append((CardKind(str(category)), held["position"]))
    return cards


def card_must_be_returned(card_kind, card_position, holdings, on):
    """Whether a card of ``card_kind`` showing ``card_position`` must be returned or replaced
    on ``on`` (Decree 62/2015 Art. 73.1): its holder no longer holds that rank."""
    return (CardKind(card_kind), card_position) not in card_for(holdings, on)


class UniformItem(StrEnum):
    """Decree 62/2015 Art. 82.2, 83.1 (and 83.3: insignia sets)."""

    AUTUMN_WINTER_UNIFORM = "autumn_winter_uniform"
    WINTER_COAT = "winter_coat"
    WINTER_SWEATER = "winter_sweater"
    SPRING_SUMMER_UNIFORM = "spring_summer_uniform"
    LONG_SLEEVED_SHIRT = "long_sleeved_shirt"
    WINTER_DRESS_UNIFORM = "winter_dress_uniform"
    SUMMER_DRESS_UNIFORM = "summer_dress_uniform"
    LEATHER_SHOES = "leather_shoes"
    LEATHER_BELT = "leather_belt"
    LEATHER_SANDALS = "leather_sandals"
    SOCKS = "socks"
    TIE = "tie"
    RAINCOAT = "raincoat"
    PEAKED_CAP = "peaked_cap"
    HELMET = "helmet"
    LEATHER_BRIEFCASE = "leather_briefcase"
    INSIGNIA = "insignia"


def _row(params, key, on):
    return next((r for r in params.history(key) if r.applies_on(on)), None)


def allocation(item, on, params):
    """``(quantity, years, row)`` of ``item`` in force on ``on`` (Decree 62/2015 Art. 83.1, 83.3:
    e.g. autumn and winter uniform 1 per 3 years; the row's value is "quantity/years")."""
    row = _row(params, ALLOCATION_KEY.format(item=item), on)
    quantity, years = (int(part) for part in str(row.value).split("/"))
    return quantity, years, row


def uniform_refusal_reasons(item, quantity, on, last, allowed, in_sweater_region,
                            replacement, military=False):
    """Why an issue of ``quantity`` of ``item`` on ``on`` is refused (Decree 62/2015 Art. 83).

    ``last``: ``None`` (never issued: the first issuance) or ``{"issued_on", "due_on"}`` of the
    last periodic issue, ``due_on`` the end of its period by the calendar (Civil Code Art.
    147-148), from which the next is due (83.1). ``allowed``: the quantity of this issue — the
    first issuance's (83.2.a: 2 sets of the autumn-winter and spring-summer uniforms and 2
    shirts; 83.3: 2 insignia sets) or the period's. ``replacement``: ``None`` or
    ``{"explanation", "accepted"}`` — a lost or damaged item is replaced when the explanation is
    accepted (83.2.b). The winter sweater only where 83.1.c gives it (Thua Thien Hue northwards
    and the Central Highlands). ``military``: the army's officials are clothed under the
    Minister of National Defence's rules (82.4), not these.
    """
    reasons = []
    if military:
        return ["the costumes of military judgment enforcement officials follow the Minister "
                "of National Defence's rules (Decree 62/2015 Art. 82.4, 80.2)"]
    if item == UniformItem.WINTER_SWEATER and not in_sweater_region:
        reasons.append("the winter sweater is for officials working from Thua Thien Hue "
                       "northwards and in the Central Highlands (Decree 62/2015 Art. 83.1.c)")
    if replacement is not None:
        if not replacement["accepted"]:
            reasons.append("a lost or damaged item is replaced only when the explanation is "
                           "accepted (Decree 62/2015 Art. 83.2.b)")
        return reasons
    if last is not None and on < last["due_on"]:
        reasons.append(f"{item} was issued on {last['issued_on'].isoformat()}; the next is due "
                       f"on {last['due_on'].isoformat()} (Decree 62/2015 Art. 83.1)")
    if quantity > allowed:
        what = "the first issuance" if last is None else "a period"
        reasons.append(f"{what} gives at most {allowed} {item} (Decree 62/2015 Art. 83.1, "
                       "83.2.a, 83.3)")
    return reasons


#: Decree 62/2015 Art. 81.5-81.6: shoulder badges and lapel of each rank.
RANK_INSIGNIA = {
    Position.ENFORCEMENT_OFFICER_SENIOR: ("Art. 81.5.a", "2 vertical yellow stripes, 2 vertical "
                                          "and 2 horizontal yellow embossed metal stars"),
    Position.ENFORCEMENT_OFFICER_INTERMEDIATE: ("Art. 81.5.b", "2 vertical yellow stripes, 3 "
                                                "yellow embossed metal stars"),
    Position.ENFORCEMENT_OFFICER_JUNIOR: ("Art. 81.5.c", "2 vertical yellow stripes, 2 yellow "
                                          "metal stars"),
    Position.SENIOR_INSPECTOR: ("Art. 81.6.a", "2 vertical and 2 horizontal yellow embossed "
                                "metal stars, 2 parallel horizontal yellow stripes at the end"),
    Position.CHIEF_INSPECTOR: ("Art. 81.6.b", "3 yellow embossed metal stars, 2 parallel "
                               "horizontal yellow stripes at the end"),
    Position.INSPECTOR: ("Art. 81.6.c", "2 yellow embossed metal stars, 2 parallel horizontal "
                         "yellow stripes at the end"),
}
OTHER_OFFICIAL = ("Art. 81.6.d", "1 yellow embossed metal star, 1 horizontal yellow metal "
                  "stripe at the end")
PLAIN_LAPEL = "fabric parallelogram, dark blue, a sword and shield in the middle"
EDGED_LAPEL = PLAIN_LAPEL + ", surrounded by a yellow metal edge"


def insignia(rank, post, level):
    """The insignia of an official holding ``rank`` (an enforcement officer or inspector
    ``Position``, or ``None``) and the managerial ``post`` (``head``, ``deputy_head`` or
    ``None``) at an authority of ``level`` (Decree 62/2015 Art. 81): ``{shoulder, lapel,
    article}``.

    81.5-81.6: the shoulder badges show the rank (81.6.d for other officials), with the plain
    lapel; 81.3: a Director or Deputy Director of a Department keeps the rank's shoulder badges
    with a single yellow laurel on the lapel; 81.4.b-c: of a Sub-department, the rank's shoulder
    badges with the edged lapel; 81.1: the General Director 2 vertical stars and crossed laurels,
    a Deputy 1 star, a single laurel on the lapel. 80.2: military insignia are the Ministry of
    National Defence's (``None``).
    """
    if level in ("military", "military_zone"):
        return None
    article, shoulder = RANK_INSIGNIA.get(rank, OTHER_OFFICIAL)
    lapel = PLAIN_LAPEL
    if post is not None and level == "general_department":
        stars = 2 if post == Position.HEAD else 1
        return {"shoulder": f"no stripes, {stars} vertical yellow embossed metal star(s), two "
                            "crossed laurels", "lapel": "a single yellow laurel",
                "article": "Decree 62/2015 Art. 81.1.a" if stars == 2
                else "Decree 62/2015 Art. 81.1.b"}
    if post is not None and level == "provincial":
        lapel, article = "a single yellow laurel", f"{article}; Art. 81.3"
    elif post is not None and level in ("district", "regional"):
        lapel, article = EDGED_LAPEL, f"{article}; Art. 81.4.b-c"
    return {"shoulder": shoulder, "lapel": lapel, "article": f"Decree 62/2015 {article}"}
