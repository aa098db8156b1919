"""Support instruments: administrators register, deliver, take back, inspect and dispose of
them (Decree Art. 74-77)."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import instruments as handlers
from services.personnel.schemas.instruments import (ALLOCATION_IN, DELIVERY_IN, DISPOSAL_IN,
                                                    DISPOSAL_OUT, INSTRUMENT_IN,
                                                    INSTRUMENT_INSPECTION_IN, INSTRUMENT_OUT,
                                                    PLAN_IN, PLAN_OUT, RETURN_IN)


class InstrumentEntrypoints:
    @rpc(permission="personnel.equipment.issue")
    def submit_instrument_plan(self, plan):
        """A Department's plan of support instruments for its officers (Decree Art. 75.1)."""
        data = load(PLAN_IN, plan, "plan")
        return PLAN_OUT.dump(handlers.submit_instrument_plan(data, self.db, self.law,
                                                             self.caller))

    @rpc(permission="personnel.equipment.issue")
    def decide_instrument_plan(self, allocation):
        """The General Director's quantities and types for a plan (Decree Art. 75.1)."""
        data = load(ALLOCATION_IN, allocation, "allocation")
        return PLAN_OUT.dump(handlers.decide_instrument_plan(data, self.db, self.law,
                                                             self.caller))

    @rpc(permission="personnel.equipment.issue")
    def register_instrument(self, instrument):
        """An instrument provided to an enforcement authority (Decree Art. 74.2, 75.1)."""
        data = load(INSTRUMENT_IN, instrument, "instrument")
        return INSTRUMENT_OUT.dump(handlers.register_instrument(data, self.db, self.law,
                                                                self.caller))

    @rpc(permission="personnel.equipment.issue")
    def deliver_instrument(self, delivery):
        """Deliver an instrument to an officer before duty, or refuse (Decree Art. 75.2)."""
        data = load(DELIVERY_IN, delivery, "delivery")
        return INSTRUMENT_OUT.dump(handlers.deliver_instrument(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="personnel.equipment.issue")
    def return_instrument(self, returned):
        """An instrument returned to the store (Decree Art. 75.2)."""
        data = load(RETURN_IN, returned, "returned")
        return INSTRUMENT_OUT.dump(handlers.return_instrument(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.equipment.issue")
    def inspect_instrument(self, inspection):
        """An instrument inspected and classified by quality (Decree Art. 77.1)."""
        data = load(INSTRUMENT_INSPECTION_IN, inspection, "inspection")
        return INSTRUMENT_OUT.dump(handlers.inspect_instrument(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="personnel.equipment.issue")
    def dispose_instruments(self, disposal):
        """Liquidate or destroy a province's unrepairable instruments, or refuse (Art. 77)."""
        data = load(DISPOSAL_IN, disposal, "disposal")
        return DISPOSAL_OUT.dump(handlers.dispose_instruments(data, self.db, self.law,
                                                              self.caller))

    @rpc(permission="personnel.equipment.issue", read_only=True)
    def get_instrument(self, instrument_id):
        """An instrument with its movements."""
        instrument_id = require_id(instrument_id, "instrument_id")
        return INSTRUMENT_OUT.dump(handlers.get_instrument(instrument_id, self.db, self.law,
                                                           self.caller))
