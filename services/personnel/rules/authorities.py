"""The authority tree (Decree 62/2015 Art. 52-54; the 2025 reorganisation): pure functions and
constants (no nameko, no database, no clock).

The authority tree is data: which level an authority's parent may have is a dated legal parameter
(``authority_parent_levels.<level>`` in ``legal_parameters.yaml``), so the structure of Decree
62/2015 Art. 52-54 and the one-tier structure in force from 2025-07-01 both fit, each for its
own dates, and a future reorganisation is a new row, not new code.
"""
from dataclasses import dataclass
from datetime import timedelta

LEVELS = ("general_department", "provincial", "district", "regional", "military",
          "military_zone")
ROOT = "root"  # the token meaning "no parent in the tree" in a structure row
PARENT_LEVELS_KEY = "authority_parent_levels.{level}"
#: Deeper than any structure the law has had (three tiers, Decree 62/2015 Art. 52.1); a longer
#: chain of parents is corrupt data.
MAX_DEPTH = 10

#: Legal basis of registering an authority in the tree; the dated structure rows consulted are
#: appended to it (``registration_basis``).
AUTHORITY_REGISTERED = "Decree 62/2015 Art. 52-54"


def _parent_levels(value):
    """The levels a structure row allows as parent; ``None`` stands for "no parent"."""
    return frozenset(None if token == ROOT else token
                     for token in str(value).replace(",", " ").split())


def _describe(levels):
    names = sorted("none (a root of the tree)" if lvl is None else lvl for lvl in levels)
    return " or ".join(names)


@dataclass(frozen=True)
class StructureCheck:
    # {"level": [...], "parent_id": [...]}: what does not fit, by the input field to correct;
    # empty when the level and the parent's level fit the structure on every day.
    problems: dict
    parameters_used: tuple  # the structure rows consulted, as ParameterValue.as_record()

    @property
    def fits(self):
        return not self.problems


def parent_levels_allowed(level, on, params):
    """The levels the parent of a ``level`` authority may have on ``on``; ``None`` in the set
    means the authority may have no parent (it is a root, affiliated to a ministry).

    Decree 62/2015 Art. 52.1: General Department (central, affiliated to the Ministry of
    Justice) -> Departments (provincial) -> Sub-departments (district); Art. 54: the Department
    of the Ministry of National Defense -> military-zone authorities. From 2025-07-01 (the 2025
    reorganisation of the judgment enforcement system, rows marked ``confidence: check`` in
    ``legal_parameters.yaml``): provincial agencies one tier below the Ministry of Justice,
    with regional offices. Read from the dated rows of ``params``; an empty set when the level
    does not exist on that day.
    """
    for row in params.history(PARENT_LEVELS_KEY.format(level=level)):
        if row.applies_on(on):
            return _parent_levels(row.value)
    return frozenset()


def check_structure(level, parent_level, valid_from, valid_to, params):
    """Whether an authority of ``level`` under a parent of ``parent_level`` (``None``: no
    parent) fits the structure on every day from ``valid_from`` to ``valid_to`` (``None``: open).

    Decree 62/2015 Art. 52.1 and 54 (until 2025-06-30) and the 2025 reorganisation (from
    2025-07-01), as dated rows: the level must exist on every day of the authority's period
    (a district Sub-department cannot be valid after 2025-06-30, a regional office before
    2025-07-01) and every row in force during it must allow the parent's level.
    """
    rows = params.history(PARENT_LEVELS_KEY.format(level=level))
    if not rows:
        return StructureCheck({"level": [f"there is no {level!r} level in the structure"]}, ())
    problems, used, cursor = {}, [], valid_from
    for row in rows:
        if row.valid_to is not None and row.valid_to < cursor:
            continue
        if valid_to is not None and row.valid_from > valid_to:
            break
        if row.valid_from > cursor:
            problems.setdefault("level", []).append(
                f"no {level} authority exists from {cursor.isoformat()} to "
                f"{(row.valid_from - timedelta(days=1)).isoformat()}")
        used.append(row.as_record())
        allowed = _parent_levels(row.value)
        if parent_level not in allowed:
            since = max(row.valid_from, valid_from).isoformat()
            problems.setdefault("parent_id", []).append(
                f"from {since} the parent of a {level} authority must be {_describe(allowed)}, "
                f"not {_describe({parent_level})} ({row.source})")
        if row.valid_to is None or (valid_to is not None and row.valid_to >= valid_to):
            cursor = None
            break
        cursor = row.valid_to + timedelta(days=1)
    if cursor is not None:
        problems.setdefault("level", []).append(
            f"no {level} authority exists from {cursor.isoformat()}"
            + ("" if valid_to is None else f" to {valid_to.isoformat()}"))
    return StructureCheck(problems, tuple(used))


def parent_covers_period(child_from, child_to, parent_from, parent_to):
    """A subordinate authority exists only while its superior does (Decree 62/2015 Art. 52.1
    and 54.2: each authority is "affiliated to" the one above it): the parent's validity must
    cover the child's whole period. ``None`` as an end date means open-ended."""
    if child_from < parent_from:
        return False
    if parent_to is None:
        return True
    return child_to is not None and child_to <= parent_to


def registration_basis(parameters_used):
    """The legal basis of registering an authority (Decree 62/2015 Art. 52-54) followed by the
    source of every dated structure row its registration was checked against."""
    return "; ".join([AUTHORITY_REGISTERED, *(p["source"] for p in parameters_used)])


def may_register(caller_authority, authority_id, ancestry):
    """Whether an administrator acting for ``caller_authority`` may register ``authority_id``
    whose parents, nearest first, are ``ancestry`` (empty for a root).

    Decree 62/2015 Art. 53.2 (the General Department "has a vertical structure") and Art. 52.1,
    54: an authority is set up within its superior's structure, so it is registered by the
    administrator of its parent or of any authority above it. A root (the top of one system) has
    no superior in the tree; it is registered by the administrator acting for it.
    """
    if not ancestry:
        return caller_authority == authority_id
    return caller_authority in ancestry
