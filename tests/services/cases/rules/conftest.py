from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

import pytest


@pytest.fixture(scope="session")
def law():
    """The cases service's real legal parameters and the working calendar (no database)."""
    return LawContext(parameters_of("cases"), WorkingCalendar())
