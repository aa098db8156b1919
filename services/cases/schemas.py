"""The RPC inputs and outputs of the cases service.

Inputs use the strict, bounded types of ``shared.fields`` (each string fits its column, no
control characters, strict integers, days between 1900 and 2199, bounded lists)."""
import re

from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.cases.rules import agreements as _agreements
from services.cases.rules import debtor_conditions as _conditions
from services.cases.rules import parties as _parties
from services.cases.rules.requests import EVIDENCE_KINDS, GROUNDS
from services.cases.rules.automatic import AUTOMATIC_ITEMS
from services.cases.rules.unclear_judgments import RIGHTS_ASSIGNED
from services.cases.rules.revocation import GROUNDS as REVOCATION_GROUNDS
from services.cases.rules.entrustment import PLACE_KINDS
from services.cases.rules.lifecycle import CaseStatus
from services.cases.rules.officers import OUTCOMES
from services.cases.rules.suspension import KINDS as STOP_KINDS
from services.cases.rules.transfer import KINDS as TRANSFER_KINDS
from services.cases.rules.verification import FINDINGS

KINDS = ["pay_money", "deliver_property", "perform_act", "refrain_from_act", "other"]
#: Upper bounds of a judgment's lists (issue 7 item 10: no unbounded input).
MAX_PARTIES, MAX_OBLIGATIONS = 200, 500
#: Upper bound of the periods a request may claim for deduction.
MAX_DEDUCTIONS = 20
#: Upper bound of a periodic obligation's instalments (50 years of monthly payments).
MAX_INSTALMENTS = 600


class InstalmentIn(Schema):
    """One instalment of a periodic obligation (e.g. monthly maintenance)."""

    due_on = f.Day(required=True)
    amount = f.Amount(load_default=None, minimum=1)


# The national codes of administrative units, as personnel's competent_authority takes them
# (docs/api/personnel.md): 2 digits for a province, 5 for a commune.
PROVINCE_CODE = validate.Regexp(r"^[0-9]{2}$", error="must be the province's 2-digit code")
COMMUNE_CODE = validate.Regexp(r"^[0-9]{5}$", error="must be the commune's 5-digit code")
#: The shape of each identity document's number: the citizen identity card's 12 digits (the
#: old identity card's 9), a passport's letters and digits, the enterprise code's 10 digits
#: (a branch's 13, as 10-3), another organisation's registration number.
IDENTITY_NUMBER_SHAPES = {
    "citizen_identity_card": r"^([0-9]{12}|[0-9]{9})$",
    "passport": r"^[A-Z0-9]{6,20}$",
    "enterprise_registration": r"^[0-9]{10}(-[0-9]{3})?$",
    "organisation_registration": r"^[A-Za-z0-9][A-Za-z0-9/.-]{0,29}$",
}


class PartyIn(Schema):
    party_id = f.Id(required=True, max_length=50)
    name = f.Text(required=True, max_length=200)
    address = f.Text(required=True, max_length=500, multiline=True)
    #: issue 8: a person or an organisation (a person when absent: the old shape)
    kind = f.Text(load_default="person", max_length=20,
                  validate=validate.OneOf(_parties.PARTY_KINDS))
    #: the identity document and its number (private: rules.parties.may_see_identity)
    identity_kind = f.Text(load_default=None, max_length=30,
                           validate=validate.OneOf(list(IDENTITY_NUMBER_SHAPES)))
    identity_number = f.Id(load_default=None, max_length=30)
    province_code = f.Text(load_default=None, max_length=2, validate=PROVINCE_CODE)
    commune_code = f.Text(load_default=None, max_length=5, validate=COMMUNE_CODE)

    @validates_schema
    def check_identity(self, data, **kwargs):
        errors = {}
        kind, number = data.get("identity_kind"), data.get("identity_number")
        if (kind is None) != (number is None):
            errors["identity_number" if number is None else "identity_kind"] = [
                "identity_kind and identity_number are given together"]
        elif kind is not None:
            if not _parties.identity_kind_fits(data["kind"], kind):
                errors["identity_kind"] = [f"not a document of a {data['kind']}"]
            elif not re.match(IDENTITY_NUMBER_SHAPES[kind], number):
                errors["identity_number"] = [f"not the shape of a {kind} number"]
        if data.get("commune_code") and not data.get("province_code"):
            errors["province_code"] = ["a commune is given with its province"]
        if errors:
            raise SchemaError(errors)


class ObligationIn(Schema):
    obligation_id = f.Id(required=True, max_length=50)
    kind = f.Text(required=True, max_length=50, validate=validate.OneOf(KINDS))
    debtor_party_id = f.Id(required=True, max_length=50)
    creditor_party_id = f.Id(load_default=None, max_length=50)
    amount = f.Amount(load_default=None, minimum=1)
    due_on = f.Day(load_default=None)
    description = f.Text(required=True, max_length=1000, multiline=True)
    instalments = f.List(fields.Nested(InstalmentIn), load_default=list,
                         max_length=MAX_INSTALMENTS)
    #: Law Art. 36.2; Decree Art. 6.3: marked by the court's system for automatic enforcement
    automatic = f.Text(load_default=None, max_length=30,
                       validate=validate.OneOf(list(AUTOMATIC_ITEMS)))
    #: Decree Art. 6.2: the items of one set of joint rights and obligations share a name
    joint_group = f.Id(load_default=None, max_length=50)
    #: Decree Art. 7.4: false when the judgment does not clearly identify this item's debtor
    debtor_identified = fields.Boolean(load_default=True, truthy={True}, falsy={False})
    #: Decree Art. 7.4(a)-(c): the right the item assigns, if any
    right_assigned = f.Text(load_default=None, max_length=30,
                            validate=validate.OneOf(list(RIGHTS_ASSIGNED)))

    @validates_schema
    def check_instalments(self, data, **kwargs):
        days = [i["due_on"] for i in data.get("instalments") or []]
        if len(set(days)) != len(days):
            raise SchemaError({"instalments": ["two instalments fall due on one day"]})


class JudgmentIn(Schema):
    """A judgment as a court's case system sends it."""

    court = f.Text(required=True, max_length=200)
    number = f.Text(required=True, max_length=100)
    issued_on = f.Day(required=True)
    effective_on = f.Day(required=True)
    authority = f.Id(required=True, max_length=50)
    parties = f.List(fields.Nested(PartyIn), required=True, min_length=2, max_length=MAX_PARTIES)
    obligations = f.List(fields.Nested(ObligationIn), required=True, min_length=1,
                         max_length=MAX_OBLIGATIONS)
    #: the legal day the authority received it (Law Art. 36.2); today (Vietnam) if absent
    received_on = f.Day(load_default=None)

    @validates_schema
    def check_references(self, data, **kwargs):
        party_ids = {p["party_id"] for p in data["parties"]}
        errors = {}
        if len(party_ids) != len(data["parties"]):
            errors["parties"] = ["party_id must be unique"]
        for i, item in enumerate(data["obligations"]):
            for key in ("debtor_party_id", "creditor_party_id"):
                if item.get(key) is not None and item[key] not in party_ids:
                    errors.setdefault("obligations", {}).setdefault(i, {})[key] = [
                        f"no party {item[key]!r} in this judgment"]
        if data["effective_on"] < data["issued_on"]:
            errors["effective_on"] = ["cannot be before issued_on"]
        if errors:
            raise SchemaError(errors)


