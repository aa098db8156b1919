"""The personnel service: the authority tree (Decree 62/2015 Art. 52-55 and the 2025 structure).

Entrypoints only: validate input, call the rules, record state, return a schema dump.
"""
from shared.entrypoints import rpc
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.law import Law
from shared.service import PlatformService
from shared.validation import load, require_id

from services.personnel import rules
from services.personnel.models import Authority
from services.personnel.schemas import AuthorityIn, AuthorityOut

AUTHORITY_IN, AUTHORITY_OUT = AuthorityIn(), AuthorityOut()
# Deeper than any structure the law has had (three tiers); a longer chain is corrupt data.
MAX_DEPTH = 10


class PersonnelService(PlatformService):
    name = "personnel"
    law = Law()

    @rpc(permission="personnel.authority.register")
    def register_authority(self, authority):
        """Add an authority to the tree, under a parent whose level the structure allows then."""
        data = load(AUTHORITY_IN, authority, "authority")
        session = self.db.session
        if session.get(Authority, data["id"]) is not None:
            raise Conflict(f"authority {data['id']} is already registered", {"id": data["id"]})
        parent, chain = None, []
        if data["parent_id"] is not None:
            parent = session.get(Authority, data["parent_id"])
            if parent is None:
                raise ValidationError(f"no authority {data['parent_id']} to be the parent",
                                      {"parent_id": [f"no authority {data['parent_id']!r}"]})
            chain = [parent, *self._chain(parent)]
        identity = self.caller.identity
        if not rules.may_register(identity.authority, data["id"], [a.id for a in chain]):
            raise PermissionDenied(
                f"authority {identity.authority!r} may not register {data['id']!r}: only its "
                "own superiors may (Decree 62/2015 Art. 52-54)", {"authority": data["id"]})
        check = rules.check_structure(data["level"], parent.level if parent else None,
                                      data["valid_from"], data["valid_to"], self.law.params)
        if not check.fits:
            raise ValidationError(f"a {data['level']} authority does not fit the structure of "
                                  "the judgment enforcement system for its dates", check.problems)
        if parent is not None and not rules.parent_covers_period(
                data["valid_from"], data["valid_to"], parent.valid_from, parent.valid_to):
            until = parent.valid_to.isoformat() if parent.valid_to else "open-ended"
            raise ValidationError("the parent does not exist for the whole period", {
                "parent_id": [f"{parent.id} is valid from {parent.valid_from.isoformat()} to "
                              f"{until}"]})
        record = Authority(**data, parameters_used=list(check.parameters_used),
                           registered_by=identity.user)
        session.add(record)
        self.db.emit("authority.registered", {
            "authority_id": record.id, "name": record.name, "name_vi": record.name_vi,
            "level": record.level, "parent_id": record.parent_id,
            "ancestor_ids": [a.id for a in chain], "valid_from": record.valid_from,
            "valid_to": record.valid_to}, authority=record.id)
        self.db.audit("authority.registered", subject_type="authority", subject_id=record.id,
                      legal_basis="Decree 62/2015 Art. 52-54; " + "; ".join(
                          p["source"] for p in check.parameters_used),
                      details={"level": record.level, "parent_id": record.parent_id})
        return self._out(record, chain)

    @rpc(permission="personnel.authority.read", read_only=True)
    def get_authority(self, authority_id):
        """An authority with the chain of authorities above it, nearest first."""
        require_id(authority_id, "authority_id")
        record = self.db.session.get(Authority, authority_id)
        if record is None:
            raise NotFound(f"no authority {authority_id!r}", {"authority_id": authority_id})
        return self._out(record, self._chain(record))

    def _chain(self, authority):
        chain, current = [], authority
        while current.parent_id is not None:
            if len(chain) >= MAX_DEPTH:
                raise Conflict(f"the chain above {authority.id} is deeper than {MAX_DEPTH}",
                               {"authority_id": authority.id})
            current = self.db.session.get(Authority, current.parent_id)
            chain.append(current)
        return chain

    @staticmethod
    def _out(record, chain):
        return AUTHORITY_OUT.dump({**{c: getattr(record, c) for c in AUTHORITY_OUT.fields
                                      if c != "chain"}, "chain": chain})
