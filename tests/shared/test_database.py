"""Engines on the real PostgreSQL: pooled connections that died are replaced, not handed out."""
import psycopg2
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from shared.database import make_engine
from shared.entrypoints import rpc
from shared.service import PlatformService
from tests.conftest import PG_ADMIN

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


class Reader(PlatformService):
    name = "reader"

    @rpc(permission="thing.read", read_only=True)
    def read(self):
        return self.db.session.scalar(text("SELECT 1"))

    @rpc(permission="thing.read")
    def write(self):
        return self.db.session.scalar(text("SELECT 2"))


def connections_to(database):
    admin = psycopg2.connect(PG_ADMIN)
    with admin.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,))
        count = cur.fetchone()[0]
    admin.close()
    return count


def test_a_killed_container_closes_both_pools(container_factory, service_config, rpc_as):
    # nameko kills containers on a fatal error (and in its fixtures); a kill must not leak.
    config = service_config("cases", ROLE_PERMISSIONS={"tester": ["thing.read"]})
    database = config["DB_URI"].rsplit("/", 1)[-1]
    container = container_factory(Reader, config)
    container.start()
    with rpc_as("tester") as call:
        assert (call.reader.read(), call.reader.write()) == (1, 2)
    assert connections_to(database) >= 2
    container.kill()
    assert connections_to(database) == 0
