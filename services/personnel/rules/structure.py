"""The structure of the authority tree as data an administrator edits (Decree 62/2015 Art.
52-54; the 2025 reorganisation): which parent level each level has (``authority_parent_levels``)
and what that tie is (``authority_relation``: management or affiliation, Art. 52.1, 54.2), as
dated rows. The rows shipped in ``legal_parameters.yaml`` are the law as we read it; an
administrator adds rows and closes rows (a reorganisation) without a release. Pure.
"""
from enum import StrEnum

from services.personnel.rules.authorities import LEVELS, PARENT_LEVELS_KEY, ROOT

RELATION_KEY = "authority_relation.{level}"
PREFIXES = (PARENT_LEVELS_KEY.split("{")[0], RELATION_KEY.split("{")[0])
MILITARY_LEVELS = ("military", "military_zone")
STRUCTURE_RECORDED = "Decree 62/2015 Art. 52-54 (the structure of the enforcement systems)"


class TreeRelation(StrEnum):
    """What ties an authority to its parent (Decree 62/2015 Art. 52.1, 54.2)."""

    #: Art. 52.1.b-c: a Department is "affiliated to" the General Department, a Sub-department
    #: to the Department (part of it: staff, budget and instructions flow through it).
    AFFILIATION = "affiliation"
    #: Art. 54.1-54.2: a military-zone authority is affiliated to its military zone and only
    #: *managed* by the Ministry of National Defence's Department (a managing authority).
    MANAGEMENT = "management"


def key_level(key):
    """The level a structure key is about, or ``None`` when it is not a structure key."""
    for prefix in PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in LEVELS:
            return key[len(prefix):]
    return None


def structure_row_problems(key, value):
    """What is wrong with a structure row (by input field): the key names a level of
    ``LEVELS`` (the vocabulary of the published contracts); a parent-levels value lists levels
    or ``root``; a relation value is ``management`` or ``affiliation`` (Art. 52.1, 54.2)."""
    level = key_level(key)
    if level is None:
        return {"key": [f"must be authority_parent_levels.<level> or authority_relation.<level>"
                        f" with a level of {', '.join(LEVELS)}"]}
    tokens = str(value).replace(",", " ").split()
    if key.startswith(PREFIXES[0]):
        wrong = [t for t in tokens if t not in (*LEVELS, ROOT)]
        if not tokens or wrong:
            return {"value": [f"parent levels are levels or {ROOT}, not {' '.join(wrong)!r}"]}
    elif value not in list(TreeRelation):
        return {"value": ["a relation is management or affiliation (Decree 62/2015 Art. 54.2)"]}
    return {}


def may_edit_structure(caller_level, key):
    """Whether the administrator of an authority of ``caller_level`` may edit the structure row
    ``key``: the civil system's structure by its central managing authority (Decree 62/2015 Art.
    52.1.a, 53), the military one by the Ministry of National Defence's Department (Art.
    54.1)."""
    military = key_level(key) in MILITARY_LEVELS
    return caller_level == ("military" if military else "general_department")


def effective_structure(shipped, changes):
    """The structure rows in force: the ``shipped`` rows (``as_record`` dicts) with the
    administrators' ``changes`` (dicts with ``action`` ``add`` or ``close``, in order) applied —
    an added row joins them, a close sets the ``valid_to`` of the row of that key starting on
    that ``valid_from``. A change of structure is a new row, the old one closed (as for every
    dated parameter): rows are never edited otherwise."""
    rows = [dict(r) for r in shipped]
    for change in changes:
        if change["action"] == "add":
            rows.append({k: change[k] for k in ("key", "value", "unit", "valid_from",
                                                "valid_to", "source", "confidence")})
            continue
        for row in rows:
            if row["key"] == change["key"] and row["valid_from"] == change["valid_from"]:
                row["valid_to"] = change["valid_to"]
    return rows


def relation_to_parent(level, on, params):
    """The tie of a ``level`` authority to its parent on ``on`` (``TreeRelation`` value), with
    the row used; ``(None, None)`` when no row applies (a root)."""
    for row in params.history(RELATION_KEY.format(level=level)):
        if row.applies_on(on):
            return row.value, row
    return None, None
