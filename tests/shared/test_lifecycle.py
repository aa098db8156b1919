"""shared.lifecycle: a table of transitions, each with its article, checked in one place."""
from enum import StrEnum

import pytest

from shared.errors import Conflict
from shared.lifecycle import Lifecycle, Transition


class Status(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


TABLE = Lifecycle(Status, [Transition(None, Status.OPEN, "Art. 1", "a request opens it"),
                           Transition(Status.OPEN, Status.CLOSED, "Art. 2", "a decision closes it")])


def test_an_allowed_move_returns_its_transition_with_the_article():
    assert TABLE.check("open", Status.CLOSED, "the file").article == "Art. 2"
    assert TABLE.check(None, "open", "the file").rule == "a request opens it"


def test_a_move_the_table_does_not_allow_is_a_conflict_naming_the_rule():
    with pytest.raises(Conflict) as refused:
        TABLE.check(Status.CLOSED, Status.CLOSED, "the file")
    assert refused.value.message == "the file is closed; a decision closes it (Art. 2)"
    assert refused.value.details == {"status": "closed"}
    with pytest.raises(Conflict, match="the file is new; a decision closes it"):
        TABLE.check(None, Status.CLOSED, "the file")


def test_an_unknown_status_is_refused():
    with pytest.raises(ValueError):
        TABLE.check("no_such_status", Status.CLOSED, "the file")
