"""Transfer of rights and obligations to enforcement (Decree 62/2015 Art. 15)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import transfer as handlers
from services.cases.schemas import TRANSFER_IN, TRANSFER_OUT


class TransferEntrypoints:
    @rpc(permission="cases.rights.transfer")
    def transfer_rights(self, transfer):
        """Record a transfer of rights or obligations (death of the debtor, or by agreement)."""
        data = load(TRANSFER_IN, transfer, "transfer")
        return TRANSFER_OUT.dump(handlers.transfer_rights(data, self.db, self.law, self.caller))
