"""Delivery as a process for the channels an adapter sends (Decree 62/2015 Art. 12.1-12.2):
the legal basis of an electronic delivery, and what follows a failed send. Pure functions.

The retry policy (how many tries, how long between them) is operational, not law: it comes from
the service's configuration (``DELIVERY_*``), never from ``legal_parameters.yaml``.
"""
from services.notifications.rules.channels import CONSENT_BASIS

#: What the dispatcher does after a failed send.
RETRY, ESCALATE = "retry", "escalate"

#: Legal basis of an escalation: the chosen channel failed, the Law's channels apply.
ESCALATED = ("Decree 62/2015 Art. 12.1; Law Art. 40-42 (the chosen channel failed: "
             "the Law's channels)")


def electronic_delivery_basis(channel):
    """Decree Art. 12.1 (VNeID, portal: with the person's consent) and 12.2 (e-mail, fax, SMS:
    at the person's request): a notice the channel accepted for the person is delivered on the
    day it accepted it. The decree does not say when such a notice becomes valid; the day of
    delivery is our reading (confidence: check)."""
    return f"{CONSENT_BASIS[channel]}; delivered by the channel"


def after_failure(tries, max_tries, permanent):
    """A failed send is retried while the channel may recover (a timeout, the channel down) and
    tries remain; a permanent refusal (unknown recipient, no such address, no adapter) or the
    last try escalates to the next channel (``channels.escalation``): a notice is never
    dropped. ``tries`` counts the sends made on this channel, this one included."""
    if permanent or tries >= max_tries:
        return ESCALATE
    return RETRY


def retry_delay_seconds(tries, base_seconds, max_seconds):
    """Exponential backoff: ``base``, ``2 x base``, ``4 x base``... after the 1st, 2nd, 3rd
    failed try, at most ``max_seconds``."""
    return min(base_seconds * 2 ** max(tries - 1, 0), max_seconds)
