"""The cases service's own tables: judgments received, requests, cases and decisions."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class Judgment(Base):
    """A judgment or decision of a court, as its case system sent it (Law Art. 2)."""

    __tablename__ = "judgment"
    __table_args__ = (UniqueConstraint("court", "number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    court: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date]
    effective_on: Mapped[date]
    authority: Mapped[str] = mapped_column(String(50), index=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    parties: Mapped[list["Party"]] = relationship(back_populates="judgment",
                                                  order_by="Party.party_id")
    obligations: Mapped[list["Obligation"]] = relationship(back_populates="judgment",
                                                           order_by="Obligation.obligation_id")


class Party(Base):
    __tablename__ = "party"

    judgment_id: Mapped[str] = mapped_column(ForeignKey("judgment.id"), primary_key=True)
    party_id: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500))
    judgment: Mapped[Judgment] = relationship(back_populates="parties")


class Obligation(Base):
    """One item of the judgment: who owes what to whom, and from when."""

    __tablename__ = "obligation"

    judgment_id: Mapped[str] = mapped_column(ForeignKey("judgment.id"), primary_key=True)
    obligation_id: Mapped[str] = mapped_column(String(50), primary_key=True)
    kind: Mapped[str] = mapped_column(String(50))
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    creditor_party_id: Mapped[str | None] = mapped_column(String(50))
    amount: Mapped[int | None] = mapped_column(Numeric(18, 0))  # whole đồng (VND)
    due_on: Mapped[date | None]
    description: Mapped[str] = mapped_column(String(1000))
    #: a periodic obligation's instalments ``[{due_on, amount}]`` (Law Art. 30.1: the limit
    #: runs from each); empty for a one-off obligation
    instalments: Mapped[list] = mapped_column(default=list)
    judgment: Mapped[Judgment] = relationship(back_populates="obligations")


class EnforcementCase(Base):
    """The record of a request for enforcement: a case opened by it, or (status
    ``request_refused``) the refused request kept with its refusal (Law Art. 31.5). Its dossier
    follows the decision (Art. 8)."""

    __tablename__ = "enforcement_case"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    judgment_id: Mapped[str] = mapped_column(ForeignKey("judgment.id"), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    status: Mapped[str] = mapped_column(String(30))
    requester_party_id: Mapped[str] = mapped_column(String(50))
    obligation_ids: Mapped[list]
    request_received_on: Mapped[date]
    request_content: Mapped[str] = mapped_column(String(2000))
    #: every dated parameter row the request's computations used (all obligations)
    parameters_used: Mapped[list]
    #: the periods claimed for deduction (Decree Art. 4.2-4.4; Law Art. 30.2), as submitted
    deductions: Mapped[list] = mapped_column(default=list)
    #: per obligation: the prescriptive limit's start, law day, end, deductions, rows used
    limit_computations: Mapped[list] = mapped_column(default=list)
    #: the decision on this request (Decree Art. 7.1: one decision may cover several requests)
    decision_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    judgment: Mapped[Judgment] = relationship()
    decision: Mapped["EnforcementDecision | None"] = relationship(
        primaryjoin="foreign(EnforcementCase.decision_id) == EnforcementDecision.id",
        viewonly=True)
    refusal: Mapped["RequestRefusal | None"] = relationship(back_populates="case")


class EnforcementDecision(Base):
    """The judgment enforcement decision of the head of the authority (Decree Art. 7)."""

    __tablename__ = "enforcement_decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), unique=True)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date]
    issued_by: Mapped[str] = mapped_column(String(100))
    basis: Mapped[str] = mapped_column(String(20))
    notify_by: Mapped[date]
    #: every dated parameter row used: the notification's, the decision deadline's, the
    #: prescriptive limits' of every covered request
    parameters_used: Mapped[list]
    #: every computed date: per covered case its decision deadline and its limit computations
    computations: Mapped[dict] = mapped_column(default=dict)
    #: the cases (requests) this decision covers, the one it was issued on first (Art. 7.1)
    covered_case_ids: Mapped[list] = mapped_column(default=list)


class RequestRefusal(Base):
    """The written refusal of a request for enforcement, with its reasons and legal basis (Law
    Art. 31.5(c); Decree 62/2015 Art. 7.2), and every parameter and date it was computed from."""

    __tablename__ = "request_refusal"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), unique=True)
    refused_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
    reasons: Mapped[list]
    computations: Mapped[list]
    parameters_used: Mapped[list]
    case: Mapped[EnforcementCase] = relationship(back_populates="refusal")


class VerificationRecord(Base):
    """The enforcement officer's record of verifying the judgment debtor's conditions (Decree
    Art. 9.1; Law Art. 44): the day, the finding and the officer's note. A finding that the
    debtor lacks conditions owes the lacking-conditions decision (Art. 9.4)."""

    __tablename__ = "verification_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    verified_on: Mapped[date]
    finding: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(String(2000))
    recorded_by: Mapped[str] = mapped_column(String(100))
    #: the day the lacking-conditions decision is due (Art. 9.4), when the finding owes one
    decision_due_on: Mapped[date | None]
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class LackingConditionsDecision(Base):
    """The head of the authority's decision that the judgment debtor lacks conditions for
    enforcement (Decree Art. 9.4; Law Art. 44a; the translation's "decision on suspension"),
    with the verification it rests on; published on the register (Art. 11.1). ``resumed_by``
    is the resumption decision that ended it (Art. 9.4, third paragraph)."""

    __tablename__ = "lacking_conditions_decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    verification_id: Mapped[str] = mapped_column(ForeignKey("verification_record.id"))
    number: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    legal_basis: Mapped[str] = mapped_column(String(200))
    #: the deadline met (starts_on, due_on, met_on) and the parameter rows it used
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]
    resumed_by: Mapped[str | None] = mapped_column(String(36))


class ResumptionDecision(Base):
    """The decision to resume enforcement once the debtor is found to have conditions (Decree
    Art. 9.4, third paragraph; 9.6), ending a lacking-conditions decision; the debtor leaves the
    register (Art. 11.3)."""

    __tablename__ = "resumption_decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    lacking_conditions_decision_id: Mapped[str] = mapped_column(
        ForeignKey("lacking_conditions_decision.id"), unique=True)
    verification_id: Mapped[str] = mapped_column(ForeignKey("verification_record.id"))
    number: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    new_conditions: Mapped[str] = mapped_column(String(2000))
    legal_basis: Mapped[str] = mapped_column(String(200))


class PostponementSuspensionDecision(Base):
    """A decision to postpone (Law Art. 48; Decree 62/2015 Art. 14) or to suspend (Law Art. 49)
    enforcement, with its ground, and the decision to continue that ended it (Law Art. 48.4,
    49.3). ``from_on`` to the day before ``continued_on`` is the period the prescriptive limit
    does not count (Law Art. 30.2). ``partial``: Decree Art. 14.2, the debtor's other property
    (``other_property``) is seized while the disputed property waits."""

    __tablename__ = "postponement_suspension_decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    judgment_id: Mapped[str] = mapped_column(ForeignKey("judgment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    ground: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[str] = mapped_column(String(2000))
    number: Mapped[str] = mapped_column(String(100))
    ground_arose_on: Mapped[date]
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
    partial: Mapped[bool] = mapped_column(default=False)
    other_property: Mapped[str | None] = mapped_column(String(1000))
    #: Law Art. 48.2: the last day of a postponement a protester asked for
    ends_by: Mapped[date | None]
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]
    continuation_number: Mapped[str | None] = mapped_column(String(100))
    ground_ended_on: Mapped[date | None]
    continued_on: Mapped[date | None]
    continued_by: Mapped[str | None] = mapped_column(String(100))
    continuation_computations: Mapped[dict] = mapped_column(default=dict)


class TerminationDecision(Base):
    """The decision to terminate enforcement (Law Art. 50), with its ground; the case closes."""

    __tablename__ = "termination_decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), unique=True)
    ground: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[str] = mapped_column(String(2000))
    number: Mapped[str] = mapped_column(String(100))
    ground_arose_on: Mapped[date]
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class CaseOfficer(Base):
    """The enforcement officer of a case (Law Art. 36), as ``personnel`` chose them with its
    reasons; ``ended_on`` and ``replaced_by`` when a replacement (Decree Art. 10) ended it."""

    __tablename__ = "case_officer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    officer_id: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    assigned_on: Mapped[date]
    #: personnel's assignment id (its record of the choice and of the workloads compared)
    personnel_assignment_id: Mapped[int | None]
    reasons: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(200))
    assigned_by: Mapped[str] = mapped_column(String(100))
    ended_on: Mapped[date | None]
    replaced_by: Mapped[str | None] = mapped_column(String(36))


class OfficerReplacement(Base):
    """A litigant's request to replace the enforcement officer and the head's decision on it
    (Decree Art. 10): replaced, or rejected with its explanation."""

    __tablename__ = "officer_replacement"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    requested_by_party_id: Mapped[str] = mapped_column(String(50))
    ground: Mapped[str] = mapped_column(String(20))
    request_reasons: Mapped[str] = mapped_column(String(2000))
    received_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(10))
    explanation: Mapped[str] = mapped_column(String(2000))
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
    old_officer_id: Mapped[str] = mapped_column(String(64))
    new_officer_id: Mapped[str | None] = mapped_column(String(64))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class Entrustment(Base):
    """The decision entrusting a case's enforcement to another authority (Decree 62/2015 Art.
    16, 35): the place chosen (Art. 16.2 order) and the authority competent there (from
    ``personnel``), the tasks, fulfilled and unfulfilled obligations (Art. 16.4), the decisions
    that stay in force until the entrusted authority replaces them. The case moves with it."""

    __tablename__ = "entrustment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    from_authority: Mapped[str] = mapped_column(String(50))
    to_authority: Mapped[str] = mapped_column(String(50))
    number: Mapped[str] = mapped_column(String(100))
    ground_arose_on: Mapped[date]
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    urgent: Mapped[bool] = mapped_column(default=False)
    places: Mapped[list]
    chosen_place: Mapped[dict]
    choice_clause: Mapped[str] = mapped_column(String(20))
    choice_reason: Mapped[str] = mapped_column(String(300))
    tasks: Mapped[str] = mapped_column(String(2000))
    fulfilled: Mapped[str] = mapped_column(String(2000))
    unfulfilled: Mapped[str] = mapped_column(String(2000))
    decisions_in_force: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class RightsTransfer(Base):
    """A transfer of rights or obligations to enforcement (Decree 62/2015 Art. 15): on the
    debtor's death, with the period it starts, or between living persons (``refused`` with its
    reasons when Art. 15.2 does not allow it)."""

    __tablename__ = "rights_transfer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    from_party_id: Mapped[str] = mapped_column(String(50))
    transferee: Mapped[dict | None]
    informed_on: Mapped[date]
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(10))
    reasons: Mapped[list]
    document_reference: Mapped[str | None] = mapped_column(String(300))
    creditor_consent: Mapped[str | None] = mapped_column(String(300))
    period_ends_on: Mapped[date | None]
    notice_id: Mapped[str | None] = mapped_column(String(36))
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class CaseDossier(Base):
    """The enforcement dossier of a decision (Decree 62/2015 Art. 8.1), opened by the case's
    officer; its contents are the case's documents and records (``get_case_file``)."""

    __tablename__ = "case_dossier"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True)
    opened_on: Mapped[date]
    opened_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class EnforcementAgreement(Base):
    """A written agreement of the litigants (Decree 62/2015 Art. 5): of Art. 5.1 (before the
    decision) or 5.2 (after it), on how to perform, or of Art. 5.3, not to enforce part or all;
    with the officer's witness or refusal (Art. 5.4) and the head's termination (Art. 5.3)."""

    __tablename__ = "enforcement_agreement"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    judgment_id: Mapped[str] = mapped_column(ForeignKey("judgment.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(30))
    obligation_ids: Mapped[list]
    made_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(500))
    contents: Mapped[str | None] = mapped_column(String(4000))
    performance_due_on: Mapped[date | None]
    consequences: Mapped[str | None] = mapped_column(String(2000))
    signatories: Mapped[list]
    property_sold_undelivered: Mapped[bool] = mapped_column(default=False)
    buyer_consent: Mapped[bool] = mapped_column(default=False)
    legal_basis: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    decision_due_on: Mapped[date | None]
    witnessed_on: Mapped[date | None]
    witnessed_by: Mapped[str | None] = mapped_column(String(100))
    witness_place: Mapped[str | None] = mapped_column(String(500))
    refusal_grounds: Mapped[list] = mapped_column(default=list)
    refusal_reasons: Mapped[str | None] = mapped_column(String(2000))
    termination_number: Mapped[str | None] = mapped_column(String(100))
    terminated_on: Mapped[date | None]
    terminated_by: Mapped[str | None] = mapped_column(String(100))
    partial: Mapped[bool | None]
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list] = mapped_column(default=list)
    #: Law Art. 6.2; Decree Art. 5.1-5.2: a party did not perform the agreement
    breached_on: Mapped[date | None]
    breaching_party_id: Mapped[str | None] = mapped_column(String(50))
    unperformed: Mapped[str | None] = mapped_column(String(2000))


