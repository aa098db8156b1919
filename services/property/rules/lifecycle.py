"""How an item of property comes to the case: its statuses and the transitions the law allows.

A status is a ``PropertyStatus``; no other module spells one as a bare string. Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether an
item may take a status.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class PropertyStatus(StrEnum):
    #: Decree 62/2015 Art. 9.1: the judgment debtor declared the property.
    DECLARED = "declared"
    #: Decree 62/2015 Art. 9.1, 9.2 and 9.7: the officer found it by verification (on site,
    #: through an authorised authority, or through the national databases).
    FOUND = "found"


TRANSITIONS = (
    Transition(None, PropertyStatus.DECLARED, "Decree 62/2015 Art. 9.1",
               "the judgment debtor declares their property"),
    Transition(None, PropertyStatus.FOUND, "Decree 62/2015 Art. 9.1, 9.2, 9.7",
               "the enforcement officer verifies the debtor's property"),
)

LIFECYCLE = Lifecycle(PropertyStatus, TRANSITIONS)


def check_transition(source, target, subject="an item of property"):
    """The ``Transition`` from ``source`` (``None``: a new item) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Decree 62/2015 Art. 9.1)."""
    return LIFECYCLE.check(source, target, subject)
