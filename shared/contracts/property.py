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


# -- Orders to institutions (issue 12): signed messages to banks, the State Treasury and VSDC.
# Published on ``property.events`` with the routing key ``institution.<institution>.<type>``, so
# each institution binds only its own orders (Decree 62/2015 Art. 20.3: account data reaches only
# the institution that holds the account). docs/integrations.md is the institutions' guide.

from shared.contracts.signed import (Ident, IsoDate, Money, SecurityLine,  # noqa: E402
                                     SignedMessage, Uuid)


class OrderDecision(Schema):
    """The enforcement officer's decision the order executes."""

    decision_id = Ident(required=True)
    number = Ident(100, required=True)
    issued_on = IsoDate(required=True)
    basis = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    officer = fields.String(required=True, validate=validate.Length(min=1, max=200))
    authority_name = fields.String(required=True, validate=validate.Length(min=1, max=200))


class Holder(Schema):
    """The judgment debtor as the institution knows them: name and identity (or enterprise
    registration) number, with its day of issue where the decree asks for it (Art. 13.5(a))."""

    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    id_number = Ident(30, required=True)
    id_issued_on = IsoDate(allow_none=True)


class Order(SignedMessage):
    order_id = Uuid(required=True)
    decision = fields.Nested(OrderDecision, required=True)
    answer_due_on = IsoDate(required=True)


@contract("account_freeze.ordered", version=1, source="property")
class AccountFreezeOrderedV1(Order):
    """Freeze ``amount`` VND on the account (Decree 62/2015 Art. 20.1). The bank or the State
    Treasury answers ``account_frozen`` with what it froze, or ``order_refused``."""

    holder = fields.Nested(Holder, required=True)
    account_number = Ident(34, required=True)
    amount = Money(required=True)


class Garnishee(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    address = fields.String(required=True, validate=validate.Length(min=1, max=500))


class ReceivingAccount(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    number = Ident(34, required=True)
    bank = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("account_garnishment.ordered", version=1, source="property")
class AccountGarnishmentOrderedV1(Order):
    """Garnish the account (Decree 62/2015 Art. 21.1): (a) ``decision.issued_on``, (b)
    ``decision.basis``, (c) ``holder.name`` and ``account_number``, (d) ``garnishee``, (dd)
    ``amount``, (e) ``receiving_account`` of the enforcement authority, (g) ``garnish_by``. The
    garnishee executes it as soon as received (Art. 21.3) and answers ``account_garnished``."""

    holder = fields.Nested(Holder, required=True)
    account_number = Ident(34, required=True)
    garnishee = fields.Nested(Garnishee, required=True)
    amount = Money(required=True)
    receiving_account = fields.Nested(ReceivingAccount, required=True)
    garnish_by = IsoDate(required=True)
    freeze_order_id = Uuid(allow_none=True)


@contract("account_freeze_lift.ordered", version=1, source="property")
class AccountFreezeLiftOrderedV1(Order):
    """Lift the freeze ordered by ``lifts_order_id`` (the obligation is fulfilled, or the freeze
    is no longer needed). Answered ``account_freeze_lifted``."""

    lifts_order_id = Uuid(required=True)
    account_number = Ident(34, required=True)


@contract("securities_freeze.ordered", version=1, source="property")
class SecuritiesFreezeOrderedV1(Order):
    """Freeze listed securities (Decree 62/2015 Art. 13.5(a)): the holder's name, identity
    number and its day of issue, the ticker symbols and quantities. VSDC freezes them within 1
    working day of receipt and answers ``securities_frozen``."""

    holder = fields.Nested(Holder, required=True)
    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))


@contract("securities_freeze_lift.ordered", version=1, source="property")
class SecuritiesFreezeLiftOrderedV1(Order):
    """Lift the securities freeze ordered by ``lifts_order_id``."""

    lifts_order_id = Uuid(required=True)


class SecuritiesAccount(Schema):
    """The enforcement authority's securities account at a depository member."""

    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    number = Ident(34, required=True)
    member = fields.String(required=True, validate=validate.Length(min=1, max=200))


@contract("securities_transfer.ordered", version=1, source="property")
class SecuritiesTransferOrderedV1(Order):
    """Transfer the distrained securities (frozen by ``freeze_order_id``) to the enforcement
    authority's securities account (Decree 62/2015 Art. 13.5(b)): VSDC transfers within 05
    working days and answers ``securities_transferred``."""

    holder = fields.Nested(Holder, required=True)
    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))
    freeze_order_id = Uuid(required=True)
    to_account = fields.Nested(SecuritiesAccount, required=True)


