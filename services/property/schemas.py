"""The RPC inputs and outputs of the property service.

Every input field is a bounded type of ``shared.fields`` (issue 7 item 10): what passes fits its
column, and anything else is a ``ValidationError`` naming the field.
"""

from marshmallow import Schema, ValidationError as SchemaError, fields, validate

from shared import fields as f

from services.property.rules.items import KINDS
from services.property.rules.lifecycle import PropertyStatus

#: The years a planned moment may fall in: the lunar new year period of Decree 62/2015 Art. 13.2
#: needs the Vietnamese lunar data of the year before and after (``holidays``: 1901-2100).
FIRST_YEAR, LAST_YEAR = 1902, 2099


class PropertyIn(Schema):
    """An item of the debtor's property, as the enforcement officer records it. There is no
    ``authority``: the case's own, as ``cases`` announced it, is the item's (issue 7 item 1)."""

    case_id = f.Id(max_length=36, required=True)
    debtor_party_id = f.Id(max_length=50, required=True)
    kind = f.Text(max_length=30, required=True, validate=validate.OneOf(KINDS))
    description = f.Text(max_length=1000, required=True, multiline=True)
    estimated_value = f.Amount(load_default=None, allow_none=True)
    status = f.Text(max_length=20, required=True,
                    validate=validate.OneOf([str(s) for s in PropertyStatus]))
    recorded_on = f.Day(required=True)


class PropertyOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    debtor_party_id = fields.String()
    kind = fields.String()
    description = fields.String()
    estimated_value = fields.Integer()
    status = fields.String()
    recorded_on = fields.Date()
    recorded_by = fields.String()


def _within_lunar_data(moment):
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise SchemaError(f"Must be in the years {FIRST_YEAR} to {LAST_YEAR}.")


class ForcibleMeasureTimeIn(Schema):
    """A moment at which a forcible measure is planned (ISO 8601; without an offset it is
    Vietnam's time), and the debtor's traditional days if they are a policy beneficiary."""

    at = fields.DateTime(required=True, validate=_within_lunar_data)
    traditional_days = f.List(f.Day(), max_length=366, load_default=list)


class ReasonOut(Schema):
    code = fields.String()
    text = fields.String()
    article = fields.String()


class ForcibleMeasureTimeOut(Schema):
    allowed = fields.Boolean()
    local_time = fields.DateTime()
    reasons = fields.List(fields.Nested(ReasonOut))
    parameters_used = fields.List(fields.Dict())


PROPERTY_IN, PROPERTY_OUT, PROPERTIES_OUT = PropertyIn(), PropertyOut(), PropertyOut(many=True)
TIME_IN, TIME_OUT = ForcibleMeasureTimeIn(), ForcibleMeasureTimeOut()


# -- Issue 12: measures, and orders to banks, the State Treasury and VSDC.

from services.property.rules.measures import CATALOGUE, EXCEPTIONS  # noqa: E402


class DecisionIn(Schema):
    """The enforcement officer's decision the measure carries out (Art. 21.1(a), (b))."""

    decision_id = f.Id(max_length=64, required=True)
    number = f.Text(max_length=100, required=True)
    issued_on = f.Day(required=True)
    basis = f.Text(max_length=1000, required=True, multiline=True)
    officer = f.Text(max_length=200, required=True)
    authority_name = f.Text(max_length=200, required=True)


class HolderIn(Schema):
    name = f.Text(max_length=200, required=True)
    id_number = f.Id(max_length=30, required=True)


class SecuritiesHolderIn(HolderIn):
    id_issued_on = f.Day(required=True)  # Art. 13.5(a): the number and its day of issue


class AccountIn(Schema):
    institution = f.Id(max_length=64, required=True)
    account_number = f.Text(max_length=34, required=True,
                            validate=validate.Regexp(r"^[0-9A-Za-z.-]+$"))
    amount = f.Amount(minimum=1, required=True)


class MeasureIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    decision = fields.Nested(DecisionIn, required=True)
    obligation_amount = f.Amount(required=True)
    costs_amount = f.Amount(required=True)


class AccountFreezeIn(MeasureIn):
    """Freeze accounts (Art. 20.1): the amount on each. ``exception``: an exception of Art.
    13.1 when the total exceeds the obligation and costs."""

    holder = fields.Nested(HolderIn, required=True)
    accounts = f.List(fields.Nested(AccountIn), min_length=1, max_length=20, required=True)
    exception = f.Text(max_length=40, load_default=None, allow_none=True,
                       validate=validate.OneOf(sorted(EXCEPTIONS)))


class ReceivingAccountIn(Schema):
    name = f.Text(max_length=200, required=True)
    number = f.Text(max_length=34, required=True, validate=validate.Regexp(r"^[0-9A-Za-z.-]+$"))
    bank = f.Text(max_length=200, required=True)


