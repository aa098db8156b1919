"""The channel adapters against real servers: e-mail through a real SMTP server (aiosmtpd), VNeID
and SMS through the gateway stand-in (deploy/notify-standins/gateway.py); each answers ``Sent``,
or raises ``ChannelRefused`` (permanent) or ``ChannelUnavailable`` (transient)."""
import pytest

from services.notifications.adapters import (
    Adapters, ChannelRefused, ChannelUnavailable, Message, PortalAdapter)
from services.notifications.adapters.config import adapters_from, policy_from
from services.notifications.adapters.gateway import GatewayAdapter
from services.notifications.adapters.smtp import SmtpAdapter
from tests.conftest import free_port


def message(channel="email", contact="a@example.vn", message_id="n-1.1"):
    return Message(message_id=message_id, channel=channel, party_id="P1", contact=contact,
                   subject="Thông báo / Notice", body="Kính gửi: Nguyễn A\n\n---\n\nTo: Nguyễn A\n")


def test_smtp_adapter_delivers_through_a_real_smtp_server(smtp_server):
    host, port, mailbox = smtp_server
    sent = SmtpAdapter(host, port, "thongbao@thads.local", timeout=5).send(message())
    [mail] = mailbox.messages
    assert (mail["To"], mail["From"], mail["Subject"]) == (
        "a@example.vn", "thongbao@thads.local", "Thông báo / Notice")
    assert mail["X-Notice-Id"] == "n-1.1" and mail["Message-ID"] == sent.reference
    assert "Kính gửi: Nguyễn A" in mail.get_content()


def test_smtp_adapter_an_unknown_mailbox_is_refused(smtp_server):
    host, port, mailbox = smtp_server
    mailbox.unknown.add("nobody@example.vn")
    with pytest.raises(ChannelRefused) as raised:
        SmtpAdapter(host, port, "thongbao@thads.local", timeout=5).send(
            message(contact="nobody@example.vn"))
    assert "550" in raised.value.reason
    assert mailbox.messages == []


def test_smtp_adapter_a_server_down_is_unavailable():
    with pytest.raises(ChannelUnavailable):
        SmtpAdapter("127.0.0.1", free_port(), "thongbao@thads.local", timeout=2).send(message())


@pytest.mark.parametrize("channel", ["vneid", "sms"])
def test_gateway_adapter_delivers_to_the_standin(gateway, channel):
    url, state = gateway
    sent = GatewayAdapter(channel, url, timeout=5).send(message(channel, contact="0912345678"))
    assert sent.reference == f"{channel}-1"
    [received] = state.received[channel]
    assert (received["party_id"], received["message_id"], received["body"]) == (
        "P1", "n-1.1", "Kính gửi: Nguyễn A\n\n---\n\nTo: Nguyễn A\n")


def test_gateway_adapter_the_same_message_twice_is_one_message(gateway):
    url, state = gateway
    adapter = GatewayAdapter("vneid", url, timeout=5)
    assert adapter.send(message("vneid")) == adapter.send(message("vneid"))
    assert len(state.received["vneid"]) == 1


def test_gateway_adapter_an_unknown_recipient_is_refused_and_a_failure_unavailable(gateway):
    url, state = gateway
    adapter = GatewayAdapter("vneid", url, timeout=5)
    state.unknown = {"P1"}
    with pytest.raises(ChannelRefused):
        adapter.send(message("vneid"))
    state.unknown, state.fail_next = set(), 1
    with pytest.raises(ChannelUnavailable):
        adapter.send(message("vneid"))
    assert adapter.send(message("vneid")).reference == "vneid-1"


def test_gateway_adapter_no_gateway_is_unavailable():
    with pytest.raises(ChannelUnavailable):
        GatewayAdapter("vneid", f"http://127.0.0.1:{free_port()}", timeout=2).send(
            message("vneid"))


def test_adapters_from_config_and_a_channel_without_adapter_refuses(smtp_server, gateway):
    host, port, _ = smtp_server
    adapters = adapters_from({"SMTP_HOST": host, "SMTP_PORT": str(port),
                              "NOTIFY_GATEWAY_URL": gateway[0]})
    assert adapters.channels() == ["email", "fax", "portal", "sms", "vneid"]
    assert adapters_from({}).channels() == ["portal"]
    with pytest.raises(ChannelRefused):
        Adapters([PortalAdapter()]).send(message("fax"))
    assert policy_from({"DELIVERY_MAX_TRIES": "5"}).max_tries == 5


@pytest.fixture
def silent_port():
    """A port that accepts connections and never answers (a channel that hangs)."""
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock.getsockname()[1]


def test_a_channel_that_times_out_is_unavailable(silent_port):
    """Issue 10: an attempt that times out is a transient failure (retried, then escalated)."""
    with pytest.raises(ChannelUnavailable):
        SmtpAdapter("127.0.0.1", silent_port, "thongbao@thads.local", timeout=0.5).send(
            message())
    with pytest.raises(ChannelUnavailable) as raised:
        GatewayAdapter("vneid", f"http://127.0.0.1:{silent_port}", timeout=0.5).send(
            message("vneid"))
    assert "Timeout" in raised.value.reason
