"""Staff and ranks: administrators register officials, appoint them and end their positions,
record relations; administrators and heads read an official with their history."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import staff as handlers
from services.personnel.schemas import (APPOINTMENT_IN, APPOINTMENT_OUT, END_POSITION_IN,
                                        OFFICER_IN, OFFICER_OUT, OFFICER_STATUS_IN,
                                        RELATION_IN, RELATION_OUT)


class StaffEntrypoints:
    @rpc(permission="personnel.officer.register")
    def register_officer(self, officer):
        """Register an official employed by an authority the caller administers."""
        data = load(OFFICER_IN, officer, "officer")
        return OFFICER_OUT.dump(handlers.register_officer(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.position.appoint")
    def appoint_position(self, appointment):
        """Appoint an official to a position at an authority from a day."""
        data = load(APPOINTMENT_IN, appointment, "appointment")
        return APPOINTMENT_OUT.dump(handlers.appoint_position(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.position.end")
    def end_position(self, ending):
        """End a holding on its last day, with the reason."""
        data = load(END_POSITION_IN, ending, "ending")
        return APPOINTMENT_OUT.dump(handlers.end_position(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.officer.status")
    def change_officer_status(self, change):
        """Suspend an official from duty, or reinstate them."""
        data = load(OFFICER_STATUS_IN, change, "change")
        return OFFICER_OUT.dump(handlers.change_officer_status(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="personnel.relation.record")
    def record_relation(self, relation):
        """Record a person related to an official (a bar to a related party's case)."""
        data = load(RELATION_IN, relation, "relation")
        return RELATION_OUT.dump(handlers.record_relation(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.officer.read", read_only=True)
    def get_officer(self, officer_id):
        """An official with every position held and the relations recorded."""
        officer_id = require_id(officer_id, "officer_id")
        return OFFICER_OUT.dump(handlers.get_officer(officer_id, self.db, self.law, self.caller))
