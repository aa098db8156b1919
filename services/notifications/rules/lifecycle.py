"""The lifecycle of a notice: its statuses and the transitions the law allows.

A status is a ``NoticeStatus``; no other module spells one as a bare string. Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether a
notice may move from one status to another.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class NoticeStatus(StrEnum):
    #: Law Art. 39.1: a document is owed to a person and not yet notified.
    PENDING = "pending"
    # Delivery (Law Art. 40-43: direct notification, public posting, the mass media) will add
    # the statuses of a notice delivered or posted; none is recorded yet.


TRANSITIONS = (
    Transition(None, NoticeStatus.PENDING,
               "Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12.1",
               "an issued document is owed to each person it concerns"),
)


LIFECYCLE = Lifecycle(NoticeStatus, TRANSITIONS)


def check_transition(source, target, subject="a notice"):
    """The ``Transition`` from ``source`` (``None``: a new notice) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Law Art. 39.1)."""
    return LIFECYCLE.check(source, target, subject)
