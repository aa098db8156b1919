"""Careers: administrators record the designation of managers, transfers and dismissals
(decided or refused with reasons), and read an official's decisions."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import careers as handlers
from services.personnel.schemas.careers import (DECISION_OUT, DECISIONS_OUT, DISMISSAL_IN,
                                                MANAGER_DESIGNATION_IN, TRANSFER_IN)


class CareerEntrypoints:
    @rpc(permission="personnel.career.decide")
    def designate_manager(self, designation):
        """Designate a Director or Deputy Director (Decree Art. 72), or refuse with reasons."""
        data = load(MANAGER_DESIGNATION_IN, designation, "designation")
        return DECISION_OUT.dump(handlers.designate_manager(data, self.db, self.law,
                                                            self.caller))

    @rpc(permission="personnel.career.decide")
    def transfer_officer(self, transfer):
        """Mobilise, reassign or second an officer or inspector (Decree Art. 64, 70)."""
        data = load(TRANSFER_IN, transfer, "transfer")
        return DECISION_OUT.dump(handlers.transfer_officer(data, self.db, self.law,
                                                           self.caller))

    @rpc(permission="personnel.career.decide")
    def dismiss_officer(self, dismissal):
        """Dismiss an enforcement officer on a ground of Decree Art. 65, or refuse."""
        data = load(DISMISSAL_IN, dismissal, "dismissal")
        return DECISION_OUT.dump(handlers.dismiss_officer(data, self.db, self.law,
                                                          self.caller))

    @rpc(permission="personnel.officer.read", read_only=True)
    def list_personnel_decisions(self, officer_id):
        """Every personnel decision about an official, decided or refused."""
        officer_id = require_id(officer_id, "officer_id")
        return DECISIONS_OUT.dump(handlers.list_decisions(officer_id, self.db, self.law,
                                                          self.caller))
