"""The structure of the authority tree as data (Decree 62/2015 Art. 52-54; the 2025
reorganisation): the rows shipped in ``legal_parameters.yaml`` with the changes administrators
recorded (a row added, a row closed), read as one dated parameter set wherever the tree is
checked; and the RPCs that change and read it.
"""
from sqlalchemy import select

from shared.errors import Conflict, PermissionDenied, ValidationError
from shared.legal import ParameterSet

from services.personnel.handlers.basis import basis_with
from services.personnel.models import Authority, StructureChange
from services.personnel.rules import structure as rules
from services.personnel.rules.authorities import (LEVELS, PARENT_LEVELS_KEY, ROOT,
                                                 parent_levels_allowed)


def _iso(day):
    return day.isoformat() if day else None


def _change_record(row):
    return {"id": row.id, "action": row.action, "key": row.key, "value": row.value,
            "unit": row.unit, "valid_from": row.valid_from, "valid_to": row.valid_to,
            "source": row.source, "confidence": row.confidence, "recorded_by": row.recorded_by}


def _effective_rows(session, law, extra=()):
    shipped = [r.as_record() for key in law.params.keys() if rules.key_level(key)
               for r in law.params.history(key)]
    changes = [{**_change_record(c), "valid_from": _iso(c.valid_from),
                "valid_to": _iso(c.valid_to)}
               for c in session.scalars(select(StructureChange).order_by(StructureChange.id))]
    return rules.effective_structure(shipped, [*changes, *extra])


def structure_params(session, law, extra=()):
    """The structure in force (shipped rows and administrators' changes, with ``extra``
    changes not yet recorded) as a ``ParameterSet``; rows that overlap are a
    ``ValidationError`` (a row must be closed before the next one starts)."""
    return ParameterSet(_effective_rows(session, law, extra), origin="authority structure")


def _check_editor(session, caller, key):
    acting_for = session.get(Authority, caller.identity.authority)
    level = acting_for.level if acting_for else None
    if not rules.may_edit_structure(level, key):
        raise PermissionDenied(f"a {level} authority does not edit {key} (Decree 62/2015 Art. "
                               "52-54)", {"authority": caller.identity.authority})


def _record(uow, law, caller, change):
    """Check the structure with ``change`` applied, then keep it; announce
    ``structure.changed``; audit."""
    session = uow.session
    try:
        structure_params(session, law, [
            {**change, "valid_from": _iso(change["valid_from"]),
             "valid_to": _iso(change["valid_to"])}])
    except ValidationError as exc:
        raise ValidationError(str(exc), {"valid_from": [str(exc)]}) from None
    row = StructureChange(**change, recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("structure.changed", {k: v for k, v in _change_record(row).items()
                                   if k != "recorded_by"}, authority=caller.identity.authority)
    uow.audit(f"structure.{row.action}", subject_type="structure", subject_id=row.key,
              legal_basis=basis_with(rules.STRUCTURE_RECORDED, row.source),
              details={"change_id": row.id, "source": row.source,
                       "valid_from": _iso(row.valid_from),
                       "valid_to": _iso(row.valid_to), "value": row.value})
    return _change_record(row)


def record_structure_row(data, uow, law, caller):
    """Add a dated structure row (Decree 62/2015 Art. 52-54): a level's parent levels or its
    relation to the parent. It may not overlap a row of its key in force: close that first."""
    problems = rules.structure_row_problems(data["key"], data["value"])
    if problems:
        raise ValidationError("not a structure row", problems)
    _check_editor(uow.session, caller, data["key"])
    unit = "levels" if data["key"].startswith(rules.PREFIXES[0]) else "relation"
    return _record(uow, law, caller, {**data, "action": "add", "unit": unit})


def close_structure_row(data, uow, law, caller):
    """Close the structure row of ``key`` starting on ``valid_from`` on ``valid_to``, its last
    day (a reorganisation: the next row may start the day after)."""
    session = uow.session
    _check_editor(session, caller, data["key"])
    rows = [r for r in structure_params(session, law).history(data["key"])
            if r.valid_from == data["valid_from"]]
    if not rows:
        raise ValidationError("no such row", {"valid_from": [
            f"no row of {data['key']} starts on {data['valid_from'].isoformat()}"]})
    if rows[0].valid_to is not None and rows[0].valid_to <= data["valid_to"]:
        raise Conflict(f"the row already ends on {rows[0].valid_to.isoformat()}",
                       {"key": data["key"]})
    if data["valid_to"] < data["valid_from"]:
        raise ValidationError("a row cannot end before it starts",
                              {"valid_to": [f"before {data['valid_from'].isoformat()}"]})
    return _record(uow, law, caller, {
        "action": "close", "key": data["key"], "value": None, "unit": None,
        "valid_from": data["valid_from"], "valid_to": data["valid_to"],
        "source": data["reason"], "confidence": None})


def get_structure(data, uow, law, caller):
    """The structure on ``on``: per level, the parent levels allowed and the relation to the
    parent (Art. 52-54, 54.2) with the rows used; and every change administrators recorded."""
    session, on = uow.session, data["on"]
    params = structure_params(session, law)
    levels = []
    for level in LEVELS:
        allowed = parent_levels_allowed(level, on, params)
        relation, relation_row = rules.relation_to_parent(level, on, params)
        rows = [r for key in (PARENT_LEVELS_KEY.format(level=level),
                              rules.RELATION_KEY.format(level=level))
                for r in params.history(key) if r.applies_on(on)]
        levels.append({"level": level, "exists": bool(allowed),
                       "parent_levels": sorted(lvl or ROOT for lvl in allowed),
                       "relation": relation, "rows": [r.as_record() for r in rows]})
    changes = session.scalars(select(StructureChange).order_by(StructureChange.id)).all()
    return {"on": on, "levels": levels, "changes": [_change_record(c) for c in changes]}
