"""Auctions of seized property (Decree 62/2015 Art. 27, 31; Law Art. 101-104): announced,
sold or failed, paid or voided, handed over and paid out by the officers of the case's authority."""
from shared.entrypoints import rpc
from shared.validation import load, require_id

from services.property.handlers import auction_sales as sales
from services.property.handlers import auctions as handlers
from services.property.schemas import (ANNOUNCEMENT_IN, AUCTION_OUT, AUCTIONS_OUT, CO_OWNER_IN,
                                       HAND_OVER_IN, PAYMENT_IN, PAYOUT_IN, RESULT_IN, VOID_IN)


class AuctionEntrypoints:
    @rpc(permission="property.auction.manage")
    def announce_auction(self, announcement):
        """Announce the auction of seized items in descending order of value (Art. 27.3)."""
        data = load(ANNOUNCEMENT_IN, announcement, "auction announcement")
        return AUCTIONS_OUT.dump(handlers.announce_auction(data, self.db, self.law,
                                                           self.caller))

    @rpc(permission="property.auction.manage")
    def record_auction_result(self, result):
        """A lot sold or failed at auction (Art. 27.3; Law Art. 104)."""
        data = load(RESULT_IN, result, "auction result")
        return AUCTION_OUT.dump(handlers.record_auction_result(data, self.db, self.law,
                                                               self.caller))

    @rpc(permission="property.auction.manage")
    def sell_to_co_owner(self, sale):
        """A co-owner buys the debtor's share at the set price before the first auction
        (Art. 27.1)."""
        data = load(CO_OWNER_IN, sale, "co-owner sale")
        return AUCTION_OUT.dump(handlers.sell_to_co_owner(data, self.db, self.law, self.caller))

    @rpc(permission="property.auction.manage")
    def record_auction_payment(self, payment):
        """The buyer's payment; after the 30 days it voids the sale (Art. 27.3, 27.5)."""
        data = load(PAYMENT_IN, payment, "auction payment")
        return AUCTION_OUT.dump(sales.record_payment(data, self.db, self.law, self.caller))

    @rpc(permission="property.auction.manage")
    def void_unpaid_sale(self, request):
        """Void a sale unpaid after the 30 days; the deposit to the State budget (Art. 27.5)."""
        data = load(VOID_IN, request, "voiding of a sale")
        return AUCTION_OUT.dump(sales.void_unpaid_sale(data, self.db, self.law, self.caller))

    @rpc(permission="property.auction.manage")
    def hand_over_auctioned_property(self, hand_over):
        """The property handed over to the buyer; the proceeds to the ledger (Art. 27.3-27.4)."""
        data = load(HAND_OVER_IN, hand_over, "hand-over")
        return AUCTION_OUT.dump(sales.hand_over(data, self.db, self.law, self.caller))

    @rpc(permission="property.auction.manage")
    def record_auction_payout(self, payout):
        """The proceeds paid out to the creditors (Art. 27.4; Law Art. 47)."""
        data = load(PAYOUT_IN, payout, "payout")
        return AUCTION_OUT.dump(sales.record_payout(data, self.db, self.law, self.caller))

    @rpc(permission="property.auction.read", read_only=True)
    def get_auction(self, auction_id):
        """One lot, if it is of the caller's authority."""
        auction_id = require_id(auction_id, "auction_id")
        return AUCTION_OUT.dump(handlers.get_auction(auction_id, self.db, self.law, self.caller))

    @rpc(permission="property.auction.read", read_only=True)
    def list_auctions(self, case_id):
        """The lots of a case of the caller's authority."""
        case_id = require_id(case_id, "case_id")
        return AUCTIONS_OUT.dump(handlers.list_auctions(case_id, self.db, self.law,
                                                        self.caller))
