"""Delivery: an officer records an attempt to deliver a notice and its outcome."""
from shared.entrypoints import rpc
from shared.validation import load

from services.notifications.handlers import delivery as handlers
from services.notifications.schemas import DELIVERY_IN, NOTICE_OUT


class DeliveryEntrypoints:
    @rpc(permission="notifications.delivery.record")
    def record_delivery(self, attempt):
        """Record an attempt to deliver a notice in person or by post and its outcome (Law
        Art. 40; Decree 62/2015 Art. 12.4); returns the notice with its attempts."""
        data = load(DELIVERY_IN, attempt, "delivery attempt")
        return NOTICE_OUT.dump(handlers.record_delivery(data, self.db, self.law, self.caller))
