"""Two things every handler of the ledger and its neighbours does with a row: return its columns,
and fetch a row of a case by its own id for the caller's authority."""
from shared.errors import NotFound

from services.cases.handlers.cases import case_of


def columns(record, **more):
    """Every column of ``record`` by name, plus ``more`` (the output schema picks the fields)."""
    return {**{c.name: getattr(record, c.name) for c in record.__table__.c}, **more}


def owned(uow, model, record_id, caller, field, label):
    """``(record, case, identity)``: the ``model`` row ``record_id`` (locked until commit), its
    case and the caller's identity checked for the case's authority. A row that does not exist
    and a row of another authority's case are the same ``NotFound`` naming only ``field`` (issue
    7 item 11: an id tells a foreign caller nothing, not even its case)."""
    record = uow.session.get(model, record_id, with_for_update=True)
    try:
        case = case_of(uow, record.case_id, caller) if record is not None else None
    except NotFound:
        case = None
    if case is None:
        raise NotFound(f"no {label} {record_id!r}", {field: record_id})
    return record, case, caller.require_jurisdiction(case.authority)
