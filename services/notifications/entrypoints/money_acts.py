"""Notices of the money decisions of ``cases`` (Decree 62/2015 Art. 38, 43-45, 49, 51; Law
Art. 39.1): each event recorded once (the platform's inbox) by one handler, which asks
``rules.money_acts.document_of`` what the act needs notified."""
from shared.entrypoints import event_handler

from services.notifications.handlers import money_acts as handlers


class MoneyActEntrypoints:
    @event_handler("cases", "enforcement_cost.approved")
    def on_enforcement_cost_approved(self, event):
        """The estimated enforcement cost, notified to the litigants (Decree Art. 45.1(b))."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "cost_relief.decided")
    def on_cost_relief_decided(self, event):
        """A cost relief granted, refused or revoked, notified to the litigants (Art. 44)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "distribution.decided")
    def on_distribution_decided(self, event):
        """Each payee asked in writing to collect the money (Decree Art. 49.2)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "exit_suspension.decided")
    def on_exit_suspension_decided(self, event):
        """The exit suspension, notified to the parties (Decree Art. 51.1)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "exit_suspension.lifted")
    def on_exit_suspension_lifted(self, event):
        """The suspension lifted or cancelled, notified to the parties (Decree Art. 51.4)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "exit_suspension.refused")
    def on_exit_suspension_refused(self, event):
        """The refused request to suspend the exit, notified to its requester (Art. 51.1)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "complaint.received")
    def on_complaint_received(self, event):
        """The complainant kept; a repeated complaint kept, the litigant told (Art. 38.5)."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "complaint.progressed")
    def on_complaint_progressed(self, event):
        """The reply to a complaint not accepted (Art. 38.1) or its settlement, notified to the
        complainant."""
        handlers.record_money_act_notices(event, self.db, self.law, self.caller)
