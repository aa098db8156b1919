"""Revocation and re-issue of judgment enforcement decisions (Law Art. 37; Decree Art. 15.3)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import revocation as handlers
from services.cases.schemas import REVOCATION_IN, REVOCATION_OUT


class RevocationEntrypoints:
    @rpc(permission="cases.decision.revoke")
    def revoke_enforcement_decision(self, revocation):
        """The head of the authority revokes an enforcement decision with its ground and reasons,
        and issues the new one with it where Decree Art. 15.3 wants it."""
        data = load(REVOCATION_IN, revocation, "revocation")
        return REVOCATION_OUT.dump(handlers.revoke_enforcement_decision(data, self.db, self.law,
                                                                        self.caller))
