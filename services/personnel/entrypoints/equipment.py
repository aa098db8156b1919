"""Cards, uniforms and insignia: administrators record cards issued, returned and lost, and
issue uniform items within their allocation; administrators and heads read them."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.personnel.handlers import equipment as handlers
from services.personnel.schemas.equipment import (CARD_IN, CARD_LOST_IN, CARD_OUT,
                                                  CARD_RETURN_IN, CARDS_OUT, INSIGNIA_OUT,
                                                  INSIGNIA_QUERY_IN, UNIFORM_ISSUE_IN,
                                                  UNIFORM_ISSUE_OUT)


class EquipmentEntrypoints:
    @rpc(permission="personnel.equipment.issue")
    def issue_card(self, card):
        """Record a card issued for the rank held (Decree Art. 73)."""
        data = load(CARD_IN, card, "card")
        return CARD_OUT.dump(handlers.issue_card(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.equipment.issue")
    def return_card(self, returned):
        """Record a card returned (Decree Art. 73.1)."""
        data = load(CARD_RETURN_IN, returned, "returned")
        return CARD_OUT.dump(handlers.return_card(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.equipment.issue")
    def report_card_lost(self, loss):
        """Record a card lost and reported to the police (Decree Art. 73.1)."""
        data = load(CARD_LOST_IN, loss, "loss")
        return CARD_OUT.dump(handlers.report_card_lost(data, self.db, self.law, self.caller))

    @rpc(permission="personnel.officer.read", read_only=True)
    def list_cards(self, officer_id):
        """An official's cards, those to return flagged."""
        officer_id = require_id(officer_id, "officer_id")
        return CARDS_OUT.dump(handlers.list_cards(officer_id, self.db, self.law, self.caller))

    @rpc(permission="personnel.equipment.issue")
    def issue_uniform(self, issue):
        """Issue a uniform item or insignia within its allocation, or refuse (Decree Art. 83)."""
        data = load(UNIFORM_ISSUE_IN, issue, "issue")
        return UNIFORM_ISSUE_OUT.dump(handlers.issue_uniform(data, self.db, self.law,
                                                             self.caller))

    @rpc(permission="personnel.officer.read", read_only=True)
    def get_insignia(self, query):
        """The insignia an official wears on a day by rank and post (Decree Art. 81)."""
        data = load(INSIGNIA_QUERY_IN, query, "query")
        return INSIGNIA_OUT.dump(handlers.get_insignia(data, self.db, self.law, self.caller))
