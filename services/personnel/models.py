"""The personnel service's own tables: the authorities of the judgment enforcement system, their
officials and the positions they hold, relations that bar an officer from a case, and the
assignments of cases to officers."""
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class Authority(Base):
    """A judgment enforcement authority or managing authority (Decree 62/2015 Art. 52-55; since
    2025-07-01 the provincial agencies and their regional offices). ``valid_to`` is its last
    day; ``parent_id`` is the authority it is affiliated to (none for the top of a system)."""

    __tablename__ = "authority"

    id: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_vi: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(30), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("authority.id"), index=True)
    # rules.structure.TreeRelation: the tie to the parent (Decree 62/2015 Art. 54.2)
    relation: Mapped[str | None] = mapped_column(String(20))
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    # The dated structure rows the registration was checked against (Decree 62/2015 Art. 52-54
    # and the 2025 reorganisation, as rows of legal_parameters.yaml).
    parameters_used: Mapped[list]
    registered_by: Mapped[str] = mapped_column(String(100))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)


class Officer(Base):
    """An official of the judgment enforcement system (Decree 62/2015 Art. 52.3), employed by
    ``authority_id``; the positions held are ``Appointment`` rows."""

    __tablename__ = "officer"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    identity_number: Mapped[str | None] = mapped_column(String(20))
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.OfficerStatus
    registered_by: Mapped[str] = mapped_column(String(100))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)


class Appointment(Base):
    """An official holding a position (rules.staff.Position) at an authority from
    ``valid_from`` to ``valid_to`` (its last day; open while ``None``): the career history."""

    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    position: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    decision_number: Mapped[str] = mapped_column(String(100))
    end_reason: Mapped[str | None] = mapped_column(String(500))
    appointed_by: Mapped[str] = mapped_column(String(100))
    ended_by: Mapped[str | None] = mapped_column(String(100))