class DeductionIn(Schema):
    """A period the requester asks not to be counted in the prescriptive limit: force majeure
    or objective hindrance (Decree Art. 4.2-4.3) with its evidence (Art. 4.4 (a)-(e)), or a
    postponement or suspension (Law Art. 30.2) with its decision."""

    ground = f.Text(required=True, max_length=50, validate=validate.OneOf(GROUNDS))
    evidence = f.Text(required=True, max_length=10, validate=validate.OneOf(EVIDENCE_KINDS))
    evidence_reference = f.Text(required=True, max_length=300)
    from_on = f.Day(required=True)
    to_on = f.Day(required=True)

    @validates_schema
    def check_period(self, data, **kwargs):
        if data["to_on"] < data["from_on"]:
            raise SchemaError({"to_on": ["cannot be before from_on"]})


class VoluntaryPaymentIn(Schema):
    """Decree Art. 4.6: what a relative or authorised person of a judgment debtor serving a
    criminal sentence voluntarily paid or delivered after the prescriptive limit expired."""

    payer = f.Text(required=True, max_length=200)
    sentence_reference = f.Text(required=True, max_length=300)
    paid_on = f.Day(required=True)
    amount = f.Amount(load_default=None, minimum=1)
    property = f.Text(load_default=None, max_length=1000, multiline=True)

    @validates_schema
    def check_what(self, data, **kwargs):
        if data.get("amount") is None and data.get("property") is None:
            raise SchemaError({"amount": ["give the amount paid or the property delivered"]})


class RequestIn(Schema):
    """A litigant's request for enforcement (Law Art. 31), as the desk records it."""

    judgment_id = f.Id(required=True)
    requester_party_id = f.Id(required=True, max_length=50)
    obligation_ids = f.List(f.Id(max_length=50), required=True, min_length=1,
                            max_length=MAX_OBLIGATIONS)
    received_on = f.Day(required=True)
    content = f.Text(required=True, max_length=2000, multiline=True)
    deductions = f.List(fields.Nested(DeductionIn), load_default=list,
                        max_length=MAX_DEDUCTIONS)
    voluntary_payment = fields.Nested(VoluntaryPaymentIn, load_default=None)
    #: Decree Art. 7.4(a)-(c): the requester does not directly manage the property (or nurture
    #: the minor) the judgment assigns to them at the time of the request
    creditor_not_in_possession = fields.Boolean(load_default=False, truthy={True},
                                                falsy={False})


class DecisionIn(Schema):
    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    issued_on = f.Day(required=True)


class PartyOut(Schema):
    """A party as anyone with the case may see it: never its identity number."""

    party_id = fields.String()
    name = fields.String()
    address = fields.String()
    kind = fields.String()
    province_code = fields.String(allow_none=True)
    commune_code = fields.String(allow_none=True)


class PrivatePartyOut(PartyOut):
    """A party in a case's view: the identity document only when the handler gave it (to the
    case's officers, rules.parties.may_see_identity)."""

    identity_kind = fields.String(allow_none=True)
    identity_number = fields.String(allow_none=True)


class ObligationOut(Schema):
    obligation_id = fields.String()
    kind = fields.String()
    debtor_party_id = fields.String()
    creditor_party_id = fields.String()
    amount = fields.Integer()
    due_on = fields.Date()
    description = fields.String()
    instalments = fields.List(fields.Dict())
    automatic = fields.String(allow_none=True)
    joint_group = fields.String(allow_none=True)
    debtor_identified = fields.Boolean()
    right_assigned = fields.String(allow_none=True)


class JudgmentOut(Schema):
    id = fields.String()
    court = fields.String()
    number = fields.String()
    issued_on = fields.Date()
    effective_on = fields.Date()
    authority = fields.String()
    parties = fields.List(fields.Nested(PartyOut))
    obligations = fields.List(fields.Nested(ObligationOut))
    received_on = fields.Date(allow_none=True)


class DecisionOut(Schema):
    id = fields.String()
    number = fields.String()
    issued_on = fields.Date()
    issued_by = fields.String()
    basis = fields.String()
    notify_by = fields.Date()
    parameters_used = fields.List(fields.Dict())
    computations = fields.Dict()
    covered_case_ids = fields.List(fields.String())


class RefusalOut(Schema):
    id = fields.String()
    refused_on = fields.Date()
    decided_by = fields.String()
    legal_basis = fields.String()
    reasons = fields.List(fields.String())
    computations = fields.List(fields.Dict())
    parameters_used = fields.List(fields.Dict())


class CaseOut(Schema):
    id = fields.String()
    authority = fields.String()
    status = fields.String()
    judgment_id = fields.String()
    requester_party_id = fields.String()
    obligation_ids = fields.List(fields.String())
    request_received_on = fields.Date()
    decision_due_on = fields.Date()
    parameters_used = fields.List(fields.Dict())
    deductions = fields.List(fields.Dict())
    limit_computations = fields.List(fields.Dict())
    decision = fields.Nested(DecisionOut, allow_none=True)
    refusal = fields.Nested(RefusalOut, allow_none=True)


class VerificationIn(Schema):
    """The enforcement officer's verification result (Decree Art. 9.1; Law Art. 44)."""

    case_id = f.Id(required=True)
    verified_on = f.Day(required=True)
    finding = f.Text(required=True, max_length=30, validate=validate.OneOf(FINDINGS))
    note = f.Text(required=True, max_length=2000, multiline=True)


class LackingConditionsIn(Schema):
    """The head of the authority's decision that the debtor lacks conditions (Art. 9.4)."""

    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    decided_on = f.Day(required=True)
    #: needed only when the case's items have several debtors
    debtor_party_id = f.Id(load_default=None, max_length=50)


class ResumptionIn(Schema):
    """The decision to resume enforcement (Art. 9.4, third paragraph; 9.6)."""

    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    decided_on = f.Day(required=True)
    new_conditions = f.Text(required=True, max_length=2000, multiline=True)


class VerificationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    verified_on = fields.Date()
    finding = fields.String()
    note = fields.String()
    recorded_by = fields.String()
    decision_due_on = fields.Date(allow_none=True)
    case_status = fields.String()


class LackingConditionsOut(Schema):
    id = fields.String()
    case_id = fields.String()
    verification_id = fields.String()
    number = fields.String()
    decided_on = fields.Date()
    decided_by = fields.String()
    debtor_party_id = fields.String()
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    case_status = fields.String()


class ResumptionOut(Schema):
    id = fields.String()
    case_id = fields.String()
    lacking_conditions_decision_id = fields.String()
    verification_id = fields.String()
    number = fields.String()
    decided_on = fields.Date()
    decided_by = fields.String()
    new_conditions = fields.String()
    legal_basis = fields.String()
    case_status = fields.String()


JUDGMENT_IN, REQUEST_IN, DECISION_IN = JudgmentIn(), RequestIn(), DecisionIn()
VERIFICATION_IN, LACKING_CONDITIONS_IN = VerificationIn(), LackingConditionsIn()
RESUMPTION_IN = ResumptionIn()
VERIFICATION_OUT, LACKING_CONDITIONS_OUT = VerificationOut(), LackingConditionsOut()
RESUMPTION_OUT = ResumptionOut()
JUDGMENT_OUT, CASE_OUT = JudgmentOut(), CaseOut()


# --- Postponement, suspension, termination, continuation (Law Art. 48-50; Decree Art. 14)


