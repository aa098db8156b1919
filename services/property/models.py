"""The property service's own tables: the judgment debtor's property in a case."""
from datetime import date, datetime

from sqlalchemy import Boolean, Integer, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.known_cases import KnownCaseColumns
from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class PropertyItem(Base):
    """One item of a judgment debtor's property, declared by the debtor or found by the officer
    (Law Art. 44; Decree 62/2015 Art. 9.1: type, value and conditions of each property)."""

    __tablename__ = "property_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(1000))
    # VND, as estimated when recorded (Art. 9.1); unknown until valued (Art. 26).
    estimated_value: Mapped[int | None] = mapped_column(Numeric(18, 0))
    status: Mapped[str] = mapped_column(String(20))  # a rules.lifecycle.PropertyStatus
    recorded_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class KnownCase(KnownCaseColumns, Base):
    """An enforcement case as ``cases`` announced it (``enforcement_case.opened``): the only
    source of a case's authority here (shared.known_cases)."""

    __tablename__ = "known_case"


# Part 2 (issue 14): seizure, valuation and auctions. Each decision keeps its legal basis, the
# reasons of a refusal, the parameter rows and the dates it computed (``computations``).


class Seizure(Base):
    """A seizure of an item of the debtor's property (Decree 62/2015 Art. 24), or the office's
    recorded refusal to seize it (out of the enterprise order of 24.5, land while other property
    suffices, 24.2(a)), or the notice to the mortgagee instead (24.3)."""

    __tablename__ = "seizure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(30))  # a rules.seizure OUTCOMES value
    decided_on: Mapped[date]
    debtor_kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(30))
    # VND: what the seizure secures: the whole value, or the debtor's share (24.2(b)).
    value_seized: Mapped[int | None] = mapped_column(Numeric(18, 0))
    voluntary: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(300))
    computations: Mapped[dict]
    decided_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RevaluationRequest(Base):
    """A litigant's request to value the property again because its price changed (Decree
    62/2015 Art. 17), accepted or refused with reasons; then the difference of 17.3."""

    __tablename__ = "revaluation_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    requested_by: Mapped[str] = mapped_column(String(200))
    requested_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(20))  # accepted / refused
    reasons: Mapped[list]
    valuation_due_on: Mapped[date | None]
    # Art. 17.3: the difference the recipient of the property owes, and how it ended.
    difference: Mapped[int | None] = mapped_column(Numeric(18, 0))
    difference_requested_on: Mapped[date | None]
    difference_due_on: Mapped[date | None]
    difference_outcome: Mapped[str | None] = mapped_column(String(20))  # paid / auction
    difference_settled_on: Mapped[date | None]
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    decided_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Valuation(Base):
    """The value set on seized property (Decree 62/2015 Art. 25, 26; Law Art. 98), by the
    body the litigants agreed or the officer chose, or by the officer for little value."""

    __tablename__ = "valuation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    valued_on: Mapped[date]
    value: Mapped[int] = mapped_column(Numeric(18, 0))
    valuing_body: Mapped[str] = mapped_column(String(200))
    chosen_by: Mapped[str] = mapped_column(String(30))
    revaluation_request_id: Mapped[str | None] = mapped_column(String(36))
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Auction(Base):
    """One lot of an auction of seized property (Decree 62/2015 Art. 27; Law Art. 101-104):
    its organisation and contract, its place in the descending order of value, the sale, the
    payment, the hand-over and the payout, or why it was voided or not held."""

    __tablename__ = "auction"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    session_id: Mapped[str] = mapped_column(String(36), index=True)  # lots announced together
    sequence: Mapped[int] = mapped_column(Integer)  # 1 = the most valuable lot (Art. 27.3)
    status: Mapped[str] = mapped_column(String(20))  # a rules.auction_lifecycle.AuctionStatus
    organisation: Mapped[str] = mapped_column(String(200))
    organisation_chosen_by: Mapped[str] = mapped_column(String(20))
    contract_number: Mapped[str] = mapped_column(String(100))
    contract_signed_on: Mapped[date]
    starting_price: Mapped[int] = mapped_column(Numeric(18, 0))
    deposit: Mapped[int] = mapped_column(Numeric(18, 0))
    debts_and_costs: Mapped[int] = mapped_column(Numeric(18, 0))
    venue: Mapped[str] = mapped_column(String(500))
    posted_on: Mapped[date]
    registration_closes_on: Mapped[date]
    auction_on: Mapped[date]
    previous_auction_id: Mapped[str | None] = mapped_column(String(36))
    reductions: Mapped[int] = mapped_column(Integer, default=0)
    buyer: Mapped[str | None] = mapped_column(String(200))
    buyer_chosen_by: Mapped[str | None] = mapped_column(String(20))  # bidding / agreement / lot
    price: Mapped[int | None] = mapped_column(Numeric(18, 0))
    sold_on: Mapped[date | None]
    payment_due_on: Mapped[date | None]
    paid: Mapped[int] = mapped_column(Numeric(18, 0), default=0)
    paid_on: Mapped[date | None]
    handover_due_on: Mapped[date | None]
    handed_over_on: Mapped[date | None]
    handover_late: Mapped[bool | None] = mapped_column(Boolean)
    hindrance: Mapped[str | None] = mapped_column(String(1000))
    proceeds: Mapped[int | None] = mapped_column(Numeric(18, 0))
    payout_due_on: Mapped[date | None]
    paid_out_on: Mapped[date | None]
    closed_on: Mapped[date | None]  # failed, voided or cancelled on
    deposit_forfeited: Mapped[int | None] = mapped_column(Numeric(18, 0))
    creditor_may_take: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[list]
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Impoundment(Base):
    """Property or documents impounded (Decree 62/2015 Art. 18): the record's contents of 18.2,
    the storage (Law Art. 58) and the return against proof of ownership (18.3)."""

    __tablename__ = "impoundment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(20))  # impounded / returned
    impounded_on: Mapped[date]
    owner_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(1000))
    currency: Mapped[str | None] = mapped_column(String(3))
    face_values: Mapped[list]  # [{face_value, quantity}] for money
    serial_numbers: Mapped[list]
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    witnesses: Mapped[list]  # [{name, role}]
    seal_description: Mapped[str | None] = mapped_column(String(1000))
    storage: Mapped[str] = mapped_column(String(300))
    returned_on: Mapped[date | None]
    returned_to: Mapped[str | None] = mapped_column(String(200))
    return_proof: Mapped[str | None] = mapped_column(String(30))
    legal_basis: Mapped[str] = mapped_column(String(300))
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExpropriatedProperty(Base):
    """Evidence or property the judgment expropriated (Decree 62/2015 Art. 32) or orders
    destroyed (Art. 33): the notice to the finance authority and its receipt within 10 days,
    or the destruction council and the destruction within 10 days."""

    __tablename__ = "expropriated_property"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    description: Mapped[str] = mapped_column(String(1000))
    disposal: Mapped[str] = mapped_column(String(20))  # hand_over / destroy
    status: Mapped[str] = mapped_column(String(30))
    responsible_authority: Mapped[str | None] = mapped_column(String(200))
    notice_received_on: Mapped[date | None]
    receipt_due_on: Mapped[date | None]
    received_on: Mapped[date | None]
    storage_at_receivers_cost_from: Mapped[date | None]
    council_established_on: Mapped[date | None]
    destruction_due_on: Mapped[date | None]
    destroyed_on: Mapped[date | None]
    method: Mapped[str | None] = mapped_column(String(300))
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CertificateRequest(Base):
    """A written proposal to revoke or cancel a certificate of land use rights or ownership that
    could not be recovered (Decree 62/2015 Art. 28), and the land authority's decision, owed
    within 25 working days of receipt."""

    __tablename__ = "certificate_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    certificate_number: Mapped[str] = mapped_column(String(100))
    act: Mapped[str] = mapped_column(String(10))  # revoke / cancel
    addressed_to: Mapped[str] = mapped_column(String(30))
    received_on: Mapped[date]
    due_on: Mapped[date]
    decided_on: Mapped[date | None]
    decision_number: Mapped[str | None] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ValuationConsultation(Base):
    """The officer's request for the finance authority's opinion on the value of seized
    property when no valuing body can be contracted (Decree 62/2015 Art. 26.1): owed within 15
    days; without it the head of the authority turns to the People's Committee's chairperson."""

    __tablename__ = "valuation_consultation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    finance_authority: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[date]
    due_on: Mapped[date]
    answered_on: Mapped[date | None]
    escalated_on: Mapped[date | None]
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    computations: Mapped[dict]
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ValuingBodyChoice(Base):
    """One step of choosing who values seized property (Decree 62/2015 Art. 25.1, 26.1; Law
    Art. 98.3(a)): the body agreed, in the province, in another province, or the finance
    authority; a contract concluded or not, or the choice refused as out of order with its
    reasons."""

    __tablename__ = "valuing_body_choice"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    property_id: Mapped[str] = mapped_column(String(36), index=True)
    step: Mapped[str] = mapped_column(String(20))
    valuing_body: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(100))
    chosen_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(300))
    computations: Mapped[dict]
    decided_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- Issue 12: measures and the orders that carry them out at banks, the Treasury and VSDC.

