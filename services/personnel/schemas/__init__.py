"""The RPC inputs and outputs of the personnel service (careers and recruitment in their own
modules of this package).

Every input field is a strict, bounded ``shared.fields`` type (issue 7 item 10): NUL bytes,
strings longer than their column and days outside 1900..2199 are a ValidationError naming the
field.
"""
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.personnel.rules.assignment import Relation
from services.personnel.rules.authorities import LEVELS
from services.personnel.rules.lifecycle import OfficerStatus
from services.personnel.rules.staff import Position

# "HN-01", "HCM", "QK7-02": upper-case letters and digits in groups joined by hyphens.
AUTHORITY_ID_FORMAT = validate.Regexp(
    r"^[A-Z0-9]+(-[A-Z0-9]+)*$", error="must be upper-case letters and digits in groups joined "
                                       "by hyphens, like HN-01")
AUTHORITY_ID_LENGTH = 50  # authority.id is String(50)


def authority_id(**kwargs):
    return f.Id(min_length=2, max_length=AUTHORITY_ID_LENGTH, validate=AUTHORITY_ID_FORMAT,
                **kwargs)


class AuthorityIn(Schema):
    """An authority as an administrator registers it."""

    id = authority_id(required=True)
    name = f.Text(max_length=200, required=True)
    name_vi = f.Text(max_length=200, required=True)
    level = f.Text(max_length=30, required=True, validate=validate.OneOf(LEVELS))
    parent_id = authority_id(load_default=None, allow_none=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(load_default=None, allow_none=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data.get("valid_to") is not None and data["valid_to"] < data["valid_from"]:
            raise SchemaError({"valid_to": ["cannot be before valid_from"]})
        if data.get("parent_id") is not None and data["parent_id"] == data["id"]:
            raise SchemaError({"parent_id": ["an authority cannot be its own parent"]})


class AuthoritySummary(Schema):
    id = fields.String()
    name = fields.String()
    name_vi = fields.String()
    level = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()


class AuthorityOut(AuthoritySummary):
    parent_id = fields.String()
    relation = fields.String()  # to the parent: management or affiliation (Art. 54.2)
    parameters_used = fields.List(fields.Dict())
    # The authorities above it, nearest first, up to the top of its system.
    chain = fields.List(fields.Nested(AuthoritySummary))


AUTHORITY_IN, AUTHORITY_OUT = AuthorityIn(), AuthorityOut()


# --- Staff (Law Art. 17-18; Decree 62/2015 Art. 54.2, 66-72) -----------------------------

def identity_number(**kwargs):
    # a citizen identity card number (12 digits) or an older card or passport number
    return f.Text(max_length=20, validate=validate.Regexp(r"^[A-Z0-9]+$", error="must be upper-"
                                                          "case letters and digits"), **kwargs)


class OfficerIn(Schema):
    """An official as an administrator registers them, with the authority employing them."""

    id = f.Id(required=True)
    full_name = f.Text(max_length=200, required=True)
    identity_number = identity_number(load_default=None, allow_none=True)
    authority_id = authority_id(required=True)


class AppointmentIn(Schema):
    """An official appointed to a position at an authority from a day (Decree Art. 62, 72)."""

    officer_id = f.Id(required=True)
    authority_id = authority_id(required=True)
    position = f.Text(max_length=40, required=True, validate=validate.OneOf(list(Position)))
    valid_from = f.Day(required=True)
    decision_number = f.Text(max_length=100, required=True)


class EndPositionIn(Schema):
    """A holding ended: its last day and why (Decree Art. 64, 65, 70)."""

    appointment_id = f.StrictInteger(minimum=1, required=True)
    valid_to = f.Day(required=True)
    reason = f.Text(max_length=500, required=True)


class RelationIn(Schema):
    """A person related to an officer (Law Art. 21.5; Decree Art. 10.1, 68.4)."""

    officer_id = f.Id(required=True)
    person_name = f.Text(max_length=200, required=True)
    identity_number = identity_number(load_default=None, allow_none=True)
    relation = f.Text(max_length=40, required=True, validate=validate.OneOf(list(Relation)))


class OfficerStatusIn(Schema):
    """An official suspended from duty or reinstated (Decree Art. 65; the law on officials)."""

    officer_id = f.Id(required=True)
    status = f.Text(max_length=20, required=True, validate=validate.OneOf(list(OfficerStatus)))
    on = f.Day(required=True)
    reason = f.Text(max_length=500, required=True)
    decision_number = f.Text(max_length=100, required=True)


class AppointmentOut(Schema):
    id = fields.Integer()
    officer_id = fields.String()
    authority_id = fields.String()
    position = fields.String()
    category = fields.String()
    article = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()
    decision_number = fields.String()
    end_reason = fields.String()


class RelationOut(Schema):
    id = fields.Integer()
    officer_id = fields.String()
    person_name = fields.String()
    identity_number = fields.String()
    relation = fields.String()


class OfficerOut(Schema):
    id = fields.String()
    full_name = fields.String()
    identity_number = fields.String()
    authority_id = fields.String()
    status = fields.String()
    # every position held, oldest first: the career history
    positions = fields.List(fields.Nested(AppointmentOut))
    relations = fields.List(fields.Nested(RelationOut))


# --- Assignment for cases (Law Art. 36; Decree 62/2015 Art. 10) --------------------------

class PartyIn(Schema):
    party_id = f.Id(required=True)
    name = f.Text(max_length=200, required=True)
    identity_number = identity_number(load_default=None, allow_none=True)


class CaseForAssignmentIn(Schema):
    """The case to give an officer: its authority, its id and its parties."""

    authority = authority_id(required=True)
    case_id = f.Id(required=True)
    parties = f.List(fields.Nested(PartyIn), min_length=1, max_length=100, required=True)
    # Decree 62/2015 Art. 10.3: the officer(s) being replaced, never chosen again
    exclude_officer_ids = f.List(f.Id(), max_length=20, load_default=list)

    @validates_schema
    def check_exclusions(self, data, **kwargs):
        ids = data.get("exclude_officer_ids") or []
        if len(set(ids)) != len(ids):
            raise SchemaError({"exclude_officer_ids": ["names an officer twice"]})


class ReleaseIn(Schema):
    """An open assignment to end (the case ended, or the officer was replaced)."""

    authority = authority_id(required=True)
    case_id = f.Id(required=True)
    reason = f.Text(max_length=500, required=True)


class CandidateOut(Schema):
    officer_id = fields.String()
    full_name = fields.String()
    open_assignments = fields.Integer()


class ConflictOut(Schema):
    party_id = fields.String()
    party_name = fields.String()
    relation = fields.String()
    matched_by = fields.String()
    ground = fields.String()


class ExcludedOut(CandidateOut):
    conflicts = fields.List(fields.Nested(ConflictOut))


class AssignmentOut(Schema):
    assignment_id = fields.Integer()
    authority = fields.String()
    case_id = fields.String()
    status = fields.String()
    assigned_on = fields.Date()
    released_on = fields.Date()
    officer = fields.Nested(CandidateOut)
    considered = fields.List(fields.Nested(CandidateOut))
    excluded = fields.List(fields.Nested(ExcludedOut))
    set_aside = fields.List(fields.Nested(CandidateOut))
    reasons = fields.List(fields.String())
    legal_basis = fields.String()


OFFICER_IN, OFFICER_OUT, OFFICER_STATUS_IN = OfficerIn(), OfficerOut(), OfficerStatusIn()
APPOINTMENT_IN, APPOINTMENT_OUT = AppointmentIn(), AppointmentOut()
END_POSITION_IN = EndPositionIn()
RELATION_IN, RELATION_OUT = RelationIn(), RelationOut()
CASE_FOR_ASSIGNMENT_IN, RELEASE_IN, ASSIGNMENT_OUT = (CaseForAssignmentIn(), ReleaseIn(),
                                                      AssignmentOut())


class ReplacementDecidersIn(Schema):
    """The case whose officer a litigant asks to replace (Decree 62/2015 Art. 10.2)."""

    authority = authority_id(required=True)
    case_id = f.Id(required=True)


class ReplacementDecidersOut(Schema):
    authority = fields.String()
    case_id = fields.String()
    officer_id = fields.String()
    on = fields.Date()
    deciders = fields.List(fields.String())
    legal_basis = fields.String()


REPLACEMENT_DECIDERS_IN, REPLACEMENT_DECIDERS_OUT = (ReplacementDecidersIn(),
                                                     ReplacementDecidersOut())


# --- Competent authority of an administrative division (Law Art. 35; Decree Art. 16) -----
# The national codes of administrative units: 2 digits for a province, 5 for a commune.
PROVINCE_CODE = validate.Regexp(r"^[0-9]{2}$", error="must be the province's 2-digit code")
COMMUNE_CODE = validate.Regexp(r"^[0-9]{5}$", error="must be the commune's 5-digit code")


class DivisionJurisdictionIn(Schema):
    """An authority competent for a province (no commune) or one of its communes, dated."""

    province_code = f.Text(max_length=2, required=True, validate=PROVINCE_CODE)
    commune_code = f.Text(max_length=5, load_default=None, allow_none=True,
                          validate=COMMUNE_CODE)
    authority_id = authority_id(required=True)
    valid_from = f.Day(required=True)
    valid_to = f.Day(load_default=None, allow_none=True)
    source = f.Text(max_length=300, required=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data.get("valid_to") is not None and data["valid_to"] < data["valid_from"]:
            raise SchemaError({"valid_to": ["cannot be before valid_from"]})


class DivisionCloseIn(Schema):
    """A row of the map closed on its last day (a reorganisation)."""

    division_jurisdiction_id = f.StrictInteger(minimum=1, required=True)
    valid_to = f.Day(required=True)
    reason = f.Text(max_length=500, required=True)


class DivisionQueryIn(Schema):
    """Which authority serves this commune of this province on this day?"""

    province_code = f.Text(max_length=2, required=True, validate=PROVINCE_CODE)
    commune_code = f.Text(max_length=5, load_default=None, allow_none=True,
                          validate=COMMUNE_CODE)
    on = f.Day(required=True)


class DivisionJurisdictionOut(Schema):
    id = fields.Integer()
    province_code = fields.String()
    commune_code = fields.String()
    authority_id = fields.String()
    valid_from = fields.Date()
    valid_to = fields.Date()
    source = fields.String()


class CompetentAuthorityOut(Schema):
    province_code = fields.String()
    commune_code = fields.String()
    on = fields.Date()
    matched = fields.String()  # "commune" or "province"
    division_jurisdiction = fields.Nested(DivisionJurisdictionOut)
    authority = fields.Nested(AuthorityOut)
    legal_basis = fields.String()


DIVISION_JURISDICTION_IN, DIVISION_JURISDICTION_OUT = (DivisionJurisdictionIn(),
                                                       DivisionJurisdictionOut())
DIVISION_QUERY_IN, COMPETENT_AUTHORITY_OUT = DivisionQueryIn(), CompetentAuthorityOut()
DIVISION_CLOSE_IN = DivisionCloseIn()