class OfficerRelation(Base):
    """A person related to an officer (rules.assignment.Relation): a party so related bars the
    officer from the case (Law Art. 21.5; Decree 62/2015 Art. 10.1, 68.4)."""

    __tablename__ = "officer_relation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    identity_number: Mapped[str | None] = mapped_column(String(20))
    relation: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """A case of ``authority_id`` given to an officer (Law Art. 36), with the reasons of the
    choice (Decree 62/2015 Art. 10); open until released (rules.lifecycle.AssignmentStatus)."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    assigned_on: Mapped[date]
    released_on: Mapped[date | None]
    release_reason: Mapped[str | None] = mapped_column(String(500))
    # {"considered": [...], "excluded": [...], "reasons": [...]}: why this officer
    explanation: Mapped[dict]
    legal_basis: Mapped[str] = mapped_column(String(300))
    assigned_by: Mapped[str] = mapped_column(String(100))


class DivisionJurisdiction(Base):
    """The authority competent for an administrative division from a day to a day (Law Art.
    35; Decree 62/2015 Art. 16): a province (``commune_code`` null: the whole province) or one
    of its communes."""

    __tablename__ = "division_jurisdiction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province_code: Mapped[str] = mapped_column(String(10), index=True)
    commune_code: Mapped[str | None] = mapped_column(String(10))
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(300))  # the decision that drew the map
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class PersonnelDecision(Base):
    """A personnel decision of the office about an official (rules.careers.DecisionKind):
    designation of a manager (Decree 62/2015 Art. 72), mobilisation, reassignment or secondment
    (Art. 64, 70), dismissal (Art. 65). A legal act either way: ``outcome`` ``decided`` with
    the holdings it changed, or ``refused`` with its ``reasons``; both with the legal basis and
    the parameter rows used."""

    __tablename__ = "personnel_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.DecisionOutcome
    # None only for a candidate not yet an official (Art. 58.4), named by ``applicant_id``
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), index=True)
    applicant_id: Mapped[str | None] = mapped_column(String(64))
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    target_authority_id: Mapped[str | None] = mapped_column(ForeignKey("authority.id"))
    position: Mapped[str | None] = mapped_column(String(40))
    decider: Mapped[str] = mapped_column(String(40))  # rules.careers.Decider
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    decision_number: Mapped[str] = mapped_column(String(100))
    reasons: Mapped[list]
    legal_basis: Mapped[str] = mapped_column(String(300))
    parameters_used: Mapped[list]
    # what the decision did or would have done: holdings opened and ended, the conferral owed
    details: Mapped[dict]
    decided_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExemptAuthority(Base):
    """An authority on the list enclosed with Decree 62/2015 (Art. 63.2): where enforcement
    officers could be designated without examination, with the facts of Art. 63.1.a."""

    __tablename__ = "exempt_authority"

    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), primary_key=True)
    area: Mapped[str] = mapped_column(String(40))  # rules.recruitment.Area
    chief_district: Mapped[bool]
    allowance_coefficient_hundredths: Mapped[int]
    source: Mapped[str] = mapped_column(String(300))
    listed_by: Mapped[str] = mapped_column(String(100))
    listed_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecruitmentBoard(Base):
    """A provincial recruitment board (Decree 62/2015 Art. 63.4): its members by role."""

    __tablename__ = "recruitment_board"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    members: Mapped[list]  # [{"name", "role"}] (rules.recruitment.BoardRole)
    decision_number: Mapped[str] = mapped_column(String(100))
    constituted_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Examination(Base):
    """An enforcement officer's examination for a rank (Decree 62/2015 Art. 56, 61), organised
    by the General Department (civil) or the Ministry of National Defence's Department
    (military, Art. 58, 60.2); its board of examiners established by the Minister (Art. 61.1)."""

    __tablename__ = "examination"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    rank: Mapped[str] = mapped_column(String(40))
    system: Mapped[str] = mapped_column(String(20))  # rules.examination.System
    organiser_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    examination_on: Mapped[date]
    board_decision_number: Mapped[str] = mapped_column(String(100))
    board_members: Mapped[list]  # [{"name", "role"}] of the board of examiners (Art. 61)
    opened_by: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExamCandidate(Base):
    """A candidate on the list of an examination (Decree 62/2015 Art. 58-62): an official
    (``officer_id``) or a person who is not one (``applicant_id`` and ``applicant``, Art. 58.4);
    where the list is (``held_by``), the facts of eligibility (Art. 57; Law Art. 18), the reasons
    of a refusal and the parameters used, the result."""

    __tablename__ = "exam_candidate"
    __table_args__ = (UniqueConstraint("examination_id", "officer_id",
                                       name="uq_exam_candidate_examination_officer"),
                      UniqueConstraint("examination_id", "applicant_id",
                                       name="uq_exam_candidate_examination_applicant"),
                      CheckConstraint("(officer_id IS NULL) <> (applicant_id IS NULL)",
                                      name="ck_exam_candidate_official_or_applicant"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    examination_id: Mapped[str] = mapped_column(ForeignKey("examination.id"), index=True)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), index=True)
    # the id the person will have as an official once designated (Art. 62)
    applicant_id: Mapped[str | None] = mapped_column(String(64))
    applicant: Mapped[dict | None]  # {"full_name", "identity_number", "date_of_birth"}
    nominated_by: Mapped[str] = mapped_column(ForeignKey("authority.id"))
    held_by: Mapped[str] = mapped_column(ForeignKey("authority.id"))
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.CandidateStatus
    facts: Mapped[dict]
    reasons: Mapped[list]
    parameters_used: Mapped[list]
    application_number: Mapped[str | None] = mapped_column(String(100))  # Art. 59.2
    score: Mapped[int | None]
    recorded_by: Mapped[str] = mapped_column(String(100))


class StructureChange(Base):
    """An administrator's change to the structure of the authority tree (rules.structure): a
    row added, or a row closed on its last day (a reorganisation), in order."""

    __tablename__ = "structure_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(10))  # add or close
    key: Mapped[str] = mapped_column(String(80), index=True)
    value: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(20))
    valid_from: Mapped[date]  # the row's first day (close: identifies the row closed)
    valid_to: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(300))  # the text that changed it, or the reason
    confidence: Mapped[str | None] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Inspection(Base):
    """An inspection given to an enforcement inspector (Decree 62/2015 Art. 66-68), or refused
    with its reasons (``barred_by``: the relations of Art. 68.4 that barred the inspector)."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    inspector_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    subject_kind: Mapped[str] = mapped_column(String(30))  # Art. 67.1
    subject_reference: Mapped[str] = mapped_column(String(200))
    persons: Mapped[list]  # the persons the inspection involves
    outcome: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.DecisionOutcome
    reasons: Mapped[list]
    barred_by: Mapped[list]
    decision_number: Mapped[str] = mapped_column(String(100))  # Art. 68.3.c
    on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class OfficerCard(Base):
    """An enforcement officer's or inspector's card (Decree 62/2015 Art. 73): issued for a
    rank, replaced when the rank changes, returned when the rank ends, or reported lost."""

    __tablename__ = "officer_card"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # rules.equipment.CardKind
    position: Mapped[str] = mapped_column(String(40))  # the rank the card shows
    number: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.CardStatus
    issued_on: Mapped[date]
    ended_on: Mapped[date | None]
    end_reason: Mapped[str | None] = mapped_column(String(500))
    recorded_by: Mapped[str] = mapped_column(String(100))


