"""Read views of the cases service: plain SQL rows for answers, no ORM entities.

As in the CQRS chapter of *Architecture Patterns with Python*: writes go through the models, the
rules and the unit of work; a read needs none of that, only the row. One statement built once
(building it costs more CPU than running it), executed on the read-only session's connection,
returns what ``CaseOut`` dumps, so ``get_case`` answers exactly as the write entrypoints do.
See docs/performance.md for what this saves.
"""
from sqlalchemy import bindparam, select

from shared import deadlines

from services.cases.models import EnforcementCase, EnforcementDecision, RequestRefusal
from services.cases.rules.decisions import DECISION_ON_REQUEST

_CASE = EnforcementCase.__table__
_DECISION = EnforcementDecision.__table__
_REFUSAL = RequestRefusal.__table__
_PREFIX = "decision."  # decision columns, apart from the case's own
_REFUSED = "refusal."  # refusal columns

CASE_ROW = (
    select(_CASE,
           deadlines.latest_due_on(DECISION_ON_REQUEST.rule_id, "enforcement_case",
                                   _CASE.c.id).label("decision_due_on"),
           *[column.label(_PREFIX + column.name) for column in _DECISION.c],
           *[column.label(_REFUSED + column.name) for column in _REFUSAL.c])
    .select_from(_CASE.outerjoin(_DECISION, _DECISION.c.id == _CASE.c.decision_id)
                 .outerjoin(_REFUSAL, _REFUSAL.c.case_id == _CASE.c.id))
    .where(_CASE.c.id == bindparam("case_id")))


def case(session, case_id):
    """The case as ``CaseOut`` reads it (its decision and its refusal nested, or None), or None
    if unknown. A decision covering several requests (Decree Art. 7.1) shows on each."""
    row = session.connection().execute(CASE_ROW, {"case_id": case_id}).mappings().first()
    if row is None:
        return None
    view = {key: value for key, value in row.items()
            if not key.startswith((_PREFIX, _REFUSED))}
    decision = {column.name: row[_PREFIX + column.name] for column in _DECISION.c}
    view["decision"] = decision if decision["id"] is not None else None
    refusal = {column.name: row[_REFUSED + column.name] for column in _REFUSAL.c}
    view["refusal"] = refusal if refusal["id"] is not None else None
    return view
