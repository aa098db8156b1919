"""The RPC inputs and outputs of recruitment by examination (Decree 62/2015 Art. 56-62)."""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.personnel.rules.examination import RANKS, System
from services.personnel.schemas import authority_id, identity_number
from services.personnel.schemas.careers import DECIDERS
from services.personnel.schemas.recruitment import BoardMemberOut


def strict_boolean(**kwargs):
    # true or false only: no "yes", no 1
    return fields.Boolean(truthy={True}, falsy={False}, **kwargs)


class ExaminerIn(Schema):
    name = f.Text(max_length=200, required=True)
    role = f.Text(max_length=100, required=True)  # chair, member, secretary… (Art. 61)


class ExaminationIn(Schema):
    """An examination for a rank with its board of examiners (Art. 56.2, 61)."""

    id = f.Id(required=True)
    rank = f.Text(max_length=40, required=True, validate=validate.OneOf(list(RANKS)))
    system = f.Text(max_length=20, required=True, validate=validate.OneOf(list(System)))
    organiser_id = authority_id(required=True)
    examination_on = f.Day(required=True)
    board_decision_number = f.Text(max_length=100, required=True)
    board_members = f.List(fields.Nested(ExaminerIn), min_length=1, max_length=50,
                           required=True)


class EligibilityFactsIn(Schema):
    """What the candidate's file shows (Law Art. 18; Decree 62/2015 Art. 57)."""

    citizen = strict_boolean(required=True)
    law_degree = strict_boolean(required=True)
    legal_work_since = f.Day(load_default=None, allow_none=True)
    training_completed = strict_boolean(required=True)
    health_fit = strict_boolean(required=True)
    criminal_prosecution = strict_boolean(required=True)
    disciplinary_action = strict_boolean(required=True)
    # Art. 66.2: an inspector in the army is a military officer or non-commissioned officer
    military_officer = strict_boolean(load_default=None, allow_none=True)


def one_candidate(data):
    """Exactly one of ``officer_id`` (an official) and ``applicant_id`` (one who is not)."""
    if (data.get("officer_id") is None) == (data.get("applicant_id") is None):
        raise SchemaError({"officer_id": ["give the officer_id of an official or the "
                                          "applicant_id of a candidate who is not one"]})


class NominationIn(Schema):
    examination_id = f.Id(required=True)
    officer_id = f.Id(required=True)
    facts = fields.Nested(EligibilityFactsIn, required=True)


class ApplicationIn(Schema):
    """A candidate who is not an official applies to an authority (Decree 62/2015 Art. 58.4,
    59.1); ``applicant_id`` becomes the official's id if designated."""

    examination_id = f.Id(required=True)
    applicant_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    full_name = f.Text(max_length=200, required=True)
    identity_number = identity_number(required=True)
    date_of_birth = f.Day(required=True)
    facts = fields.Nested(EligibilityFactsIn, required=True)


class ForwardListIn(Schema):
    examination_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    application_number = f.Text(max_length=100, required=True)  # the Director's (Art. 59.2)


class ExaminationRefIn(Schema):
    examination_id = f.Id(required=True)


class ResultIn(Schema):
    officer_id = f.Id(load_default=None, allow_none=True)
    applicant_id = f.Id(load_default=None, allow_none=True)
    passed = strict_boolean(required=True)
    score = f.StrictInteger(minimum=0, maximum=100, required=True)

    @validates_schema
    def check_candidate(self, data, **kwargs):
        one_candidate(data)


class ResultsIn(Schema):
    examination_id = f.Id(required=True)
    results = f.List(fields.Nested(ResultIn), min_length=1, max_length=500, required=True)


class DesignationAfterExaminationIn(Schema):
    examination_id = f.Id(required=True)
    officer_id = f.Id(load_default=None, allow_none=True)
    applicant_id = f.Id(load_default=None, allow_none=True)
    valid_from = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)
    # Art. 69.2: the Ministry of National Defence's recruitment council's proposal
    council_proposal_number = f.Text(max_length=100, load_default=None, allow_none=True)

    @validates_schema
    def check_candidate(self, data, **kwargs):
        one_candidate(data)


class ApplicantOut(Schema):
    full_name = fields.String()
    identity_number = fields.String()
    date_of_birth = fields.Date()


class CandidateOut(Schema):
    officer_id = fields.String()
    applicant_id = fields.String()
    applicant = fields.Nested(ApplicantOut, allow_none=True)
    nominated_by = fields.String()
    held_by = fields.String()
    status = fields.String()
    reasons = fields.List(fields.String())
    parameters_used = fields.List(fields.Dict())
    application_number = fields.String()
    score = fields.Integer()


class ExaminationOut(Schema):
    id = fields.String()
    rank = fields.String()
    system = fields.String()
    organiser_id = fields.String()
    examination_on = fields.Date()
    board_decision_number = fields.String()
    board_members = fields.List(fields.Nested(BoardMemberOut))
    candidates = fields.List(fields.Nested(CandidateOut))


EXAMINATION_IN, EXAMINATION_OUT, EXAMINATION_REF_IN = (ExaminationIn(), ExaminationOut(),
                                                       ExaminationRefIn())
NOMINATION_IN, FORWARD_LIST_IN, CANDIDATE_OUT = NominationIn(), ForwardListIn(), CandidateOut()
APPLICATION_IN = ApplicationIn()
RESULTS_IN, DESIGNATION_AFTER_EXAMINATION_IN = ResultsIn(), DesignationAfterExaminationIn()
