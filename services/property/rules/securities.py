"""Securities (Decree 62/2015 Art. 13.5-13.7), as pure rules: which route a holding takes, the
litigants' window to agree a sale, VSDC's transfer and the sale that follows."""
from shared.legal import TimeLimit

ART_13_5_B = "Decree 62/2015 Art. 13.5(b)"
ART_13_6 = "Decree 62/2015 Art. 13.6"
ART_13_7 = "Decree 62/2015 Art. 13.7"

AGREEMENT_WINDOW = TimeLimit(
    "decree13.5b-sale-agreement-window", ART_13_5_B + " (within 05 working days of the valid "
    "notification of the distraint the litigants may agree a sale)",
    "securities_sale_agreement_working_days", "working_days",
    "the litigants may agree on the sale of distrained securities")
VSDC_TRANSFER = TimeLimit(
    "decree13.5b-vsdc-transfer", ART_13_5_B + " (VSDC transfers within 05 working days of the "
    "written request)", "vsdc_securities_transfer_working_days", "working_days",
    "VSDC transfers the distrained securities to the enforcement authority")
SALE_AFTER_TRANSFER = TimeLimit(
    "decree13.5b-sale-after-transfer", ART_13_5_B + " (the officer sells within 02 working days "
    "of the completed transfer)", "securities_sale_after_transfer_working_days", "working_days",
    "the enforcement officer sells the transferred securities")

OWNERSHIP_TRANSFER = TimeLimit(
    "decree13.6-ownership-transfer", ART_13_6 + " (after the sale VSDC is asked in writing to "
    "transfer the ownership to the buyer; the limit is the platform's reading)",
    "vsdc_ownership_transfer_working_days", "working_days",
    "VSDC transfers the ownership of the sold securities to the buyer")
OWNERSHIP_TRANSFER_ORDERED = ART_13_6 + " (after the sale, VSDC asked in writing to transfer " \
                                        "the ownership of the securities to the buyer)"

AGREED, MATCHING_ORDERS = "agreed", "matching_orders_at_reference_price"
LISTED, UNLISTED_AT_VSDC, OUTSIDE_VSDC = "art_13_5", "art_13_6", "art_13_7"
WINDOW_OPEN = "agreement_window_open"


def handling_route(listed, registered_at_vsdc, sellable_on_exchange=True):
    """How securities are handled: listed (or registered for trading) and sellable -> Art. 13.5
    (freeze at VSDC, transfer, sale by agreement or matching orders); registered at VSDC but
    unlisted, or listed but not sellable -> Art. 13.6 (freeze, valuation and auction, VSDC
    transfers ownership to the buyer); anything else (shares, stakes outside VSDC) -> Art. 13.7
    (distraint with written notice to the enterprise)."""
    if listed and sellable_on_exchange:
        return LISTED
    if registered_at_vsdc:
        return UNLISTED_AT_VSDC
    return OUTSIDE_VSDC


def transfer_requestable(notified_on, on, automatic, law):
    """May the authority ask VSDC to transfer distrained securities on ``on``? (Art. 13.5(b):
    only after the litigants' 05 working days from the valid notification of the distraint;
    at once when the enforcement decision was issued automatically.) Returns ``(allowed,
    window_last_day or None, ParameterValue or None)``."""
    if automatic:
        return True, None, None
    length, used = AGREEMENT_WINDOW.resolve(law.params, notified_on)
    last = law.calendar.due_date(notified_on, length, AGREEMENT_WINDOW.unit)
    return on > last, last, used


def sale_method(agreement_reached, automatic):
    """Art. 13.5(b): sell under the litigants' agreement; without one (or when the decision was
    issued automatically) by matching orders at the reference price."""
    return AGREED if agreement_reached and not automatic else MATCHING_ORDERS


def sale_due_on(transferred_on, law):
    """The last day to sell after VSDC completed the transfer (Art. 13.5(b): 02 working days)."""
    length, used = SALE_AFTER_TRANSFER.resolve(law.params, transferred_on)
    return law.calendar.due_date(transferred_on, length, SALE_AFTER_TRANSFER.unit), used


ENTERPRISE_NOTICE = ART_13_7 + " (written notice to the enterprise in which the debtor holds " \
                              "capital, so that ownership is not transferred nor the property's " \
                              "condition changed until the authority decides)"


def distraint_route(listed, registered_at_vsdc, sellable_on_exchange=True):
    """How a distraint of shares or stakes proceeds (Art. 13.5-13.7): ``(route, article,
    steps)``; Art. 13.7 alone requires the written notice to the enterprise."""
    route = handling_route(listed, registered_at_vsdc, sellable_on_exchange)
    return (route, *{
        LISTED: (ART_13_5_B, "freeze at VSDC, then transfer and sale by agreement or "
                             "matching orders"),
        UNLISTED_AT_VSDC: (ART_13_6, "freeze at VSDC, valuation and auction, then VSDC "
                                     "transfers ownership to the buyer"),
        OUTSIDE_VSDC: (ART_13_7, "distraint with written notice to the enterprise, valuation "
                                 "and auction"),
    }[route])


def securities_to_transfer(ordered, reported):
    """Decree 62/2015 Art. 13.5(b): VSDC transfers the *distrained* securities, those it froze
    under 13.5(a) and reported freezing - not the quantities the order asked for. Per ticker of
    the order, the quantity VSDC reported (never more than ordered: the decision's cap); a
    ticker it did not report is not transferred. The same holds for the sale after the
    transfer (what VSDC reported transferring). Lines are ``{ticker, quantity}``; returns them
    in the order's order."""
    got = {}
    for line in reported:
        got[line["ticker"]] = got.get(line["ticker"], 0) + line["quantity"]
    lines = ({"ticker": line["ticker"], "quantity": min(line["quantity"],
                                                          got.get(line["ticker"], 0))}
             for line in ordered)
    return [line for line in lines if line["quantity"] > 0]


#: Auction statuses in which the buyer has paid the price in full (Decree 62/2015 Art. 27.3).
PAID_STATUSES = ("paid", "handed_over", "paid_out")


def ownership_transfer_refusals(item_kind, auction_status):
    """Decree 62/2015 Art. 13.6: VSDC is asked to transfer the ownership of unlisted securities
    to the buyer only *after the sale* of those securities - the item sold is securities and
    its buyer paid in full (Art. 27.3: the sale stands only once paid). Returns the reasons the
    request cannot be sent (none: it may)."""
    reasons = []
    if item_kind != "securities":
        reasons.append({"code": "not_securities", "article": ART_13_6,
                        "text": f"the auctioned item is {item_kind}, not securities"})
    if auction_status not in PAID_STATUSES:
        reasons.append({"code": "not_sold_and_paid", "article": ART_13_6 + "; Decree 62/2015 "
                        "Art. 27.3", "text": f"the auction is {auction_status}: the securities "
                        "are transferred to the buyer only after a sale paid in full"})
    return reasons
