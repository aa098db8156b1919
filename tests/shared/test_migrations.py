"""Every service's migrations build its database from nothing, on SQLite (the embedded default)
and on PostgreSQL (the ``databases`` fixture migrates those), and match the models."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from shared.config import SERVICES
from shared.migrate import main, platform_metadata, service_metadata, upgrade


def _drift(uri, service):
    engine = create_engine(uri)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn),
                                [platform_metadata(), service_metadata(service)])
    engine.dispose()
    return diff


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_on_sqlite_match_models(tmp_path, service):
    uri = f"sqlite:///{tmp_path}/var/{service}.db"  # var/ does not exist yet: upgrade makes it
    upgrade(service, uri)
    tables = set(inspect(create_engine(uri)).get_table_names())
    assert {"platform_outbox", "platform_inbox", "platform_audit"} <= tables
    assert _drift(uri, service) == []


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_on_postgresql_match_models(databases, service):
    assert _drift(databases[service], service) == []


def test_the_command_migrates_every_service_by_default(tmp_path, monkeypatch, capsys):
    for service in SERVICES:
        monkeypatch.setenv(f"{service.upper()}_DB_URI", f"sqlite:///{tmp_path}/var/{service}.db")
    assert main([]) == 0
    assert capsys.readouterr().out.count("migrated ") == len(SERVICES)
    assert sorted(p.name for p in (tmp_path / "var").iterdir() if p.suffix == ".db") == sorted(
        f"{service}.db" for service in SERVICES)


def test_the_command_refuses_an_unknown_service():
    with pytest.raises(SystemExit) as exited:
        main(["billing"])
    assert exited.value.code == 2
