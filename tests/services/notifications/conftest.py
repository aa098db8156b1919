"""Real channel servers for the notifications tests: a local SMTP server (aiosmtpd) and the
VNeID / SMS / fax gateway stand-in of deploy/notify-standins/gateway.py, each on a free port."""
import importlib.util
from pathlib import Path

import pytest

from tests.conftest import free_port

STANDIN = Path(__file__).resolve().parents[3] / "deploy" / "notify-standins" / "gateway.py"


def _standin():
    spec = importlib.util.spec_from_file_location("notify_gateway_standin", STANDIN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Mailbox:
    """An aiosmtpd handler keeping what it receives; recipients in ``unknown`` get 550."""

    def __init__(self):
        self.messages, self.unknown = [], set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes
        from email.policy import default
        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    """``(host, port, mailbox)`` of a real SMTP server running for the test."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield "127.0.0.1", port, mailbox
    controller.stop()


@pytest.fixture
def gateway():
    """``(base_url, gateway)`` of the VNeID / SMS / fax gateway stand-in."""
    port = free_port()
    server, state = _standin().serve("127.0.0.1", port)
    yield f"http://127.0.0.1:{port}", state
    server.shutdown()
    server.server_close()
