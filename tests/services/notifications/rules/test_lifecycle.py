"""The statuses of a notice and the transitions the law allows."""
import pytest

from shared.errors import Conflict

from services.notifications.rules.lifecycle import TRANSITIONS, NoticeStatus, check_transition


def test_check_transition_a_new_notice_is_pending_under_art_39():
    transition = check_transition(None, NoticeStatus.PENDING)
    assert transition.target == "pending"
    assert "Art. 39.1" in transition.article


def test_check_transition_refuses_a_move_the_table_does_not_allow():
    with pytest.raises(Conflict) as err:
        check_transition(NoticeStatus.PENDING, NoticeStatus.PENDING)
    assert err.value.details == {"status": "pending"}


def test_every_transition_cites_an_article():
    assert all("Art." in t.article for t in TRANSITIONS)
