"""Events published by the ``property`` service.

Written before the property work of issues 12 and 14 so that ``cases`` (the ledger) and
``disclosure`` (public notices) could be built against the same language at the same time.
"""
from marshmallow import Schema, fields, validate

from shared.registry import contract

COLLECTION_SOURCES = ["garnishment", "income_deduction", "profit_collection", "third_party",
                      "securities_sale", "auction_proceeds", "impounded_money"]


@contract("funds.collected", version=1, source="property")
class FundsCollectedV1(Schema):
    """Money came into the enforcement authority's account from a measure of ``property``
    (Decree 62/2015 Art. 21, 22, 23, 13.5-13.7, 27): a garnishment a bank executed, a deduction of
    income, a sale of securities, the proceeds of an auction. ``cases`` records it in the case's
    ledger (it owns the ledger; issue 13). The envelope's ``case_id`` names the case.

    ``collection_id`` is unique per receipt: a repeated event with the same id changes nothing.
    ``amount`` is integer VND. ``reference`` is the institution's transfer reference or the
    auction's contract number; ``institution`` the bank, VSDC or auction organisation, if any."""

    collection_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    source = fields.String(required=True, validate=validate.OneOf(COLLECTION_SOURCES))
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    collected_on = fields.Date(required=True)
    reference = fields.String(required=True, validate=validate.Length(min=1, max=128))
    institution = fields.String(load_default=None, allow_none=True,
                                validate=validate.Length(min=1, max=64))
    measure_id = fields.String(load_default=None, allow_none=True,
                               validate=validate.Length(min=1, max=64))
    obligation_ids = fields.List(fields.String(validate=validate.Length(min=1, max=64)),
                                 load_default=list)


@contract("auction.announced", version=1, source="property")
class AuctionAnnouncedV1(Schema):
    """An auction of seized property was announced (Decree 62/2015 Art. 27; Law Art. 101-102):
    ``disclosure`` publishes the notice on the public portal (Art. 12.5) from ``posted_on``
    until ``auction_on``. Nothing here names a party's identity number or an account."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_description = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    starting_price = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    deposit = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    auction_organisation = fields.String(required=True, validate=validate.Length(min=1, max=200))
    venue = fields.String(required=True, validate=validate.Length(min=1, max=500))
    posted_on = fields.Date(required=True)
    registration_closes_on = fields.Date(required=True)
    auction_on = fields.Date(required=True)


@contract("auction.cancelled", version=1, source="property")
class AuctionCancelledV1(Schema):
    """An announced auction will not take place (or its sale was voided, Art. 27.5): the portal
    marks the notice cancelled with the reason."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    cancelled_on = fields.Date(required=True)
    reason = fields.String(required=True, validate=validate.Length(min=1, max=1000))


# Issue 14 (property part 2): the office's acts on seized property. Reasons are the decision's
# own ({code, text, article}); no party's identity number, account or buyer's name is carried.

class ReasonV1(Schema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=64))
    text = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    article = fields.String(required=True, validate=validate.Length(min=1, max=300))


def _reasons():
    return fields.List(fields.Nested(ReasonV1), load_default=list)


@contract("seizure.decided", version=1, source="property")
class SeizureDecidedV1(Schema):
    """The officer seized an item of the debtor's property (Decree 62/2015 Art. 24), or the
    office refused to (``outcome: refused``, with reasons: e.g. out of the enterprise order of
    24.5), or notified the mortgagee instead (24.3)."""

    seizure_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    outcome = fields.String(required=True, validate=validate.OneOf(
        ["seized", "refused", "mortgagee_notified"]))
    decided_on = fields.Date(required=True)
    value_seized = fields.Integer(load_default=None, allow_none=True, strict=True)
    voluntary = fields.Boolean(required=True)
    reasons = _reasons()


@contract("revaluation.decided", version=1, source="property")
class RevaluationDecidedV1(Schema):
    """A request to value seized property again (Decree 62/2015 Art. 17) was accepted (the
    valuation is owed by ``valuation_due_on``) or refused with reasons (17.1 not all met)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    outcome = fields.String(required=True, validate=validate.OneOf(["accepted", "refused"]))
    requested_on = fields.Date(required=True)
    valuation_due_on = fields.Date(load_default=None, allow_none=True)
    reasons = _reasons()


@contract("valuation.recorded", version=1, source="property")
class ValuationRecordedV1(Schema):
    """Seized property was valued (Decree 62/2015 Art. 17.2, 25, 26; Law Art. 98)."""

    valuation_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    valued_on = fields.Date(required=True)
    value = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    chosen_by = fields.String(required=True, validate=validate.Length(min=1, max=30))
    little_value = fields.Boolean(required=True)
    revaluation_request_id = fields.String(load_default=None, allow_none=True)


@contract("auction.sold", version=1, source="property")
class AuctionSoldV1(Schema):
    """A lot was sold, at auction or to a co-owner at the set price (Decree 62/2015 Art. 27.1,
    27.3): the buyer owes the price by ``payment_due_on`` (30 days, never extended)."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    sold_on = fields.Date(required=True)
    price = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    buyer_chosen_by = fields.String(required=True, validate=validate.OneOf(
        ["bidding", "agreement", "lot"]))
    payment_due_on = fields.Date(required=True)


