"""The known cases through the handler: what ``enforcement_case.opened`` leaves behind."""
import pytest

from shared.errors import Conflict, NotFound, RetryLater

from services.property.handlers.cases import case_of
from tests.services.property.conftest import ACCOUNT, HOUSE


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


def test_record_case_entrusted_moves_jurisdiction_to_the_new_authority(prop):
    """Decree 62/2015 Art. 16: after the entrustment the new authority's officer acts on the
    case and the former authority's meets it as any other authority's case."""
    prop.case_opened()
    prop.as_("enforcement_officer", "HN-01")
    before = prop.record(ACCOUNT)
    prop.case_entrusted(to_authority="DN-03")
    prop.case_entrusted(to_authority="DN-03")  # the same entrustment again: harmless
    assert prop.rows("SELECT authority FROM known_case") == [{"authority": "DN-03"}]
    with pytest.raises(NotFound) as err:
        prop.record(ACCOUNT)
    assert err.value.details == {"case_id": "case-1"}
    prop.as_("enforcement_officer", "DN-03")
    item = prop.record(HOUSE)
    assert item.authority == "DN-03" and item.case_id == "case-1"
    # what the former authority recorded stays its own record (see docs/api/property.md)
    assert [i.id for i in prop.list("case-1")] == [item.id]
    assert before.authority == "HN-01"
    [audit] = prop.rows("SELECT subject_id, legal_basis, details FROM platform_audit "
                        "WHERE action = 'known_case.entrusted'")
    assert (audit["subject_id"], audit["legal_basis"]) == ("case-1", "Decree 62/2015 Art. 16")
    assert (audit["details"]["from_authority"], audit["details"]["to_authority"],
            audit["details"]["entrustment_id"]) == ("HN-01", "DN-03", "ent-case-1")


def test_record_case_entrusted_before_the_case_is_known_is_retried(prop):
    with pytest.raises(RetryLater):
        prop.case_entrusted()
    assert prop.rows("SELECT count(*) AS n FROM known_case") == [{"n": 0}]


def test_record_case_entrusted_from_an_authority_that_does_not_hold_it_is_a_conflict(prop):
    prop.case_opened(authority="HN-01")
    with pytest.raises(Conflict) as err:
        prop.case_entrusted(from_authority="HCM-02", to_authority="DN-03")
    assert err.value.details == {"case_id": "case-1"}
    assert prop.rows("SELECT authority FROM known_case") == [{"authority": "HN-01"}]
    assert prop.rows("SELECT count(*) AS n FROM platform_audit WHERE action = "
                     "'known_case.entrusted'") == [{"n": 0}]
