"""The personnel handlers run without a broker (``handler_env`` in tests/conftest.py), with the
input as the entrypoints load it."""
import pytest

from shared.auth import Identity
from shared.validation import load

from services.personnel.handlers import authorities
from services.personnel.schemas import AUTHORITY_IN


class Personnel:
    """The personnel handlers with loaded input, on one ``HandlerEnv``."""

    def __init__(self, env):
        self.env = env

    def as_(self, role, authority):
        self.env.act_as(Identity(f"{role}@{authority}", role, authority))
        return self

    def register(self, data):
        env = self.env
        with env.unit_of_work() as uow:
            return authorities.register_authority(load(AUTHORITY_IN, data), uow, env.law,
                                                  env.caller)

    def get(self, authority_id):
        env = self.env
        with env.unit_of_work(read_only=True) as uow:
            return authorities.get_authority(authority_id, uow, env.law, env.caller)

    def rows(self, sql):
        return self.env.rows(sql)


@pytest.fixture
def personnel(handler_env):
    return Personnel(handler_env("personnel", role="administrator", authority="HN"))
