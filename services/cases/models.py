"""The cases service's own tables: judgments received, requests, cases and decisions."""
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Numeric, String, UniqueConstraint
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
    #: the legal day the authority received it (Law Art. 36.2: the automatic decision's limit
    #: runs from it); None for judgments received before it was recorded
    received_on: Mapped[date | None]
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
    #: issue 8: "person" or "organisation" (rules.parties.PARTY_KINDS)
    kind: Mapped[str] = mapped_column(String(20), default="person", server_default="person")
    #: the party's identity document and its number: private, shown only to the case's
    #: officers (rules.parties.may_see_identity); None when the judgment gave none
    identity_kind: Mapped[str | None] = mapped_column(String(30))
    identity_number: Mapped[str | None] = mapped_column(String(30))
    #: the address's administrative units, as personnel's competent_authority codes them
    province_code: Mapped[str | None] = mapped_column(String(2))
    commune_code: Mapped[str | None] = mapped_column(String(5))
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
    #: Law Art. 36.2; Decree Art. 6.3: the kind of item enforced without a request
    #: (``rules.automatic.AUTOMATIC_ITEMS``), None for an item enforced on request
    automatic: Mapped[str | None] = mapped_column(String(30))
    #: Decree Art. 6.2: items of one set of joint rights and obligations share a group name
    joint_group: Mapped[str | None] = mapped_column(String(50))
    #: Decree Art. 7.4: False when the judgment does not clearly identify who owes this item
    debtor_identified: Mapped[bool] = mapped_column(default=True)
    #: Decree Art. 7.4(a)-(c): the right this item assigns (manage property, nurture or visit a
    #: minor), None otherwise
    right_assigned: Mapped[str | None] = mapped_column(String(30))
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
    #: None for a case the authority opened on its own initiative (Law Art. 36.2)
    requester_party_id: Mapped[str | None] = mapped_column(String(50))
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
    #: the case it was issued on; a case has several after a revocation and re-issue (Art. 15.3)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
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
    #: Decree Art. 15.3; Law Art. 37: the revocation that ended it, and the decision it replaced
    revocation_id: Mapped[str | None] = mapped_column(String(36))
    replaces_decision_id: Mapped[str | None] = mapped_column(String(36))


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


# --- The money ledger of a case (issue 13; Law Art. 47; Decree 62/2015 Art. 37, 43-45, 49).
# Amounts are whole đồng in BIGINT columns (Python int, never Decimal or float).


class LedgerReceipt(Base):
    """Money received for a case, with its source and reference (Law Art. 47.1; Decree Art. 49):
    a voluntary payment at the office, or what ``property`` collected (``collection_id``
    unique, so a repeated ``funds.collected`` records nothing twice)."""

    __tablename__ = "ledger_receipt"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    source: Mapped[str] = mapped_column(String(30))
    amount: Mapped[int] = mapped_column(BigInteger)
    received_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(128))
    payer: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(64))
    measure_id: Mapped[str | None] = mapped_column(String(64))
    collection_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    recorded_by: Mapped[str] = mapped_column(String(100))
    #: Law Art. 47.1: the day by which the money is to be paid out (10 days)
    pay_by: Mapped[date]
    #: the distribution that took this receipt's money
    distribution_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class EnforcementCost(Base):
    """An enforcement cost approved by the head of the authority before forcible measures
    (Decree Art. 43, 45.1(b)), borne by the debtor unless the law says otherwise; the
    distribution pays it back first (Law Art. 47.1)."""

    __tablename__ = "enforcement_cost"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    description: Mapped[str] = mapped_column(String(1000))
    item: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(BigInteger)
    borne_by: Mapped[str] = mapped_column(String(20))
    approved_on: Mapped[date]
    approved_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))


class Distribution(Base):
    """A decided distribution of the money received (Law Art. 47; Decree Art. 49): its lines,
    each with the rule that put it there, the fee deducted and the parameter rows used."""

    __tablename__ = "distribution"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(BigInteger)
    lines: Mapped[list]
    categories: Mapped[dict]
    receipt_ids: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(200))
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list]


