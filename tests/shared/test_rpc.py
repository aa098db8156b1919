"""In-service RPC calls have a time limit (nameko's own wait forever)."""
import eventlet
import pytest
from nameko.rpc import rpc as plain_rpc

from shared.entrypoints import rpc
from shared.errors import RpcTimeout
from shared.rpc import ServiceRpc
from shared.service import PlatformService

pytestmark = pytest.mark.integration


class Slow:
    name = "slow"

    @plain_rpc
    def answer(self, seconds):
        eventlet.sleep(seconds)
        return "late" if seconds else "on time"


class Asker(PlatformService):
    name = "asker"
    slow = ServiceRpc("slow", timeout=0.5)

    @rpc(permission="ask")
    def ask(self, seconds):
        return self.slow.answer(seconds)


def test_call_past_its_deadline_raises_a_typed_timeout(container_factory, service_config,
                                                      rpc_as):
    config = service_config("cases", ROLE_PERMISSIONS={"tester": ["ask"]})
    container_factory(Slow, config).start()
    container_factory(Asker, config).start()
    with rpc_as("tester") as proxy:
        assert proxy.asker.ask(0) == "on time"
        with pytest.raises(RpcTimeout) as err:
            proxy.asker.ask(3)
    assert err.value.details == {"service": "slow", "method": "answer"}