from sqlalchemy import Date  # noqa: E402


class Measure(Base):
    """A security or forcible measure the enforcement officer decided in a case, with the
    proportionality it was judged on (Decree 62/2015 Art. 13.1) and the reasons when refused."""

    __tablename__ = "enforcement_measure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # a key of rules.measures.CATALOGUE
    category: Mapped[str] = mapped_column(String(20))  # security / forcible
    status: Mapped[str] = mapped_column(String(20))  # decided / refused
    decision_id: Mapped[str] = mapped_column(String(64))
    decision_number: Mapped[str] = mapped_column(String(100))
    decision_issued_on: Mapped[date] = mapped_column(Date)
    obligation_amount: Mapped[int] = mapped_column(Numeric(18, 0))
    costs_amount: Mapped[int] = mapped_column(Numeric(18, 0))
    targeted_amount: Mapped[int] = mapped_column(Numeric(18, 0))
    exception: Mapped[str | None] = mapped_column(String(40))
    explanation: Mapped[str] = mapped_column(String(2000))
    reasons: Mapped[list] = mapped_column(default=list)  # [{code, text, article}]
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list] = mapped_column(default=list)
    decided_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InstitutionOrder(Base):
    """An order sent to a bank, the State Treasury or VSDC, and the answer applied to it.

    ``message`` is the signed message as sent: it holds the account number and the holder,
    confidential (Art. 20.3): read only by the case's officers, never logged or evented."""

    __tablename__ = "institution_order"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    measure_id: Mapped[str | None] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    institution: Mapped[str] = mapped_column(String(64), index=True)
    institution_kind: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))  # a key of rules.institutions.ORDER_KINDS
    status: Mapped[str] = mapped_column(String(20), index=True)  # rules.lifecycle.OrderStatus
    message: Mapped[dict] = mapped_column()
    amount: Mapped[int | None] = mapped_column(Numeric(18, 0))
    lifts_order_id: Mapped[str | None] = mapped_column(String(36))
    lift_order_id: Mapped[str | None] = mapped_column(String(36))
    sent_on: Mapped[date] = mapped_column(Date)
    answer_due_on: Mapped[date] = mapped_column(Date)
    parameters_used: Mapped[list] = mapped_column(default=list)
    answer_id: Mapped[str | None] = mapped_column(String(36))
    answer_digest: Mapped[str | None] = mapped_column(String(64))
    answered_on: Mapped[date | None] = mapped_column(Date)
    answered_amount: Mapped[int | None] = mapped_column(Numeric(18, 0))
    # VSDC's answer: the securities it reports it froze, transferred or sold (Art. 13.5).
    answered_securities: Mapped[list | None] = mapped_column()
    transfer_reference: Mapped[str | None] = mapped_column(String(128))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InstitutionAnswer(Base):
    """Every answer applied, by its own id: the same answer again is recognised and changes
    nothing; the same id with other content is refused."""

    __tablename__ = "institution_answer"

    answer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(36), index=True)
    institution: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(20))
    digest: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class TransactionReportRequest(Base):
    """The officer's written request that a competent authority report at once any transaction
    on the debtor's other property (Decree 62/2015 Art. 13.8)."""

    __tablename__ = "transaction_report_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    addressed_to: Mapped[str] = mapped_column(String(200))
    property_ids: Mapped[list] = mapped_column(default=list)
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ThirdPartyRequest(Base):
    """The officer's written request that a third party deliver the debtor's money or property
    it holds (Decree 62/2015 Art. 23), its answer and the consequence recorded."""

    __tablename__ = "third_party_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    holder_name: Mapped[str] = mapped_column(String(200))
    holder_address: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(String(1000))
    amount: Mapped[int | None] = mapped_column(Numeric(18, 0))
    comply_by: Mapped[date] = mapped_column(Date)
    requested_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.ThirdPartyStatus
    responded_on: Mapped[date | None] = mapped_column(Date)
    delivered_amount: Mapped[int | None] = mapped_column(Numeric(18, 0))
    consequence: Mapped[str | None] = mapped_column(String(40))
    consequence_article: Mapped[str | None] = mapped_column(String(200))
    requested_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
