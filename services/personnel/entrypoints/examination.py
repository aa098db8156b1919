"""Recruitment by examination: the organiser opens an examination, authorities nominate
candidates and forward their lists, the organiser considers them, records the results and
designates those who passed."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import examination as handlers
from services.personnel.schemas.careers import DECISION_OUT
from services.personnel.schemas.examination import (APPLICATION_IN, CANDIDATE_OUT,
                                                    DESIGNATION_AFTER_EXAMINATION_IN,
                                                    EXAMINATION_IN, EXAMINATION_OUT,
                                                    EXAMINATION_REF_IN, FORWARD_LIST_IN,
                                                    NOMINATION_IN, RESULTS_IN)


class ExaminationEntrypoints:
    @rpc(permission="personnel.recruitment.manage")
    def open_examination(self, examination):
        """Open an examination for a rank with its board of examiners (Decree Art. 56, 61)."""
        data = load(EXAMINATION_IN, examination, "examination")
        return EXAMINATION_OUT.dump(handlers.open_examination(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def nominate_candidate(self, nomination):
        """Put an official on the authority's candidate list (Decree Art. 58.1)."""
        data = load(NOMINATION_IN, nomination, "nomination")
        return CANDIDATE_OUT.dump(handlers.nominate_candidate(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def register_applicant(self, application):
        """Put a candidate who is not an official on the authority's list (Decree Art. 58.4)."""
        data = load(APPLICATION_IN, application, "application")
        return CANDIDATE_OUT.dump(handlers.register_applicant(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def forward_candidate_list(self, forwarding):
        """Send the list an authority holds up to the organiser (Decree Art. 58.2, 59.2)."""
        data = load(FORWARD_LIST_IN, forwarding, "forwarding")
        return EXAMINATION_OUT.dump(handlers.forward_candidate_list(data, self.db, self.law,
                                                                    self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def consider_applications(self, consideration):
        """Qualify or refuse each candidate received and publish the list (Decree Art. 57, 60)."""
        data = load(EXAMINATION_REF_IN, consideration, "consideration")
        return EXAMINATION_OUT.dump(handlers.consider_applications(data, self.db, self.law,
                                                                   self.caller))

    @rpc(permission="personnel.recruitment.manage")
    def record_examination_results(self, results):
        """Record the board of examiners' results (Decree Art. 61.2.c, 62.1)."""
        data = load(RESULTS_IN, results, "results")
        return EXAMINATION_OUT.dump(handlers.record_examination_results(data, self.db,
                                                                        self.law, self.caller))

    @rpc(permission="personnel.career.decide")
    def designate_passed_candidate(self, designation):
        """Designate a candidate who passed, or refuse with reasons (Decree Art. 62)."""
        data = load(DESIGNATION_AFTER_EXAMINATION_IN, designation, "designation")
        return DECISION_OUT.dump(handlers.designate_passed_candidate(data, self.db, self.law,
                                                                     self.caller))

    @rpc(permission="personnel.recruitment.manage", read_only=True)
    def get_examination(self, examination_id):
        """An examination with its candidates."""
        examination_id = require_id(examination_id, "examination_id")
        return EXAMINATION_OUT.dump(handlers.get_examination(examination_id, self.db,
                                                             self.law, self.caller))
