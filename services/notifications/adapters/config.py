"""The adapters and the retry policy, from the service's configuration (config.yaml)."""
from dataclasses import dataclass

from services.notifications.adapters import Adapters, PortalAdapter
from services.notifications.adapters.smtp import SmtpAdapter
from services.notifications.adapters.gateway import GatewayAdapter

GATEWAY_CHANNELS = ("vneid", "sms", "fax")


@dataclass(frozen=True)
class DeliveryPolicy:
    """Operational numbers, not law: how many sends per channel, the backoff, the batch."""

    max_tries: int = 3
    retry_seconds: int = 60
    retry_max_seconds: int = 3600
    batch: int = 20


def adapters_from(config):
    """The adapters the configuration names: SMTP when ``SMTP_HOST`` is set, the gateway
    channels when ``NOTIFY_GATEWAY_URL`` is set, the portal always."""
    timeout = float(config.get("CHANNEL_TIMEOUT_SECONDS") or 10)
    adapters = [PortalAdapter()]
    if config.get("SMTP_HOST"):
        adapters.append(SmtpAdapter(config["SMTP_HOST"], config.get("SMTP_PORT") or 25,
                                    config.get("SMTP_FROM") or "thongbao@thads.local", timeout))
    if config.get("NOTIFY_GATEWAY_URL"):
        adapters += [GatewayAdapter(channel, config["NOTIFY_GATEWAY_URL"], timeout)
                     for channel in GATEWAY_CHANNELS]
    return Adapters(adapters)


def policy_from(config):
    return DeliveryPolicy(
        max_tries=int(config.get("DELIVERY_MAX_TRIES") or 3),
        retry_seconds=int(config.get("DELIVERY_RETRY_SECONDS") or 60),
        retry_max_seconds=int(config.get("DELIVERY_RETRY_MAX_SECONDS") or 3600),
        batch=int(config.get("DELIVERY_BATCH") or 20))
