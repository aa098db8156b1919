"""Auctions of seized property (Decree 62/2015 Art. 27, 31; Law on Civil Judgment Enforcement
Art. 101-104 as summarised in rules.md), as pure functions of plain values and the law context.

Every period is a ``TimeLimit`` the handlers owe on the deadline book; every number is a dated
row of legal_parameters.yaml read through ``law.params``.
"""
from dataclasses import dataclass

from shared.legal import TimeLimit

#: Who chose the auction organisation (Art. 27.1): the litigants by agreement, else the officer.
BY_AGREEMENT, BY_OFFICER = "agreement", "officer"
CHOSEN_BY = (BY_AGREEMENT, BY_OFFICER)
#: How a co-owner's right to buy the debtor's share is settled (Art. 27.1).
CO_OWNER_BY_AGREEMENT, CO_OWNER_BY_LOT = "agreement", "lot"
#: Who may auction intellectual property rights (Art. 31.1).
AUCTION_BODY, OFFICER = "auction_body", "officer"

AUCTION_ANNOUNCED = "Decree 62/2015 Art. 27.1, 27.3; Law on Civil Judgment Enforcement Art. 101"
SOLD_TO_CO_OWNER = "Decree 62/2015 Art. 27.1 (second paragraph)"
AUCTION_FAILED = "Law on Civil Judgment Enforcement Art. 104"
NOT_AUCTIONED_DEBTS_COVERED = "Decree 62/2015 Art. 27.3 (first paragraph)"
SALE_VOIDED = "Decree 62/2015 Art. 27.3 (second paragraph), 27.5"
PRICE_REDUCED = "Law on Civil Judgment Enforcement Art. 104"
IP_AUCTIONEER = "Decree 62/2015 Art. 31.1"
MOVABLE_AUCTIONEER = "Decree 62/2015 Art. 27.2; Law on Civil Judgment Enforcement Art. 101.3(b)"
SEIZED_PROPERTY_AUCTIONED = "Decree 62/2015 Art. 27; Law on Civil Judgment Enforcement Art. 101"

HOLD_MOVABLE = TimeLimit(
    rule_id="law101-auction-movable", article="Law on Civil Judgment Enforcement Art. 101",
    length_key="auction_hold_movable_days", unit="days",
    description="Auction a movable within 30 days of signing the auction contract.")
HOLD_REAL_PROPERTY = TimeLimit(
    rule_id="law101-auction-real-property", article="Law on Civil Judgment Enforcement Art. 101",
    length_key="auction_hold_real_property_days", unit="days",
    description="Auction real property within 45 days of signing the auction contract.")
BUYER_PAYMENT = TimeLimit(
    rule_id="decree27.3-buyer-payment", article="Decree 62/2015 Art. 27.3",
    length_key="auction_payment_days", unit="days",
    description="The buyer pays the price into the authority's account within 30 days of the "
                "successful auction; the limit is never extended.")
HANDOVER = TimeLimit(
    rule_id="decree27.3-handover", article="Decree 62/2015 Art. 27.3",
    length_key="auction_handover_days", unit="days",
    description="Hand the property over to the buyer within 60 days of full payment, save "
                "force majeure or objective hindrance.")
PAYOUT = TimeLimit(
    rule_id="decree27.4-payout", article="Decree 62/2015 Art. 27.4; Law Art. 47",
    length_key="auction_payout_days", unit="days",
    description="Pay the money out to the creditors within 10 days of the hand-over.")

#: Law Art. 101: the kinds of property item that are real property (the 45-day limit).
REAL_PROPERTY_KINDS = ("real_estate",)


def organisation_selection(chosen_by):
    """Decree 62/2015 Art. 27.1 (first paragraph): the auction organisation is the one the
    litigants agreed on; failing agreement the officer selects one under the law on property
    auction; for intellectual property rights the officer may conduct the auction (Art.
    31.1(b)). Returns the article the choice rests on."""
    return {"agreement": "Decree 62/2015 Art. 27.1 (the litigants' agreement)",
            "officer": "Decree 62/2015 Art. 27.1 (no agreement: the officer selects under the "
                       "law on property auction)",
            "officer_conducts": "Decree 62/2015 Art. 31.1(b)"}[chosen_by]


def hold_limit(kind):
    """Law Art. 101: real property is auctioned within 45 days of the auction contract, any
    other property (a movable) within 30 days; returns the ``TimeLimit`` for an item's kind."""
    return HOLD_REAL_PROPERTY if kind in REAL_PROPERTY_KINDS else HOLD_MOVABLE


@dataclass(frozen=True)
class Lot:
    key: str  # what the caller names the lot by (the property item's id)
    value: int  # VND: the starting price, the value the property was set at


def seized_for_auction(seizure_outcomes):
    """Decree 62/2015 Art. 27 (auction of *seized* property); Law Art. 101: an item is auctioned
    only once the office decided to seize it (a voluntary hand-over of Art. 24.4 and 24.6 is
    recorded as a seizure too); a refused seizure or a notice to the mortgagee is not one."""
    return "seized" in seizure_outcomes


def descending_order(lots):
    """Decree 62/2015 Art. 27.3: several properties of one auction are auctioned in descending
    order of value. Returns the lots, highest value first (ties in the order given)."""
    return sorted(lots, key=lambda lot: -lot.value)


def lots_before(sequence, results):
    """Decree 62/2015 Art. 27.3: the result of the lot at ``sequence`` (1 = the most valuable)
    comes after those of every more valuable lot. ``results`` maps each earlier sequence to
    whether it has a result; returns the sequences still without one (empty: in order)."""
    return sorted(s for s, done in results.items() if s < sequence and not done)