class Payout(Base):
    """What the office owes one recipient from a distribution, and how it was paid (Decree Art.
    49.2-49.5): at the office, by post, by transfer, or deposited (then remitted to the State if
    nobody comes, 49.5)."""

    __tablename__ = "payout"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    distribution_id: Mapped[str] = mapped_column(ForeignKey("distribution.id"), index=True)
    line_no: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    obligation_id: Mapped[str | None] = mapped_column(String(50))
    party_id: Mapped[str | None] = mapped_column(String(50))
    amount: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20))
    invited_on: Mapped[date | None]
    method: Mapped[str | None] = mapped_column(String(20))
    paid_on: Mapped[date | None]
    reference: Mapped[str | None] = mapped_column(String(128))
    remit_by: Mapped[date | None]
    computations: Mapped[dict] = mapped_column(default=dict)
    parameters_used: Mapped[list] = mapped_column(default=list)
    #: Decree Art. 49.4: the delivery note of a handover with the debtor present (cases_4002)
    delivery_note: Mapped[dict | None]


class ResultCertificate(Base):
    """The written verification of the result of enforcement (Decree Art. 37): per obligation
    (and per period of a periodic one) what was due, paid, and whether fully or partly."""

    __tablename__ = "result_certificate"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date]
    issued_by: Mapped[str] = mapped_column(String(100))
    requested_by: Mapped[str] = mapped_column(String(200))
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    results: Mapped[list]
    fulfilled: Mapped[bool]
    legal_basis: Mapped[str] = mapped_column(String(200))


class CaseClosure(Base):
    """The closing of a case (Law Art. 52) and the figures it feeds to the statistics."""

    __tablename__ = "case_closure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), unique=True)
    ground: Mapped[str] = mapped_column(String(30))
    closed_on: Mapped[date]
    closed_by: Mapped[str] = mapped_column(String(100))
    certificate_id: Mapped[str | None] = mapped_column(ForeignKey("result_certificate.id"))
    amount_due: Mapped[int] = mapped_column(BigInteger)
    amount_collected: Mapped[int] = mapped_column(BigInteger)
    legal_basis: Mapped[str] = mapped_column(String(200))


class CostRelief(Base):
    """An application for exemption or reduction of an enforcement cost and its decision
    (Decree Art. 44): granted with the relief, refused with its reasons, or revoked (44.4)."""

    __tablename__ = "cost_relief"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    cost_id: Mapped[str] = mapped_column(ForeignKey("enforcement_cost.id"), index=True)
    applicant_party_id: Mapped[str] = mapped_column(String(50))
    ground: Mapped[str] = mapped_column(String(10))
    evidence_reference: Mapped[str] = mapped_column(String(300))
    applied_on: Mapped[date]
    decide_by: Mapped[date]
    status: Mapped[str] = mapped_column(String(10))
    decided_on: Mapped[date | None]
    decided_by: Mapped[str | None] = mapped_column(String(100))
    relief: Mapped[int] = mapped_column(BigInteger, default=0)
    reasons: Mapped[list] = mapped_column(default=list)
    legal_basis: Mapped[str | None] = mapped_column(String(200))
    revoked_on: Mapped[date | None]
    parameters_used: Mapped[list] = mapped_column(default=list)


class Complaint(Base):
    """A complaint about an enforcement decision or act (Decree Art. 38; Law Art. 140): its
    filing limit, the reply owed in 5 working days, and what became of it — accepted, not
    accepted (one reply with reasons), settled, escalated to the superior authority, kept as a
    repetition without new evidence, or put up for review (38.4)."""

    __tablename__ = "complaint"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    complainant_party_id: Mapped[str] = mapped_column(String(50))
    subject_kind: Mapped[str] = mapped_column(String(20))
    act_reference: Mapped[str] = mapped_column(String(200))
    act_known_on: Mapped[date]
    received_on: Mapped[date]
    content: Mapped[str] = mapped_column(String(4000))
    new_evidence: Mapped[bool]
    force_majeure_days: Mapped[int]
    filing_ends_on: Mapped[date]
    filed_late: Mapped[bool]
    reply_by: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    #: every step: {step, on, by, reasons, legal_basis, ...}
    history: Mapped[list] = mapped_column(default=list)
    parameters_used: Mapped[list] = mapped_column(default=list)


