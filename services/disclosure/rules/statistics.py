"""The open statistics of the portal (issue 11 capability 3: the platform's promise of
openness), as pure functions: per authority and month, cases received and completed, amounts
collected (integer VND) and the share of legal deadlines met on time. Only counts and sums:
no party, no case id, nothing personal ever enters a row.

These are not rules of the decree; the deadlines they count are (each ``platform_deadline``
cites its article).
"""
from dataclasses import asdict, dataclass

#: The ground of ``enforcement_case.closed`` that is a completed enforcement (the obligations
#: fulfilled); a terminated, returned or entrusted-out case is closed but not completed.
COMPLETED_GROUND = "fulfilled"


@dataclass
class PeriodFigures:
    """One authority's figures for one month."""

    authority: str
    period: str
    received: int = 0
    closed: int = 0
    completed: int = 0
    amount_due: int = 0
    amount_collected: int = 0
    deadlines_decided: int = 0
    deadlines_met_on_time: int = 0

    @property
    def share_met(self):
        return share_met_on_time(self.deadlines_met_on_time, self.deadlines_decided)

    def as_dict(self):
        return {**asdict(self), "share_met": self.share_met}


def period_of(day):
    """The statistics' period of a day: its month, ``YYYY-MM``."""
    return f"{day.year:04d}-{day.month:02d}"


def is_completed(ground):
    """Whether a closed case counts as completed: its obligations were fulfilled."""
    return ground == COMPLETED_GROUND


def met_on_time(status, due_on, met_on):
    """``True`` a deadline met on or before its last day, ``False`` one met late or overdue,
    ``None`` one still open (not yet decided either way, so not counted)."""
    if status == "met":
        return met_on <= due_on
    if status == "overdue":
        return False
    return None


def share_met_on_time(on_time, decided):
    """The percentage (one decimal) of decided deadlines met on time; ``None`` when none was
    decided (an empty share is not 0 %)."""
    return None if decided == 0 else round(100 * on_time / decided, 1)


def figures(received, closed, deadlines):
    """The figures per (authority, month), sorted, from plain rows:
    ``received``: ``(authority, opened_on)``; ``closed``: ``(authority, closed_on, ground,
    amount_due, amount_collected)``; ``deadlines``: ``(authority, due_on, status, met_on)``."""
    table = {}

    def row(authority, day):
        key = (authority, period_of(day))
        return table.setdefault(key, PeriodFigures(*key))

    for authority, opened_on in received:
        row(authority, opened_on).received += 1
    for authority, closed_on, ground, due, collected in closed:
        r = row(authority, closed_on)
        r.closed += 1
        r.completed += is_completed(ground)
        r.amount_due += due
        r.amount_collected += collected
    for authority, due_on, status, met_on in deadlines:
        on_time = met_on_time(status, due_on, met_on)
        if on_time is not None:
            r = row(authority, due_on)
            r.deadlines_decided += 1
            r.deadlines_met_on_time += on_time
    return [table[key] for key in sorted(table)]


def totals(rows):
    """The figures of all ``rows`` summed (authority and period ``*``)."""
    total = PeriodFigures("*", "*")
    for r in rows:
        for field in ("received", "closed", "completed", "amount_due", "amount_collected",
                      "deadlines_decided", "deadlines_met_on_time"):
            setattr(total, field, getattr(total, field) + getattr(r, field))
    return total
