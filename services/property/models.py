"""The property service's own tables: the judgment debtor's property in a case."""
from datetime import date, datetime

from sqlalchemy import Numeric, String
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
