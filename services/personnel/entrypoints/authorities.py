"""The authority tree: administrators register authorities, every officer reads them."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import authorities as handlers
from services.personnel.schemas import AUTHORITY_ID_LENGTH, AUTHORITY_IN, AUTHORITY_OUT


class AuthorityEntrypoints:
    @rpc(permission="personnel.authority.register")
    def register_authority(self, authority):
        """Add an authority to the tree, under a parent whose level the structure allows then."""
        data = load(AUTHORITY_IN, authority, "authority")
        return AUTHORITY_OUT.dump(handlers.register_authority(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.authority.read", read_only=True)
    def get_authority(self, authority_id):
        """An authority with the chain of authorities above it, nearest first."""
        authority_id = require_id(authority_id, "authority_id", max_length=AUTHORITY_ID_LENGTH)
        return AUTHORITY_OUT.dump(handlers.get_authority(authority_id, self.db, self.law,
                                                         self.caller))
