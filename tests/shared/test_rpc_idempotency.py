"""Issue 7, items 7 and 9, through the real broker and PostgreSQL.

7: a command carries an idempotency key (``request_id`` in the context data); a repeat gets the
   stored reply and has no second effect, even when the process is SIGKILLed between its commit
   and the ack of the request (the broker then delivers it again to the next process).
9: database errors reach callers, the log and HTTP clients as typed errors without SQL or values.
"""
import logging
import signal
from contextlib import contextmanager
from pathlib import Path

import eventlet
import pytest
import requests
import yaml
from nameko.standalone.rpc import ClusterRpcProxy

from shared.errors import Conflict, ServiceUnavailable, ValidationError
from tests.conftest import free_port, rows, run_nameko, wait_for
from tests.shared.rpc_probe import Probe

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SQL_WORDS = ("SELECT", "INSERT", "OFFSET", "platform_", "[SQL", "parameters")


@pytest.fixture
def probe_config(service_config):
    return service_config("cases", ROLE_PERMISSIONS={"tester": ["probe.write"],
                                                     "court_system": ["probe.write"]},
                          OUTBOX_RELAY=False)


@pytest.fixture
def probe(container_factory, probe_config):
    container = container_factory(Probe, probe_config)
    container.start()
    return container


@pytest.fixture
def call(rabbit_config, token):
    """``with call("tester", request_id="r-1") as rpc: rpc.probe.record(...)``"""

    @contextmanager
    def open_proxy(role="tester", request_id=None, timeout=15):
        data = {"identity": token(role)}
        if request_id is not None:
            data["request_id"] = request_id
        with ClusterRpcProxy({"AMQP_URI": rabbit_config["AMQP_URI"]}, context_data=data,
                             timeout=timeout) as proxy:
            yield proxy

    return open_proxy


def audit_rows(uri):
    return rows(uri, "SELECT subject_id FROM platform_audit ORDER BY id")


# Item 7: the idempotency key -------------------------------------------------------------------

def test_a_repeated_request_id_returns_the_stored_reply_without_a_second_row(probe, call,
                                                                             databases):
    uri = databases["cases"]
    with call(request_id="r-1") as rpc:
        first = rpc.probe.record("a", details={"amount": 5})
    with call(request_id="r-1") as rpc:  # the caller's retry, on a new connection
        again = rpc.probe.record("a", details={"amount": 5})
    assert again == first
    assert audit_rows(uri) == [{"subject_id": "a"}]
    stored = rows(uri, "SELECT entrypoint, caller, request_id FROM platform_rpc_request")
    assert stored == [{"entrypoint": "probe.record", "caller": "tester@HN-01",
                       "request_id": "r-1"}]

    with call(request_id="r-1") as rpc, pytest.raises(Conflict) as err:
        rpc.probe.record("b")  # same key, other payload
    assert list(err.value.details) == ["request_id"]
    with call(request_id="r-2") as rpc:
        assert rpc.probe.record("a", details={"amount": 5})["row"] != first["row"]
    assert len(audit_rows(uri)) == 2


def test_the_key_is_per_caller_and_a_failed_command_stores_nothing(probe, call, databases):
    uri = databases["cases"]
    with call("tester", request_id="same") as rpc:
        rpc.probe.record("t")
    with call("court_system", request_id="same") as rpc:
        rpc.probe.record("t")  # another caller's key: a different request
    assert len(audit_rows(uri)) == 2
    with call(request_id="dup-inbox") as rpc, pytest.raises(Conflict):
        rpc.probe.duplicate_inbox("m")
    assert rows(uri, "SELECT count(*) AS n FROM platform_rpc_request")[0]["n"] == 2


def test_without_a_key_commands_run_and_a_malformed_key_is_refused(probe, call, databases):
    with call() as rpc:
        rpc.probe.record("x")
        rpc.probe.record("x")
    assert len(audit_rows(databases["cases"])) == 2
    for bad in ("", "k" * 65, "a\x00b", 7):
        with call(request_id=bad) as rpc, pytest.raises(ValidationError) as err:
            rpc.probe.record("y")
        assert list(err.value.fields) == ["request_id"]