def debts_and_costs_covered(sold_prices, debts_and_costs):
    """Decree 62/2015 Art. 27.3: once the amounts from the properties sold are enough for the
    debts and the costs, the remaining properties are not auctioned. ``sold_prices`` are the
    prices of the sales that stand (VND)."""
    return sum(sold_prices) >= debts_and_costs


def paid_in_time(paid_on, due_on):
    """Decree 62/2015 Art. 27.3: the buyer pays within the 30 days (``due_on``, the last day
    from the deadline book); the limit is never extended, so a payment after it voids the sale."""
    return paid_on <= due_on


def paid_in_full(price, deposit, paid):
    """Decree 62/2015 Art. 27.3: the buyer's deposit counts toward the price; the sale is paid
    in full when the deposit and the payments together reach the price (VND)."""
    return deposit + paid >= price


def forfeited_deposit(deposit):
    """Decree 62/2015 Art. 27.5: a buyer who does not pay loses the whole deposit to the State
    budget (it covers late payment interest, compensation and costs). Returns the VND forfeited."""
    return deposit


@dataclass(frozen=True)
class Reduction:
    allowed: bool
    lowest_price: int  # VND: the lowest starting price the reduction may set
    creditor_may_take: bool  # after this reduction fails, the creditor may take the property
    parameters_used: tuple


def price_reduction(previous_price, new_price, reductions_before, law, on):
    """Law Art. 104 (rules.md): after a failed auction the starting price may be reduced, each
    time by at most 10% of the previous starting price; once the second reduction has failed
    the creditor may take the property at that price. ``reductions_before`` counts the earlier
    reductions of this property. Integer VND: the lowest price is rounded up to the đồng."""
    percent = law.params.value("auction_price_reduction_max_percent", on)
    rounds = law.params.value("auction_reductions_before_creditor_takes", on)
    lowest = -(-previous_price * (100 - int(percent.value)) // 100)
    allowed = lowest <= new_price < previous_price
    return Reduction(allowed, lowest, reductions_before + 1 >= int(rounds.value),
                     (percent.as_record(), rounds.as_record()))


def co_owner_buyer(wishing, agreed_on=None, draw=None):
    """Decree 62/2015 Art. 27.1: before the first auction, co-owners who wish to buy the debtor's
    share at the set price agree on who buys; failing agreement, the officer draws lots.
    Returns ``(buyer, how)``: ``agreed_on`` if it is one of ``wishing``; else the one ``draw``
    (a callable taking the sorted list) picks. None when nobody wishes to buy."""
    wishing = sorted(set(wishing))
    if not wishing:
        return None, None
    if agreed_on is not None and agreed_on in wishing:
        return agreed_on, CO_OWNER_BY_AGREEMENT
    if len(wishing) == 1:
        return wishing[0], CO_OWNER_BY_AGREEMENT
    return draw(wishing), CO_OWNER_BY_LOT


@dataclass(frozen=True)
class InterestSplit:
    to_enforcement: int  # VND joined to the proceeds
    to_buyer: int  # VND owed to the buyer
    days_within: int
    days_total: int


def term_deposit_interest(interest, paid_on, handover_due_on, handed_over_on):
    """Decree 62/2015 Art. 27.4: the buyer's money is kept in a 1-month term deposit until the
    hand-over; the interest earned within the 60 days before hand-over of Art. 27.3 joins the
    money for enforcement, the interest earned after that limit belongs to the buyer. The
    bank's ``interest`` (VND) is split pro rata by days; the buyer's part is the remainder, so
    nothing is lost to rounding."""
    days_total = max((handed_over_on - paid_on).days, 0)
    days_within = max((min(handed_over_on, handover_due_on) - paid_on).days, 0)
    if days_total == 0:
        return InterestSplit(interest, 0, 0, 0)
    to_enforcement = interest * days_within // days_total
    return InterestSplit(to_enforcement, interest - to_enforcement, days_within, days_total)


def handed_over_late(handed_over_on, due_on):
    """Decree 62/2015 Art. 27.3: a hand-over after the 60 days is late unless force majeure or
    an objective hindrance is recorded; the buyer may then ask to cancel (Art. 27.4)."""
    return handed_over_on > due_on


def ip_auctioneer(assessed_value, law, on, auction_body_available=True):
    """Decree 62/2015 Art. 31.1: intellectual property rights assessed at over VND 10 million
    are auctioned by an auction body; up to it, or where no auction body is available or will
    sign, by the enforcement officer. Returns ``(who, parameter record)``."""
    limit = law.params.value("ip_auction_by_officer_max_vnd", on)
    body = assessed_value > int(limit.value) and auction_body_available
    return (AUCTION_BODY if body else OFFICER), limit.as_record()


def personal_property_values(piece_values, same_kind_or_integrated):
    """Decree 62/2015 Art. 27.2: the value of auctioned personal property that Law Art. 101.3(b)
    and 101.4 measure is the value of each piece; for pieces of the same kind and for an
    integrated whole, the total value of the pieces in the one auction. Returns the values to
    measure (VND): one per piece, or the one total."""
    return [sum(piece_values)] if same_kind_or_integrated else list(piece_values)


def movable_auctioneer(piece_values, same_kind_or_integrated, law, on):
    """Law Art. 101.3(b) measured as Decree 62/2015 Art. 27.2 says: the officer himself
    auctions a movable valued below VND 10,000,000 - every measured value (each piece, or the
    total of pieces of the same kind) must be below it; otherwise an auction body does.
    Returns ``(who, measured values, parameter record)``."""
    limit = law.params.value("movable_auction_by_officer_below_vnd", on)
    values = personal_property_values(piece_values, same_kind_or_integrated)
    officer = all(v < int(limit.value) for v in values)
    return (OFFICER if officer else AUCTION_BODY), values, limit.as_record()
