"""The law the rule tests of part 2 apply: the property service's dated parameters on the
platform's calendar, and a period's last day as the deadline book counts it."""
from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

PARAMS = parameters_of("property")
CALENDAR = WorkingCalendar()
LAW = LawContext(PARAMS, CALENDAR)


def due(limit, start):
    """The last day of ``limit`` started on ``start`` (the parameter in force that day)."""
    length, _ = limit.resolve(PARAMS, start)
    return CALENDAR.due_date(start, length, limit.unit)
