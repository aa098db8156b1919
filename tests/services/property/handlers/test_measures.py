"""Forcible measures planned under every guard of Decree 62/2015 Art. 13, and the request for
transaction reports of Art. 13.8, through the handlers on a real unit of work."""
import pytest

from shared.errors import Conflict

from tests.services.property import institutions as banks
from tests.services.property.conftest import HOUSE


@pytest.fixture
def case(prop):
    prop.case_opened()
    return prop


def plan(**changes):
    return {"case_id": "case-1", "decision": banks.DECISION, "kind": "property_distraint",
            "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
            "targeted_amount": 360_000_000, "starts_at": "2026-12-01T08:00:00+07:00",
            "minutes": 240, **changes}


def test_a_measure_that_passes_every_guard_is_decided(case):
    measure = case.plan(plan())
    assert (measure.status, measure.reasons, measure.category) == ("decided", [], "forcible")
    assert {p["key"] for p in measure.parameters_used} >= {
        "forcible_measure_night_from_hour", "forcible_measure_lunar_new_year_days"}
    [event] = case.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                        "'measure.decided'")
    assert event["envelope"]["payload"]["status"] == "decided"


@pytest.mark.parametrize("changes, code, article", [
    ({"targeted_amount": 4_500_000_000}, "disproportionate", "Decree 62/2015 Art. 13.1"),
    ({"starts_at": "2026-12-01T20:30:00+07:00", "minutes": 120}, "night_hours",
     "Law on Civil Judgment Enforcement Art. 46"),
    ({"starts_at": "2027-01-25T08:00:00+07:00"}, "lunar_new_year", "Decree 62/2015 Art. 13.2"),
    ({"complex_case": True}, "committee_report_missing", "Decree 62/2015 Art. 13.3"),
    ({"complex_case": True, "committee_reported_on": "2026-11-27"}, "committee_report_late",
     "Decree 62/2015 Art. 13.3"),
])
def test_a_measure_failing_a_guard_is_recorded_refused_with_its_reason(case, changes, code,
                                                                       article):
    measure = case.plan(plan(**changes))
    assert measure.status == "refused"
    assert (code, article) in [(r["code"], r["article"]) for r in measure.reasons]
    [audit] = case.rows("SELECT action FROM platform_audit")
    assert audit == {"action": "measure.refused"}


def test_a_complex_case_reported_five_days_before_is_decided(case):
    measure = case.plan(plan(complex_case=True, committee_reported_on="2026-11-26"))
    assert measure.status == "decided"
    assert "people_committee_report_days_before" in [p["key"] for p in measure.parameters_used]


def test_an_indivisible_house_may_exceed_the_obligation_when_explained(case):
    measure = case.plan(plan(targeted_amount=4_500_000_000,
                             exception="single_indivisible_property"))
    assert measure.status == "decided" and measure.exception == "single_indivisible_property"


def test_transaction_reports_requested_once_measures_cover_the_obligation(case):
    house = case.record(HOUSE)
    with pytest.raises(Conflict) as refused:
        case.request_reports({"case_id": "case-1", "addressed_to": "Văn phòng đăng ký đất đai",
                              "property_ids": [house.id], "requested_on": "2026-12-01"})
    assert [r["code"] for r in refused.value.details["reasons"]] == [
        "measures_do_not_cover_obligation"]
    case.plan(plan())
    request = case.request_reports({"case_id": "case-1",
                                    "addressed_to": "Văn phòng đăng ký đất đai Hà Nội",
                                    "property_ids": [house.id], "requested_on": "2026-12-01"})
    assert request.property_ids == [house.id]
    [audit] = case.rows("SELECT legal_basis FROM platform_audit WHERE action = "
                        "'transaction_reports.requested'")
    assert audit == {"legal_basis": "Decree 62/2015 Art. 13.8"}


def collection(**changes):
    return {"case_id": "case-1", "decision": banks.DECISION, "kind": "profit_collection",
            "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
            "period_on": "2025-06-30", "period_amount": 20_000_000, "members": 3,
            "area": "urban", **changes}


def test_profit_collection_leaves_the_subsistence_and_records_the_standard_used(case):
    measure = case.collect(collection())
    assert (measure.status, measure.targeted_amount) == ("decided", 14_000_000)
    assert measure.parameters_used[0]["key"] == "poverty_standard_urban_monthly"


def test_income_deduction_takes_at_most_30_percent_of_a_salary(case):
    measure = case.collect(collection(kind="income_deduction", period_amount=12_000_000))
    assert measure.targeted_amount == 3_600_000
    assert measure.legal_basis == "Law on Civil Judgment Enforcement Art. 78"


def test_a_collection_that_would_cut_into_subsistence_is_recorded_refused(case):
    measure = case.collect(collection(period_amount=5_000_000))
    assert measure.status == "refused"
    assert measure.reasons[0]["code"] == "nothing_above_subsistence"
