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
