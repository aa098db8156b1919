"""Entrustment of enforcement to another authority (Decree 62/2015 Art. 16, 34, 35; Law on
Civil Judgment Enforcement Art. 55-57 as rules.md reads them).

The authority competent where a place is comes from ``personnel`` (its map of administrative
divisions); which place to entrust to is decided here.
"""
from dataclasses import dataclass

from shared.legal import TimeLimit

PROPERTY, COLLATERAL = "property", "collateral"
HEAD_OFFICE, WORK, RESIDENCE = "head_office", "work", "residence"
#: Decree Art. 16.1: where the debtor's property or head office is, or where they work or live
#: (``collateral``: Art. 16.3, property declared as collateral for a specific payable).
PLACE_KINDS = (COLLATERAL, PROPERTY, HEAD_OFFICE, WORK, RESIDENCE)

ENTRUSTED = "Decree 62/2015 Art. 16; Law on Civil Judgment Enforcement Art. 55"

ENTRUSTMENT_DECISION = TimeLimit(
    rule_id="law57-entrustment-decision",
    article="Law on Civil Judgment Enforcement Art. 57.1; Decree 62/2015 Art. 16",
    length_key="entrustment_decision_working_days", unit="working_days",
    description="Decide the entrustment within 5 working days of establishing its ground.")
URGENT_ENTRUSTMENT = TimeLimit(
    rule_id="decree35.2-urgent-entrustment",
    article="Decree 62/2015 Art. 35.2; Law on Civil Judgment Enforcement Art. 57.1",
    length_key="urgent_entrustment_days", unit="days",
    description="Entrust a temporary emergency measure at once (the same day).")


@dataclass(frozen=True)
class Choice:
    index: int
    clause: str
    reason: str


def place_to_entrust(places, amount_due):
    """Decree 62/2015 Art. 16.1-16.3: the place whose authority is entrusted, with the clause
    and the reason. ``places`` are dicts (``kind``, ``value`` in đồng or None,
    ``agreed_by_litigants``); ``amount_due`` the sum the case enforces in đồng (None if none).

    Art. 16.3: property declared as collateral for the payable, in another area, is entrusted
    where it lies. Art. 16.2, when property lies in several places: (a) where the litigants
    agreed; (b) where the property suffices to satisfy the judgment (the most valuable of those);
    (c) where the most valuable property lies. Art. 16.1: with no property place, where the head
    office is, then where the debtor works, then where they reside."""
    def first(kind):
        return next((i for i, p in enumerate(places) if p["kind"] == kind), None)

    if (i := first(COLLATERAL)) is not None:
        return Choice(i, "16.3", "the collateral for the payable lies there")
    holding = [i for i, p in enumerate(places) if p["kind"] == PROPERTY]
    if len(holding) == 1:
        return Choice(holding[0], "16.1", "the debtor's property lies there")
    if holding:
        agreed = [i for i in holding if places[i].get("agreed_by_litigants")]
        if agreed:
            return Choice(agreed[0], "16.2.a", "the litigants agreed on it")
        value = {i: places[i].get("value") or 0 for i in holding}
        enough = [i for i in holding if amount_due is not None and value[i] >= amount_due]
        if enough:
            best = max(enough, key=lambda i: (value[i], -i))
            return Choice(best, "16.2.b", "the property there suffices to satisfy the judgment")
        best = max(holding, key=lambda i: (value[i], -i))
        return Choice(best, "16.2.c", "the most valuable property lies there")
    for kind, why in ((HEAD_OFFICE, "the debtor's head office is there"),
                      (WORK, "the debtor works there"), (RESIDENCE, "the debtor resides there")):
        if (i := first(kind)) is not None:
            return Choice(i, "16.1", why)
    return None


#: Decree Art. 16.1: a party's own address is where a person resides or an organisation has
#: its head office (the other places — property, work — are not its address).
ADDRESS_PLACE = {"person": RESIDENCE, "organisation": HEAD_OFFICE}


def address_is_place(place_kind, party_kind):
    """Whether a place of ``place_kind`` may be taken from the judgment's address of a party of
    ``party_kind`` (Decree 62/2015 Art. 16.1: where the debtor resides, for a person, or has its
    head office, for an organisation)."""
    return ADDRESS_PLACE.get(party_kind) == place_kind


def entrusted_to_itself(from_authority, to_authority):
    """Decree Art. 16.1: entrustment is to **another** authority; a place under the case's own
    authority is enforced there without entrustment."""
    return from_authority == to_authority
