"""Events published by the ``personnel`` service."""
from marshmallow import Schema, fields, validate

from shared.registry import contract

LEVELS = ["general_department", "provincial", "district", "regional", "military",
          "military_zone"]


@contract("authority.registered", version=1, source="personnel")
class AuthorityRegisteredV1(Schema):
    """An authority was added to the authority tree (Decree 62/2015 Art. 52-54; since 2025-07-01
    provincial agencies with regional offices). The envelope's authority is the new one.

    ancestor_ids lists the authorities above it, nearest first, so a consumer deciding
    jurisdiction need not call back for the chain.
    """

    authority_id = fields.String(required=True)
    name = fields.String(required=True)
    name_vi = fields.String(required=True)
    level = fields.String(required=True, validate=validate.OneOf(LEVELS))
    parent_id = fields.String(required=True, allow_none=True)
    ancestor_ids = fields.List(fields.String(), required=True)
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(required=True, allow_none=True)


# --- Staff and assignment (issue 9) ----------------------------------------------------------
POSITIONS = ["enforcement_officer_junior", "enforcement_officer_intermediate",
             "enforcement_officer_senior", "inspector", "chief_inspector", "senior_inspector",
             "secretary_intermediate", "secretary", "head", "deputy_head"]
CATEGORIES = ["enforcement_officer", "inspector", "secretary", "management"]


@contract("officer.registered", version=1, source="personnel")
class OfficerRegisteredV1(Schema):
    """An official of the judgment enforcement system was registered (Decree 62/2015 Art.
    52.3), employed by the envelope's authority."""

    officer_id = fields.String(required=True)
    full_name = fields.String(required=True)
    authority_id = fields.String(required=True)
    status = fields.String(required=True)


@contract("officer.appointed", version=1, source="personnel")
class OfficerAppointedV1(Schema):
    """An official holds a position at the envelope's authority from ``valid_from`` (Law Art.
    17-18; Decree 62/2015 Art. 54.2, 62, 66-72)."""

    appointment_id = fields.Integer(required=True)
    officer_id = fields.String(required=True)
    full_name = fields.String(required=True)
    authority_id = fields.String(required=True)
    position = fields.String(required=True, validate=validate.OneOf(POSITIONS))
    category = fields.String(required=True, validate=validate.OneOf(CATEGORIES))
    valid_from = fields.Date(required=True)
    decision_number = fields.String(required=True)


@contract("officer.position_ended", version=1, source="personnel")
class OfficerPositionEndedV1(Schema):
    """A holding ended on ``valid_to``, its last day (Decree 62/2015 Art. 64, 65, 70)."""

    appointment_id = fields.Integer(required=True)
    officer_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    position = fields.String(required=True, validate=validate.OneOf(POSITIONS))
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(required=True)
    reason = fields.String(required=True)


@contract("officer.relation_recorded", version=1, source="personnel")
class OfficerRelationRecordedV1(Schema):
    """A relation that bars an officer from a related party's case was recorded (Law Art.
    21.5; Decree 62/2015 Art. 10.1, 68.4). The related person is not named on the bus."""

    relation_id = fields.Integer(required=True)
    officer_id = fields.String(required=True)
    relation = fields.String(required=True)


@contract("officer.assigned", version=1, source="personnel")
class OfficerAssignedV1(Schema):
    """A case (the envelope's case_id) was given to an officer of the envelope's authority (Law
    Art. 36), with the reasons of the choice (Decree 62/2015 Art. 10: workloads compared,
    officers excluded for a relation to a party)."""

    assignment_id = fields.Integer(required=True)
    case_id = fields.String(required=True)
    officer_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    assigned_on = fields.Date(required=True)
    reasons = fields.List(fields.String(), required=True)
    legal_basis = fields.String(required=True)


@contract("officer.released", version=1, source="personnel")
class OfficerReleasedV1(Schema):
    """A case's assignment ended (Law Art. 50-52: the case ended; Decree 62/2015 Art. 10.3: the
    officer replaced); it no longer counts in the officer's workload."""

    assignment_id = fields.Integer(required=True)
    case_id = fields.String(required=True)
    officer_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    released_on = fields.Date(required=True)
    reason = fields.String(required=True)


@contract("officer.status_changed", version=1, source="personnel")
class OfficerStatusChangedV1(Schema):
    """An official was suspended from duty or reinstated from ``on`` (Decree 62/2015 Art. 65;
    the law on officials). A suspended officer is given no case."""

    officer_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    previous = fields.String(required=True, validate=validate.OneOf(["active", "suspended"]))
    status = fields.String(required=True, validate=validate.OneOf(["active", "suspended"]))
    on = fields.Date(required=True)
    reason = fields.String(required=True)
    decision_number = fields.String(required=True)


