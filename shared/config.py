"""Service configuration: nameko YAML with ``${ENV_VAR:default}`` overrides.

Which services exist is ``platform.yaml``'s list. Each service has ``services/<name>/config.yaml``; its database URI comes from ``<NAME>_DB_URI``
(one database per service), defaulting to an SQLite file under ``var/``.
"""
from pathlib import Path

import yaml
from nameko.cli.main import setup_yaml_parser

ROOT = Path(__file__).resolve().parent.parent


def _services():
    """The service names of ``platform.yaml`` (the one list; shared/ names no service)."""
    with open(ROOT / "platform.yaml") as fh:
        return tuple(yaml.safe_load(fh)["services"])


SERVICES = _services()

setup_yaml_parser()


def config_path(service):
    return ROOT / "services" / service / "config.yaml"


def load_config(service, path=None):
    """Read a service's config with environment overrides applied (as ``nameko run`` does)."""
    if service not in SERVICES:
        raise ValueError(f"unknown service {service!r}; one of {', '.join(SERVICES)}")
    with open(path or config_path(service)) as fh:
        return yaml.safe_load(fh)


def db_uri(service):
    """The database URI a service uses, resolved exactly as its config resolves it."""
    return load_config(service)["DB_URI"]
