"""The known cases through the handler: what ``enforcement_case.opened`` leaves behind, the
only source of an entry's authority."""
import pytest

from shared.errors import Conflict

from tests.services.disclosure.conftest import CASES


def test_record_case_opened_remembers_each_cases_authority_once(disclosure):
    disclosure.open_cases().open_cases()  # the same announcements twice: harmless
    known = disclosure.rows("SELECT case_id, authority, judgment_id, opened_on::text AS day "
                            "FROM known_case ORDER BY case_id")
    assert {k["case_id"]: k["authority"] for k in known} == CASES
    assert (known[0]["judgment_id"], known[0]["day"]) == ("J-case-1", "2025-10-20")


def test_record_case_opened_under_another_authority_is_a_conflict(disclosure):
    disclosure.open_cases({"case-1": "HN-01"})
    with pytest.raises(Conflict) as err:
        disclosure.open_cases({"case-1": "HCM-02"})
    assert err.value.details == {"case_id": "case-1"}
    assert disclosure.rows("SELECT authority FROM known_case") == [{"authority": "HN-01"}]