@contract("division_jurisdiction.recorded", version=1, source="personnel")
class DivisionJurisdictionRecordedV1(Schema):
    """An authority (the envelope's) is competent for a province (``commune_code`` null) or a
    commune from ``valid_from`` to ``valid_to`` (Law Art. 35; Decree 62/2015 Art. 16)."""

    division_jurisdiction_id = fields.Integer(required=True)
    province_code = fields.String(required=True)
    commune_code = fields.String(required=True, allow_none=True)
    authority_id = fields.String(required=True)
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(required=True, allow_none=True)
    source = fields.String(required=True)


@contract("division_jurisdiction.closed", version=1, source="personnel")
class DivisionJurisdictionClosedV1(Schema):
    """A row of the division map ends on ``valid_to``, its last day (a reorganisation; Law Art.
    35). The envelope's authority is the one that ceases to be competent there."""

    division_jurisdiction_id = fields.Integer(required=True)
    province_code = fields.String(required=True)
    commune_code = fields.String(required=True, allow_none=True)
    authority_id = fields.String(required=True)
    valid_to = fields.Date(required=True)
    reason = fields.String(required=True)


# --- Personnel decisions (Decree 62/2015 Art. 63-65, 70, 72) ---------------------------------
DECISION_KINDS = ["designation", "mobilisation", "reassignment", "secondment", "dismissal",
                  "designation_without_examination", "designation_after_examination"]
DECIDERS = ["minister", "general_director", "provincial_director",
            "minister_of_national_defence"]


class PersonnelDecisionFields(Schema):
    """The fields a personnel decision has whether made or refused."""

    decision_id = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(DECISION_KINDS))
    # None only when a candidate who is not an official (Art. 58.4) is refused designation
    officer_id = fields.String(required=True, allow_none=True)
    applicant_id = fields.String(load_default=None, allow_none=True)
    authority_id = fields.String(required=True)
    target_authority_id = fields.String(required=True, allow_none=True)
    position = fields.String(required=True, allow_none=True)
    decider = fields.String(required=True, validate=validate.OneOf(DECIDERS))
    valid_from = fields.Date(required=True)
    decision_number = fields.String(required=True)
    legal_basis = fields.String(required=True)


@contract("personnel_decision.made", version=1, source="personnel")
class PersonnelDecisionMadeV1(PersonnelDecisionFields):
    """A personnel decision about an official was made (designation of a manager, Art. 72;
    mobilisation, reassignment or secondment, Art. 64, 70; dismissal, Art. 65). The holdings
    it changed are announced as ``officer.appointed`` and ``officer.position_ended`` too;
    ``details`` lists their ids (``opened``, ``ended``) and what was weighed."""

    valid_to = fields.Date(required=True, allow_none=True)
    details = fields.Dict(required=True)


@contract("personnel_decision.refused", version=1, source="personnel")
class PersonnelDecisionRefusedV1(PersonnelDecisionFields):
    """A personnel decision was refused: a manager below the standard rank (Art. 72), a decider
    without the power (Art. 70.1, 72.3), a ground Art. 65 does not give, an incomplete
    application (Art. 64.2). Nothing about the official changed; the reasons are the record."""

    reasons = fields.List(fields.String(), required=True)


# --- Designation without examination (Decree 62/2015 Art. 63) -------------------------------
@contract("exempt_authority.listed", version=1, source="personnel")
class ExemptAuthorityListedV1(Schema):
    """An authority of the list enclosed with Decree 62/2015 (Art. 63.2), where enforcement
    officers could be designated without examination, with the facts of Art. 63.1.a (the
    allowance coefficient in hundredths: 0.3 is 30)."""

    authority_id = fields.String(required=True)
    area = fields.String(required=True, validate=validate.OneOf(
        ["border", "island", "extremely_disadvantaged"]))
    chief_district = fields.Boolean(required=True)
    allowance_coefficient_hundredths = fields.Integer(required=True)
    source = fields.String(required=True)


@contract("recruitment_board.constituted", version=1, source="personnel")
class RecruitmentBoardConstitutedV1(Schema):
    """A provincial recruitment board was constituted (Decree 62/2015 Art. 63.4); ``members``
    is how many (its quorum and majority are counted on it). Members are not named on the bus."""

    board_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    members = fields.Integer(required=True)
    decision_number = fields.String(required=True)
    constituted_on = fields.Date(required=True)


