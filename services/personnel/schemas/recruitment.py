"""The RPC inputs and outputs of recruitment (Decree 62/2015 Art. 56-63)."""
from marshmallow import Schema, fields, validate

from shared import fields as f

from services.personnel.rules.recruitment import Area, BoardRole
from services.personnel.schemas import authority_id
from services.personnel.schemas.careers import DECIDERS

# --- Designation without examination (Decree 62/2015 Art. 63) ----------------------------
class ExemptAuthorityIn(Schema):
    """An authority of the list enclosed with the decree (Art. 63.2), with Art. 63.1.a's facts."""

    authority_id = authority_id(required=True)
    area = f.Text(max_length=40, required=True, validate=validate.OneOf(list(Area)))
    chief_district = fields.Boolean(required=True, truthy={True}, falsy={False})
    # 0.3 is 30: a coefficient in hundredths, never a float
    allowance_coefficient_hundredths = f.StrictInteger(minimum=0, maximum=1000, required=True)
    source = f.Text(max_length=300, required=True)


class BoardMemberIn(Schema):
    name = f.Text(max_length=200, required=True)
    role = f.Text(max_length=40, required=True, validate=validate.OneOf(list(BoardRole)))


class RecruitmentBoardIn(Schema):
    """A provincial recruitment board (Art. 63.4)."""

    id = f.Id(required=True)
    authority_id = authority_id(required=True)
    members = f.List(fields.Nested(BoardMemberIn), min_length=1, max_length=50, required=True)
    decision_number = f.Text(max_length=100, required=True)
    constituted_on = f.Day(required=True)


class BoardMeetingIn(Schema):
    """The board's meeting that proposed the designation: who came, who voted for it."""

    held_on = f.Day(required=True)
    present = f.StrictInteger(minimum=0, maximum=50, required=True)
    in_favour = f.StrictInteger(minimum=0, maximum=50, required=True)


class WithoutExaminationIn(Schema):
    """A designation without examination (Art. 63) on the board's proposal."""

    officer_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    board_id = f.Id(required=True)
    meeting = fields.Nested(BoardMeetingIn, required=True)
    commitment_years = f.StrictInteger(minimum=0, maximum=50, required=True)
    commitment_signed_on = f.Day(required=True)
    valid_from = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)
    decider = f.Text(max_length=40, required=True, validate=DECIDERS)


class ExemptAuthorityOut(Schema):
    authority_id = fields.String()
    area = fields.String()
    chief_district = fields.Boolean()
    allowance_coefficient_hundredths = fields.Integer()
    source = fields.String()


class BoardMemberOut(Schema):
    name = fields.String()
    role = fields.String()


class RecruitmentBoardOut(Schema):
    id = fields.String()
    authority_id = fields.String()
    members = fields.List(fields.Nested(BoardMemberOut))
    decision_number = fields.String()
    constituted_on = fields.Date()


EXEMPT_AUTHORITY_IN, EXEMPT_AUTHORITY_OUT = ExemptAuthorityIn(), ExemptAuthorityOut()
RECRUITMENT_BOARD_IN, RECRUITMENT_BOARD_OUT = RecruitmentBoardIn(), RecruitmentBoardOut()
WITHOUT_EXAMINATION_IN = WithoutExaminationIn()
