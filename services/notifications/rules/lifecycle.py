"""The lifecycle of a notice: its statuses and the transitions the law allows.

A status is a ``NoticeStatus``; no other module spells one as a bare string. Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether a
notice may move from one status to another.
"""
from dataclasses import dataclass
from enum import StrEnum

from shared.errors import Conflict


class NoticeStatus(StrEnum):
    #: Law Art. 39.1: a document is owed to a person and not yet notified.
    PENDING = "pending"
    # Delivery (Law Art. 40-43: direct notification, public posting, the mass media) will add
    # the statuses of a notice delivered or posted; none is recorded yet.


@dataclass(frozen=True)
class Transition:
    source: NoticeStatus | None  # None: the notice does not exist yet
    target: NoticeStatus
    article: str
    rule: str


TRANSITIONS = (
    Transition(None, NoticeStatus.PENDING,
               "Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12.1",
               "an issued document is owed to each person it concerns"),
)


def check_transition(source, target):
    """The ``Transition`` from ``source`` (``None``: a new notice) to ``target``; ``Conflict``
    naming the status when the law allows no such move."""
    for transition in TRANSITIONS:
        if transition.source == source and transition.target == target:
            return transition
    raise Conflict(f"a notice cannot move from {source or 'nothing'} to {target}",
                   {"status": str(source) if source is not None else None})
