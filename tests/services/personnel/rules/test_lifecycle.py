"""The statuses of officers and assignments and the transitions allowed (pure)."""
import pytest

from shared.errors import Conflict

from services.personnel.rules import lifecycle
from services.personnel.rules.lifecycle import AssignmentStatus, OfficerStatus


def test_check_assignment_transition_open_then_released_once():
    assert lifecycle.check_assignment_transition(None, "open").article == (
        "Law on Civil Judgment Enforcement Art. 36")
    assert lifecycle.check_assignment_transition("open", "released").target == (
        AssignmentStatus.RELEASED)
    with pytest.raises(Conflict) as err:
        lifecycle.check_assignment_transition("released", "released")
    assert err.value.details == {"status": "released"}
    with pytest.raises(Conflict):
        lifecycle.check_assignment_transition(None, "released")


def test_check_officer_transition_registered_active():
    assert lifecycle.check_officer_transition(None, "active").target == OfficerStatus.ACTIVE
    with pytest.raises(Conflict):
        lifecycle.check_officer_transition(None, "suspended")


def test_check_officer_transition_suspend_and_reinstate():
    suspend = lifecycle.check_officer_transition("active", "suspended")
    assert suspend.article.startswith("Decree 62/2015 Art. 65")
    assert lifecycle.check_officer_transition("suspended", "active").target == (
        OfficerStatus.ACTIVE)
    with pytest.raises(Conflict):
        lifecycle.check_officer_transition("suspended", "suspended")


def test_check_decision_outcome_decided_or_refused_once():
    decided = lifecycle.check_decision_outcome(lifecycle.DecisionOutcome.DECIDED)
    refused = lifecycle.check_decision_outcome(lifecycle.DecisionOutcome.REFUSED)
    assert (decided.target, refused.target) == ("decided", "refused")
    assert decided.article.startswith("Decree 62/2015 Art. 63")


def test_check_candidate_transition_follows_the_lists_up_to_designation():
    assert lifecycle.check_candidate_transition(None, "nominated").article == (
        "Decree 62/2015 Art. 58.1")
    for status, target in (("nominated", "received"), ("received", "not_qualified"),
                           ("qualified", "passed"), ("passed", "designated")):
        assert lifecycle.check_candidate_transition(status, target).target == target
    with pytest.raises(Conflict):
        lifecycle.check_candidate_transition("not_qualified", "passed")


def test_check_card_transition_issued_then_replaced_returned_or_lost_once():
    assert lifecycle.check_card_transition(None, "issued").target == "issued"
    for target in ("replaced", "returned", "lost"):
        assert lifecycle.check_card_transition("issued", target).target == target
    with pytest.raises(Conflict):
        lifecycle.check_card_transition("lost", "returned")


def test_check_instrument_transition_store_delivery_return_disposal():
    assert lifecycle.check_instrument_transition(None, "in_store").target == "in_store"
    assert lifecycle.check_instrument_transition("in_store", "delivered").article == (
        "Decree 62/2015 Art. 75.2")
    assert lifecycle.check_instrument_transition("delivered", "in_store").target == "in_store"
    assert lifecycle.check_instrument_transition("in_store", "destroyed").target == "destroyed"
    with pytest.raises(Conflict):
        lifecycle.check_instrument_transition("delivered", "liquidated")
    with pytest.raises(Conflict):
        lifecycle.check_instrument_transition("in_store", "in_store")


def test_check_instrument_plan_transition_submitted_then_decided_once():
    assert lifecycle.check_instrument_plan_transition(None, "submitted").article == (
        "Decree 62/2015 Art. 75.1")
    assert lifecycle.check_instrument_plan_transition("submitted", "decided").target == (
        "decided")
    with pytest.raises(Conflict):
        lifecycle.check_instrument_plan_transition("decided", "decided")
    with pytest.raises(Conflict):
        lifecycle.check_instrument_plan_transition(None, "decided")