class DebtorDeclaration(Base):
    """The judgment debtor's declaration of property, income and capability, or the record that
    the debtor gave none (Decree 62/2015 Art. 9.1)."""

    __tablename__ = "debtor_declaration"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    declared_on: Mapped[date]
    provided: Mapped[bool]
    truthful: Mapped[bool | None]
    #: the items of Art. 9.1 (``rules.debtor_conditions.DECLARATION_ITEMS``), as declared
    items: Mapped[dict] = mapped_column(default=dict)
    note: Mapped[str | None] = mapped_column(String(2000))
    penalty_may_be_imposed: Mapped[bool]
    recorded_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))


class DelegatedVerification(Base):
    """A verification delegated in writing to another authority (Decree 62/2015 Art. 9.2), its
    deadline owed by that authority, its extension and its result."""

    __tablename__ = "delegated_verification"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    delegated_authority: Mapped[str] = mapped_column(String(50), index=True)
    subject: Mapped[str] = mapped_column(String(30))
    tasks: Mapped[str] = mapped_column(String(2000))
    number: Mapped[str] = mapped_column(String(100))
    delegated_on: Mapped[date]
    delegated_by: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[date]
    extended_on: Mapped[date | None]
    extension_reasons: Mapped[str | None] = mapped_column(String(2000))
    result_received_on: Mapped[date | None]
    result: Mapped[str | None] = mapped_column(String(4000))
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list] = mapped_column(default=list)


class NewInformation(Base):
    """New information on the debtor's conditions from a litigant or another body, owed a
    verification within 10 days (Decree 62/2015 Art. 9.4, second paragraph; 9.6)."""

    __tablename__ = "new_information"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    received_on: Mapped[date]
    source: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(String(2000))
    recorded_by: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[date]
    verification_id: Mapped[str | None] = mapped_column(String(36))
    verified_on: Mapped[date | None]
    parameters_used: Mapped[list] = mapped_column(default=list)


class SeparateTracking(Base):
    """The review of a lacking-conditions case: kept in the separate log when every condition of
    Decree 62/2015 Art. 9.5 holds, else monitored separately (Art. 9.6), with the conditions."""

    __tablename__ = "separate_tracking"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    lacking_conditions_decision_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(30))
    reviewed_on: Mapped[date]
    reviewed_by: Mapped[str] = mapped_column(String(100))
    conditions: Mapped[dict]
    reasons: Mapped[list] = mapped_column(default=list)
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list] = mapped_column(default=list)
