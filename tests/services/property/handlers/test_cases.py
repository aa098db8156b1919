"""The known cases through the handler: what ``enforcement_case.opened`` leaves behind."""
import pytest

from shared.errors import Conflict, NotFound

from services.property.handlers.cases import case_of


def test_record_case_opened_remembers_the_cases_authority_judgment_and_day(prop):
    prop.case_opened(case_id="case-7", authority="DN-03", judgment_id="J-9",
                     opened_on="2026-12-01")
    [known] = prop.rows("SELECT case_id, authority, judgment_id, opened_on FROM known_case")
    assert (known["case_id"], known["authority"], known["judgment_id"],
            known["opened_on"].isoformat()) == ("case-7", "DN-03", "J-9", "2026-12-01")


def test_record_case_opened_twice_is_harmless(prop):
    prop.case_opened()
    prop.case_opened()
    assert prop.rows("SELECT count(*) AS n FROM known_case") == [{"n": 1}]


def test_record_case_opened_under_another_authority_is_a_conflict(prop):
    prop.case_opened(authority="HN-01")
    with pytest.raises(Conflict) as err:
        prop.case_opened(authority="HCM-02")
    assert err.value.details == {"case_id": "case-1"}
    assert prop.rows("SELECT authority FROM known_case") == [{"authority": "HN-01"}]


def test_case_of_is_the_callers_own_known_case_else_not_found(prop):
    prop.case_opened()
    env = prop.env
    with env.unit_of_work(read_only=True) as uow:
        assert case_of(uow, "case-1", env.caller).authority == "HN-01"
        with pytest.raises(NotFound):
            case_of(uow, "case-2", env.caller)
    prop.as_("enforcement_officer", "HCM-02")
    with env.unit_of_work(read_only=True) as uow, pytest.raises(NotFound) as err:
        case_of(uow, "case-1", env.caller)
    assert err.value.details == {"case_id": "case-1"}
