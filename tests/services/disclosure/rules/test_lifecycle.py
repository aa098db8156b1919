"""The lifecycle of a register entry: published, then removed; one test per rule."""
from datetime import date

import pytest

from shared.errors import Conflict

from services.disclosure.rules import lifecycle
from services.disclosure.rules.lifecycle import EntryStatus


def test_status_of_an_entry_is_removed_once_it_has_a_removal_day():
    assert lifecycle.status_of(None) == EntryStatus.PUBLISHED
    assert lifecycle.status_of(date(2026, 9, 3)) == EntryStatus.REMOVED


def test_check_transition_publish_then_remove_each_with_its_article():
    assert lifecycle.check_transition(None, EntryStatus.PUBLISHED).article == (
        "Decree 62/2015 Art. 11.1; Law Art. 44a")
    assert lifecycle.check_transition(EntryStatus.PUBLISHED, EntryStatus.REMOVED).article == (
        "Decree 62/2015 Art. 11.3")


def test_check_transition_refuses_removing_twice():
    with pytest.raises(Conflict) as err:
        lifecycle.check_transition(EntryStatus.REMOVED, EntryStatus.REMOVED)
    assert err.value.details == {"status": "removed"}
    assert "Decree 62/2015 Art. 11.3" in err.value.message