class StopIn(Schema):
    """A decision to postpone (Law Art. 48; Decree Art. 14) or suspend (Law Art. 49)."""

    case_id = f.Id(required=True)
    kind = f.Text(required=True, max_length=20, validate=validate.OneOf(STOP_KINDS))
    ground = f.Text(required=True, max_length=20)
    reasons = f.Text(required=True, max_length=2000, multiline=True)
    number = f.Text(required=True, max_length=100)
    ground_arose_on = f.Day(required=True)
    decided_on = f.Day(required=True)
    #: Decree Art. 14.1: whether the obligation must be performed by the debtor personally
    personal_obligation = fields.Boolean(load_default=False)
    #: Decree Art. 14.2: the debtor's other property, to be seized (ground 48.1.d)
    other_property = f.Text(load_default=None, max_length=1000, multiline=True)


class ContinuationIn(Schema):
    """A decision to continue enforcement (Law Art. 48.4, 49.3)."""

    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    ground_ended_on = f.Day(required=True)
    decided_on = f.Day(required=True)


class TerminationIn(Schema):
    """A decision to terminate enforcement (Law Art. 50)."""

    case_id = f.Id(required=True)
    ground = f.Text(required=True, max_length=20)
    reasons = f.Text(required=True, max_length=2000, multiline=True)
    number = f.Text(required=True, max_length=100)
    ground_arose_on = f.Day(required=True)
    decided_on = f.Day(required=True)


class StopOut(Schema):
    id = fields.String()
    case_id = fields.String()
    kind = fields.String()
    ground = fields.String()
    reasons = fields.String()
    number = fields.String()
    ground_arose_on = fields.Date()
    decided_on = fields.Date()
    decided_by = fields.String()
    legal_basis = fields.String()
    partial = fields.Boolean()
    other_property = fields.String(allow_none=True)
    ends_by = fields.Date(allow_none=True)
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    continuation_number = fields.String(allow_none=True)
    ground_ended_on = fields.Date(allow_none=True)
    continued_on = fields.Date(allow_none=True)
    continued_by = fields.String(allow_none=True)
    continuation_computations = fields.Dict()
    case_status = fields.String()


class TerminationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    ground = fields.String()
    reasons = fields.String()
    number = fields.String()
    ground_arose_on = fields.Date()
    decided_on = fields.Date()
    decided_by = fields.String()
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    case_status = fields.String()


STOP_IN, CONTINUATION_IN, TERMINATION_IN = StopIn(), ContinuationIn(), TerminationIn()
STOP_OUT, TERMINATION_OUT = StopOut(), TerminationOut()


# --- The case's enforcement officer (Law Art. 36; Decree 62/2015 Art. 10)


class OfficerAssignmentIn(Schema):
    case_id = f.Id(required=True)


class OfficerReplacementIn(Schema):
    """A litigant's request to replace the officer and the head's decision on it (Art. 10)."""

    case_id = f.Id(required=True)
    requested_by_party_id = f.Id(required=True, max_length=50)
    ground = f.Text(required=True, max_length=20)
    request_reasons = f.Text(required=True, max_length=2000, multiline=True)
    received_on = f.Day(required=True)
    outcome = f.Text(required=True, max_length=10, validate=validate.OneOf(OUTCOMES))
    explanation = f.Text(required=True, max_length=2000, multiline=True)
    decided_on = f.Day(required=True)


class CaseOfficerOut(Schema):
    id = fields.String()
    case_id = fields.String()
    officer_id = fields.String()
    full_name = fields.String()
    assigned_on = fields.Date()
    personnel_assignment_id = fields.Integer(allow_none=True)
    reasons = fields.List(fields.String())
    legal_basis = fields.String()
    assigned_by = fields.String()
    ended_on = fields.Date(allow_none=True)
    replaced_by = fields.String(allow_none=True)


class OfficerReplacementOut(Schema):
    id = fields.String()
    case_id = fields.String()
    requested_by_party_id = fields.String()
    ground = fields.String()
    request_reasons = fields.String()
    received_on = fields.Date()
    outcome = fields.String()
    explanation = fields.String()
    decided_on = fields.Date()
    decided_by = fields.String()
    legal_basis = fields.String()
    old_officer_id = fields.String()
    new_officer_id = fields.String(allow_none=True)
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


OFFICER_ASSIGNMENT_IN, OFFICER_REPLACEMENT_IN = OfficerAssignmentIn(), OfficerReplacementIn()
CASE_OFFICER_OUT, OFFICER_REPLACEMENT_OUT = CaseOfficerOut(), OfficerReplacementOut()


# --- Entrustment (Decree 62/2015 Art. 16, 35)


class PlaceIn(Schema):
    """A place where the debtor's property or head office is, or where they work or reside
    (Art. 16.1; ``collateral``: Art. 16.3), in an administrative division."""

    kind = f.Text(required=True, max_length=20, validate=validate.OneOf(PLACE_KINDS))
    province_code = f.Text(load_default=None, max_length=2, validate=PROVINCE_CODE)
    commune_code = f.Text(load_default=None, max_length=5, validate=COMMUNE_CODE)
    #: instead of the codes: the party whose address (as the judgment gave it, with its codes)
    #: is this residence or head office
    party_id = f.Id(load_default=None, max_length=50)
    description = f.Text(required=True, max_length=500, multiline=True)
    value = f.Amount(load_default=None, minimum=0)  # đồng, for property
    agreed_by_litigants = fields.Boolean(load_default=False)  # Art. 16.2(a)

    @validates_schema
    def check_where(self, data, **kwargs):
        if data.get("party_id") is None and data.get("province_code") is None:
            raise SchemaError({"province_code": ["required unless party_id names the party"]})
        if data.get("commune_code") and not data.get("province_code"):
            raise SchemaError({"province_code": ["a commune is given with its province"]})


class EntrustmentIn(Schema):
    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    ground_arose_on = f.Day(required=True)
    decided_on = f.Day(required=True)
    #: Decree Art. 35: a temporary emergency measure is entrusted at once
    urgent = fields.Boolean(load_default=False)
    places = f.List(fields.Nested(PlaceIn), required=True, min_length=1, max_length=20)
    tasks = f.Text(required=True, max_length=2000, multiline=True)
    fulfilled = f.Text(required=True, max_length=2000, multiline=True)
    unfulfilled = f.Text(required=True, max_length=2000, multiline=True)


class EntrustmentOut(Schema):
    id = fields.String()
    case_id = fields.String()
    from_authority = fields.String()
    to_authority = fields.String()
    number = fields.String()
    ground_arose_on = fields.Date()
    decided_on = fields.Date()
    decided_by = fields.String()
    urgent = fields.Boolean()
    places = fields.List(fields.Dict())
    chosen_place = fields.Dict()
    choice_clause = fields.String()
    choice_reason = fields.String()
    tasks = fields.String()
    fulfilled = fields.String()
    unfulfilled = fields.String()
    decisions_in_force = fields.List(fields.Dict())
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


ENTRUSTMENT_IN, ENTRUSTMENT_OUT = EntrustmentIn(), EntrustmentOut()


# --- Reads for desk software


class CaseListIn(Schema):
    status = f.Text(load_default=None, max_length=30,
                    validate=validate.OneOf([str(s) for s in CaseStatus]))
    officer_id = f.Id(load_default=None)
    page = f.StrictInteger(load_default=1, minimum=1, maximum=100000)
    page_size = f.StrictInteger(load_default=20, minimum=1, maximum=100)