@contract("auction.failed", version=1, source="property")
class AuctionFailedV1(Schema):
    """Nobody bought a lot at its starting price (Law Art. 104); after the second reduction the
    creditor may take the property at that price (``creditor_may_take``)."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    failed_on = fields.Date(required=True)
    starting_price = fields.Integer(required=True, strict=True)
    reductions = fields.Integer(required=True, strict=True)
    creditor_may_take = fields.Boolean(required=True)


@contract("auction.payment_received", version=1, source="property")
class AuctionPaymentReceivedV1(Schema):
    """The buyer paid within the 30 days (Art. 27.3). ``total_paid`` counts the deposit; once
    ``paid_in_full`` the hand-over is owed by ``handover_due_on`` (60 days)."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    received_on = fields.Date(required=True)
    amount = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    total_paid = fields.Integer(required=True, strict=True)
    paid_in_full = fields.Boolean(required=True)
    handover_due_on = fields.Date(load_default=None, allow_none=True)


@contract("auction.handed_over", version=1, source="property")
class AuctionHandedOverV1(Schema):
    """The property is with the buyer (Art. 27.3); the money is owed out by ``payout_due_on``
    (10 days, Art. 27.4). ``late``: after the 60 days."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    handed_over_on = fields.Date(required=True)
    late = fields.Boolean(required=True)
    proceeds = fields.Integer(required=True, strict=True)
    payout_due_on = fields.Date(required=True)


@contract("auction.paid_out", version=1, source="property")
class AuctionPaidOutV1(Schema):
    """The proceeds were paid out to the creditors (Art. 27.4; Law Art. 47)."""

    auction_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    paid_out_on = fields.Date(required=True)


@contract("revaluation.difference_requested", version=1, source="property")
class RevaluationDifferenceRequestedV1(Schema):
    """After a re-valuation the recipient of the property was asked in writing to pay the
    difference by ``due_on`` (30 days, Decree 62/2015 Art. 17.3)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    difference = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    requested_on = fields.Date(required=True)
    due_on = fields.Date(required=True)


@contract("revaluation.difference_settled", version=1, source="property")
class RevaluationDifferenceSettledV1(Schema):
    """The difference was paid in time (``paid``), or was not and the property goes to auction
    (``auction``; Decree 62/2015 Art. 17.3)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    outcome = fields.String(required=True, validate=validate.OneOf(["paid", "auction"]))
    settled_on = fields.Date(required=True)


@contract("impoundment.recorded", version=1, source="property")
class ImpoundmentRecordedV1(Schema):
    """Property or documents were impounded (Decree 62/2015 Art. 18.2) and stored (Law Art. 58);
    or returned (``status: returned``) against proof of ownership (18.3)."""

    impoundment_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    status = fields.String(required=True, validate=validate.OneOf(["impounded", "returned"]))
    kind = fields.String(required=True, validate=validate.Length(min=1, max=30))
    on = fields.Date(required=True)


@contract("expropriated_property.progressed", version=1, source="property")
class ExpropriatedPropertyProgressedV1(Schema):
    """Expropriated evidence or property: notified to the responsible authority (``notified``,
    ``due_on`` its 10 days, Art. 32.2), received (``received``), a destruction council
    established (``council_established``, ``due_on`` its 10 days, Art. 33.1) or destroyed."""

    expropriated_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    status = fields.String(required=True, validate=validate.OneOf(
        ["notified", "received", "council_established", "destroyed"]))
    on = fields.Date(required=True)
    due_on = fields.Date(load_default=None, allow_none=True)
    late = fields.Boolean(load_default=False)


@contract("certificate_request.progressed", version=1, source="property")
class CertificateRequestProgressedV1(Schema):
    """A proposal to revoke or cancel a certificate reached the land authority (``sent``, its
    decision owed by ``due_on``: 25 working days, Decree 62/2015 Art. 28.2(b)), or it decided
    (``decided``; ``late`` after the limit)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    status = fields.String(required=True, validate=validate.OneOf(["sent", "decided"]))
    on = fields.Date(required=True)
    due_on = fields.Date(required=True)
    late = fields.Boolean(load_default=False)


@contract("valuation_consultation.progressed", version=1, source="property")
class ValuationConsultationProgressedV1(Schema):
    """The finance authority was asked for its opinion on a value (``requested``, owed by
    ``due_on``: 15 days, Decree 62/2015 Art. 26.1), answered (``answered``; ``late`` after the
    15 days), or did not and the head turned to the People's Committee (``escalated``)."""

    consultation_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    status = fields.String(required=True, validate=validate.OneOf(
        ["requested", "answered", "escalated"]))
    on = fields.Date(required=True)
    due_on = fields.Date(required=True)
    late = fields.Boolean(load_default=False)
