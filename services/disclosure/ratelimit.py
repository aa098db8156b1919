"""Rate limiting of the portal's search per client (issue 11 capability 5), as a nameko
DependencyProvider: one moving window per client address in the service's memory (``limits``),
``SEARCH_RATE_LIMIT`` in the config (e.g. ``120/minute``).

The client is the connection's address: behind a CDN or reverse proxy that address is the
proxy's, and the limit belongs there (the CDN also serves cached pages without asking us). One
process keeps its own windows; several replicas each allow the limit (a shared storage, e.g.
Redis through ``limits``, is the next step if that matters).
"""
import math
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from nameko.extensions import DependencyProvider


class ClientLimit:
    """The worker's view of the limiter."""

    def __init__(self, limiter, limit):
        self._limiter, self._limit = limiter, limit

    def hit(self, client):
        """``None`` if ``client`` may search now (the search is counted), else the seconds to
        wait before the next search is allowed."""
        if self._limiter.hit(self._limit, client):
            return None
        reset, _ = self._limiter.get_window_stats(self._limit, client)
        return max(1, math.ceil(reset - time.time()))


class SearchRateLimit(DependencyProvider):
    def setup(self):
        self.limit = parse(str(self.container.config.get("SEARCH_RATE_LIMIT", "120/minute")))
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    def get_dependency(self, worker_ctx):
        return ClientLimit(self.limiter, self.limit)