class UniformIssue(Base):
    """An issue of a uniform item or insignia to an official (Decree 62/2015 Art. 82-83),
    decided or refused with reasons, the allocation row and the next due day."""

    __tablename__ = "uniform_issue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    item: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))  # first, periodic or replacement
    outcome: Mapped[str] = mapped_column(String(20))
    issued_on: Mapped[date]
    due_on: Mapped[date | None]  # when the next periodic issue is due (periodic and first)
    reasons: Mapped[list]
    parameters_used: Mapped[list]
    explanation: Mapped[str | None] = mapped_column(String(500))  # of a replacement (83.2.b)
    recorded_by: Mapped[str] = mapped_column(String(100))


class SupportInstrument(Base):
    """A support instrument of an enforcement authority (Decree 62/2015 Art. 74-77)."""

    __tablename__ = "support_instrument"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # its serial or store number
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # rules.instruments.InstrumentKind
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.InstrumentStatus
    condition: Mapped[str | None] = mapped_column(String(20))  # last inspection's (Art. 77.1)
    holder_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"))
    allocation_decision: Mapped[str] = mapped_column(String(100))  # Art. 75.1


class InstrumentMovement(Base):
    """What happened to an instrument, in order (Decree 62/2015 Art. 75-77): registered,
    delivered with its delivery note, returned, inspected, liquidated or destroyed — or a
    refused delivery or disposal with its reasons."""

    __tablename__ = "instrument_movement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    instrument_id: Mapped[str] = mapped_column(ForeignKey("support_instrument.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    officer_id: Mapped[str | None] = mapped_column(String(64))
    on: Mapped[date]
    document_number: Mapped[str] = mapped_column(String(100))  # delivery note, decision…
    condition: Mapped[str | None] = mapped_column(String(20))
    reasons: Mapped[list]
    recorded_by: Mapped[str] = mapped_column(String(100))


class InstrumentPlan(Base):
    """A provincial Department's plan of support instruments for its officers, submitted to the
    General Director, who decides the quantity of each type allocated (Decree 62/2015 Art.
    75.1); instruments are registered under the decision (``SupportInstrument``)."""

    __tablename__ = "instrument_plan"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the plan's number
    authority_id: Mapped[str] = mapped_column(ForeignKey("authority.id"), index=True)
    submitted_on: Mapped[date]
    requested: Mapped[dict]  # {kind: quantity} (rules.instruments.InstrumentKind)
    status: Mapped[str] = mapped_column(String(20))  # rules.lifecycle.InstrumentPlanStatus
    decision_number: Mapped[str | None] = mapped_column(String(100), unique=True)
    decided_on: Mapped[date | None]
    allocated: Mapped[dict | None]  # {kind: quantity} the General Director decided
    submitted_by: Mapped[str] = mapped_column(String(100))
    decided_by: Mapped[str | None] = mapped_column(String(100))
