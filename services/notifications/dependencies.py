"""The notifications service's own provider: the channel adapters and the retry policy, built
once from the configuration (``services/notifications/adapters/config.py``)."""
from nameko.extensions import DependencyProvider

from services.notifications.adapters.config import adapters_from, policy_from


class Channels:
    def __init__(self, adapters, policy):
        self.adapters, self.policy = adapters, policy


class ChannelsProvider(DependencyProvider):
    def setup(self):
        config = self.container.config
        self.channels = Channels(adapters_from(config), policy_from(config))

    def get_dependency(self, worker_ctx):
        return self.channels