@contract("securities_sale.ordered", version=1, source="property")
class SecuritiesSaleOrderedV1(Order):
    """Sell the transferred securities (Art. 13.5(b)): ``method`` ``agreed`` (at the litigants'
    ``agreed_price`` per unit) or ``matching_orders_at_reference_price``; the proceeds go to
    ``proceeds_account``. Answered ``securities_sold``."""

    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))
    transfer_order_id = Uuid(required=True)
    method = fields.String(required=True, validate=validate.OneOf(
        ["agreed", "matching_orders_at_reference_price"]))
    agreed_price = Money(allow_none=True)
    proceeds_account = fields.Nested(ReceivingAccount, required=True)


ORDER_OUTCOMES = ["frozen", "garnished", "refused", "lifted", "transferred", "sold"]


@contract("institution_order.answered", version=1, source="property")
class InstitutionOrderAnsweredV1(Schema):
    """An institution answered an order (for the platform: no account number, no holder)."""

    order_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.Length(min=1, max=40))
    institution = fields.String(required=True, validate=validate.Length(min=1, max=64))
    outcome = fields.String(required=True, validate=validate.OneOf(ORDER_OUTCOMES))
    answered_on = fields.Date(required=True)
    amount = fields.Integer(strict=True, load_default=None, allow_none=True)
    reason_code = fields.String(load_default=None, allow_none=True)


@contract("measure.decided", version=1, source="property")
class MeasureDecidedV1(Schema):
    """The enforcement officer decided a security or forcible measure (Decree 62/2015 Art. 13,
    19-21) - ``status`` ``decided`` - or the platform refused it with its reasons and legal basis
    (``refused``: disproportionate, Art. 13.1; within the no-coercion times, Law Art. 46 and
    Art. 13.2; nothing frozen to garnish). No account number or holder."""

    measure_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    kind = fields.String(required=True, validate=validate.Length(min=1, max=40))
    category = fields.String(required=True, validate=validate.OneOf(["security", "forcible"]))
    status = fields.String(required=True, validate=validate.OneOf(["decided", "refused"]))
    decision_number = fields.String(required=True, validate=validate.Length(min=1, max=100))
    targeted_amount = fields.Integer(required=True, strict=True)
    reasons = fields.List(fields.Dict(), load_default=list)
    legal_basis = fields.String(required=True, validate=validate.Length(min=1, max=300))


@contract("transaction_reports.requested", version=1, source="property")
class TransactionReportsRequestedV1(Schema):
    """The officer asked a competent authority (a land registry, a vehicle registry...) to report
    at once any transaction on the debtor's other property (Decree 62/2015 Art. 13.8)."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    addressed_to = fields.String(required=True, validate=validate.Length(min=1, max=200))
    property_ids = fields.List(fields.String(validate=validate.Length(min=1, max=64)),
                               required=True)
    requested_on = fields.Date(required=True)


@contract("third_party.requested", version=1, source="property")
class ThirdPartyRequestedV1(Schema):
    """A written request to a third party holding the debtor's money or property (Decree
    62/2015 Art. 23), and later its answer: ``status`` ``requested``, ``complied`` or
    ``not_complied`` with the ``consequence`` (``forcible_measures``; or
    ``compensation_and_forcible_measures`` when it gave them to the debtor, Art. 23.2). No
    party's identity."""

    request_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    status = fields.String(required=True, validate=validate.OneOf(
        ["requested", "complied", "not_complied"]))
    consequence = fields.String(load_default=None, allow_none=True)
    on = fields.Date(required=True)


@contract("enterprise.notified", version=1, source="property")
class EnterpriseNotifiedV1(Schema):
    """The enterprise in which the debtor holds shares or a stake is notified in writing of
    their distraint, so that ownership is not transferred nor the property's condition changed
    until the enforcement authority decides (Decree 62/2015 Art. 13.7). ``notifications`` may
    deliver the notice; the enterprise is a legal person, the debtor is not named."""

    measure_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    enterprise_name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    enterprise_address = fields.String(required=True, validate=validate.Length(min=1, max=500))
    holding = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    notified_on = fields.Date(required=True)
