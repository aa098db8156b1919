import pytest

from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext


@pytest.fixture(scope="session")
def law():
    """The notifications service's real legal parameters and the working calendar (no DB)."""
    return LawContext(parameters_of("notifications"), WorkingCalendar())
