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


# Part 2 (issue 14): auctions (Decree 62/2015 Art. 27, 31; Law Art. 101-104).

class LotIn(Schema):
    """``pieces``: the value of each piece of a movable lot (Art. 27.2), when it has several;
    ``same_kind_or_integrated``: the pieces are of one kind or an integrated whole (their total
    is then the value measured)."""

    property_id = f.Id(max_length=36, required=True)
    starting_price = f.Amount(minimum=1, required=True)
    deposit = f.Amount(required=True)
    pieces = f.List(f.Amount(minimum=1), max_length=500, load_default=None, allow_none=True)
    same_kind_or_integrated = fields.Boolean(load_default=False)


class AuctionAnnouncementIn(Schema):
    """The auction contract and notice of one or more seized items of a case (Art. 27.1, 27.3).
    ``organisation_chosen_by``: ``agreement`` of the litigants, else ``officer``; for
    intellectual property rights the officer may conduct it himself (``officer_conducts``,
    Art. 31.1(b)), and a movable valued below VND 10 million (Law Art. 101.3(b), Art. 27.2). ``previous_auction_id``: the failed auction this one repeats (Law Art. 104)."""

    case_id = f.Id(max_length=36, required=True)
    organisation = f.Text(max_length=200, required=True)
    organisation_chosen_by = f.Text(max_length=20, required=True, validate=validate.OneOf(
        ["agreement", "officer", "officer_conducts"]))
    auction_body_available = fields.Boolean(load_default=True)
    contract_number = f.Text(max_length=100, required=True)
    contract_signed_on = f.Day(required=True)
    debts_and_costs = f.Amount(minimum=1, required=True)
    venue = f.Text(max_length=500, required=True)
    posted_on = f.Day(required=True)
    registration_closes_on = f.Day(required=True)
    auction_on = f.Day(required=True)
    lots = f.List(fields.Nested(LotIn), min_length=1, max_length=50, required=True)
    previous_auction_id = f.Id(max_length=36, load_default=None, allow_none=True)


class AuctionResultIn(Schema):
    auction_id = f.Id(max_length=36, required=True)
    held_on = f.Day(required=True)
    outcome = f.Text(max_length=10, required=True, validate=validate.OneOf(["sold", "failed"]))
    price = f.Amount(minimum=1, load_default=None, allow_none=True)


class CoOwnerSaleIn(Schema):
    """Co-owners who wish to buy the debtor's share at the set price (Art. 27.1), and the one
    they agreed on, if any (otherwise the officer draws lots)."""

    auction_id = f.Id(max_length=36, required=True)
    sold_on = f.Day(required=True)
    co_owners = f.List(f.Text(max_length=200), min_length=1, max_length=20, required=True)
    agreed_buyer = f.Text(max_length=200, load_default=None, allow_none=True)


class AuctionPaymentIn(Schema):
    auction_id = f.Id(max_length=36, required=True)
    paid_on = f.Day(required=True)
    amount = f.Amount(minimum=1, required=True)


class AuctionVoidIn(Schema):
    auction_id = f.Id(max_length=36, required=True)
    voided_on = f.Day(required=True)


class HandOverIn(Schema):
    """``interest``: what the 1-month term deposit earned until the hand-over (Art. 27.4);
    ``hindrance``: the force majeure or objective hindrance of a late hand-over, if any."""

    auction_id = f.Id(max_length=36, required=True)
    handed_over_on = f.Day(required=True)
    interest = f.Amount(load_default=0)
    hindrance = f.Text(max_length=1000, load_default=None, allow_none=True, multiline=True)


class PayoutIn(Schema):
    auction_id = f.Id(max_length=36, required=True)
    paid_out_on = f.Day(required=True)


class AuctionOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    property_id = fields.String()
    session_id = fields.String()
    sequence = fields.Integer()
    status = fields.String()
    organisation = fields.String()
    organisation_chosen_by = fields.String()
    contract_number = fields.String()
    contract_signed_on = fields.Date()
    starting_price = fields.Integer()
    deposit = fields.Integer()
    debts_and_costs = fields.Integer()
    venue = fields.String()
    posted_on = fields.Date()
    registration_closes_on = fields.Date()
    auction_on = fields.Date()
    previous_auction_id = fields.String(allow_none=True)
    reductions = fields.Integer()
    buyer = fields.String(allow_none=True)
    buyer_chosen_by = fields.String(allow_none=True)
    price = fields.Integer(allow_none=True)
    sold_on = fields.Date(allow_none=True)
    payment_due_on = fields.Date(allow_none=True)
    paid = fields.Integer()
    paid_on = fields.Date(allow_none=True)
    handover_due_on = fields.Date(allow_none=True)
    handed_over_on = fields.Date(allow_none=True)
    handover_late = fields.Boolean(allow_none=True)
    hindrance = fields.String(allow_none=True)
    proceeds = fields.Integer(allow_none=True)
    payout_due_on = fields.Date(allow_none=True)
    paid_out_on = fields.Date(allow_none=True)
    closed_on = fields.Date(allow_none=True)
    deposit_forfeited = fields.Integer(allow_none=True)
    creditor_may_take = fields.Boolean()
    reasons = fields.List(fields.Dict())
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()
    recorded_by = fields.String()


