"""VNeID, SMS and fax through an HTTP gateway (Decree 62/2015 Art. 12.1-12.2).

The contract (docs/api/notifications.md, "Channel adapters"): ``POST {base}/{channel}/messages``
with JSON ``{message_id, party_id, contact, subject, body}``; ``200``/``202`` with
``{"reference": ...}`` when the channel accepted it for the person; ``404`` or ``422`` when it
never will (no e-ID account, no such number): refused; anything else, or no answer within the
timeout: unavailable (retried). The same ``message_id`` sent twice is one message.
"""
import requests

from services.notifications.adapters import ChannelRefused, ChannelUnavailable, Sent


class GatewayAdapter:
    def __init__(self, channel, base_url, timeout=10.0):
        self.channel, self.base_url, self.timeout = channel, base_url.rstrip("/"), timeout

    def send(self, message):
        body = {"message_id": message.message_id, "party_id": message.party_id,
                "contact": message.contact, "subject": message.subject, "body": message.body}
        try:
            answer = requests.post(f"{self.base_url}/{self.channel}/messages", json=body,
                                   timeout=self.timeout)
        except requests.RequestException as exc:
            raise ChannelUnavailable(f"{self.channel} gateway unreachable: "
                                     f"{type(exc).__name__}") from None
        if answer.status_code in (200, 202):
            return Sent(reference=str(answer.json().get("reference") or message.message_id))
        if answer.status_code in (404, 422):
            raise ChannelRefused(f"{self.channel} refused the message ({answer.status_code})")
        raise ChannelUnavailable(f"{self.channel} gateway answered {answer.status_code}")