class DeadlineQueryIn(Schema):
    on = f.Day(required=True)
    within_working_days = f.StrictInteger(load_default=3, minimum=0, maximum=60)
    case_id = f.Id(load_default=None)


class DeadlineOut(Schema):
    rule_id = fields.String()
    article = fields.String()
    subject_type = fields.String()
    subject_id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    starts_on = fields.Date()
    length = fields.Integer()
    unit = fields.String()
    due_on = fields.Date()
    status = fields.String()
    met_on = fields.Date(allow_none=True)


class DossierItemOut(Schema):
    kind = fields.String()
    on = fields.Date()
    id = fields.String()
    number = fields.String(allow_none=True)
    legal_basis = fields.String()
    officer_id = fields.String()
    finding = fields.String()
    to_authority = fields.String()
    revoked_by = fields.String(allow_none=True)
    decision_id = fields.String()


class HistoryOut(Schema):
    occurred_at = fields.DateTime()
    action = fields.String()
    actor = fields.String()
    role = fields.String()
    authority = fields.String()
    legal_basis = fields.String()
    subject_type = fields.String()
    subject_id = fields.String()


class CaseFileOut(Schema):
    case = fields.Nested(CaseOut)
    officer_id = fields.String(allow_none=True)
    parties = fields.List(fields.Nested(PrivatePartyOut))
    dossier = fields.List(fields.Nested(DossierItemOut))
    deadlines = fields.List(fields.Nested(DeadlineOut))
    history = fields.List(fields.Nested(HistoryOut))


class CaseSummaryOut(Schema):
    id = fields.String()
    status = fields.String()
    judgment_id = fields.String()
    requester_party_id = fields.String()
    request_received_on = fields.Date()


class CaseListOut(Schema):
    page = fields.Integer()
    page_size = fields.Integer()
    total = fields.Integer()
    items = fields.List(fields.Nested(CaseSummaryOut))


class DeadlineListOut(Schema):
    on = fields.Date()
    due_until = fields.Date()
    overdue = fields.List(fields.Nested(DeadlineOut))
    due_soon = fields.List(fields.Nested(DeadlineOut))


CASE_LIST_IN, DEADLINE_QUERY_IN = CaseListIn(), DeadlineQueryIn()
CASE_FILE_OUT, CASE_LIST_OUT, DEADLINE_LIST_OUT = CaseFileOut(), CaseListOut(), DeadlineListOut()


# --- Transfer of rights and obligations (Decree 62/2015 Art. 15)


class TransfereeIn(Schema):
    name = f.Text(required=True, max_length=200)
    address = f.Text(required=True, max_length=500, multiline=True)


class TransferIn(Schema):
    case_id = f.Id(required=True)
    kind = f.Text(required=True, max_length=40, validate=validate.OneOf(TRANSFER_KINDS))
    #: the deceased or transferring debtor, or the transferring creditor
    from_party_id = f.Id(required=True, max_length=50)
    transferee = fields.Nested(TransfereeIn, load_default=None)
    #: the day the holder or heirs were informed (Art. 15.1) or the transfer was notified
    informed_on = f.Day(required=True)
    decided_on = f.Day(required=True)
    document_reference = f.Text(load_default=None, max_length=300)
    creditor_consent = f.Text(load_default=None, max_length=300)
    #: what the heir-search notice names (Art. 15.1(b))
    property = f.Text(load_default=None, max_length=1000, multiline=True)


class TransferOut(Schema):
    id = fields.String()
    case_id = fields.String()
    kind = fields.String()
    from_party_id = fields.String()
    transferee = fields.Dict(allow_none=True)
    informed_on = fields.Date()
    decided_on = fields.Date()
    decided_by = fields.String()
    outcome = fields.String()
    reasons = fields.List(fields.String())
    document_reference = fields.String(allow_none=True)
    creditor_consent = fields.String(allow_none=True)
    period_ends_on = fields.Date(allow_none=True)
    notice_id = fields.String(allow_none=True)
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


TRANSFER_IN, TRANSFER_OUT = TransferIn(), TransferOut()


class DossierIn(Schema):
    """The officer opens the case's dossier (Decree Art. 8.1)."""

    case_id = f.Id(required=True)
    opened_on = f.Day(required=True)


class DossierOut(Schema):
    id = fields.String()
    case_id = fields.String()
    decision_id = fields.String()
    opened_on = fields.Date()
    opened_by = fields.String()
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


DOSSIER_IN, DOSSIER_OUT = DossierIn(), DossierOut()


# Automatic decisions (Law Art. 36.2; Decree Art. 6).
class AutomaticDecisionsIn(Schema):
    judgment_id = f.Id(required=True, max_length=36)
    #: the decisions' number; with several decisions each gets ``-1``, ``-2``... in order
    number = f.Text(required=True, max_length=90)
    issued_on = f.Day(required=True)


class AutomaticDecisionOut(Schema):
    case_id = fields.String()
    grouping = fields.Dict()
    obligation_ids = fields.List(fields.String())
    decision = fields.Nested(DecisionOut)


class AutomaticDecisionsOut(Schema):
    judgment_id = fields.String()
    decision_due_on = fields.Date(allow_none=True)
    decisions = fields.List(fields.Nested(AutomaticDecisionOut))


AUTOMATIC_DECISIONS_IN = AutomaticDecisionsIn()
AUTOMATIC_DECISIONS_OUT = AutomaticDecisionsOut()


# Revocation and re-issue of enforcement decisions (Law Art. 37; Decree Art. 15.3).
class ReissueIn(Schema):
    number = f.Text(required=True, max_length=100)
    issued_on = f.Day(required=True)


class RevocationIn(Schema):
    decision_id = f.Id(required=True, max_length=36)
    number = f.Text(required=True, max_length=100)
    revoked_on = f.Day(required=True)
    ground = f.Text(required=True, max_length=30,
                    validate=validate.OneOf(list(REVOCATION_GROUNDS)))
    reasons = f.Text(required=True, max_length=2000, multiline=True)
    #: Decree Art. 15.3: the transfer the revocation rests on (ground ``rights_transferred``)
    rights_transfer_id = f.Id(load_default=None, max_length=36)
    reissue = fields.Nested(ReissueIn, load_default=None)

    @validates_schema
    def check_transfer(self, data, **kwargs):
        if data.get("ground") == "rights_transferred" and not data.get("rights_transfer_id"):
            raise SchemaError({"rights_transfer_id": ["required for rights_transferred"]})


class RevocationOut(Schema):
    id = fields.String()
    decision_id = fields.String()
    case_id = fields.String()
    number = fields.String()
    revoked_on = fields.Date()
    decided_by = fields.String()
    ground = fields.String()
    reasons = fields.String()
    legal_basis = fields.String()
    rights_transfer_id = fields.String(allow_none=True)
    covered_case_ids = fields.List(fields.String())
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    reissued_decision = fields.Nested(DecisionOut, allow_none=True)
    status = fields.String()


REVOCATION_IN, REVOCATION_OUT = RevocationIn(), RevocationOut()


# --- The money ledger (issue 13; Law Art. 47, 52; Decree 62/2015 Art. 37, 43-45, 49).
from services.cases.rules.distribution import CATEGORIES  # noqa: E402
from services.cases.rules.ledger import COST_BEARERS, COST_ITEMS  # noqa: E402
from services.cases.rules.payouts import METHODS, RECIPIENT_KINDS  # noqa: E402


