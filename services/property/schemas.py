"""The RPC inputs and outputs of the property service.

Every input field is a bounded type of ``shared.fields`` (issue 7 item 10): what passes fits its
column, and anything else is a ``ValidationError`` naming the field.
"""

from marshmallow import Schema, ValidationError as SchemaError, fields, validate

from shared import fields as f

from services.property.rules.items import KINDS
from services.property.rules.lifecycle import PropertyStatus

#: The years a planned moment may fall in: the lunar new year period of Decree 62/2015 Art. 13.2
#: needs the Vietnamese lunar data of the year before and after (``holidays``: 1901-2100).
FIRST_YEAR, LAST_YEAR = 1902, 2099


class PropertyIn(Schema):
    """An item of the debtor's property, as the enforcement officer records it. There is no
    ``authority``: the case's own, as ``cases`` announced it, is the item's (issue 7 item 1)."""

    case_id = f.Id(max_length=36, required=True)
    debtor_party_id = f.Id(max_length=50, required=True)
    kind = f.Text(max_length=30, required=True, validate=validate.OneOf(KINDS))
    description = f.Text(max_length=1000, required=True, multiline=True)
    estimated_value = f.Amount(load_default=None, allow_none=True)
    status = f.Text(max_length=20, required=True,
                    validate=validate.OneOf([str(s) for s in PropertyStatus]))
    recorded_on = f.Day(required=True)


class PropertyOut(Schema):
    id = fields.String()
    case_id = fields.String()
    authority = fields.String()
    debtor_party_id = fields.String()
    kind = fields.String()
    description = fields.String()
    estimated_value = fields.Integer()
    status = fields.String()
    recorded_on = fields.Date()
    recorded_by = fields.String()


def _within_lunar_data(moment):
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise SchemaError(f"Must be in the years {FIRST_YEAR} to {LAST_YEAR}.")


class ForcibleMeasureTimeIn(Schema):
    """A moment at which a forcible measure is planned (ISO 8601; without an offset it is
    Vietnam's time), and the debtor's traditional days if they are a policy beneficiary."""

    at = fields.DateTime(required=True, validate=_within_lunar_data)
    traditional_days = f.List(f.Day(), max_length=366, load_default=list)


class ReasonOut(Schema):
    code = fields.String()
    text = fields.String()
    article = fields.String()


class ForcibleMeasureTimeOut(Schema):
    allowed = fields.Boolean()
    local_time = fields.DateTime()
    reasons = fields.List(fields.Nested(ReasonOut))
    parameters_used = fields.List(fields.Dict())


PROPERTY_IN, PROPERTY_OUT, PROPERTIES_OUT = PropertyIn(), PropertyOut(), PropertyOut(many=True)
TIME_IN, TIME_OUT = ForcibleMeasureTimeIn(), ForcibleMeasureTimeOut()
