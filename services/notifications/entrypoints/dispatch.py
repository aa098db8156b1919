"""Delivery as a process: a timer sends the notices due on an adapter's channel
(``handlers.dispatch``). The worker acts as the system (``system:notifications``)."""
from shared.auth import Identity
from shared.entrypoints import Timer
from shared.models import utcnow

from services.notifications.dependencies import ChannelsProvider
from services.notifications.handlers import dispatch as handlers

#: Seconds between two looks for due notices (an indexed query when none is due).
DISPATCH_INTERVAL = 1.0
SYSTEM = Identity(user="system:notifications", role="system", authority="system")


class DispatchTimer(Timer):
    """The platform's timer, whose worker acts as the notifications system (no token: nobody
    calls it), so its attempts and audit records name who made them."""

    def system_identity(self, worker_ctx):
        return SYSTEM


class DispatchEntrypoints:
    channels = ChannelsProvider()

    @DispatchTimer.decorator(interval=DISPATCH_INTERVAL)
    def dispatch_due_notices(self):
        """Send the notices due now through their channel's adapter; retry or escalate."""
        handlers.dispatch_due(utcnow(), self.db, self.law, self.caller, self.channels.adapters,
                              self.channels.policy)
