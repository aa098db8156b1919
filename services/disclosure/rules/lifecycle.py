"""The lifecycle of a register entry: its statuses and the transitions the law allows.

A status is an ``EntryStatus``; no other module spells one as a bare string. The table has no
status column: an entry is removed once it has a removal day (``status_of``). Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether an
entry may move from one status to another.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class EntryStatus(StrEnum):
    #: Decree 62/2015 Art. 11.1: the judgment debtor is published on the register.
    PUBLISHED = "published"
    #: Decree 62/2015 Art. 11.3: the entry is taken off the register.
    REMOVED = "removed"


TRANSITIONS = (
    Transition(None, EntryStatus.PUBLISHED, "Decree 62/2015 Art. 11.1; Law Art. 44a",
               "a debtor lacking conditions to satisfy the judgment is published"),
    Transition(EntryStatus.PUBLISHED, EntryStatus.REMOVED, "Decree 62/2015 Art. 11.3",
               "a published entry is removed on the decision to resume or the certification "
               "of fulfilment"),
)

LIFECYCLE = Lifecycle(EntryStatus, TRANSITIONS)


def status_of(removed_on):
    """The status of an entry whose removal day is ``removed_on`` (None: not removed)."""
    return EntryStatus.PUBLISHED if removed_on is None else EntryStatus.REMOVED


def check_transition(source, target, subject="the register entry"):
    """The ``Transition`` from ``source`` (``None``: a new entry) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Decree 62/2015 Art. 11.1, 11.3)."""
    return LIFECYCLE.check(source, target, subject)
