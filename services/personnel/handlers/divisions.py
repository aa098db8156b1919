"""The competent authority of an administrative division (Law Art. 35; Decree 62/2015 Art. 16):
administrators record which authority serves a province or commune from when to when; ``cases``
and officers look it up (for entrustment).

Recording: the caller must administer the authority named (``rules.staff.may_administer``, the
tree kept here). The lookup is public structure, like the tree itself.
"""
from sqlalchemy import select

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from services.personnel.handlers.authorities import authority_result, chain_above
from services.personnel.handlers.basis import basis_with
from services.personnel.models import Authority, DivisionJurisdiction
from services.personnel.rules import authorities as tree
from services.personnel.rules import divisions as rules
from services.personnel.rules import staff


def _row_dict(row):
    return {"id": row.id, "province_code": row.province_code, "commune_code": row.commune_code,
            "authority_id": row.authority_id, "valid_from": row.valid_from,
            "valid_to": row.valid_to, "source": row.source}


def record_division_jurisdiction(data, uow, law, caller):
    """Record that an authority is competent for a province (``commune_code`` null) or commune
    over a period. The authority must exist throughout it, and no other row of the division may
    overlap it (``rules.divisions.overlapping_row``). Announce
    ``division_jurisdiction.recorded``; audit."""
    session = uow.session
    authority = session.get(Authority, data["authority_id"])
    if authority is None:
        raise NotFound(f"no authority {data['authority_id']!r}",
                       {"authority_id": data["authority_id"]})
    identity = caller.identity
    if not staff.may_administer(identity.authority, authority.id,
                                [a.id for a in chain_above(session, authority)]):
        raise PermissionDenied(f"authority {identity.authority!r} does not administer "
                               f"{authority.id!r}", {"authority": authority.id})
    if not tree.parent_covers_period(data["valid_from"], data["valid_to"], authority.valid_from,
                                     authority.valid_to):
        until = authority.valid_to.isoformat() if authority.valid_to else "open-ended"
        raise ValidationError("the authority does not exist for the whole period", {
            "authority_id": [f"{authority.id} is valid from {authority.valid_from.isoformat()} "
                             f"to {until}"]})
    # Lock the province's rows: two administrators mapping one division at once meet here.
    rows = session.scalars(select(DivisionJurisdiction).where(
        DivisionJurisdiction.province_code == data["province_code"]).with_for_update()).all()
    clash = rules.overlapping_row(data["province_code"], data["commune_code"],
                                  data["valid_from"], data["valid_to"],
                                  [_row_dict(r) for r in rows])
    if clash is not None:
        raise Conflict(f"division {data['province_code']}/{data['commune_code'] or '*'} already "
                       f"has a competent authority ({clash['authority_id']}) in that period; "
                       "close that row first (Law Art. 35)",
                       {"division_jurisdiction_id": clash["id"]})
    row = DivisionJurisdiction(**data, recorded_by=identity.user)
    session.add(row)
    session.flush()
    uow.emit("division_jurisdiction.recorded", {
        "division_jurisdiction_id": row.id, "province_code": row.province_code,
        "commune_code": row.commune_code, "authority_id": row.authority_id,
        "valid_from": row.valid_from, "valid_to": row.valid_to, "source": row.source},
        authority=row.authority_id)
    uow.audit("division_jurisdiction.recorded", subject_type="division_jurisdiction",
              subject_id=row.id, legal_basis=basis_with(rules.COMPETENCE_BASIS, row.source),
              details={"province_code": row.province_code, "commune_code": row.commune_code,
                       "authority_id": row.authority_id, "source": row.source})
    return _row_dict(row)


def competent_authority(query, uow, law, caller):
    """The authority competent for a commune of a province on a day (Law Art. 35; Decree
    62/2015 Art. 16): the commune's own row, else the province-wide row
    (``rules.divisions.competent_row``), with the authority and the chain above it.
    ``NotFound`` when no row covers the division on that day."""
    session = uow.session
    rows = session.scalars(select(DivisionJurisdiction).where(
        DivisionJurisdiction.province_code == query["province_code"])
        .order_by(DivisionJurisdiction.id)).all()
    row, matched = rules.competent_row(query["province_code"], query["commune_code"],
                                       query["on"], [_row_dict(r) for r in rows])
    if row is None:
        raise NotFound(f"no authority is recorded as competent for "
                       f"{query['province_code']}/{query['commune_code'] or '*'} on "
                       f"{query['on'].isoformat()}",
                       {"province_code": query["province_code"],
                        "commune_code": query["commune_code"], "on": query["on"].isoformat()})
    authority = session.get(Authority, row["authority_id"])
    return {"province_code": query["province_code"], "commune_code": query["commune_code"],
            "on": query["on"], "matched": matched, "division_jurisdiction": row,
            "authority": authority_result(authority, chain_above(session, authority)),
            "legal_basis": f"{rules.COMPETENCE_BASIS}; {row['source']}"}


def close_division_jurisdiction(data, uow, law, caller):
    """Close a row of the map on its last day (a reorganisation moves the division to another
    authority from the next day; Law Art. 35). A row of an authority the caller does not
    administer is ``NotFound``; a closed row is a ``Conflict``. Announce
    ``division_jurisdiction.closed``; audit."""
    session = uow.session
    row = session.get(DivisionJurisdiction, data["division_jurisdiction_id"],
                      with_for_update=True)
    if row is None or not staff.may_administer(
            caller.identity.authority, row.authority_id,
            [a.id for a in chain_above(session, session.get(Authority, row.authority_id))]):
        raise NotFound(f"no division jurisdiction {data['division_jurisdiction_id']}",
                       {"division_jurisdiction_id": data["division_jurisdiction_id"]})
    if row.valid_to is not None:
        raise Conflict(f"division jurisdiction {row.id} already ends on "
                       f"{row.valid_to.isoformat()}", {"division_jurisdiction_id": row.id})
    if data["valid_to"] < row.valid_from:
        raise ValidationError("a row cannot end before it begins",
                              {"valid_to": [f"before {row.valid_from.isoformat()}"]})
    row.valid_to = data["valid_to"]
    uow.emit("division_jurisdiction.closed", {
        "division_jurisdiction_id": row.id, "province_code": row.province_code,
        "commune_code": row.commune_code, "authority_id": row.authority_id,
        "valid_to": row.valid_to, "reason": data["reason"]}, authority=row.authority_id)
    uow.audit("division_jurisdiction.closed", subject_type="division_jurisdiction",
              subject_id=row.id, legal_basis=rules.COMPETENCE_BASIS,
              details={"valid_to": row.valid_to.isoformat(), "reason": data["reason"]})
    return _row_dict(row)
