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
