import pytest

from shared.config import SERVICES, db_uri, load_config


def test_each_service_has_its_own_database_and_port():
    configs = [load_config(service) for service in SERVICES]
    assert len({c["DB_URI"] for c in configs}) == 5
    assert len({c["WEB_SERVER_ADDRESS"] for c in configs}) == 5


def test_environment_overrides_the_database(monkeypatch):
    monkeypatch.setenv("CASES_DB_URI", "postgresql+psycopg2://postgres@db/cases")
    assert db_uri("cases") == "postgresql+psycopg2://postgres@db/cases"
    assert db_uri("notifications").startswith("sqlite:///")


def test_unknown_service_is_refused():
    with pytest.raises(ValueError, match="unknown service"):
        load_config("payments")