class PaymentIn(Schema):
    """A voluntary payment of the debtor at the office (Law Art. 47.1)."""

    case_id = f.Id(required=True)
    amount = f.Amount(required=True, minimum=1)
    received_on = f.Day(required=True)
    payer = f.Text(required=True, max_length=200)
    reference = f.Text(required=True, max_length=128)


class CostIn(Schema):
    """An enforcement cost approved before forcible measures (Decree Art. 43, 45.1(b))."""

    case_id = f.Id(required=True)
    item = f.Text(required=True, max_length=20, validate=validate.OneOf(COST_ITEMS))
    description = f.Text(required=True, max_length=1000, multiline=True)
    amount = f.Amount(required=True, minimum=1)
    borne_by = f.Text(required=True, max_length=20, validate=validate.OneOf(COST_BEARERS))
    approved_on = f.Day(required=True)


class DistributionPreviewIn(Schema):
    """What-if: the distribution on ``on``; ``categories`` ranks obligations (Law Art. 47.1)."""

    case_id = f.Id(required=True)
    on = f.Day(required=True)
    categories = fields.Dict(keys=f.Id(max_length=50),
                             values=f.Text(max_length=40, validate=validate.OneOf(CATEGORIES)),
                             load_default=dict, validate=validate.Length(max=MAX_OBLIGATIONS))
    #: Law Art. 47.3: obligation id -> the measure whose sold property secures it
    secured_by = fields.Dict(keys=f.Id(max_length=50), values=f.Id(max_length=64),
                             load_default=dict, validate=validate.Length(max=MAX_OBLIGATIONS))
    #: Decree Art. 49.1: the day of the decision on forcible enforcement or of the record of
    #: voluntary delivery; requests received after it are paid from what the earlier ones leave
    priority_date = f.Day(load_default=None)


class DistributionIn(Schema):
    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    decided_on = f.Day(required=True)
    categories = fields.Dict(keys=f.Id(max_length=50),
                             values=f.Text(max_length=40, validate=validate.OneOf(CATEGORIES)),
                             load_default=dict, validate=validate.Length(max=MAX_OBLIGATIONS))
    #: Law Art. 47.3: obligation id -> the measure whose sold property secures it
    secured_by = fields.Dict(keys=f.Id(max_length=50), values=f.Id(max_length=64),
                             load_default=dict, validate=validate.Length(max=MAX_OBLIGATIONS))
    #: Decree Art. 49.1: the day of the decision on forcible enforcement or of the record of
    #: voluntary delivery; requests received after it are paid from what the earlier ones leave
    priority_date = f.Day(load_default=None)


