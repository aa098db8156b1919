"""The statuses of a notice and the transitions the law allows."""
import pytest

from shared.errors import Conflict

from services.notifications.rules.lifecycle import TRANSITIONS, NoticeStatus, check_transition


def test_check_transition_a_new_notice_is_pending_under_art_39():
    transition = check_transition(None, NoticeStatus.PENDING)
    assert transition.target == "pending"
    assert "Art. 39.1" in transition.article


@pytest.mark.parametrize("source", [NoticeStatus.PENDING, NoticeStatus.ATTEMPT_FAILED])
def test_check_transition_a_delivery_makes_a_notice_valid(source):
    transition = check_transition(source, NoticeStatus.VALID)
    assert transition.target == "valid" and "Art. 12.4" in transition.article


@pytest.mark.parametrize("source", [NoticeStatus.PENDING, NoticeStatus.ATTEMPT_FAILED])
def test_check_transition_a_failed_attempt_leaves_the_notice_owed(source):
    assert check_transition(source, NoticeStatus.ATTEMPT_FAILED).target == "attempt_failed"


@pytest.mark.parametrize("source", [NoticeStatus.PENDING, NoticeStatus.ATTEMPT_FAILED])
def test_check_transition_a_public_posting_under_art_42(source):
    transition = check_transition(source, NoticeStatus.POSTED)
    assert transition.target == "posted" and "Law Art. 42" in transition.article


@pytest.mark.parametrize("source", [NoticeStatus.VALID, NoticeStatus.POSTED])
@pytest.mark.parametrize("target", list(NoticeStatus))
def test_check_transition_a_valid_or_posted_notice_is_final(source, target):
    with pytest.raises(Conflict) as err:
        check_transition(source, target)
    assert err.value.details == {"status": str(source)}


def test_check_transition_refuses_a_move_the_table_does_not_allow():
    with pytest.raises(Conflict) as err:
        check_transition(NoticeStatus.PENDING, NoticeStatus.PENDING)
    assert err.value.details == {"status": "pending"}


def test_every_transition_cites_an_article():
    assert all("Art." in t.article for t in TRANSITIONS)
