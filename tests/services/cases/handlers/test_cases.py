"""Reading cases, through the handler with a real unit of work and no broker."""
import pytest

from shared.auth import Identity
from shared.errors import NotFound

from services.cases.handlers.cases import get_case
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import CASE_OUT

UNKNOWN = "9b1c0000-0000-0000-0000-000000000000"


def read(cases, case_id):
    env = cases.env
    with env.unit_of_work(read_only=True) as uow:
        return CASE_OUT.dump(get_case(case_id, uow, env.law, env.caller))


def test_get_case_answers_exactly_as_the_write_handlers_do(cases):
    # get_case reads through services/cases/views.py (plain SQL), the writes return ORM objects.
    requested = CASE_OUT.dump(cases.opened())
    assert read(cases, requested["id"]) == requested
    assert requested["decision"] is None
    decided = CASE_OUT.dump(cases.run(issue_enforcement_decision,
                                      cases.decision(requested["id"], number="2/QĐ")))
    assert read(cases, requested["id"]) == decided
    assert decided["decision"]["number"] == "2/QĐ"
    assert decided["decision_due_on"] == "2026-11-30"


def test_unknown_case_is_not_found(cases):
    with pytest.raises(NotFound) as err:
        read(cases, UNKNOWN)
    assert err.value.details == {"case_id": UNKNOWN}


def test_a_case_of_another_authority_is_not_found_as_an_unknown_one(cases):
    case = cases.opened()
    cases.env.act_as(Identity("desk@HCM-02", "desk_officer", "HCM-02"))
    with pytest.raises(NotFound) as foreign:
        read(cases, case["id"])
    with pytest.raises(NotFound) as unknown:
        read(cases, UNKNOWN)
    assert foreign.value.details == {"case_id": case["id"]}
    assert foreign.value.message == unknown.value.message.replace(UNKNOWN, case["id"])
    assert "HN-01" not in str(foreign.value)
