"""The authority tree (Decree 62/2015 Art. 52-54 and the 2025 structure): register an authority
under its parent, read one with the chain above it.

Jurisdiction (issue 7 item 1): who may register an authority is decided from the tree this
service keeps (the parent named must be registered here, and the caller's authority, from its
verified identity, must be that parent or above it), never from a field of the payload alone.
"""
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from services.personnel.handlers.structure import structure_params
from services.personnel.models import Authority
from services.personnel.rules import authorities as rules
from services.personnel.rules.structure import relation_to_parent


def chain_above(session, authority):
    """The authorities above ``authority``, nearest first; ``Conflict`` past ``MAX_DEPTH``."""
    chain, current = [], authority
    while current.parent_id is not None:
        if len(chain) >= rules.MAX_DEPTH:
            raise Conflict(f"the chain above {authority.id} is deeper than {rules.MAX_DEPTH}",
                           {"authority_id": authority.id})
        current = session.get(Authority, current.parent_id)
        chain.append(current)
    return chain


def authority_result(record, chain):
    """An authority's columns as ``AuthorityOut`` reads them, with its chain."""
    return {"id": record.id, "name": record.name, "name_vi": record.name_vi,
            "level": record.level, "valid_from": record.valid_from,
            "valid_to": record.valid_to, "parent_id": record.parent_id,
            "relation": record.relation,
            "parameters_used": record.parameters_used, "chain": chain}


def _parent_of(session, data):
    """The registered parent named by ``data`` (``None`` for a root) and the chain above the new
    authority; a parent that is not registered is a ValidationError naming ``parent_id``."""
    if data["parent_id"] is None:
        return None, []
    parent = session.get(Authority, data["parent_id"])
    if parent is None:
        raise ValidationError(f"no authority {data['parent_id']} to be the parent",
                              {"parent_id": [f"no authority {data['parent_id']!r}"]})
    return parent, [parent, *chain_above(session, parent)]


def register_authority(data, uow, law, caller):
    """Add an authority to the tree, under a parent whose level the structure allows on its
    dates; announce ``authority.registered``; audit."""
    session = uow.session
    if session.get(Authority, data["id"]) is not None:
        raise Conflict(f"authority {data['id']} is already registered", {"id": data["id"]})
    parent, chain = _parent_of(session, data)
    identity = caller.identity
    if not rules.may_register(identity.authority, data["id"], [a.id for a in chain]):
        raise PermissionDenied(
            f"authority {identity.authority!r} may not register {data['id']!r}: only its "
            "own superiors may (Decree 62/2015 Art. 52-54)", {"authority": data["id"]})
    structure = structure_params(session, law)
    check = rules.check_structure(data["level"], parent.level if parent else None,
                                  data["valid_from"], data["valid_to"], structure)
    if not check.fits:
        raise ValidationError(f"a {data['level']} authority does not fit the structure of "
                              "the judgment enforcement system for its dates", check.problems)
    if parent is not None and not rules.parent_covers_period(
            data["valid_from"], data["valid_to"], parent.valid_from, parent.valid_to):
        until = parent.valid_to.isoformat() if parent.valid_to else "open-ended"
        raise ValidationError("the parent does not exist for the whole period", {
            "parent_id": [f"{parent.id} is valid from {parent.valid_from.isoformat()} to "
                          f"{until}"]})
    relation, row = relation_to_parent(data["level"], data["valid_from"], structure)
    used = [*check.parameters_used, *([row.as_record()] if parent and row else [])]
    record = Authority(**data, relation=relation if parent else None, parameters_used=used,
                       registered_by=identity.user)
    session.add(record)
    uow.emit("authority.registered", {
        "authority_id": record.id, "name": record.name, "name_vi": record.name_vi,
        "level": record.level, "parent_id": record.parent_id,
        "ancestor_ids": [a.id for a in chain], "valid_from": record.valid_from,
        "valid_to": record.valid_to}, authority=record.id)
    uow.audit("authority.registered", subject_type="authority", subject_id=record.id,
              legal_basis=rules.registration_basis(check.parameters_used),
              details={"level": record.level, "parent_id": record.parent_id,
                       "relation": record.relation})
    return authority_result(record, chain)


def get_authority(authority_id, uow, law, caller):
    """An authority with the chain of authorities above it, nearest first; ``NotFound`` if it is
    not registered. The tree is the platform's public structure: any reader sees all of it."""
    record = uow.session.get(Authority, authority_id)
    if record is None:
        raise NotFound(f"no authority {authority_id!r}", {"authority_id": authority_id})
    return authority_result(record, chain_above(uow.session, record))
