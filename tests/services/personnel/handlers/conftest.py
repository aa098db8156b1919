"""The personnel handlers run without a broker (``handler_env`` in tests/conftest.py), with the
input as the entrypoints load it."""
import pytest

from shared.validation import load

from services.personnel.handlers import authorities
from services.personnel.schemas import AUTHORITY_IN
from tests.handlers import HandlerDriver


class Personnel(HandlerDriver):
    """The personnel handlers with loaded input, on one ``HandlerEnv``."""

    def register(self, data):
        return self.run(authorities.register_authority, load(AUTHORITY_IN, data))

    def get(self, authority_id):
        return self.run(authorities.get_authority, authority_id, read_only=True)


@pytest.fixture
def personnel(handler_env):
    return Personnel(handler_env("personnel", role="administrator", authority="HN"))
