"""Strict marshmallow field types for every RPC input of the platform (issue 7, item 10).

Use these instead of marshmallow's own ``fields.String`` / ``Integer`` / ``Date`` / ``List`` in a
service's ``schemas.py``: each one is bounded, so a value that reaches the database fits its
column, and nothing that PostgreSQL would refuse (a NUL byte, a lone surrogate, year 9999, an
amount beyond ``Numeric(18, 0)``) gets past the boundary to come back as a database error.

    from marshmallow import Schema
    from shared import fields as f

    class PartyIn(Schema):
        party_id = f.Id(required=True)
        name = f.Text(max_length=200, required=True)
        address = f.Text(max_length=500, required=True, multiline=True)
        amount = f.Amount(load_default=None)
        due_on = f.Day(load_default=None)
        page = f.StrictInteger(minimum=1, maximum=10_000, load_default=1)
        obligation_ids = f.List(f.Id(), max_length=100, required=True, min_length=1)

Every refusal is a marshmallow error keyed by the field's name, which ``shared.validation.load``
turns into ``shared.errors.ValidationError`` with ``.fields`` naming it. Messages never repeat
the value: it may be personal data, and it is the caller's own input.

Every keyword of ``marshmallow.fields.Field`` (``required``, ``load_default``, ``allow_none``,
``data_key``, ``validate``, ...) is accepted as well.
"""
import re
import unicodedata
from datetime import date, datetime

from marshmallow import fields, validate

__all__ = ["Text", "Id", "StrictInteger", "Integer", "Amount", "Day", "List",
           "MIN_DAY", "MAX_DAY", "MAX_AMOUNT", "INT32_MIN", "INT32_MAX", "ID_MAX_LENGTH",
           "refused_character"]

#: Largest value a ``Numeric(18, 0)`` column holds (18 decimal digits).
MAX_AMOUNT = 10**18 - 1
#: PostgreSQL ``integer`` (SQLAlchemy ``Integer``): the default bounds of ``StrictInteger``.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
#: A sane range for any day the platform records (year 1 and 9999 overflow date arithmetic).
MIN_DAY, MAX_DAY = date(1900, 1, 1), date(2199, 12, 31)
#: Ids are stored in ``String(64)`` columns (``platform_audit.subject_id``, the services' keys).
ID_MAX_LENGTH = 64

_LINE_BREAKS = frozenset("\n\r")
_TAB = "\t"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def refused_character(value, *, newlines=False, tabs=False):
    """The first character of ``value`` a text field refuses, with its index, or ``None``.

    Refused: control characters (Unicode category Cc: NUL and the other C0 codes, DEL, the C1
    codes) except newline/carriage return when ``newlines`` and tab when ``tabs``; and lone
    surrogates (Cs), which cannot be encoded as UTF-8 and so could not be stored.
    """
    for index, char in enumerate(value):
        if char.isprintable() or char == " ":  # fast path: letters, marks, punctuation, space
            continue
        if newlines and char in _LINE_BREAKS:
            continue
        if tabs and char == _TAB:
            continue
        if unicodedata.category(char) in ("Cc", "Cs"):
            return index, char
    return None


class Text(fields.String):
    """A bounded string without control characters.

    ``max_length`` (required) and ``min_length`` (default 1: an empty string is refused; pass 0
    to allow it) count characters, as PostgreSQL's ``VARCHAR(n)`` does. ``multiline=True``
    allows ``\\n`` and ``\\r``; ``tabs=True`` allows ``\\t``. NUL bytes and every other control
    character are always refused, with the field named and the character's position.
    """

    default_error_messages = {
        "control": "Contains a control character ({code}) at position {index}; {allowed}.",
        "surrogate": "Contains an invalid character (lone surrogate {code}) at position {index}.",
    }

    def __init__(self, *, max_length, min_length=1, multiline=False, tabs=False, **kwargs):
        if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
            raise ValueError("Text needs a positive integer max_length")
        self.max_length, self.min_length = max_length, min_length
        self.multiline, self.tabs = multiline, tabs
        validators = kwargs.pop("validate", None)
        validators = ([] if validators is None else
                      [validators] if callable(validators) else list(validators))
        super().__init__(validate=[validate.Length(min=min_length, max=max_length), *validators],
                         **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)  # refuses non-strings
        found = refused_character(value, newlines=self.multiline, tabs=self.tabs)
        if found is not None:
            index, char = found
            code = f"U+{ord(char):04X}"
            if unicodedata.category(char) == "Cs":
                raise self.make_error("surrogate", code=code, index=index)
            allowed = [name for name, ok in (("newline", self.multiline), ("tab", self.tabs))
                       if ok]
            raise self.make_error(
                "control", code=code, index=index,
                allowed=("only " + " and ".join(allowed) + " are allowed") if allowed
                else "none are allowed")
        return value


