"""The ``Institutions`` provider: the directory of institutions and their signing keys, read
once at start from ``INSTITUTIONS`` and ``INSTITUTION_KEYS`` (a mapping, or JSON text from the
environment) or ``INSTITUTION_KEYS_FILE`` (a JSON file outside the repository)."""
import json
from pathlib import Path

from nameko.extensions import DependencyProvider

from services.property.directory import Directory


def keys_from_config(config):
    keys = config.get("INSTITUTION_KEYS") or {}
    if isinstance(keys, str):
        keys = json.loads(keys) if keys.strip() else {}
    path = config.get("INSTITUTION_KEYS_FILE")
    if path:
        keys = {**json.loads(Path(path).read_text(encoding="utf-8")), **keys}
    return keys


class Institutions(DependencyProvider):
    def setup(self):
        config = self.container.config
        self.directory = Directory(config.get("INSTITUTIONS") or {}, keys_from_config(config))

    def get_dependency(self, worker_ctx):
        return self.directory