def test_roles_listed_in_the_config_must_send_a_key(container_factory, probe_config, call):
    container_factory(Probe, {**probe_config,
                              "REQUEST_ID_REQUIRED_ROLES": ["court_system"]}).start()
    with call("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.probe.record("z")
    assert err.value.fields == {"request_id": ["required"]}
    with call("court_system", request_id="k-1") as rpc:
        rpc.probe.record("z")
    with call("court_system") as rpc:
        assert rpc.probe.count() == 1  # reads need no key
    with call("tester") as rpc:
        rpc.probe.record("z")


def test_concurrent_deliveries_of_one_request_have_one_effect(probe, call, databases):
    def send(_):
        with call(request_id="race") as rpc:
            return rpc.probe.record("r")

    replies = list(eventlet.GreenPool(8).imap(send, range(8)))
    assert all(reply == replies[0] for reply in replies)
    assert audit_rows(databases["cases"]) == [{"subject_id": "r"}]


def start_probe(config, log_path, pause_marker=None):
    config_path = log_path.with_suffix(".yaml")
    config_path.write_text(yaml.safe_dump(config))
    env = {"PLATFORM_FAULT_PAUSE_AFTER_COMMIT": str(pause_marker) if pause_marker else ""}
    return run_nameko("tests.shared.rpc_probe:Probe", config_path, env, log_path,
                      config["WEB_SERVER_ADDRESS"])


@pytest.mark.parametrize("request_id", ["kill-9", None], ids=["with-key", "without-key"])
def test_a_command_killed_between_commit_and_ack_is_applied_once(probe_config, call, databases,
                                                                tmp_path, request_id):
    """Without a key the redelivered request runs again (the bug of issue 7, item 7, which is
    what every command did before the key existed); with one it is answered from the store."""
    uri, marker = databases["cases"], tmp_path / "committed"
    config = {**probe_config, "WEB_SERVER_ADDRESS": f"127.0.0.1:{free_port()}"}
    first = start_probe(config, tmp_path / "probe.log", pause_marker=marker)
    try:
        def command():
            with call(request_id=request_id, timeout=60) as rpc:
                return rpc.probe.record("once")

        caller = eventlet.spawn(command)
        wait_for(marker.exists, timeout=20, message="the commit")
        assert audit_rows(uri) == [{"subject_id": "once"}]  # committed, not replied, not acked
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()

    # The broker hands the unacknowledged request to the next process, which answers it.
    config["WEB_SERVER_ADDRESS"] = f"127.0.0.1:{free_port()}"
    second = start_probe(config, tmp_path / "probe.log")
    try:
        reply = caller.wait()
        assert reply["name"] == "once"
        if request_id is None:
            assert audit_rows(uri) == [{"subject_id": "once"}] * 2  # applied twice
            return
        assert audit_rows(uri) == [{"subject_id": "once"}]
        with call(request_id=request_id) as rpc:  # and the caller's own retry, later
            assert rpc.probe.record("once") == reply
        assert audit_rows(uri) == [{"subject_id": "once"}]
    finally:
        second.terminate()
        second.wait(timeout=15)


# Item 9: no SQL, parameters or personal data in errors ------------------------------------------

def assert_no_sql(text):
    for word in SQL_WORDS:
        assert word not in text, (word, text)


def test_a_broken_unique_key_is_a_conflict_naming_the_constraint(probe, call):
    with call() as rpc, pytest.raises(Conflict) as err:
        rpc.probe.duplicate_inbox("Nguyen Van A")
    assert err.value.details == {"constraint": "platform_inbox_consumer_message_id_key"}
    assert "Nguyen" not in str(err.value)


def test_a_data_error_is_a_validation_error_without_sql(probe, call, caplog):
    with caplog.at_level(logging.INFO), call() as rpc, pytest.raises(ValidationError) as err:
        rpc.probe.huge_offset(10**20)
    assert_no_sql(str(err.value))
    assert str(10**21) not in caplog.text  # engines hide parameters from the log too


def test_a_lost_database_is_service_unavailable(probe, call):
    with call() as rpc:
        with pytest.raises(ServiceUnavailable) as err:
            rpc.probe.lose_connection()
        assert_no_sql(str(err.value))
        assert rpc.probe.record("after")["name"] == "after"  # the pool recovers


def test_http_errors_are_generic_json_without_sql(probe, probe_config):
    base = f"http://{probe_config['WEB_SERVER_ADDRESS']}"
    response = requests.get(f"{base}/probe", params={"page": str(10**20)}, timeout=5)
    assert response.status_code == 400 and response.json()["error"] == "validation_error"
    assert_no_sql(response.text)
    assert str(10**21) not in response.text
    response = requests.get(f"{base}/probe", params={"page": "x"}, timeout=5)  # a plain bug
    assert response.status_code == 500
    assert set(response.json()) == {"error", "reference"}
    assert "Traceback" not in response.text and "ValueError" not in response.text
