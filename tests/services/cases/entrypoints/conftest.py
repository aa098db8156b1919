"""The cases service in a nameko container, on RabbitMQ and PostgreSQL."""
import pytest
from sqlalchemy import create_engine, text

from services.cases.service import CasesService

TABLES = ("judgment", "party", "obligation", "enforcement_case", "platform_deadline",
          "platform_audit", "platform_outbox")


@pytest.fixture
def cases(start_service):
    return start_service(CasesService)


@pytest.fixture
def table_counts(databases):
    """``table_counts()`` -> {table: rows} of the cases database."""

    def count():
        engine = create_engine(databases["cases"])
        with engine.connect() as conn:
            counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                      for t in TABLES}
        engine.dispose()
        return counts

    return count


@pytest.fixture
def decided_case_id(cases, rpc_as):
    """A case of HN-01 (the default judgment and request) whose enforcement decision 1/QĐ was
    issued on 2026-11-23, through the service."""
    from tests.factories import judgment, request_for
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
    return case["id"]


@pytest.fixture
def decided_case_id(cases, rpc_as):
    """The id of a case of the default judgment whose enforcement decision was issued on Mon
    2026-11-23, made through the RPCs."""
    from tests.factories import judgment, request_for

    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
    return case["id"]
