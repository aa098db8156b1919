"""Valuation and re-valuation of seized property (Decree 62/2015 Art. 17, 25, 26)."""
from shared.entrypoints import rpc
from shared.validation import load

from services.property.handlers import valuation as handlers
from services.property.schemas import (CONSULTATION_IN, CONSULTATION_OUT,
                                       DIFFERENCE_REQUEST_IN, DIFFERENCE_SETTLEMENT_IN,
                                       ESCALATION_IN, REVALUATION_IN, REVALUATION_OUT,
                                       VALUATION_IN, VALUATION_OUT,
                                       VALUING_BODY_CHOICE_IN, VALUING_BODY_CHOICE_OUT)


class ValuationEntrypoints:
    @rpc(permission="property.valuation.manage")
    def request_revaluation(self, request):
        """Decide a request to value again (Art. 17.1): refused with reasons, or accepted."""
        data = load(REVALUATION_IN, request, "revaluation request")
        return REVALUATION_OUT.dump(handlers.request_revaluation(data, self.db, self.law,
                                                                 self.caller))

    @rpc(permission="property.valuation.manage")
    def record_valuation(self, valuation):
        """The value set on seized property (Art. 17.2, 25, 26)."""
        data = load(VALUATION_IN, valuation, "valuation")
        return VALUATION_OUT.dump(handlers.record_valuation(data, self.db, self.law,
                                                            self.caller))

    @rpc(permission="property.valuation.manage")
    def request_difference(self, request):
        """Ask the recipient of the property to pay the difference (Art. 17.3)."""
        data = load(DIFFERENCE_REQUEST_IN, request, "difference request")
        return REVALUATION_OUT.dump(handlers.request_difference(data, self.db, self.law,
                                                                self.caller))

    @rpc(permission="property.valuation.manage")
    def settle_difference(self, settlement):
        """The difference paid in time, or the auction decided (Art. 17.3)."""
        data = load(DIFFERENCE_SETTLEMENT_IN, settlement, "difference settlement")
        return REVALUATION_OUT.dump(handlers.settle_difference(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="property.valuation.manage")
    def request_valuation_consultation(self, request):
        """Ask the finance authority for its opinion on a value (Art. 26.1)."""
        data = load(CONSULTATION_IN, request, "valuation consultation")
        return CONSULTATION_OUT.dump(handlers.request_consultation(data, self.db, self.law,
                                                                   self.caller))

    @rpc(permission="property.valuation.manage")
    def escalate_valuation_consultation(self, request):
        """No opinion in 15 days: the head turns to the People's Committee (Art. 26.1)."""
        data = load(ESCALATION_IN, request, "escalation")
        return CONSULTATION_OUT.dump(handlers.escalate_consultation(data, self.db, self.law,
                                                                    self.caller))

    @rpc(permission="property.valuation.manage")
    def choose_valuing_body(self, choice):
        """One step of choosing who values seized property, in order (Art. 25.1, 26.1)."""
        data = load(VALUING_BODY_CHOICE_IN, choice, "valuing body choice")
        return VALUING_BODY_CHOICE_OUT.dump(handlers.choose_valuing_body(data, self.db, self.law,
                                                                         self.caller))
