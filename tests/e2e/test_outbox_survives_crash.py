"""Killing ``cases`` right after a commit does not lose the decision's event.

The first ``cases`` process runs with its relay switched off, so it stands for a process that
dies between committing and publishing; it is killed with SIGKILL (no shutdown code runs) as soon
as the decision RPC has answered. A new process starts with the relay on and publishes the
waiting event; ``notifications`` then records the notices.
"""
import signal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from services.notifications.service import NotificationsService
from tests.conftest import IDENTITY_CONFIG, free_port, run_nameko, wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def start_cases(rabbit_config, db_uri, log_path, relay):
    address = f"127.0.0.1:{free_port()}"
    env = {"AMQP_URI": rabbit_config["AMQP_URI"], "CASES_DB_URI": db_uri,
           "CASES_WEB_ADDRESS": address, **IDENTITY_CONFIG,
           "OUTBOX_RELAY": "true" if relay else "false", "OUTBOX_POLL_SECONDS": "0.2"}
    return run_nameko("services.cases.service:CasesService", "services/cases/config.yaml", env,
                      log_path, address)


def pending_events(uri):
    engine = create_engine(uri)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT routing_key, published_at FROM platform_outbox ORDER BY id")).all()
    engine.dispose()
    return rows


def test_relay_publishes_after_restart(container_factory, service_config, rpc_as,
                                       rabbit_config, tmp_path):
    notifications = container_factory(NotificationsService, service_config("notifications"))
    notifications.start()
    cases_db = service_config("cases")["DB_URI"]
    log_path = tmp_path / "cases.log"

    first = start_cases(rabbit_config, cases_db, log_path, relay=False)
    try:
        with rpc_as("court_system") as rpc:
            received = rpc.cases.receive_judgment(judgment())
        with rpc_as("head_of_authority") as rpc:
            case = rpc.cases.submit_request(request_for(received["id"]))
            rpc.cases.issue_enforcement_decision(
                {"case_id": case["id"], "number": "7/QĐ-CCTHADS", "issued_on": "2026-11-23"})
        first.send_signal(signal.SIGKILL)  # committed, not yet published
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()

    assert [(key, published) for key, published in pending_events(cases_db)] == [
        ("enforcement_case.opened", None), ("enforcement_decision.issued", None)]
    with rpc_as("enforcement_officer") as rpc:
        assert rpc.notifications.list_notices(case["id"]) == []

    second = start_cases(rabbit_config, cases_db, log_path, relay=True)
    try:
        with rpc_as("enforcement_officer") as rpc:
            notices = wait_for(lambda: rpc.notifications.list_notices(case["id"]),
                               message="notices after the restart")
        assert sorted(n["party_id"] for n in notices) == ["P1", "P2"]
        assert all(published is not None for _, published in pending_events(cases_db))
    finally:
        second.terminate()
        second.wait(timeout=15)
