"""The RPC inputs and outputs of recruitment by examination (Decree 62/2015 Art. 56-62)."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.personnel.rules.examination import RANKS, System
from services.personnel.schemas import authority_id
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


class NominationIn(Schema):
    examination_id = f.Id(required=True)
    officer_id = f.Id(required=True)
    facts = fields.Nested(EligibilityFactsIn, required=True)


class ForwardListIn(Schema):
    examination_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    application_number = f.Text(max_length=100, required=True)  # the Director's (Art. 59.2)


class ExaminationRefIn(Schema):
    examination_id = f.Id(required=True)


class ResultIn(Schema):
    officer_id = f.Id(required=True)
    passed = strict_boolean(required=True)
    score = f.StrictInteger(minimum=0, maximum=100, required=True)


class ResultsIn(Schema):
    examination_id = f.Id(required=True)
    results = f.List(fields.Nested(ResultIn), min_length=1, max_length=500, required=True)


class DesignationAfterExaminationIn(Schema):
    examination_id = f.Id(required=True)
    officer_id = f.Id(required=True)
    valid_from = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)


class CandidateOut(Schema):
    officer_id = fields.String()
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
RESULTS_IN, DESIGNATION_AFTER_EXAMINATION_IN = ResultsIn(), DesignationAfterExaminationIn()
