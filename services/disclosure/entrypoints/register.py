"""The register: heads of authorities publish and remove judgment debtors by RPC."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.disclosure.handlers import register as handlers
from services.disclosure.schemas import ENTRY_IN, ENTRY_OUT, REMOVAL_IN


class RegisterEntrypoints:
    @rpc(permission="disclosure.register.publish")
    def publish_entry(self, entry):
        """Put a judgment debtor on the register after the decision that they lack conditions;
        the publication is owed within 5 working days of that decision (Art. 11.1)."""
        data = load(ENTRY_IN, entry, "register entry")
        return ENTRY_OUT.dump(handlers.publish_entry(data, self.db, self.law, self.caller))

    @rpc(permission="disclosure.register.remove")
    def remove_entry(self, entry_id, removal):
        """Take a debtor off the register on the decision to resume enforcement or the
        certification of fulfilment; owed within 2 working days of it (Art. 11.3)."""
        entry_id = require_id(entry_id, "entry_id")
        data = load(REMOVAL_IN, removal, "removal")
        return ENTRY_OUT.dump(handlers.remove_entry(entry_id, data, self.db, self.law,
                                                    self.caller))
