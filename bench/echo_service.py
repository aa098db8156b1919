"""E: the bare nameko service: plain ``nameko.rpc``, no dependency providers."""
from nameko.rpc import rpc


class EchoService:
    name = "bench_echo"

    @rpc
    def echo(self, x):
        return x
