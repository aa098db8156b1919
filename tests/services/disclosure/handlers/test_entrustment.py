"""The known cases follow an entrustment (Decree 62/2015 Art. 16; ``enforcement.entrusted``):
the register's jurisdiction over a case moves to the authority it was entrusted to."""
import pytest

from shared.errors import Conflict, NotFound, RetryLater
from shared.events import new_envelope, validate_envelope

from services.disclosure.handlers import cases

from tests.services.disclosure.conftest import BINH


def entrusted(case_id="case-1", from_authority="HN-01", to_authority="DN-03"):
    """The envelope ``cases`` publishes when it entrusts ``case_id`` (its authority the new
    one)."""
    return validate_envelope(new_envelope("enforcement.entrusted", {
        "entrustment_id": f"ent-{case_id}", "decision_number": "15/QĐ-CCTHADS",
        "decided_on": "2026-12-02", "from_authority": from_authority,
        "to_authority": to_authority, "place_kind": "residence",
        "legal_basis": "Decree 62/2015 Art. 16"}, authority=to_authority, case_id=case_id))


def test_record_case_entrusted_the_new_authority_publishes_the_old_one_cannot(disclosure):
    disclosure.open_cases({"case-1": "HN-01"})
    disclosure.run(cases.record_case_entrusted, entrusted())
    disclosure.run(cases.record_case_entrusted, entrusted())  # again: harmless
    assert disclosure.rows("SELECT authority FROM known_case") == [{"authority": "DN-03"}]
    with pytest.raises(NotFound) as err:
        disclosure.as_("head_of_authority", "HN-01").publish(BINH)
    assert err.value.details == {"case_id": "case-1"}
    entry = disclosure.as_("head_of_authority", "DN-03").publish(BINH)
    assert entry.authority == "DN-03"
    [audit] = disclosure.rows("SELECT details FROM platform_audit "
                              "WHERE action = 'known_case.entrusted'")
    assert (audit["details"]["from_authority"], audit["details"]["to_authority"]) == (
        "HN-01", "DN-03")


def test_record_case_entrusted_unknown_is_retried_foreign_is_a_conflict(disclosure):
    with pytest.raises(RetryLater):
        disclosure.run(cases.record_case_entrusted, entrusted())
    disclosure.open_cases({"case-1": "HN-01"})
    with pytest.raises(Conflict) as err:
        disclosure.run(cases.record_case_entrusted,
                       entrusted(from_authority="HCM-02", to_authority="DN-03"))
    assert err.value.details == {"case_id": "case-1"}
    assert disclosure.rows("SELECT authority FROM known_case") == [{"authority": "HN-01"}]
