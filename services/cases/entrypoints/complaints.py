"""Complaints about enforcement (Decree 62/2015 Art. 38; Law Art. 140)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import complaints as handlers
from services.cases.schemas import (
    COMPLAINT_ANSWER_IN, COMPLAINT_ESCALATION_IN, COMPLAINT_IN, COMPLAINT_OUT,
    COMPLAINT_REVIEW_IN, COMPLAINT_SETTLEMENT_IN)


class ComplaintEntrypoints:
    @rpc(permission="cases.complaint.receive")
    def receive_complaint(self, complaint):
        """Recorded with its filing limit; the acceptance or reply is owed (Art. 38.1)."""
        data = load(COMPLAINT_IN, complaint, "complaint")
        return COMPLAINT_OUT.dump(handlers.receive_complaint(data, self.db, self.law,
                                                             self.caller))

    @rpc(permission="cases.complaint.settle")
    def answer_complaint(self, answer):
        """Accepted, or the one reply with reasons (Art. 38.1)."""
        data = load(COMPLAINT_ANSWER_IN, answer, "complaint answer")
        return COMPLAINT_OUT.dump(handlers.answer_complaint(data, self.db, self.law,
                                                            self.caller))

    @rpc(permission="cases.complaint.settle")
    def settle_complaint(self, settlement):
        """The settlement of an accepted complaint (Art. 38.3)."""
        data = load(COMPLAINT_SETTLEMENT_IN, settlement, "complaint settlement")
        return COMPLAINT_OUT.dump(handlers.settle_complaint(data, self.db, self.law,
                                                            self.caller))

    @rpc(permission="cases.complaint.settle")
    def escalate_complaint(self, escalation):
        """Sent to the superior authority when not handled in time (Art. 38.2)."""
        data = load(COMPLAINT_ESCALATION_IN, escalation, "complaint escalation")
        return COMPLAINT_OUT.dump(handlers.escalate_complaint(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="cases.complaint.settle")
    def request_complaint_review(self, review):
        """An effective settlement put up for review on a ground of Art. 38.4."""
        data = load(COMPLAINT_REVIEW_IN, review, "complaint review")
        return COMPLAINT_OUT.dump(handlers.request_complaint_review(data, self.db, self.law,
                                                                    self.caller))