# --- Recruitment by examination (Decree 62/2015 Art. 56-62) ---------------------------------
@contract("examination.opened", version=1, source="personnel")
class ExaminationOpenedV1(Schema):
    """An enforcement officer's examination for a rank was opened by its organiser (Decree
    62/2015 Art. 56.2, 60), with the board of examiners the Minister established (Art. 61.1)."""

    examination_id = fields.String(required=True)
    rank = fields.String(required=True)
    system = fields.String(required=True, validate=validate.OneOf(["civil", "military"]))
    organiser_id = fields.String(required=True)
    examination_on = fields.Date(required=True)
    board_decision_number = fields.String(required=True)


@contract("candidate.nominated", version=1, source="personnel")
class CandidateNominatedV1(Schema):
    """An official was put on an authority's candidate list (Decree 62/2015 Art. 58.1);
    ``held_by`` is where the list went (the Department, or the organiser: ``status``
    ``received``)."""

    examination_id = fields.String(required=True)
    officer_id = fields.String(required=True)
    nominated_by = fields.String(required=True)
    held_by = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["nominated", "received"]))


@contract("applicant.registered", version=1, source="personnel")
class ApplicantRegisteredV1(Schema):
    """A candidate who is not an official was put on an authority's candidate list (Decree
    62/2015 Art. 58.4, 59.1); in the events that follow (``candidate_list.forwarded``,
    ``examination.candidates_published``, ``examination.results_recorded``) the candidate is
    named by ``applicant_id``, which becomes the official's id if designated."""

    examination_id = fields.String(required=True)
    applicant_id = fields.String(required=True)
    nominated_by = fields.String(required=True)
    held_by = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["nominated", "received"]))


@contract("candidate_list.forwarded", version=1, source="personnel")
class CandidateListForwardedV1(Schema):
    """A Department's compiled candidate list reached the organiser with the Director's
    application (Decree 62/2015 Art. 58.2, 59.2, 60)."""

    examination_id = fields.String(required=True)
    from_authority_id = fields.String(required=True)
    to_authority_id = fields.String(required=True)
    officer_ids = fields.List(fields.String(), required=True)
    application_number = fields.String(required=True)


@contract("examination.candidates_published", version=1, source="personnel")
class ExaminationCandidatesPublishedV1(Schema):
    """The organiser published the qualified candidates (Decree 62/2015 Art. 60); those not
    qualified are only counted here (their reasons are in the service and its audit)."""

    examination_id = fields.String(required=True)
    qualified = fields.List(fields.String(), required=True)
    not_qualified = fields.Integer(required=True)


@contract("examination.results_recorded", version=1, source="personnel")
class ExaminationResultsRecordedV1(Schema):
    """The board of examiners' results were recorded (Decree 62/2015 Art. 61.2.c, 62.1)."""

    examination_id = fields.String(required=True)
    passed = fields.List(fields.String(), required=True)
    failed = fields.List(fields.String(), required=True)


@contract("structure.changed", version=1, source="personnel")
class StructureChangedV1(Schema):
    """An administrator changed the structure of the authority tree (Decree 62/2015 Art.
    52-54): ``add`` a dated row (``authority_parent_levels.<level>``: the parent levels allowed;
    ``authority_relation.<level>``: management or affiliation, Art. 54.2), or ``close`` the row
    of ``key`` starting on ``valid_from`` on ``valid_to``. Registrations from then on are checked
    against the new structure."""

    id = fields.Integer(required=True)
    action = fields.String(required=True, validate=validate.OneOf(["add", "close"]))
    key = fields.String(required=True)
    value = fields.String(required=True, allow_none=True)
    unit = fields.String(required=True, allow_none=True)
    valid_from = fields.Date(required=True)
    valid_to = fields.Date(required=True, allow_none=True)
    source = fields.String(required=True)
    confidence = fields.String(required=True, allow_none=True)


# --- Inspections (Decree 62/2015 Art. 66-68) -------------------------------------------------
class InspectionFields(Schema):
    inspection_id = fields.Integer(required=True)
    authority_id = fields.String(required=True)
    inspector_id = fields.String(required=True)
    subject_kind = fields.String(required=True)
    subject_reference = fields.String(required=True)
    on = fields.Date(required=True)
    decision_number = fields.String(required=True)


@contract("inspection.assigned", version=1, source="personnel")
class InspectionAssignedV1(InspectionFields):
    """An inspection was given to an enforcement inspector of the envelope's authority on the
    head's decision (Decree 62/2015 Art. 66.1, 67, 68.3.c)."""


class BarV1(Schema):
    relation = fields.String(required=True)
    ground = fields.String(required=True)