class DeliveryNoteIn(Schema):
    """Decree Art. 49.4: the delivery note of a handover at the office."""

    delivered_at = f.Text(max_length=16, validate=validate.Regexp(
        r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$"), load_default=None)
    location = f.Text(max_length=300, load_default=None)
    litigants = f.List(f.Text(max_length=200), max_length=20, load_default=list)
    delivered = f.Text(max_length=1000, load_default=None)
    signed_by_litigants = fields.Boolean(load_default=False)
    signed_by_officer = fields.Boolean(load_default=False)
    commune_confirmation = f.Text(max_length=200, load_default=None)


class PayoutIn(Schema):
    """How a payout was made (Decree Art. 49.2-49.5) and the facts that allow the method."""

    payout_id = f.Id(required=True)
    method = f.Text(required=True, max_length=20, validate=validate.OneOf(METHODS))
    paid_on = f.Day(required=True)
    recipient_kind = f.Text(required=True, max_length=20,
                            validate=validate.OneOf(RECIPIENT_KINDS))
    reference = f.Text(required=True, max_length=128)
    address_known = fields.Boolean(load_default=True)
    account_given = fields.Boolean(load_default=False)
    representative_came = fields.Boolean(load_default=False)
    post_returned = fields.Boolean(load_default=False)
    #: Decree Art. 49.4: the judgment debtor was at the office with the creditor; the money is
    #: handed over with a delivery note
    debtor_present = fields.Boolean(load_default=False)
    delivery_note = fields.Nested("DeliveryNoteIn", load_default=None)


class CertificateIn(Schema):
    case_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    issued_on = f.Day(required=True)
    requested_by = f.Text(required=True, max_length=200)


class ClosureIn(Schema):
    case_id = f.Id(required=True)
    closed_on = f.Day(required=True)


class LedgerCaseIn(Schema):
    case_id = f.Id(required=True)


class ReceiptOut(Schema):
    id = fields.String()
    case_id = fields.String()
    source = fields.String()
    amount = fields.Integer()
    received_on = fields.Date()
    reference = fields.String()
    payer = fields.String(allow_none=True)
    institution = fields.String(allow_none=True)
    collection_id = fields.String(allow_none=True)
    recorded_by = fields.String()
    pay_by = fields.Date()
    distribution_id = fields.String(allow_none=True)


class CostOut(Schema):
    id = fields.String()
    case_id = fields.String()
    item = fields.String()
    description = fields.String()
    amount = fields.Integer()
    borne_by = fields.String()
    approved_on = fields.Date()
    approved_by = fields.String()
    legal_basis = fields.String()


class DistributionOut(Schema):
    id = fields.String()
    case_id = fields.String()
    number = fields.String()
    decided_on = fields.Date()
    decided_by = fields.String()
    amount = fields.Integer()
    lines = fields.List(fields.Dict())
    categories = fields.Dict()
    receipt_ids = fields.List(fields.String())
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


class PreviewOut(Schema):
    case_id = fields.String()
    amount = fields.Integer()
    lines = fields.List(fields.Dict())
    receipt_ids = fields.List(fields.String())
    categories = fields.Dict()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


class PayoutOut(Schema):
    id = fields.String()
    case_id = fields.String()
    distribution_id = fields.String()
    line_no = fields.Integer()
    kind = fields.String()
    obligation_id = fields.String(allow_none=True)
    party_id = fields.String(allow_none=True)
    amount = fields.Integer()
    status = fields.String()
    invited_on = fields.Date(allow_none=True)
    method = fields.String(allow_none=True)
    paid_on = fields.Date(allow_none=True)
    reference = fields.String(allow_none=True)
    remit_by = fields.Date(allow_none=True)
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    delivery_note = fields.Dict(allow_none=True)


class LedgerOut(Schema):
    case_id = fields.String()
    receipts = fields.List(fields.Nested(ReceiptOut))
    costs = fields.List(fields.Nested(CostOut))
    distributions = fields.List(fields.Nested(DistributionOut))
    payouts = fields.List(fields.Nested(PayoutOut))
    balance = fields.Integer()


class CertificateOut(Schema):
    id = fields.String()
    case_id = fields.String()
    number = fields.String()
    issued_on = fields.Date()
    issued_by = fields.String()
    requested_by = fields.String()
    debtor_party_id = fields.String()
    results = fields.List(fields.Dict())
    fulfilled = fields.Boolean()
    legal_basis = fields.String()


class ClosureOut(Schema):
    id = fields.String()
    case_id = fields.String()
    ground = fields.String()
    closed_on = fields.Date()
    closed_by = fields.String()
    certificate_id = fields.String()
    amount_due = fields.Integer()
    amount_collected = fields.Integer()
    legal_basis = fields.String()
    case_status = fields.String()


PAYMENT_IN, COST_IN, PREVIEW_IN = PaymentIn(), CostIn(), DistributionPreviewIn()
DISTRIBUTION_IN, PAYOUT_IN, CERTIFICATE_IN = DistributionIn(), PayoutIn(), CertificateIn()
CLOSURE_IN, LEDGER_CASE_IN = ClosureIn(), LedgerCaseIn()
RECEIPT_OUT, COST_OUT, DISTRIBUTION_OUT = ReceiptOut(), CostOut(), DistributionOut()
PREVIEW_OUT, PAYOUT_OUT, LEDGER_OUT = PreviewOut(), PayoutOut(), LedgerOut()
CERTIFICATE_OUT, CLOSURE_OUT = CertificateOut(), ClosureOut()


from services.cases.rules.costs import GROUNDS as RELIEF_GROUNDS  # noqa: E402


class CostReliefIn(Schema):
    """An application for exemption or reduction of an enforcement cost (Decree Art. 44.2)."""

    cost_id = f.Id(required=True)
    applicant_party_id = f.Id(required=True, max_length=50)
    ground = f.Text(required=True, max_length=10, validate=validate.OneOf(RELIEF_GROUNDS))
    evidence_reference = f.Text(required=True, max_length=300)
    applied_on = f.Day(required=True)


class CostReliefDecisionIn(Schema):
    relief_id = f.Id(required=True)
    decided_on = f.Day(required=True)


class CostReliefRevocationIn(Schema):
    relief_id = f.Id(required=True)
    revoked_on = f.Day(required=True)
    reason = f.Text(required=True, max_length=1000, multiline=True)


class CostReliefOut(Schema):
    id = fields.String()
    case_id = fields.String()
    cost_id = fields.String()
    applicant_party_id = fields.String()
    ground = fields.String()
    evidence_reference = fields.String()
    applied_on = fields.Date()
    decide_by = fields.Date()
    status = fields.String()
    decided_on = fields.Date(allow_none=True)
    decided_by = fields.String(allow_none=True)
    relief = fields.Integer()
    reasons = fields.List(fields.String())
    legal_basis = fields.String(allow_none=True)
    revoked_on = fields.Date(allow_none=True)
    parameters_used = fields.List(fields.Dict())


COST_RELIEF_IN, COST_RELIEF_DECISION_IN = CostReliefIn(), CostReliefDecisionIn()
COST_RELIEF_REVOCATION_IN, COST_RELIEF_OUT = CostReliefRevocationIn(), CostReliefOut()


from services.cases.rules.complaints import REVIEW_GROUNDS, SUBJECT_KINDS  # noqa: E402


class ComplaintIn(Schema):
    """A complaint about an enforcement decision or act (Decree Art. 38; Law Art. 140)."""

    case_id = f.Id(required=True)
    complainant_party_id = f.Id(required=True, max_length=50)
    subject_kind = f.Text(required=True, max_length=20, validate=validate.OneOf(SUBJECT_KINDS))
    act_reference = f.Text(required=True, max_length=200)
    act_known_on = f.Day(required=True)
    received_on = f.Day(required=True)
    content = f.Text(required=True, max_length=4000, multiline=True)
    new_evidence = fields.Boolean(load_default=False)
    #: Decree Art. 38.6, 4: days of force majeure the settler found, not counted in the limit
    force_majeure_days = f.StrictInteger(load_default=0, minimum=0, maximum=3650)


class ComplaintAnswerIn(Schema):
    complaint_id = f.Id(required=True)
    on = f.Day(required=True)
    accepted = fields.Boolean(required=True)
    reasons = f.List(f.Text(max_length=1000, multiline=True), load_default=list, max_length=20)


class ComplaintSettlementIn(Schema):
    complaint_id = f.Id(required=True)
    on = f.Day(required=True)
    result = f.Text(required=True, max_length=20,
                    validate=validate.OneOf(["upheld", "partly_upheld", "rejected"]))
    reasons = f.List(f.Text(max_length=1000, multiline=True), required=True, min_length=1,
                     max_length=20)


class ComplaintEscalationIn(Schema):
    complaint_id = f.Id(required=True)
    on = f.Day(required=True)
    escalated_to = f.Id(required=True, max_length=50)
    reason = f.Text(required=True, max_length=1000, multiline=True)


class ComplaintReviewIn(Schema):
    complaint_id = f.Id(required=True)
    on = f.Day(required=True)
    ground = f.Text(required=True, max_length=10, validate=validate.OneOf(list(REVIEW_GROUNDS)))
    reason = f.Text(required=True, max_length=1000, multiline=True)


class ComplaintOut(Schema):
    id = fields.String()
    case_id = fields.String()
    complainant_party_id = fields.String()
    subject_kind = fields.String()
    act_reference = fields.String()
    act_known_on = fields.Date()
    received_on = fields.Date()
    content = fields.String()
    new_evidence = fields.Boolean()
    force_majeure_days = fields.Integer()
    filing_ends_on = fields.Date()
    filed_late = fields.Boolean()
    reply_by = fields.Date(allow_none=True)
    status = fields.String()
    history = fields.List(fields.Dict())
    parameters_used = fields.List(fields.Dict())


COMPLAINT_IN, COMPLAINT_ANSWER_IN = ComplaintIn(), ComplaintAnswerIn()
COMPLAINT_SETTLEMENT_IN, COMPLAINT_ESCALATION_IN = ComplaintSettlementIn(), ComplaintEscalationIn()
COMPLAINT_REVIEW_IN, COMPLAINT_OUT = ComplaintReviewIn(), ComplaintOut()


from services.cases.rules.exit_suspension import (  # noqa: E402
    BASES as EXIT_BASES, EXEMPTIONS as EXIT_EXEMPTIONS, LIFT_GROUNDS as EXIT_LIFT_GROUNDS)


class ExitExemptionIn(Schema):
    ground = f.Text(required=True, max_length=10, validate=validate.OneOf(list(EXIT_EXEMPTIONS)))
    evidence_reference = f.Text(required=True, max_length=300)


class ExitSuspensionIn(Schema):
    """A decision on suspending the debtor's exit (Decree Art. 51.1-51.2)."""

    case_id = f.Id(required=True)
    basis = f.Text(required=True, max_length=10, validate=validate.OneOf(list(EXIT_BASES)))
    requested_by_party_id = f.Id(load_default=None, max_length=50)
    debtor_party_id = f.Id(load_default=None, max_length=50)
    #: the debtor, or an organisation's legal representative (Art. 51.1, last paragraph)
    person_name = f.Text(required=True, max_length=200)
    identity_number = f.Text(required=True, max_length=30)
    nationality = f.Text(required=True, max_length=2, min_length=2)
    decided_on = f.Day(required=True)
    exemptions = f.List(fields.Nested(ExitExemptionIn), load_default=list, max_length=6)


class ExitLiftIn(Schema):
    suspension_id = f.Id(required=True)
    lifted_on = f.Day(required=True)
    ground = f.Text(required=True, max_length=30, validate=validate.OneOf(list(EXIT_LIFT_GROUNDS)))
    evidence_reference = f.Text(required=True, max_length=300)


class ExitSuspensionOut(Schema):
    id = fields.String()
    case_id = fields.String()
    debtor_party_id = fields.String()
    person_name = fields.String()
    identity_number = fields.String()
    nationality = fields.String()
    basis = fields.String()
    requested_by_party_id = fields.String(allow_none=True)
    decided_on = fields.Date()
    decided_by = fields.String()
    status = fields.String()
    reasons = fields.List(fields.String())
    exemptions = fields.List(fields.Dict())
    legal_basis = fields.String()
    lifted_on = fields.Date(allow_none=True)
    lift_ground = fields.String(allow_none=True)
    lifted_by = fields.String(allow_none=True)
    computations = fields.Dict()


EXIT_SUSPENSION_IN, EXIT_LIFT_IN = ExitSuspensionIn(), ExitLiftIn()
EXIT_SUSPENSION_OUT = ExitSuspensionOut()


from services.cases.rules.judicial_assistance import OUTCOMES as ASSISTANCE_OUTCOMES  # noqa: E402
from services.cases.rules.judicial_assistance import PURPOSES as ASSISTANCE_PURPOSES  # noqa: E402


class JudicialAssistanceIn(Schema):
    """A request for judicial assistance abroad (Decree Art. 50.1-50.3)."""

    case_id = f.Id(required=True)
    country = f.Text(required=True, max_length=2, min_length=2)
    purpose = f.Text(required=True, max_length=20, validate=validate.OneOf(ASSISTANCE_PURPOSES))
    description = f.Text(required=True, max_length=2000, multiline=True)
    #: the day the Ministry of Justice sent the valid dossier (the 6 months start)
    dossier_sent_on = f.Day(required=True)
    #: set for the second attempt (Art. 50.3(a), second paragraph)
    first_attempt_id = f.Id(load_default=None)
    #: Art. 50.1: the level of the authority organising enforcement; a district names the
    #: provincial authority it entrusts to request
    requesting_level = f.Text(max_length=20, validate=validate.OneOf(
        ("province", "military_zone", "district")), load_default="province")
    entrusted_to = f.Id(max_length=64, load_default=None)


class AssistanceResultIn(Schema):
    assistance_id = f.Id(required=True)
    received_on = f.Day(required=True)
    outcome = f.Text(required=True, max_length=20, validate=validate.OneOf(ASSISTANCE_OUTCOMES))
    note = f.Text(required=True, max_length=2000, multiline=True)


class AssistanceFallbackIn(Schema):
    assistance_id = f.Id(required=True)
    on = f.Day(required=True)


class JudicialAssistanceOut(Schema):
    id = fields.String()
    case_id = fields.String()
    country = fields.String()
    purpose = fields.String()
    description = fields.String()
    attempt = fields.Integer()
    first_attempt_id = fields.String(allow_none=True)
    dossier_sent_on = fields.Date()
    results_due_on = fields.Date()
    status = fields.String()
    requested_by = fields.String()
    history = fields.List(fields.Dict())
    parameters_used = fields.List(fields.Dict())
    requesting_level = fields.String()
    entrusted_to = fields.String(allow_none=True)


JUDICIAL_ASSISTANCE_IN, ASSISTANCE_RESULT_IN = JudicialAssistanceIn(), AssistanceResultIn()
ASSISTANCE_FALLBACK_IN, JUDICIAL_ASSISTANCE_OUT = AssistanceFallbackIn(), JudicialAssistanceOut()
# --- Agreements of the litigants (Decree 62/2015 Art. 5; issue 8 capability 6)


class AgreementIn(Schema):
    """A written agreement of the litigants filed with the authority (Decree Art. 5.1-5.3).
    Which contents are required depends on the stage (before or after the decision)."""

    judgment_id = f.Id(required=True)
    #: the case, when a request was made (Art. 5.2, 5.3 need its issued decision)
    case_id = f.Id(load_default=None)
    kind = f.Text(required=True, max_length=20, validate=validate.OneOf(_agreements.KINDS))
    obligation_ids = f.List(f.Id(), required=True, min_length=1, max_length=MAX_OBLIGATIONS)
    made_on = f.Day(required=True)
    place = f.Text(required=True, max_length=500)
    contents = f.Text(load_default=None, max_length=4000, multiline=True)
    performance_due_on = f.Day(load_default=None)
    consequences = f.Text(load_default=None, max_length=2000, multiline=True)
    signatories = f.List(f.Id(), required=True, min_length=1, max_length=MAX_PARTIES)
    property_sold_undelivered = fields.Boolean(load_default=False)
    buyer_consent = fields.Boolean(load_default=False)


class WitnessIn(Schema):
    """The officer witnesses an agreement, or refuses with grounds and reasons (Art. 5.4)."""

    agreement_id = f.Id(required=True)
    on = f.Day(required=True)
    outcome = f.Text(required=True, max_length=20, validate=validate.OneOf(
        ["witnessed", "refused"]))
    place = f.Text(required=True, max_length=500)
    subject_matter = f.Text(load_default=None, max_length=30,
                            validate=validate.OneOf(list(_agreements.OUTSIDE_SUBJECTS)))
    refusal_grounds = f.List(f.Text(max_length=40), load_default=list, max_length=10)
    reasons = f.Text(load_default=None, max_length=2000, multiline=True)


class TerminationByAgreementIn(Schema):
    """The head's decision not to enforce what an agreement covers (Art. 5.3; Law 50.1(c))."""

    agreement_id = f.Id(required=True)
    number = f.Text(required=True, max_length=100)
    decided_on = f.Day(required=True)


class AgreementOut(Schema):
    id = fields.String()
    judgment_id = fields.String()
    case_id = fields.String(allow_none=True)
    kind = fields.String()
    stage = fields.String()
    status = fields.String()
    obligation_ids = fields.List(fields.String())
    made_on = fields.Date()
    place = fields.String()
    contents = fields.String(allow_none=True)
    performance_due_on = fields.Date(allow_none=True)
    consequences = fields.String(allow_none=True)
    signatories = fields.List(fields.String())
    property_sold_undelivered = fields.Boolean()
    buyer_consent = fields.Boolean()
    legal_basis = fields.String()
    recorded_by = fields.String()
    decision_due_on = fields.Date(allow_none=True)
    witnessed_on = fields.Date(allow_none=True)
    witnessed_by = fields.String(allow_none=True)
    witness_place = fields.String(allow_none=True)
    refusal_grounds = fields.List(fields.String())
    refusal_reasons = fields.String(allow_none=True)
    termination_number = fields.String(allow_none=True)
    terminated_on = fields.Date(allow_none=True)
    terminated_by = fields.String(allow_none=True)
    partial = fields.Boolean(allow_none=True)
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    case_status = fields.String(allow_none=True)
    breached_on = fields.Date(allow_none=True)
    breaching_party_id = fields.String(allow_none=True)
    unperformed = fields.String(allow_none=True)


class BreachIn(Schema):
    """A party did not perform the agreement (Decree Art. 5.1-5.2; Law Art. 6.2)."""

    agreement_id = f.Id(required=True)
    breached_on = f.Day(required=True)
    breaching_party_id = f.Id(required=True)
    unperformed = f.Text(required=True, max_length=2000, multiline=True)


BREACH_IN = BreachIn()
AGREEMENT_IN, WITNESS_IN = AgreementIn(), WitnessIn()
TERMINATION_BY_AGREEMENT_IN, AGREEMENT_OUT = TerminationByAgreementIn(), AgreementOut()


# --- The rest of verification (Decree 62/2015 Art. 9.1, 9.2, 9.4-9.6; issue 8 capability 7)


class DeclarationItemsIn(Schema):
    """Decree Art. 9.1: each item the debtor declares ("none" is a declaration)."""

    money_and_property_rights = f.Text(load_default=None, max_length=2000, multiline=True)
    cash_accounts_loans = f.Text(load_default=None, max_length=2000, multiline=True)
    property = f.Text(load_default=None, max_length=2000, multiline=True)
    incomes = f.Text(load_default=None, max_length=2000, multiline=True)
    minors_in_custody = f.Text(load_default=None, max_length=2000, multiline=True)
    capability = f.Text(load_default=None, max_length=2000, multiline=True)


class DeclarationIn(Schema):
    """The debtor's declaration of property, income and capability (Decree Art. 9.1)."""

    case_id = f.Id(required=True)
    debtor_party_id = f.Id(required=True)
    declared_on = f.Day(required=True)
    provided = fields.Boolean(required=True)
    truthful = fields.Boolean(load_default=None, allow_none=True)
    items = fields.Nested(DeclarationItemsIn, load_default=dict)
    note = f.Text(load_default=None, max_length=2000, multiline=True)


class DelegationIn(Schema):
    """A written delegation of verification to another authority (Decree Art. 9.2)."""

    case_id = f.Id(required=True)
    delegated_authority = f.Id(required=True, max_length=50)
    subject = f.Text(required=True, max_length=30,
                     validate=validate.OneOf(_conditions.DELEGATION_SUBJECTS))
    tasks = f.Text(required=True, max_length=2000, multiline=True)
    number = f.Text(required=True, max_length=100)
    delegated_on = f.Day(required=True)


class DelegationExtensionIn(Schema):
    """The extension of a difficult verification of registered property (Art. 9.2(a))."""

    delegation_id = f.Id(required=True)
    extended_on = f.Day(required=True)
    reasons = f.Text(required=True, max_length=2000, multiline=True)


class DelegatedResultIn(Schema):
    """The delegated authority's written result, as received (Decree Art. 9.2)."""

    delegation_id = f.Id(required=True)
    received_on = f.Day(required=True)
    result = f.Text(required=True, max_length=4000, multiline=True)


class NewInformationIn(Schema):
    """New information on the debtor's conditions (Decree Art. 9.4, second paragraph)."""

    case_id = f.Id(required=True)
    received_on = f.Day(required=True)
    source = f.Text(required=True, max_length=200)
    content = f.Text(required=True, max_length=2000, multiline=True)


class NewInformationVerificationIn(Schema):
    """The verification of new information (Decree Art. 9.4, second paragraph)."""

    information_id = f.Id(required=True)
    verified_on = f.Day(required=True)
    finding = f.Text(required=True, max_length=30, validate=validate.OneOf(FINDINGS))
    note = f.Text(required=True, max_length=2000, multiline=True)


class SeparateLogReviewIn(Schema):
    """The review of a lacking-conditions case for the separate log (Decree Art. 9.5, 9.6)."""

    case_id = f.Id(required=True)
    reviewed_on = f.Day(required=True)
    #: Art. 9.5(a): the day the debtor's prison term ends, when serving one
    prison_release_on = f.Day(load_default=None, allow_none=True)
    #: Art. 9.5(a): the debtor's new residence cannot be found
    residence_unknown = fields.Boolean(load_default=False)


class DeclarationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    debtor_party_id = fields.String()
    declared_on = fields.Date()
    provided = fields.Boolean()
    truthful = fields.Boolean(allow_none=True)
    items = fields.Dict()
    note = fields.String(allow_none=True)
    penalty_may_be_imposed = fields.Boolean()
    recorded_by = fields.String()
    legal_basis = fields.String()


class DelegationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    delegated_authority = fields.String()
    subject = fields.String()
    tasks = fields.String()
    number = fields.String()
    delegated_on = fields.Date()
    delegated_by = fields.String()
    due_on = fields.Date()
    extended_on = fields.Date(allow_none=True)
    extension_reasons = fields.String(allow_none=True)
    result_received_on = fields.Date(allow_none=True)
    result = fields.String(allow_none=True)
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())


class NewInformationOut(Schema):
    id = fields.String()
    case_id = fields.String()
    received_on = fields.Date()
    source = fields.String()
    content = fields.String()
    recorded_by = fields.String()
    due_on = fields.Date()
    verification_id = fields.String(allow_none=True)
    verified_on = fields.Date(allow_none=True)
    parameters_used = fields.List(fields.Dict())
    case_status = fields.String()
    verification = fields.Nested(VerificationOut, allow_none=True)


class SeparateTrackingOut(Schema):
    id = fields.String()
    case_id = fields.String()
    lacking_conditions_decision_id = fields.String()
    kind = fields.String()
    reviewed_on = fields.Date()
    reviewed_by = fields.String()
    conditions = fields.Dict()
    reasons = fields.List(fields.String())
    legal_basis = fields.String()
    computations = fields.Dict()
    parameters_used = fields.List(fields.Dict())
    case_status = fields.String()


DECLARATION_IN, DELEGATION_IN = DeclarationIn(), DelegationIn()
DELEGATION_EXTENSION_IN, DELEGATED_RESULT_IN = DelegationExtensionIn(), DelegatedResultIn()
NEW_INFORMATION_IN, NEW_INFORMATION_VERIFICATION_IN = (NewInformationIn(),
                                                       NewInformationVerificationIn())
SEPARATE_LOG_REVIEW_IN = SeparateLogReviewIn()
DECLARATION_OUT, DELEGATION_OUT = DeclarationOut(), DelegationOut()
NEW_INFORMATION_OUT, SEPARATE_TRACKING_OUT = NewInformationOut(), SeparateTrackingOut()


# --- Issue 13 gap 2: advances of the enforcement cost (Decree 62/2015 Art. 45.1).
from services.cases.rules.costs import ADVANCERS  # noqa: E402


class CostAdvanceIn(Schema):
    """An advance of an approved cost: by the authority, or by a litigant (``party_id``)."""

    cost_id = f.Id(required=True)
    advanced_by = f.Text(required=True, max_length=20, validate=validate.OneOf(ADVANCERS))
    party_id = f.Text(max_length=50, load_default=None)
    amount = f.Amount(required=True, minimum=1)
    advanced_on = f.Day(required=True)


class CostAdvanceOut(Schema):
    id = fields.String()
    case_id = fields.String()
    cost_id = fields.String()
    advanced_by = fields.String()
    party_id = fields.String(allow_none=True)
    amount = fields.Integer()
    advanced_on = fields.Date()
    recorded_by = fields.String()
    legal_basis = fields.String()
    advanced_in_all = fields.Integer()


COST_ADVANCE_IN, COST_ADVANCE_OUT = CostAdvanceIn(), CostAdvanceOut()


# --- Issue 13 gap 5: requests for judicial assistance from foreign authorities (Art. 50.4).


class ForeignAssistanceRequestIn(Schema):
    receiving_level = f.Text(required=True, max_length=20, validate=validate.OneOf(
        ("province", "military_zone", "district")))
    country = f.Text(required=True, max_length=2, min_length=2)
    foreign_authority = f.Text(required=True, max_length=300)
    foreign_reference = f.Text(required=True, max_length=128)
    subject = f.Text(required=True, max_length=2000, multiline=True)
    received_on = f.Day(required=True)


class ForeignAssistanceRequestOut(Schema):
    id = fields.String()
    authority = fields.String()
    receiving_level = fields.String()
    country = fields.String()
    foreign_authority = fields.String()
    foreign_reference = fields.String()
    subject = fields.String()
    received_on = fields.Date()
    received_by = fields.String()
    legal_basis = fields.String()


FOREIGN_ASSISTANCE_IN = ForeignAssistanceRequestIn()
FOREIGN_ASSISTANCE_OUT = ForeignAssistanceRequestOut()