class GarnishmentIn(MeasureIn):
    """Garnish what banks froze (Art. 21): when (``at``, ``minutes``: its planned span, checked
    whole against the no-coercion times), where the money goes (21.1(e)), by when (21.1(g))."""

    at = fields.AwareDateTime(required=True, validate=_within_lunar_data)
    minutes = f.StrictInteger(minimum=1, maximum=24 * 60, required=True)
    traditional_days = f.List(f.Day(), max_length=366, load_default=list)
    receiving_account = fields.Nested(ReceivingAccountIn, required=True)
    garnish_by = f.Day(required=True)


class SecurityIn(Schema):
    ticker = f.Text(max_length=10, required=True, validate=validate.Regexp(r"^[A-Z0-9]{1,10}$"))
    quantity = f.StrictInteger(minimum=1, maximum=10**15, required=True)


class SecuritiesFreezeIn(MeasureIn):
    """Freeze listed securities at VSDC (Art. 13.5(a))."""

    institution = f.Id(max_length=64, load_default="vsdc")
    holder = fields.Nested(SecuritiesHolderIn, required=True)
    securities = f.List(fields.Nested(SecurityIn), min_length=1, max_length=100, required=True)


class MeasureOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    kind = fields.String()
    category = fields.String()
    status = fields.String()
    decision_number = fields.String()
    obligation_amount = fields.Integer()
    costs_amount = fields.Integer()
    targeted_amount = fields.Integer()
    exception = fields.String(allow_none=True)
    explanation = fields.String()
    reasons = fields.List(fields.Dict())
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())


class OrderOut(Schema):
    """An order and its answer; ``message`` (with the account number) only to the case's
    officers (Art. 20.3)."""

    id = fields.String()
    measure_id = fields.String(allow_none=True)
    case_id = fields.String()
    institution = fields.String()
    kind = fields.String()
    status = fields.String()
    amount = fields.Integer(allow_none=True)
    sent_on = fields.Date()
    answer_due_on = fields.Date()
    answered_on = fields.Date(allow_none=True)
    answered_amount = fields.Integer(allow_none=True)
    transfer_reference = fields.String(allow_none=True)
    reason_code = fields.String(allow_none=True)
    reason = fields.String(allow_none=True)
    lifts_order_id = fields.String(allow_none=True)
    lift_order_id = fields.String(allow_none=True)
    message = fields.Dict()


class MeasureWithOrdersOut(Schema):
    measure = fields.Nested(MeasureOut)
    orders = fields.List(fields.Nested(OrderOut))


class OwedOrderOut(Schema):
    order_id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    kind = fields.String()
    sent_on = fields.Date()
    answer_due_on = fields.Date()
    days_late = fields.Integer()


class InstitutionOwesOut(Schema):
    institution = fields.String()
    outstanding = fields.Integer()
    overdue = fields.Integer()
    max_days_late = fields.Integer()
    orders = fields.List(fields.Nested(OwedOrderOut))


FREEZE_IN, GARNISH_IN, SECURITIES_FREEZE_IN = (AccountFreezeIn(), GarnishmentIn(),
                                               SecuritiesFreezeIn())
MEASURE_OUT, ORDERS_OUT = MeasureWithOrdersOut(), OrderOut(many=True)
OWES_OUT = InstitutionOwesOut(many=True)


FORCIBLE_KINDS = sorted(k for k, (category, _) in CATALOGUE.items() if category == "forcible")


class ForcibleMeasureIn(MeasureIn):
    """A forcible measure planned: its kind, the value it targets, when and how long it runs,
    whether the case is major or complicated (Art. 13.3) and when the People's Committee was
    told."""

    kind = f.Text(max_length=40, required=True, validate=validate.OneOf(FORCIBLE_KINDS))
    targeted_amount = f.Amount(required=True)
    exception = f.Text(max_length=40, load_default=None, allow_none=True,
                       validate=validate.OneOf(sorted(EXCEPTIONS)))
    starts_at = fields.AwareDateTime(required=True, validate=_within_lunar_data)
    minutes = f.StrictInteger(minimum=1, maximum=7 * 24 * 60, required=True)
    traditional_days = f.List(f.Day(), max_length=366, load_default=list)
    complex_case = fields.Boolean(load_default=False)
    committee_reported_on = f.Day(load_default=None, allow_none=True)


class TransactionReportsIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    addressed_to = f.Text(max_length=200, required=True)
    property_ids = f.List(f.Id(max_length=36), min_length=1, max_length=100, required=True)
    requested_on = f.Day(required=True)


class TransactionReportsOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    addressed_to = fields.String()
    property_ids = fields.List(fields.String())
    requested_on = fields.Date()
    requested_by = fields.String()