@contract("inspection.refused", version=1, source="personnel")
class InspectionRefusedV1(InspectionFields):
    """An inspection was refused to an official (not an inspector of the authority, suspended,
    or barred by a relation of Decree 62/2015 Art. 68.4). ``barred_by`` names the relations and
    their points, never the related persons; the reasons stay in the service."""

    barred_by = fields.List(fields.Nested(BarV1), required=True)
    reasons_count = fields.Integer(required=True)


# --- Cards and uniforms (Decree 62/2015 Art. 73, 81-83) --------------------------------------
class CardFields(Schema):
    card_id = fields.Integer(required=True)
    officer_id = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(["enforcement_officer",
                                                                 "inspector"]))
    position = fields.String(required=True)
    status = fields.String(required=True)
    on = fields.Date(required=True)


@contract("card.issued", version=1, source="personnel")
class CardIssuedV1(CardFields):
    """A card for the rank held was issued (Decree 62/2015 Art. 73.1-73.2); the card of the
    former rank it replaced, if any, is ``replaced_card_id``."""

    replaced_card_id = fields.Integer(required=True, allow_none=True)


@contract("card.replaced", version=1, source="personnel")
class CardReplacedV1(CardFields):
    """A card was replaced by one of the new rank (Decree 62/2015 Art. 73.1)."""

    reason = fields.String(required=True)


@contract("card.returned", version=1, source="personnel")
class CardReturnedV1(CardFields):
    """A card was returned: its holder no longer holds the rank (Decree 62/2015 Art. 73.1)."""

    reason = fields.String(required=True)


@contract("card.lost", version=1, source="personnel")
class CardLostV1(CardFields):
    """A card was lost and reported to the police (Decree 62/2015 Art. 73.1); it is void."""

    reason = fields.String(required=True)


class UniformFields(Schema):
    issue_id = fields.Integer(required=True)
    officer_id = fields.String(required=True)
    item = fields.String(required=True)
    quantity = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(["first", "periodic",
                                                                 "replacement"]))
    on = fields.Date(required=True)


@contract("uniform.issued", version=1, source="personnel")
class UniformIssuedV1(UniformFields):
    """Uniform items or insignia were issued within their allocation (Decree 62/2015 Art. 83);
    ``due_on`` is when the next periodic issue is due (none for a replacement)."""

    due_on = fields.Date(required=True, allow_none=True)


@contract("uniform.refused", version=1, source="personnel")
class UniformRefusedV1(UniformFields):
    """An issue of uniform items was refused, with its reasons (Decree 62/2015 Art. 82.4,
    83)."""

    reasons = fields.List(fields.String(), required=True)


@contract("instrument_plan.submitted", version=1, source="personnel")
class InstrumentPlanSubmittedV1(Schema):
    """A provincial Department submitted its plan of support instruments to the General
    Director (Decree 62/2015 Art. 75.1); ``requested``: how many of each kind of Art. 74.2."""

    plan_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    submitted_on = fields.Date(required=True)
    requested = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


@contract("instrument_plan.decided", version=1, source="personnel")
class InstrumentPlanDecidedV1(Schema):
    """The General Director decided the quantity and types of instruments provided under a plan
    (Decree 62/2015 Art. 75.1); instruments are registered under ``decision_number``."""

    plan_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    decision_number = fields.String(required=True)
    decided_on = fields.Date(required=True)
    requested = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    allocated = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


@contract("instrument.moved", version=1, source="personnel")
class InstrumentMovedV1(Schema):
    """Something happened to a support instrument of the envelope's authority (Decree 62/2015
    Art. 74-77): ``registered`` in its store, ``delivered`` to an officer before duty with a
    delivery note, ``returned``, ``inspected`` (its ``condition``), ``liquidated`` or
    ``destroyed``; ``outcome`` ``refused`` with ``reasons`` when the rules refused a delivery
    or a disposal (nothing changed)."""

    movement_id = fields.Integer(required=True)
    instrument_id = fields.String(required=True)
    authority_id = fields.String(required=True)
    kind = fields.String(required=True)
    action = fields.String(required=True, validate=validate.OneOf(
        ["registered", "delivered", "returned", "inspected", "liquidated", "destroyed"]))
    outcome = fields.String(required=True, validate=validate.OneOf(["decided", "refused"]))
    officer_id = fields.String(required=True, allow_none=True)
    on = fields.Date(required=True)
    document_number = fields.String(required=True)
    condition = fields.String(required=True, allow_none=True)
    status = fields.String(required=True)
    reasons = fields.List(fields.String(), required=True)
