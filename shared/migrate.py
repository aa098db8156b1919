"""Migrate service databases: ``python -m shared.migrate [service ...]`` (default: all five).

One alembic environment (``shared/migrations``) serves every service. Its versions come from two
branches in one history: ``shared/migrations/versions`` (the platform tables, in every database)
and ``services/<name>/migrations/versions`` (that service's own tables).
"""
import argparse
import importlib
import sys

from alembic import command
from alembic.config import Config

from shared.config import ROOT, SERVICES, db_uri
from shared.database import prepare_sqlite_file


def alembic_config(service, uri=None):
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "shared" / "migrations"))
    cfg.set_main_option("version_locations", " ".join([
        str(ROOT / "shared" / "migrations" / "versions"),
        str(ROOT / "services" / service / "migrations" / "versions")]))
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option("sqlalchemy.url", (uri or db_uri(service)).replace("%", "%%"))
    cfg.attributes["service"] = service
    return cfg


def platform_metadata():
    """Every platform table (their modules register them on PlatformBase when imported)."""
    import shared.calendar_overrides  # noqa: F401
    import shared.deadlines  # noqa: F401
    from shared.models import PlatformBase

    return PlatformBase.metadata


def service_metadata(service):
    return importlib.import_module(f"services.{service}.models").Base.metadata


def upgrade(service, uri=None):
    uri = uri or db_uri(service)
    prepare_sqlite_file(uri)
    command.upgrade(alembic_config(service, uri), "heads")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m shared.migrate")
    # argparse checks an empty "*" positional against choices as the list [], hence its place.
    parser.add_argument("services", nargs="*", choices=[[], *SERVICES], default=[],
                        help="default: all five")
    args = parser.parse_args(argv)
    for service in args.services or SERVICES:
        upgrade(service)
        print(f"migrated {service}: {db_uri(service).split('@')[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