FORCIBLE_IN, TRANSACTION_REPORTS_IN = ForcibleMeasureIn(), TransactionReportsIn()
TRANSACTION_REPORTS_OUT = TransactionReportsOut()


class CollectionIn(MeasureIn):
    """One period's collection from income (Law Art. 78) or profit (Art. 22)."""

    kind = f.Text(max_length=40, required=True,
                  validate=validate.OneOf(["income_deduction", "profit_collection"]))
    period_on = f.Day(required=True)
    period_amount = f.Amount(required=True)
    income_kind = f.Text(max_length=10, load_default="salary",
                         validate=validate.OneOf(["salary", "other"]))
    agreed_percent = f.StrictInteger(minimum=0, maximum=100, load_default=None,
                                     allow_none=True)
    members = f.StrictInteger(minimum=1, maximum=50, required=True)
    area = f.Text(max_length=10, required=True, validate=validate.OneOf(["rural", "urban"]))
    minimum_retained = f.Amount(load_default=0)


COLLECTION_IN = CollectionIn()


class SecuritiesAccountIn(Schema):
    name = f.Text(max_length=200, required=True)
    number = f.Text(max_length=34, required=True, validate=validate.Regexp(r"^[0-9A-Za-z.-]+$"))
    member = f.Text(max_length=200, required=True)


class SecuritiesTransferIn(MeasureIn):
    """Distraint of frozen securities and the request that VSDC transfer them (Art. 13.5(b))."""

    freeze_order_id = f.Id(max_length=36, required=True)
    notified_on = f.Day(required=True)  # the valid notification of the distraint decision
    automatic = fields.Boolean(load_default=False)  # enforcement decision issued automatically
    to_account = fields.Nested(SecuritiesAccountIn, required=True)


class SecuritiesSaleIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    decision = fields.Nested(DecisionIn, required=True)
    transfer_order_id = f.Id(max_length=36, required=True)
    agreement_reached = fields.Boolean(load_default=False)
    automatic = fields.Boolean(load_default=False)
    agreed_price = f.Amount(minimum=1, load_default=None, allow_none=True)
    proceeds_account = fields.Nested(ReceivingAccountIn, required=True)


SECURITIES_TRANSFER_IN, SECURITIES_SALE_IN = SecuritiesTransferIn(), SecuritiesSaleIn()
ORDER_OUT = OrderOut()


class ThirdPartyRequestIn(Schema):
    """A written request to a third party (Art. 23.1, 23.3)."""

    case_id = f.Id(max_length=36, required=True)
    holder_name = f.Text(max_length=200, required=True)
    holder_address = f.Text(max_length=500, required=True)
    description = f.Text(max_length=1000, required=True, multiline=True)
    amount = f.Amount(load_default=None, allow_none=True)
    requested_on = f.Day(required=True)
    comply_by = f.Day(required=True)


class ThirdPartyResponseIn(Schema):
    request_id = f.Id(max_length=36, required=True)
    complied = fields.Boolean(required=True)
    delivered_elsewhere = fields.Boolean(load_default=False)
    delivered_amount = f.Amount(load_default=None, allow_none=True)
    reference = f.Text(max_length=128, load_default=None, allow_none=True)
    responded_on = f.Day(required=True)


class ThirdPartyRequestOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    holder_name = fields.String()
    holder_address = fields.String()
    description = fields.String()
    amount = fields.Integer(allow_none=True)
    requested_on = fields.Date()
    comply_by = fields.Date()
    status = fields.String()
    responded_on = fields.Date(allow_none=True)
    delivered_amount = fields.Integer(allow_none=True)
    consequence = fields.String(allow_none=True)
    consequence_article = fields.String(allow_none=True)


THIRD_PARTY_IN, THIRD_PARTY_RESPONSE_IN = ThirdPartyRequestIn(), ThirdPartyResponseIn()
THIRD_PARTY_OUT = ThirdPartyRequestOut()


class EnterpriseIn(Schema):
    name = f.Text(max_length=200, required=True)
    address = f.Text(max_length=500, required=True)


class ShareDistraintIn(MeasureIn):
    """Shares, stakes or securities not sold through VSDC (Art. 13.6, 13.7)."""

    holding = f.Text(max_length=1000, required=True, multiline=True)
    estimated_value = f.Amount(required=True)
    listed = fields.Boolean(load_default=False)
    registered_at_vsdc = fields.Boolean(load_default=False)
    sellable_on_exchange = fields.Boolean(load_default=True)
    enterprise = fields.Nested(EnterpriseIn, required=True)
    exception = f.Text(max_length=40, load_default=None, allow_none=True,
                       validate=validate.OneOf(sorted(EXCEPTIONS)))


SHARE_DISTRAINT_IN = ShareDistraintIn()
