"""Channel adapters behind one interface (issue 10 capability 4).

An adapter sends one ``Message`` and answers with ``Sent`` (the channel accepted it for the
person) or raises ``ChannelRefused`` (permanent: unknown recipient, no such address — retrying
cannot help) or ``ChannelUnavailable`` (transient: the channel is down or timed out — retried
with backoff). ``handlers.dispatch`` decides what follows; adapters decide nothing legal.

- ``smtp.SmtpAdapter``: e-mail through an SMTP server (Decree Art. 12.2);
- ``gateway.GatewayAdapter``: VNeID, SMS and fax through an HTTP gateway with the contract of
  docs/api/notifications.md ("Channel adapters"); ``deploy/notify-standins/gateway.py`` plays it;
- ``PortalAdapter``: the agencies' portal (Art. 12.1) shows a person's notices through the
  ``inbox`` RPC, so publishing there is making the notice readable in it.

Post with its return receipt and in-person delivery are recorded by the officer
(``record_delivery``): no adapter sends them.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    #: stable per notice and try: a receiver may drop a duplicate (at-least-once sending)
    message_id: str
    channel: str
    party_id: str
    #: the e-mail address, fax or phone number of a 12.2 request; None for VNeID / the portal
    contact: str | None
    subject: str
    body: str


@dataclass(frozen=True)
class Sent:
    reference: str


class ChannelError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class ChannelRefused(ChannelError):
    """The channel will never deliver this message (escalate)."""


class ChannelUnavailable(ChannelError):
    """The channel could not be reached or answered too late (retry later)."""


class PortalAdapter:
    """The portal reads the person's inbox (``list_inbox``): the notice is published there."""

    channel = "portal"

    def send(self, message):
        return Sent(reference=f"inbox:{message.message_id}")


class Adapters:
    """The adapter of each channel; a channel without one refuses (so the notice escalates)."""

    def __init__(self, adapters):
        self._by_channel = {adapter.channel: adapter for adapter in adapters}

    def channels(self):
        return sorted(self._by_channel)

    def send(self, message):
        adapter = self._by_channel.get(message.channel)
        if adapter is None:
            raise ChannelRefused(f"no adapter for channel {message.channel!r}")
        return adapter.send(message)