class ExitSuspension(Base):
    """A decision on suspending the judgment debtor's exit (Decree Art. 51): in force (sent to
    the immigration authority), refused with its reasons (51.1-51.2), or lifted (51.4) — by hand
    or automatically when the ledger shows what the debtor owes covered."""

    __tablename__ = "exit_suspension"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    debtor_party_id: Mapped[str] = mapped_column(String(50))
    #: the person whose exit is suspended (the debtor, or an organisation's legal representative)
    person_name: Mapped[str] = mapped_column(String(200))
    identity_number: Mapped[str] = mapped_column(String(30))
    nationality: Mapped[str] = mapped_column(String(2))
    basis: Mapped[str] = mapped_column(String(10))
    requested_by_party_id: Mapped[str | None] = mapped_column(String(50))
    decided_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10), index=True)
    reasons: Mapped[list] = mapped_column(default=list)
    exemptions: Mapped[list] = mapped_column(default=list)
    legal_basis: Mapped[str] = mapped_column(String(200))
    lifted_on: Mapped[date | None]
    lift_ground: Mapped[str | None] = mapped_column(String(30))
    lifted_by: Mapped[str | None] = mapped_column(String(100))
    #: what the ledger showed when the lift was automatic: received and owed (đồng)
    computations: Mapped[dict] = mapped_column(default=dict)


class JudicialAssistance(Base):
    """A request for judicial assistance abroad (Decree Art. 50): the 6 months from the Ministry
    of Justice sending the dossier, each attempt's result and the fallback of 50.3(b)."""

    __tablename__ = "judicial_assistance"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    country: Mapped[str] = mapped_column(String(2))
    purpose: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(2000))
    attempt: Mapped[int]
    #: the first attempt this one repeats (Art. 50.3(a), second paragraph)
    first_attempt_id: Mapped[str | None] = mapped_column(String(36))
    dossier_sent_on: Mapped[date]
    results_due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(30))
    requested_by: Mapped[str] = mapped_column(String(100))
    history: Mapped[list] = mapped_column(default=list)
    parameters_used: Mapped[list] = mapped_column(default=list)
    #: Decree Art. 50.1 (cases_4003): the level of the authority organising enforcement and, for
    #: a district, the provincial authority entrusted to make the request
    requesting_level: Mapped[str] = mapped_column(String(20), default="province")
    entrusted_to: Mapped[str | None] = mapped_column(String(64))


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


class DecisionRevocation(Base):
    """The decision revoking a judgment enforcement decision (Law Art. 37; Decree 62/2015 Art.
    15.3), with its ground, reasons and legal basis, and the new decision issued with it."""

    __tablename__ = "decision_revocation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("enforcement_decision.id"), unique=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    revoked_on: Mapped[date]
    decided_by: Mapped[str] = mapped_column(String(100))
    ground: Mapped[str] = mapped_column(String(30))
    reasons: Mapped[str] = mapped_column(String(2000))
    legal_basis: Mapped[str] = mapped_column(String(300))
    rights_transfer_id: Mapped[str | None] = mapped_column(String(36))
    reissued_decision_id: Mapped[str | None] = mapped_column(String(36))
    covered_case_ids: Mapped[list]
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


class CostAdvance(Base):
    """An advance of an approved enforcement cost (Decree 62/2015 Art. 45.1): from the
    authority's budget to the officer (45.1(a)), or advanced voluntarily by a litigant
    (45.1(b), second paragraph)."""

    __tablename__ = "cost_advance"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    cost_id: Mapped[str] = mapped_column(ForeignKey("enforcement_cost.id"), index=True)
    advanced_by: Mapped[str] = mapped_column(String(20))
    party_id: Mapped[str | None] = mapped_column(String(50))
    amount: Mapped[int] = mapped_column(BigInteger)
    advanced_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))


class ForeignAssistanceRequest(Base):
    """A foreign authority's request for judicial assistance in enforcement, received by a
    provincial or military-zone authority (Decree 62/2015 Art. 50.4)."""

    __tablename__ = "foreign_assistance_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(64), index=True)
    receiving_level: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    foreign_authority: Mapped[str] = mapped_column(String(300))
    foreign_reference: Mapped[str] = mapped_column(String(128))
    subject: Mapped[str] = mapped_column(String(2000))
    received_on: Mapped[date]
    received_by: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(String(200))
