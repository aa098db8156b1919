"""Notices of the decisions of ``cases`` beyond the enforcement decision (Law Art. 39.1; Decree
62/2015 Art. 10, 14-16) and of the public notice seeking unknown heirs (Decree Art. 15.1): each
event recorded once (the platform's inbox) by one handler, which asks
``rules.case_decisions.document_of`` (or ``rules.heir_search``) what it needs notified."""
from shared.entrypoints import event_handler

from services.notifications.handlers import case_decisions as handlers


class CaseDecisionEntrypoints:
    @event_handler("cases", "enforcement.postponed")
    def on_enforcement_postponed(self, event):
        """The postponement, notified to the parties (Law Art. 48; Decree Art. 14)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.suspended")
    def on_enforcement_suspended(self, event):
        """The suspension, notified to the parties (Law Art. 49)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.terminated")
    def on_enforcement_terminated(self, event):
        """The termination, notified to the parties (Law Art. 50)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.continued")
    def on_enforcement_continued(self, event):
        """The continuation after a postponement or suspension (Law Art. 48.4, 49.3)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "case_officer.replaced")
    def on_case_officer_replaced(self, event):
        """The officer replaced at a litigant's request (Decree Art. 10.3)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "officer_replacement.rejected")
    def on_officer_replacement_rejected(self, event):
        """The rejection with its explanation, to the requesting party (Decree Art. 10.3)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "enforcement.entrusted")
    def on_enforcement_entrusted(self, event):
        """The entrustment, notified to the parties by the entrusted authority (Decree
        Art. 16)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "rights.transferred")
    def on_rights_transferred(self, event):
        """A transfer of rights or obligations, notified to the parties (Decree Art. 15)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "rights_transfer.refused")
    def on_rights_transfer_refused(self, event):
        """The refusal with its reasons, to the transferor (Decree Art. 15.2)."""
        handlers.record_case_decision_notices(event, self.db, self.law, self.caller)

    @event_handler("cases", "public_notice.requested")
    def on_public_notice_requested(self, event):
        """The posting and mass-media announcement seeking unknown heirs (Decree Art. 15.1)."""
        handlers.record_heir_search_notices(event, self.db, self.law, self.caller)
