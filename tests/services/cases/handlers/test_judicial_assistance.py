"""Judicial assistance abroad (Decree 62/2015 Art. 50) through the handlers: the 6 months, the
second attempt, the fallback of 50.3(b) and the documents' 10 days of 50.3(c)."""
from datetime import date

import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError
from shared.validation import load

from services.cases.handlers import judicial_assistance as handlers
from services.cases.schemas import (ASSISTANCE_FALLBACK_IN, ASSISTANCE_RESULT_IN,
                                    FOREIGN_ASSISTANCE_IN, JUDICIAL_ASSISTANCE_IN)
from tests.services.cases.handlers.conftest import decided_case


@pytest.fixture
def case_id(cases):
    return decided_case(cases)


def request(cases, case_id, purpose="serve_documents", **changes):
    return cases.run(handlers.request_judicial_assistance, load(JUDICIAL_ASSISTANCE_IN, {
        "case_id": case_id, "country": "KR", "purpose": purpose,
        "description": "Serve the enforcement decision on the debtor living in Busan",
        "dossier_sent_on": "2026-12-05", **changes}))


def result(cases, assistance_id, outcome, received_on="2027-03-01"):
    return cases.run(handlers.record_assistance_result, load(ASSISTANCE_RESULT_IN, {
        "assistance_id": assistance_id, "received_on": received_on, "outcome": outcome,
        "note": "Results of the Korean Ministry of Justice"}))


def fallback(cases, assistance_id, on):
    return cases.run(handlers.apply_assistance_fallback, load(ASSISTANCE_FALLBACK_IN, {
        "assistance_id": assistance_id, "on": on}))


def test_request_judicial_assistance_owes_results_in_6_months_across_a_weekend(cases, case_id):
    made = request(cases, case_id)
    # Sat 2026-12-05 + 6 months = Sat 2027-06-05 -> Mon 2027-06-07
    assert (made["attempt"], made["status"], made["results_due_on"]) == (1, "pending",
                                                                         date(2027, 6, 7))
    [owed] = cases.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                        "'decree50.3-assistance-result'")
    assert owed == {"status": "open"}


def test_request_judicial_assistance_across_tet(cases, case_id):
    made = request(cases, case_id, dossier_sent_on="2026-08-07")
    assert made["results_due_on"] == date(2027, 2, 11)


def test_sufficient_results_satisfy_the_request(cases, case_id):
    done = result(cases, request(cases, case_id)["id"], "sufficient")
    assert done["status"] == "satisfied"
    with pytest.raises(Conflict):
        result(cases, done["id"], "sufficient")


def test_second_attempt_then_fallback(cases, case_id):
    first = request(cases, case_id)
    assert result(cases, first["id"], "insufficient")["status"] == "second_attempt_needed"
    second = request(cases, case_id, first_attempt_id=first["id"],
                     dossier_sent_on="2027-03-10")
    assert second["attempt"] == 2
    with pytest.raises(Conflict):  # only one second attempt
        request(cases, case_id, first_attempt_id=first["id"])
    failed = result(cases, second["id"], "insufficient", received_on="2027-08-02")
    assert failed["status"] == "second_attempt_failed"
    done = fallback(cases, second["id"], on="2027-08-03")
    assert done["history"][-1]["legal_basis"].startswith("Decree 62/2015 Art. 50.3(b)")


def test_fallback_only_after_the_6_months_without_result(cases, case_id):
    made = request(cases, case_id, purpose="return_documents")
    with pytest.raises(Conflict):
        fallback(cases, made["id"], on="2027-06-07")
    done = fallback(cases, made["id"], on="2027-06-08")
    # Art. 50.3(c): the documents within 10 days of the 6 months' end (Mon 2027-06-07)
    assert done["history"][-1]["documents_due_on"] == "2027-06-17"
    rows = cases.rows("SELECT rule_id, status FROM platform_deadline ORDER BY id")
    assert {"rule_id": "decree50.3-assistance-result", "status": "met"} in rows
    assert {"rule_id": "decree50.3c-documents-return", "status": "open"} in rows


def test_second_attempt_of_another_case_is_bad_input(cases, case_id):
    with pytest.raises(ValidationError):
        request(cases, case_id, first_attempt_id="no-such-request")


def test_request_judicial_assistance_from_a_district_through_its_province(cases, case_id):
    made = request(cases, case_id, requesting_level="district", entrusted_to="HN-PROV")
    assert (made["requesting_level"], made["entrusted_to"]) == ("district", "HN-PROV")
    assert made["history"][0]["legal_basis"].endswith("Decree 62/2015 Art. 50.1, second "
                                                      "paragraph")
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'judicial_assistance.progressed'")
    assert "50.1, second paragraph" in event["envelope"]["payload"]["legal_basis"]


def test_request_judicial_assistance_refuses_a_district_asking_itself(cases, case_id):
    with pytest.raises(ValidationError) as err:
        request(cases, case_id, requesting_level="district")
    assert set(err.value.fields) == {"entrusted_to"}
    with pytest.raises(ValidationError) as err:
        request(cases, case_id, entrusted_to="HN-PROV")
    assert set(err.value.fields) == {"entrusted_to"}
    assert cases.rows("SELECT id FROM judicial_assistance") == []


def foreign(cases, level="province", **changes):
    return cases.run(handlers.receive_foreign_assistance_request, load(FOREIGN_ASSISTANCE_IN, {
        "receiving_level": level, "country": "KR", "foreign_authority": "Seoul District Court",
        "foreign_reference": "2026-JA-118", "subject": "Serve a Korean judgment's decision on a "
        "debtor living in Hà Nội", "received_on": "2026-12-07", **changes}))


def test_receive_foreign_assistance_request_by_a_province(cases):
    made = foreign(cases)
    assert (made["authority"], made["legal_basis"]) == ("HN-01", "Decree 62/2015 Art. 50.4")
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'foreign_assistance_request.received'")
    assert event["envelope"]["payload"]["foreign_reference"] == "2026-JA-118"
    assert event["envelope"]["authority"] == "HN-01"
    assert cases.rows("SELECT id FROM platform_audit WHERE action = "
                      "'foreign_assistance_request.received'")


def test_receive_foreign_assistance_request_refused_to_a_district(cases):
    with pytest.raises(PermissionDenied) as err:
        foreign(cases, level="district")
    assert err.value.details == {"receiving_level": "district"}
    assert cases.rows("SELECT id FROM foreign_assistance_request") == []
