"""Calls from one service to another, always with a time limit.

nameko's ``RpcProxy`` waits for a reply forever: one stuck service would hold every worker that
calls it. ``ServiceRpc("personnel")`` is the same proxy with a deadline
(``RPC_TIMEOUT_SECONDS``, default 10, or ``timeout=`` per provider); past it the caller gets a
typed ``RpcTimeout`` naming the service and method. Prefer events for facts; use this for a
question whose answer the caller needs now.
"""
import eventlet
from nameko.rpc import RpcProxy

from shared import remote_errors  # noqa: F401 (typed errors arrive as themselves)
from shared.errors import RpcTimeout


class _TimedService:
    def __init__(self, proxy, service_name, timeout):
        self._proxy, self._service, self._timeout = proxy, service_name, timeout

    def __getattr__(self, method):
        method_proxy = getattr(self._proxy, method)

        def call(*args, **kwargs):
            reply = method_proxy.call_async(*args, **kwargs)
            try:
                with eventlet.Timeout(self._timeout):
                    return reply.result()
            except eventlet.Timeout:
                raise RpcTimeout(f"{self._service}.{method} did not answer within "
                                 f"{self._timeout} s", {"service": self._service,
                                                        "method": method})

        return call


class ServiceRpc(RpcProxy):
    def __init__(self, target_service, timeout=None, **options):
        super().__init__(target_service, **options)
        self.timeout = timeout

    def get_dependency(self, worker_ctx):
        timeout = self.timeout or float(worker_ctx.config.get("RPC_TIMEOUT_SECONDS", 10))
        return _TimedService(super().get_dependency(worker_ctx), self.target_service, timeout)
