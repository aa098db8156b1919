"""The lifecycle of a case: statuses and allowed transitions, each citing its article."""
import pytest

from shared.errors import Conflict

from services.cases.rules import lifecycle
from services.cases.rules.lifecycle import CaseStatus


def test_check_transition_opens_a_case_on_an_accepted_request():
    opened = lifecycle.check_transition(None, CaseStatus.REQUEST_ACCEPTED)
    assert opened.target == CaseStatus.REQUEST_ACCEPTED == "request_accepted"
    assert "Art. 31" in opened.article


def test_check_transition_allows_one_decision_per_request():
    issued = lifecycle.check_transition("request_accepted", CaseStatus.DECISION_ISSUED)
    assert issued.target == "decision_issued"
    assert issued.article == "Decree 62/2015 Art. 7.1"
    with pytest.raises(Conflict, match="one decision per request") as err:
        lifecycle.check_transition("decision_issued", CaseStatus.DECISION_ISSUED, "case C1")
    assert err.value.message.startswith("case C1 is decision_issued;")
    assert err.value.details == {"status": "decision_issued"}


def test_check_transition_refuses_reopening_a_case():
    with pytest.raises(Conflict, match="opens a case"):
        lifecycle.check_transition(CaseStatus.DECISION_ISSUED, CaseStatus.REQUEST_ACCEPTED)


def test_every_transition_cites_an_article():
    assert lifecycle.TRANSITIONS
    for transition in lifecycle.TRANSITIONS:
        assert "Art." in transition.article and transition.rule


def test_is_open():
    # a refused request (Law Art. 31.5), a termination (Law Art. 50) and a completed case (Law
    # Art. 52) are closed
    assert [s for s in CaseStatus if not lifecycle.is_open(s)] == [
        CaseStatus.REQUEST_REFUSED, CaseStatus.TERMINATED, CaseStatus.COMPLETED]
    assert lifecycle.is_open(CaseStatus.REQUEST_ACCEPTED)
    with pytest.raises(ValueError):
        lifecycle.is_open("no_such_status")


def test_check_transition_records_a_refused_request():
    refused = lifecycle.check_transition(None, CaseStatus.REQUEST_REFUSED)
    assert refused.target == "request_refused" and "31.5(c)" in refused.article
    with pytest.raises(Conflict):
        lifecycle.check_transition(CaseStatus.REQUEST_REFUSED, CaseStatus.DECISION_ISSUED)


def test_receives_money_once_the_decision_is_issued():
    from services.cases.rules import lifecycle
    assert lifecycle.receives_money("decision_issued")
    assert lifecycle.receives_money("lacking_conditions")
    assert not lifecycle.receives_money("request_accepted")
    assert not lifecycle.receives_money("completed")


def test_check_transition_to_completed_from_an_issued_decision():
    from services.cases.rules import lifecycle
    assert lifecycle.check_transition("decision_issued", "completed").target == "completed"
    assert not lifecycle.is_open("completed")
