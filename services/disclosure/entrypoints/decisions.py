"""The register driven by the decisions ``cases`` announces (Decree 62/2015 Art. 9, 11)."""
from shared.entrypoints import event_handler

from services.disclosure.handlers import decisions as handlers


class DecisionEntrypoints:
    @event_handler("cases", "lacking_conditions.decided")
    def on_lacking_conditions_decided(self, event):
        """Publish the debtor (Art. 11.1), unless a removal already won the race."""
        handlers.on_lacking_conditions_decided(event, self.db, self.law, self.caller)

    @event_handler("cases", "debtor_details.corrected")
    def on_debtor_details_corrected(self, event):
        """Correct the debtor's entries after a verified change (Art. 11.2)."""
        handlers.on_debtor_details_corrected(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.resumed")
    def on_enforcement_resumed(self, event):
        """Remove the debtor on the decision to resume enforcement (Art. 11.3)."""
        handlers.on_enforcement_resumed(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.fulfilled")
    def on_enforcement_fulfilled(self, event):
        """Remove the debtor on the certificate of fulfilment (Art. 11.3)."""
        handlers.on_enforcement_fulfilled(event, self.db, self.law, self.caller)
