"""Engines on the real PostgreSQL: pooled connections that died are replaced, not handed out."""
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from shared.database import make_engine

pytestmark = pytest.mark.integration


def backend_pid(engine):
    with engine.connect() as conn:
        return conn.execute(text("SELECT pg_backend_pid()")).scalar()


def terminate(engine, pid):
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        conn.commit()


@pytest.fixture
def uri(databases):
    return databases["cases"]


def test_a_connection_idle_past_the_limit_is_pinged_and_replaced(uri):
    engine, admin = make_engine(uri, ping_after_idle=0.0), make_engine(uri)
    dead = backend_pid(engine)
    terminate(admin, dead)
    assert backend_pid(engine) != dead  # the ping found it dead; the pool reconnected
    engine.dispose()
    admin.dispose()


def test_a_connection_killed_while_in_use_costs_one_request_then_the_pool_recovers(uri):
    engine, admin = make_engine(uri, ping_after_idle=3600.0), make_engine(uri)
    dead = backend_pid(engine)
    terminate(admin, dead)
    with pytest.raises(DBAPIError) as err:
        backend_pid(engine)  # returned a moment ago: not pinged, the query finds it dead
    assert err.value.connection_invalidated
    assert backend_pid(engine) != dead
    engine.dispose()
    admin.dispose()
