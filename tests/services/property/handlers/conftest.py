"""The property handlers run without a broker (``handler_env`` in tests/conftest.py), with the
input as the entrypoints load it."""
import pytest

from shared.events import validate_envelope
from shared.validation import load

from services.property.handlers import cases, coercion, items
from services.property.schemas import PROPERTY_IN, TIME_IN

from tests.services.property.conftest import case_opened
from tests.handlers import HandlerDriver


class Property(HandlerDriver):
    """The property handlers with loaded input, on one ``HandlerEnv``."""

    def case_opened(self, **kwargs):
        """``cases`` opened a case: the envelope as the platform hands it over, validated."""
        return self.run(cases.record_case_opened, validate_envelope(case_opened(**kwargs)))

    def record(self, item):
        return self.run(items.record_property, load(PROPERTY_IN, item))

    def list(self, case_id):
        return self.run(items.list_property, case_id, read_only=True)

    def get(self, property_id):
        return self.run(items.get_property, property_id, read_only=True)

    def allowed(self, request):
        return self.run(coercion.forcible_measure_allowed, load(TIME_IN, request))


@pytest.fixture
def prop(handler_env):
    return Property(handler_env("property", role="enforcement_officer", authority="HN-01"))