ANNOUNCEMENT_IN, RESULT_IN, CO_OWNER_IN = (AuctionAnnouncementIn(), AuctionResultIn(),
                                           CoOwnerSaleIn())
PAYMENT_IN, VOID_IN, HAND_OVER_IN, PAYOUT_IN = (AuctionPaymentIn(), AuctionVoidIn(), HandOverIn(),
                                                PayoutIn())
AUCTION_OUT, AUCTIONS_OUT = AuctionOut(), AuctionOut(many=True)


# Part 2 (issue 14): valuation and re-valuation (Decree 62/2015 Art. 17, 25, 26).

class RevaluationRequestIn(Schema):
    """A litigant's request to value seized property again because its price changed (Art.
    17.1-17.2), with what 17.1 asks: whether the debtor performed voluntarily, whether the
    advance was paid, and the values (VND) when the judgment took effect and now."""

    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    requested_by = f.Text(max_length=200, required=True)
    requested_on = f.Day(required=True)
    performed_voluntarily = fields.Boolean(required=True)
    advance_paid = fields.Boolean(required=True)
    value_at_judgment = f.Amount(minimum=1, required=True)
    current_price = f.Amount(required=True)


class ValuationIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    valued_on = f.Day(required=True)
    value = f.Amount(required=True)
    valuing_body = f.Text(max_length=200, required=True)
    chosen_by = f.Text(max_length=30, required=True,
                       validate=validate.OneOf(["agreement", "officer", "officer_other_province",
                                                "finance_authority", "officer_little_value"]))
    revaluation_request_id = f.Id(max_length=36, load_default=None, allow_none=True)
    #: Art. 26.1: the finance authority's opinion this valuation records, if it is one.
    consultation_id = f.Id(max_length=36, load_default=None, allow_none=True)


class DifferenceRequestIn(Schema):
    request_id = f.Id(max_length=36, required=True)
    requested_on = f.Day(required=True)


class DifferenceSettlementIn(Schema):
    """``paid_on``: the day the difference was paid, if it was; ``on``: the day of the act."""

    request_id = f.Id(max_length=36, required=True)
    on = f.Day(required=True)
    paid_on = f.Day(load_default=None, allow_none=True)


class RevaluationRequestOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    requested_by = fields.String()
    requested_on = fields.Date()
    outcome = fields.String()
    reasons = fields.List(fields.Dict())
    valuation_due_on = fields.Date(allow_none=True)
    difference = fields.Integer(allow_none=True)
    difference_requested_on = fields.Date(allow_none=True)
    difference_due_on = fields.Date(allow_none=True)
    difference_outcome = fields.String(allow_none=True)
    difference_settled_on = fields.Date(allow_none=True)
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()
    decided_by = fields.String()


class ValuationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    valued_on = fields.Date()
    value = fields.Integer()
    valuing_body = fields.String()
    chosen_by = fields.String()
    revaluation_request_id = fields.String(allow_none=True)
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()
    recorded_by = fields.String()


REVALUATION_IN, VALUATION_IN = RevaluationRequestIn(), ValuationIn()
DIFFERENCE_REQUEST_IN, DIFFERENCE_SETTLEMENT_IN = DifferenceRequestIn(), DifferenceSettlementIn()
REVALUATION_OUT, VALUATION_OUT = RevaluationRequestOut(), ValuationOut()


# Part 2 (issue 14): seizure (Decree 62/2015 Art. 24).

class SeizureIn(Schema):
    """The facts Art. 24 turns on: the debtor (an enterprise follows the order of 24.5 unless
    ``order_exception``), what is seized, a transaction after measures (24.1), joint ownership
    and the debtor's share (24.2), a mortgage (24.3), a voluntary hand-over (24.4, 24.6)."""

    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    decided_on = f.Day(required=True)
    debtor_kind = f.Text(max_length=20, required=True,
                         validate=validate.OneOf(["individual", "enterprise"]))
    category = f.Text(max_length=30, required=True, validate=validate.OneOf(
        ["account", "precious_metal", "gemstone", "debt_instrument", "land_house", "other"]))
    value = f.Amount(required=True)
    debts_and_costs = f.Amount(required=True)
    accounts_exhausted = fields.Boolean(load_default=False)
    valuables_exhausted = fields.Boolean(load_default=False)
    order_exception = f.Text(max_length=30, load_default=None, allow_none=True,
                             validate=validate.OneOf(["court_judgment", "litigants_agreement"]))
    transaction = f.Text(max_length=20, load_default="none", validate=validate.OneOf(
        ["none", "not_transferred", "transferred"]))
    jointly_owned = fields.Boolean(load_default=False)
    share_numerator = f.StrictInteger(minimum=1, maximum=10**6, load_default=None,
                                      allow_none=True)
    share_denominator = f.StrictInteger(minimum=1, maximum=10**6, load_default=None,
                                        allow_none=True)
    other_property_sufficient = fields.Boolean(load_default=False)
    litigants_requested = fields.Boolean(load_default=False)
    secured_debt = f.Amount(load_default=None, allow_none=True)
    mortgagee = f.Text(max_length=200, load_default=None, allow_none=True)
    voluntary = fields.Boolean(load_default=False)


class SeizureOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    outcome = fields.String()
    decided_on = fields.Date()
    debtor_kind = fields.String()
    category = fields.String()
    value_seized = fields.Integer(allow_none=True)
    voluntary = fields.Boolean()
    reasons = fields.List(fields.Dict())
    legal_basis = fields.String()
    computations = fields.Dict()
    decided_by = fields.String()


SEIZURE_IN, SEIZURE_OUT = SeizureIn(), SeizureOut()


# Part 2 (issue 14): impoundment (Art. 18), expropriated property (Art. 32, 33), certificates
# (Art. 28).

class FaceValueIn(Schema):
    face_value = f.Amount(minimum=1, required=True)
    quantity = f.StrictInteger(minimum=1, maximum=10**7, required=True)


class WitnessIn(Schema):
    name = f.Text(max_length=200, required=True)
    role = f.Text(max_length=10, required=True,
                  validate=validate.OneOf(["owner", "relative", "witness"]))


class ImpoundmentIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    impounded_on = f.Day(required=True)
    owner_name = f.Text(max_length=200, required=True)
    kind = f.Text(max_length=30, required=True, validate=validate.OneOf(
        ["money", "precious_metal_gem", "document", "other"]))
    description = f.Text(max_length=1000, required=True, multiline=True)
    currency = f.Text(max_length=3, load_default=None, allow_none=True)
    face_values = f.List(fields.Nested(FaceValueIn), max_length=50, load_default=list)
    serial_numbers = f.List(f.Text(max_length=30), max_length=1000, load_default=list)
    sealed = fields.Boolean(load_default=False)
    witnesses = f.List(fields.Nested(WitnessIn), max_length=10, load_default=list)
    seal_description = f.Text(max_length=1000, load_default=None, allow_none=True,
                              multiline=True)
    storage = f.Text(max_length=300, required=True)


class ImpoundmentReturnIn(Schema):
    impoundment_id = f.Id(max_length=36, required=True)
    returned_on = f.Day(required=True)
    returned_to = f.Text(max_length=200, required=True)
    proof = f.Text(max_length=30, load_default=None, allow_none=True)
    warehouse_keeper = f.Text(max_length=200, required=True)


class ImpoundmentOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    status = fields.String()
    impounded_on = fields.Date()
    owner_name = fields.String()
    kind = fields.String()
    description = fields.String()
    currency = fields.String(allow_none=True)
    face_values = fields.List(fields.Dict())
    serial_numbers = fields.List(fields.String())
    sealed = fields.Boolean()
    witnesses = fields.List(fields.Dict())
    seal_description = fields.String(allow_none=True)
    storage = fields.String()
    returned_on = fields.Date(allow_none=True)
    returned_to = fields.String(allow_none=True)
    return_proof = fields.String(allow_none=True)
    legal_basis = fields.String()
    computations = fields.Dict()


class ExpropriatedIn(Schema):
    """``disposal``: ``hand_over`` to the responsible authority (``started_on``: the day it
    received the notice, Art. 32.2) or ``destroy`` (``started_on``: the day the council was
    established, Art. 33.1)."""

    case_id = f.Id(max_length=36, required=True)
    description = f.Text(max_length=1000, required=True, multiline=True)
    disposal = f.Text(max_length=20, required=True,
                      validate=validate.OneOf(["hand_over", "destroy"]))
    responsible_authority = f.Text(max_length=200, load_default=None, allow_none=True)
    started_on = f.Day(required=True)


class ExpropriatedCompletionIn(Schema):
    expropriated_id = f.Id(max_length=36, required=True)
    on = f.Day(required=True)
    method = f.Text(max_length=300, load_default=None, allow_none=True)