class Id(Text):
    """An identifier: a non-empty string of at most ``max_length`` (default 64) characters,
    with no control characters and no leading or trailing whitespace."""

    default_error_messages = {"whitespace": "Must not begin or end with whitespace."}

    def __init__(self, *, max_length=ID_MAX_LENGTH, **kwargs):
        kwargs.pop("multiline", None)
        kwargs.pop("tabs", None)
        kwargs.setdefault("min_length", 1)
        super().__init__(max_length=max_length, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        if value != value.strip():
            raise self.make_error("whitespace")
        return value


class StrictInteger(fields.Integer):
    """An integer that is an integer on the wire: ``1.5``, ``1.0``, ``"100"`` and ``True`` are
    refused. Bounded by ``minimum``/``maximum`` (default: PostgreSQL ``integer``'s range, so a
    huge ``page`` number is a ValidationError, not a database error)."""

    default_error_messages = {
        "invalid": "Not a whole number.",
        "range": "Must be between {minimum} and {maximum}.",
    }

    def __init__(self, *, minimum=INT32_MIN, maximum=INT32_MAX, **kwargs):
        kwargs.pop("strict", None)
        self.minimum, self.maximum = minimum, maximum
        super().__init__(strict=True, **kwargs)

    def _validated(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.make_error("invalid")
        if not self.minimum <= value <= self.maximum:
            raise self.make_error("range", minimum=self.minimum, maximum=self.maximum)
        return int(value)


#: ``from shared import fields as f; f.Integer(...)`` reads naturally; it is the strict one.
Integer = StrictInteger


class Amount(StrictInteger):
    """A sum of money in whole Vietnamese đồng: an integer from ``minimum`` (default 0) to
    ``MAX_AMOUNT`` (what a ``Numeric(18, 0)`` column holds). Floats and strings are refused:
    there are no fractions of a đồng and no rounding at the boundary."""

    def __init__(self, *, minimum=0, maximum=MAX_AMOUNT, **kwargs):
        if maximum > MAX_AMOUNT:
            raise ValueError(f"Amount cannot exceed {MAX_AMOUNT} (Numeric(18, 0))")
        super().__init__(minimum=minimum, maximum=maximum, **kwargs)


class Day(fields.Date):
    """A calendar day as ``YYYY-MM-DD``, from ``minimum`` (default 1900-01-01) to ``maximum``
    (default 2199-12-31): year 1 and 9999 (which overflow the calendar's arithmetic) and
    datetimes are refused."""

    default_error_messages = {
        "invalid": "Not a valid date (YYYY-MM-DD).",
        "range": "Must be between {minimum} and {maximum}.",
    }

    def __init__(self, *, minimum=MIN_DAY, maximum=MAX_DAY, **kwargs):
        kwargs.pop("format", None)
        self.minimum, self.maximum = minimum, maximum
        super().__init__(**kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, datetime):
            raise self.make_error("invalid")
        if isinstance(value, date):
            day = value
        elif isinstance(value, str) and _ISO_DAY.fullmatch(value):
            try:
                day = date.fromisoformat(value)
            except ValueError as exc:
                raise self.make_error("invalid") from exc
        else:
            raise self.make_error("invalid")
        if not self.minimum <= day <= self.maximum:
            raise self.make_error("range", minimum=self.minimum.isoformat(),
                                  maximum=self.maximum.isoformat())
        return day


class List(fields.List):
    """A list of at most ``max_length`` (required) items, at least ``min_length`` (default 0)."""

    def __init__(self, cls_or_instance, *, max_length, min_length=0, **kwargs):
        if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
            raise ValueError("List needs a positive integer max_length")
        self.max_length, self.min_length = max_length, min_length
        validators = kwargs.pop("validate", None)
        validators = ([] if validators is None else
                      [validators] if callable(validators) else list(validators))
        super().__init__(cls_or_instance,
                         validate=[validate.Length(min=min_length, max=max_length), *validators],
                         **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        # Check the length before deserializing each item: a million-item list costs nothing.
        if isinstance(value, (list, tuple)) and len(value) > self.max_length:
            raise validate.ValidationError(
                f"Longer than maximum length {self.max_length}.")
        return super()._deserialize(value, attr, data, **kwargs)
