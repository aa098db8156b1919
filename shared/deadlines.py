"""Deadlines a service owes: recorded when the triggering event happens, met when the act is done.

Handlers use the book on their unit of work, with the rule's ``TimeLimit`` and a ``Subject``::

    owed = uow.deadlines.owe(rules.NOTIFY_DECISION, Subject("enforcement_decision", decision_id,
                                                           authority, case_id), starts_on=on)
    uow.deadlines.meet(rules.DECISION_ON_REQUEST, case_subject, on=on)

Each deadline keeps the rule and article it comes from, the period as counted (``starts_on``,
``length``, ``unit``, ``due_on`` from ``WorkingCalendar.due_date``: Civil Code Art. 144-148) and
the dated parameter values used, so a report can show why a day was due.
``due_on`` is the last day of the period: a deadline is overdue from the day after.
"""
from datetime import date, datetime

from prometheus_client import Gauge
from sqlalchemy import JSON, Date, Index, Integer, String, func, select, update
from sqlalchemy.orm import Mapped, mapped_column

from shared.errors import ValidationError
from shared.models import PlatformBase, utcnow

OPEN, MET, OVERDUE = "open", "met", "overdue"
STATES = (OPEN, MET, OVERDUE)

DEADLINES = Gauge("platform_deadlines", "Deadlines owed, by state",
                  ["service", "authority", "rule", "state"])


class Deadline(PlatformBase):
    __tablename__ = "platform_deadline"
    __table_args__ = (
        Index("ix_platform_deadline_subject", "subject_type", "subject_id", "rule_id"),
        Index("ix_platform_deadline_status_due", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule_id: Mapped[str] = mapped_column(String(100))
    article: Mapped[str] = mapped_column(String(200))
    authority: Mapped[str] = mapped_column(String(50), index=True)
    case_id: Mapped[str | None] = mapped_column(String(64), index=True)
    subject_type: Mapped[str] = mapped_column(String(50))
    subject_id: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[date] = mapped_column(Date)
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=OPEN)
    met_on: Mapped[date | None] = mapped_column(Date)
    parameters_used: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def met_late(self):
        return self.met_on is not None and self.met_on > self.due_on


def _subject(session, rule_id, subject_type, subject_id, *states):
    query = (select(Deadline)
             .where(Deadline.rule_id == rule_id, Deadline.subject_type == subject_type,
                    Deadline.subject_id == subject_id)
             .order_by(Deadline.due_on.desc(), Deadline.id.desc()))
    if states:
        query = query.where(Deadline.status.in_(states))
    return session.scalars(query).all()


def latest_due_on(rule_id, subject_type, subject_id):
    """SQL for the due day of the subject's latest deadline under ``rule_id`` (None if none).

    A scalar subquery, so a read can fetch it with its subject in one statement; ``subject_id``
    may be a column (``EnforcementCase.id``) or a value.
    """
    return (select(Deadline.due_on)
            .where(Deadline.rule_id == rule_id, Deadline.subject_type == subject_type,
                   Deadline.subject_id == subject_id)
            .order_by(Deadline.due_on.desc(), Deadline.id.desc())
            .limit(1).scalar_subquery())


class DeadlineBook:
    """The deadlines of one unit of work: owe, meet and look up by rule and subject.

    ``law`` is a callable giving the service's law context (``params`` and ``calendar``); the
    length of each period is the parameter in force on the day it starts.
    """

    def __init__(self, session, law):
        self._session, self._law = session, law

    def _of(self, limit, subject, *states):
        return _subject(self._session, limit.rule_id, subject.type, subject.id, *states)

    def owe(self, limit, subject, *, starts_on):
        """Record that ``limit`` runs from ``starts_on`` for ``subject``; returns the Deadline.

        The length is the parameter valid on ``starts_on`` (the law in force when the period
        began). Owing the same period twice (a redelivered message) returns the existing one.
        """
        if not isinstance(starts_on, date):
            raise ValidationError("starts_on must be a date", {"starts_on": ["not a date"]})
        for existing in self._of(limit, subject):
            if existing.starts_on == starts_on:
                return existing
        law = self._law()
        length, used = limit.resolve(law.params, starts_on)
        deadline = Deadline(
            rule_id=limit.rule_id, article=limit.article, authority=subject.authority,
            case_id=subject.case_id, subject_type=subject.type, subject_id=subject.id,
            starts_on=starts_on, length=length, unit=limit.unit,
            due_on=law.calendar.due_date(starts_on, length, limit.unit), status=OPEN,
            parameters_used=[used.as_record()])
        self._session.add(deadline)
        return deadline

    def meet(self, limit, subject, *, on):
        """Mark ``subject``'s unmet deadline(s) under ``limit`` met on ``on``.

        A deadline already overdue is met too: ``met_on`` after ``due_on`` records the lateness.
        Returns the latest deadline met, or None if none was owed.
        """
        if not isinstance(on, date):
            raise ValidationError("on must be a date", {"on": ["not a date"]})
        unmet = self._of(limit, subject, OPEN, OVERDUE)
        for deadline in unmet:
            deadline.status, deadline.met_on = MET, on
        return unmet[0] if unmet else None

    def latest(self, limit, subject):
        """``subject``'s latest deadline under ``limit`` whatever its state, or None."""
        found = self._of(limit, subject)
        return found[0] if found else None


def mark_overdue(session, today):
    """Open deadlines whose last day is before ``today`` become overdue; returns how many."""
    result = session.execute(
        update(Deadline).where(Deadline.status == OPEN, Deadline.due_on < today)
        .values(status=OVERDUE))
    return result.rowcount


def count_by_state(session):
    """``[(authority, rule_id, status, count)]``, sorted, for reports and the gauge."""
    rows = session.execute(
        select(Deadline.authority, Deadline.rule_id, Deadline.status, func.count())
        .group_by(Deadline.authority, Deadline.rule_id, Deadline.status)
        .order_by(Deadline.authority, Deadline.rule_id, Deadline.status))
    return [tuple(row) for row in rows]


_exported = {}  # service -> label sets set last time, so stale ones can be removed


def export_counts(service, rows):
    """Set ``platform_deadlines`` for ``service`` from ``count_by_state`` rows.

    Label sets of this service that are no longer in ``rows`` are removed first, so a state that
    emptied does not keep reporting its old count; other services' series are left alone.
    """
    current = {(service, authority, rule, state): count for authority, rule, state, count in rows}
    for labels in _exported.get(service, set()) - set(current):
        DEADLINES.remove(*labels)
    for labels, count in current.items():
        DEADLINES.labels(*labels).set(count)
    _exported[service] = set(current)
