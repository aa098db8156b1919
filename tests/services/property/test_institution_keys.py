"""The institutions' HMAC keys come from the environment or a file outside the repository, never
from config.yaml (services/property/institutions.py)."""
import json

from shared.config import load_config

from services.property.directory import Directory
from services.property.institutions import keys_from_config


def test_keys_come_from_the_environment_as_json(monkeypatch):
    monkeypatch.setenv("PROPERTY_INSTITUTION_KEYS",
                       '{"bank-vcb": {"active": "k1", "keys": {"k1": "s:1"}}}')
    keys = keys_from_config(load_config("property"))
    assert keys == {"bank-vcb": {"active": "k1", "keys": {"k1": "s:1"}}}


def test_keys_come_from_a_file_and_the_environment_wins(monkeypatch, tmp_path):
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"vsdc": {"active": "a", "keys": {"a": "file"}},
                                "bank-vcb": {"active": "a", "keys": {"a": "file"}}}))
    monkeypatch.setenv("PROPERTY_INSTITUTION_KEYS_FILE", str(path))
    monkeypatch.setenv("PROPERTY_INSTITUTION_KEYS",
                       '{"bank-vcb": {"active": "b", "keys": {"b": "env"}}}')
    keys = keys_from_config(load_config("property"))
    assert keys["vsdc"]["keys"] == {"a": "file"} and keys["bank-vcb"]["keys"] == {"b": "env"}


def test_the_repository_config_holds_no_keys_and_an_unkeyed_institution_is_unusable(
        monkeypatch):
    monkeypatch.delenv("PROPERTY_INSTITUTION_KEYS", raising=False)
    monkeypatch.delenv("PROPERTY_INSTITUTION_KEYS_FILE", raising=False)
    config = load_config("property")
    assert keys_from_config(config) == {}
    directory = Directory(config["INSTITUTIONS"], keys_from_config(config))
    assert set(directory.institutions) == {"bank-vcb", "bank-bidv", "treasury", "vsdc"}
    assert directory.usable() == []
