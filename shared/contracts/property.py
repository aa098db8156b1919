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


@contract("valuing_body.chosen", version=1, source="property")
class ValuingBodyChosenV1(Schema):
    """One step of choosing who values seized property (Decree 62/2015 Art. 25.1, 26.1; Law
    Art. 98.3(a)): the agreed body, one in the province, one in another province, the finance
    authority; a contract concluded or not (``no_contract`` opens the next step), the finance
    authority ``chosen``, or the choice ``refused`` as out of order, with its reasons."""

    choice_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    property_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    step = fields.String(required=True, validate=validate.OneOf(
        ["agreement", "in_province", "other_province", "finance_authority"]))
    valuing_body = fields.String(required=True, validate=validate.Length(min=1, max=200))
    chosen_on = fields.Date(required=True)
    outcome = fields.String(required=True, validate=validate.OneOf(
        ["contracted", "no_contract", "chosen", "refused"]))
    reasons = _reasons()


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


@contract("securities_ownership_transfer.ordered", version=1, source="property")
class SecuritiesOwnershipTransferOrderedV1(Order):
    """After the auction of unlisted securities frozen by ``freeze_order_id`` (Decree 62/2015
    Art. 13.6), transfer their ownership to the ``buyer``'s ``buyer_account``. VSDC answers
    ``securities_transferred`` (or ``order_refused``)."""

    holder = fields.Nested(Holder, required=True)
    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))
    freeze_order_id = Uuid(required=True)
    auction_id = Uuid(required=True)
    buyer = fields.Nested(Holder, required=True)
    buyer_account = fields.Nested(SecuritiesAccount, required=True)


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
