"""Dated legal parameters: every legal number is dated data.

A parameter is data, not code: a key, a value, a unit, the dates it is valid, its source (document
and article) and how sure we are of it. Each service keeps its rows in
``services/<name>/legal_parameters.yaml``. A change of law is a new row with its own
``valid_from``; the previous row gets a ``valid_to``. ``valid_to`` is the *last* day a row applies
(inclusive), so a law in force from 2026-07-01 closes the previous row on 2026-06-30.
A decision stores ``ParameterValue.as_record()`` of every value it used.
"""
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import yaml

from shared.calendar import UNITS
from shared.errors import NotFound, ValidationError

CONFIDENCE = ("high", "medium", "check")
_FIELDS = ("key", "value", "unit", "valid_from", "valid_to", "source", "confidence")


@dataclass(frozen=True)
class ParameterValue:
    key: str
    value: int | float | str
    unit: str
    valid_from: date
    valid_to: date | None
    source: str
    confidence: str

    def applies_on(self, on):
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def as_record(self):
        """A JSON-safe dict (ISO dates) for a decision's ``parameters_used``."""
        record = asdict(self)
        record["valid_from"] = self.valid_from.isoformat()
        record["valid_to"] = self.valid_to.isoformat() if self.valid_to else None
        return record


def _date(value, where, field):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{where}: {field} must be an ISO date",
                              {field: [f"{value!r} is not a date"]}) from None


def _row(raw, where):
    """One validated ``ParameterValue`` from a mapping (a YAML row)."""
    if not isinstance(raw, Mapping):
        raise ValidationError(f"{where}: a parameter row must be a mapping",
                              {"row": ["not a mapping"]})
    missing = [f for f in _FIELDS if f not in raw or (raw[f] is None and f != "valid_to")]
    unknown = sorted(set(raw) - set(_FIELDS))
    if missing or unknown:
        raise ValidationError(f"{where}: malformed parameter row",
                              {**{f: ["required"] for f in missing},
                               **{f: ["unknown field"] for f in unknown}})
    value = raw["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValidationError(f"{where}: value must be a number or a string",
                              {"value": [f"{value!r} is not a number or a string"]})
    for field in ("key", "unit", "source"):
        if not isinstance(raw[field], str) or not raw[field].strip():
            raise ValidationError(f"{where}: {field} must be a non-empty string",
                                  {field: ["empty or not a string"]})
    if raw["confidence"] not in CONFIDENCE:
        raise ValidationError(f"{where}: unknown confidence {raw['confidence']!r}",
                              {"confidence": [f"must be one of {', '.join(CONFIDENCE)}"]})
    valid_from = _date(raw["valid_from"], where, "valid_from")
    valid_to = None if raw["valid_to"] is None else _date(raw["valid_to"], where, "valid_to")
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError(f"{where}: valid_to precedes valid_from",
                              {"valid_to": ["before valid_from"]})
    return ParameterValue(raw["key"], value, raw["unit"], valid_from, valid_to, raw["source"],
                          raw["confidence"])


class ParameterSet:
    """A service's legal parameters; ``value(key, on)`` is the row valid on that date."""

    def __init__(self, rows: Iterable[Mapping], origin="parameters"):
        by_key = {}
        for i, raw in enumerate(rows):
            row = _row(raw, f"{origin} row {i + 1}")
            by_key.setdefault(row.key, []).append(row)
        for key, history in by_key.items():
            history.sort(key=lambda r: r.valid_from)
            for before, after in zip(history, history[1:]):
                # Two rows valid on one day would make the law ambiguous on that day.
                if before.valid_to is None or before.valid_to >= after.valid_from:
                    raise ValidationError(
                        f"{origin}: rows for {key!r} overlap from {after.valid_from}; close the "
                        "earlier row with valid_to (its last day) before the later valid_from",
                        {key: [f"rows from {before.valid_from} and {after.valid_from} overlap"]})
        self._rows = by_key

    @classmethod
    def from_yaml(cls, path):
        path = Path(path)
        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(rows, list):
            raise ValidationError(f"{path}: expected a list of parameter rows",
                                  {"file": ["not a list"]})
        return cls(rows, origin=str(path))

    def keys(self):
        return sorted(self._rows)

    def history(self, key):
        """Every row of ``key``, oldest first."""
        return list(self._rows.get(key, ()))

    def value(self, key, on) -> ParameterValue:
        """The row of ``key`` valid on ``on``; ``NotFound`` if none (unknown key or no law yet)."""
        if key not in self._rows:
            raise NotFound(f"no legal parameter {key!r}", {"key": key})
        for row in self._rows[key]:
            if row.applies_on(on):
                return row
        raise NotFound(f"legal parameter {key!r} has no value valid on {on.isoformat()}",
                       {"key": key, "on": on.isoformat()})


@dataclass(frozen=True)
class TimeLimit:
    """A period the law sets for an act: which rule, which article, which parameter holds it."""

    rule_id: str
    article: str
    length_key: str
    unit: str
    description: str

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValidationError(f"time limit {self.rule_id}: unknown unit {self.unit!r}",
                                  {"unit": [f"must be one of {', '.join(UNITS)}"]})

    def resolve(self, params, on):
        """``(length, ParameterValue)`` for a period starting on ``on`` (the law then in force).

        The parameter's unit must be the limit's: "5 days" read as "5 working days" would be a
        silent legal error.
        """
        used = params.value(self.length_key, on)
        length = used.value
        if isinstance(length, float) and length.is_integer():
            length = int(length)
        if isinstance(length, bool) or not isinstance(length, int) or length < 0:
            raise ValidationError(f"parameter {used.key} is not a length of time",
                                  {used.key: [f"{used.value!r} is not a non-negative integer"]})
        if used.unit != self.unit:
            raise ValidationError(f"parameter {used.key} is in {used.unit}, {self.rule_id} counts "
                                  f"{self.unit}", {used.key: [f"unit {used.unit} != {self.unit}"]})
        return length, used


@dataclass(frozen=True)
class Subject:
    """What a deadline is owed for: a record of a service (its type and id), the authority that
    owes the act, and the case it belongs to, if any."""

    type: str
    id: str
    authority: str
    case_id: str | None = None


@dataclass(frozen=True)
class LawContext:
    """The law a handler applies: the service's dated parameters and the working calendar."""

    params: ParameterSet
    calendar: object  # shared.calendar.WorkingCalendar