class ExpropriatedOut(Schema):
    id = fields.String()
    case_id = fields.String()
    description = fields.String()
    disposal = fields.String()
    status = fields.String()
    responsible_authority = fields.String(allow_none=True)
    notice_received_on = fields.Date(allow_none=True)
    receipt_due_on = fields.Date(allow_none=True)
    received_on = fields.Date(allow_none=True)
    storage_at_receivers_cost_from = fields.Date(allow_none=True)
    council_established_on = fields.Date(allow_none=True)
    destruction_due_on = fields.Date(allow_none=True)
    destroyed_on = fields.Date(allow_none=True)
    method = fields.String(allow_none=True)
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()


class CertificateProposalIn(Schema):
    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    certificate_number = f.Text(max_length=100, required=True)
    act = f.Text(max_length=10, required=True, validate=validate.OneOf(["revoke", "cancel"]))
    first_issue = fields.Boolean(required=True)
    received_on = f.Day(required=True)


class CertificateDecisionIn(Schema):
    request_id = f.Id(max_length=36, required=True)
    decided_on = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)


class CertificateRequestOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    certificate_number = fields.String()
    act = fields.String()
    addressed_to = fields.String()
    received_on = fields.Date()
    due_on = fields.Date()
    decided_on = fields.Date(allow_none=True)
    decision_number = fields.String(allow_none=True)
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()


IMPOUNDMENT_IN, IMPOUNDMENT_RETURN_IN, IMPOUNDMENT_OUT = (ImpoundmentIn(), ImpoundmentReturnIn(),
                                                          ImpoundmentOut())
EXPROPRIATED_IN, EXPROPRIATED_DONE_IN, EXPROPRIATED_OUT = (ExpropriatedIn(),
                                                           ExpropriatedCompletionIn(),
                                                           ExpropriatedOut())
CERTIFICATE_IN, CERTIFICATE_DECISION_IN, CERTIFICATE_OUT = (CertificateProposalIn(),
                                                            CertificateDecisionIn(),
                                                            CertificateRequestOut())



class ConsultationIn(Schema):
    """Art. 26.1: the finance authority asked for its opinion, the request received on
    ``received_on``."""

    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    finance_authority = f.Text(max_length=200, required=True)
    received_on = f.Day(required=True)


class ConsultationEscalationIn(Schema):
    consultation_id = f.Id(max_length=36, required=True)
    escalated_on = f.Day(required=True)


class ConsultationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    finance_authority = fields.String()
    received_on = fields.Date()
    due_on = fields.Date()
    answered_on = fields.Date(allow_none=True)
    escalated_on = fields.Date(allow_none=True)
    legal_basis = fields.String()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()


class ValuingBodyChoiceIn(Schema):
    """Art. 25.1, 26.1: one step of choosing who values the item: ``agreement`` (the body the
    litigants appointed), ``in_province``, ``other_province`` or ``finance_authority``;
    ``contract_concluded``: whether a contract was signed with the body (a false one opens the
    next step; it is not asked of the finance authority)."""

    case_id = f.Id(max_length=36, required=True)
    property_id = f.Id(max_length=36, required=True)
    step = f.Text(max_length=20, required=True, validate=validate.OneOf(
        ["agreement", "in_province", "other_province", "finance_authority"]))
    valuing_body = f.Text(max_length=200, required=True)
    province = f.Text(max_length=100, required=True)
    chosen_on = f.Day(required=True)
    contract_concluded = fields.Boolean(load_default=True)


class ValuingBodyChoiceOut(Schema):
    id = fields.String()
    case_id = fields.String()
    property_id = fields.String()
    step = fields.String()
    valuing_body = fields.String()
    province = fields.String()
    chosen_on = fields.Date()
    outcome = fields.String()
    reasons = fields.List(fields.Dict())
    legal_basis = fields.String()
    computations = fields.Dict()
    decided_by = fields.String()


VALUING_BODY_CHOICE_IN, VALUING_BODY_CHOICE_OUT = ValuingBodyChoiceIn(), ValuingBodyChoiceOut()

CONSULTATION_IN, ESCALATION_IN, CONSULTATION_OUT = (ConsultationIn(), ConsultationEscalationIn(),
                                                    ConsultationOut())


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


class OwnershipTransferIn(Schema):
    """After the auction of unlisted securities (Art. 13.6): the sale (``auction_id``), the
    freeze VSDC executed (``freeze_order_id``), the buyer and the buyer's securities account."""

    case_id = f.Id(max_length=36, required=True)
    decision = fields.Nested(DecisionIn, required=True)
    freeze_order_id = f.Id(max_length=36, required=True)
    auction_id = f.Id(max_length=36, required=True)
    buyer = fields.Nested(SecuritiesHolderIn, required=True)
    buyer_account = fields.Nested(SecuritiesAccountIn, required=True)


SECURITIES_TRANSFER_IN, SECURITIES_SALE_IN = SecuritiesTransferIn(), SecuritiesSaleIn()
OWNERSHIP_TRANSFER_IN = OwnershipTransferIn()
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
