"""Valuation and re-valuation through the handlers with a real unit of work (Decree 62/2015
Art. 17, 25, 26): a refusal at 19% recorded with its reasons and evented, an acceptance at
exactly 20% owing the valuation in 5 working days, the difference owed and settled or sent to
auction; little value at exactly VND 10,000,000."""
from datetime import date

import pytest

from shared.errors import Conflict, ValidationError
from shared.validation import load

from services.property.handlers import valuation
from services.property.schemas import (CONSULTATION_IN, DIFFERENCE_REQUEST_IN,
                                       DIFFERENCE_SETTLEMENT_IN, ESCALATION_IN, REVALUATION_IN,
                                       VALUATION_IN, VALUING_BODY_CHOICE_IN)

from tests.services.property.conftest import HOUSE
from tests.services.property.handlers.seized import seized  # noqa: F401


@pytest.fixture
def house(seized):
    seized.case_opened()
    return seized.record(HOUSE)


def ask(seized, house, **overrides):
    return seized.run(valuation.request_revaluation, load(REVALUATION_IN, {
        "case_id": "case-1", "property_id": house.id, "requested_by": "Nguyễn Văn An",
        "requested_on": "2026-11-27", "performed_voluntarily": False, "advance_paid": True,
        "value_at_judgment": 4_000_000_000, "current_price": 4_800_000_000, **overrides}))


def value(seized, house, amount, **overrides):
    return seized.run(valuation.record_valuation, load(VALUATION_IN, {
        "case_id": "case-1", "property_id": house.id, "valued_on": "2026-12-03",
        "value": amount, "valuing_body": "Công ty Thẩm định giá Thăng Long",
        "chosen_by": "agreement", **overrides}))


def test_revaluation_at_19_percent_is_refused_with_reasons_recorded_and_evented(seized, house):
    refused = ask(seized, house, current_price=4_760_000_000)
    assert (refused.outcome, refused.valuation_due_on) == ("refused", None)
    assert [r["code"] for r in refused.reasons] == ["price_change_below_threshold"]
    assert refused.legal_basis == "Decree 62/2015 Art. 17.1"
    assert refused.parameters_used[0]["value"] == 20
    [(_, event)] = seized.outbox("revaluation.decided")
    assert (event["outcome"], event["reasons"][0]["article"]) == (
        "refused", "Decree 62/2015 Art. 17.1(c)")
    assert seized.rows("SELECT action FROM platform_audit") == [
        {"action": "property.recorded"}, {"action": "revaluation.refused"}]
    assert seized.deadlines("decree17.2-revaluation") == []


def test_revaluation_at_exactly_20_percent_owes_the_valuation_in_5_working_days(seized, house):
    accepted = ask(seized, house)  # Friday 27 November: the weekend skipped
    assert (accepted.outcome, accepted.valuation_due_on) == ("accepted", date(2026, 12, 4))
    assert seized.deadlines("decree17.2-revaluation") == [
        {"due_on": date(2026, 12, 4), "status": "open", "met_on": None}]


def test_revaluation_without_the_advance_is_refused(seized, house):
    assert [r["code"] for r in ask(seized, house, advance_paid=False).reasons] == [
        "advance_not_paid"]


def test_revaluation_then_difference_paid_on_day_30(seized, house):
    request = ask(seized, house)
    valued = value(seized, house, 4_800_000_000, revaluation_request_id=request.id)
    assert valued.computations["difference"] == 800_000_000
    assert seized.deadlines("decree17.2-revaluation")[0]["status"] == "met"
    asked = seized.run(valuation.request_difference, load(DIFFERENCE_REQUEST_IN, {
        "request_id": request.id, "requested_on": "2026-12-07"}))
    assert asked.difference_due_on == date(2027, 1, 6)
    settled = seized.run(valuation.settle_difference, load(DIFFERENCE_SETTLEMENT_IN, {
        "request_id": request.id, "on": "2027-01-06", "paid_on": "2027-01-06"}))
    assert (settled.difference_outcome, settled.reasons) == ("paid", [])
    assert [p["outcome"] for _, p in seized.outbox("revaluation.difference_settled")] == ["paid"]


def test_difference_unpaid_after_30_days_sends_the_property_to_auction(seized, house):
    request = ask(seized, house)
    value(seized, house, 4_800_000_000, revaluation_request_id=request.id)
    seized.run(valuation.request_difference, load(DIFFERENCE_REQUEST_IN, {
        "request_id": request.id, "requested_on": "2026-12-07"}))
    settle = load(DIFFERENCE_SETTLEMENT_IN, {"request_id": request.id, "on": "2027-01-06"})
    with pytest.raises(Conflict):
        seized.run(valuation.settle_difference, settle)
    late = seized.run(valuation.settle_difference, load(DIFFERENCE_SETTLEMENT_IN, {
        "request_id": request.id, "on": "2027-01-07", "paid_on": "2027-01-07"}))
    assert late.difference_outcome == "auction"
    assert late.reasons[0]["code"] == "difference_not_paid_in_time"
    assert seized.deadlines("decree17.3-difference-payment") == [
        {"due_on": date(2027, 1, 6), "status": "met", "met_on": date(2027, 1, 7)}]


def test_little_value_at_exactly_10_million_is_valued_by_the_officer(seized, house):
    valued = value(seized, house, 10_000_000, chosen_by="officer_little_value",
                   valuing_body="Chấp hành viên Nguyễn Văn Bình")
    assert valued.computations == {"little_value": True}
    with pytest.raises(ValidationError) as err:
        value(seized, house, 10_000_001, chosen_by="officer_little_value",
              valuing_body="Chấp hành viên Nguyễn Văn Bình")
    assert err.value.fields == {"chosen_by": ["10000001 VND is not of little value"]}
    [(_, event)] = seized.outbox("valuation.recorded")
    assert (event["value"], event["little_value"]) == (10_000_000, True)
    assert seized.rows("SELECT estimated_value FROM property_item") == [
        {"estimated_value": 10_000_000}]


def test_a_refused_request_cannot_be_valued_against(seized, house):
    refused = ask(seized, house, current_price=4_760_000_000)
    with pytest.raises(Conflict):
        value(seized, house, 4_760_000_000, revaluation_request_id=refused.id)
    assert seized.rows("SELECT count(*) AS n FROM valuation") == [{"n": 0}]


def choose(seized, house, step, concluded=True, **overrides):
    return seized.run(valuation.choose_valuing_body, load(VALUING_BODY_CHOICE_IN, {
        "case_id": "case-1", "property_id": house.id, "step": step,
        "valuing_body": "Công ty Thẩm định giá Thăng Long", "province": "Hà Nội",
        "chosen_on": "2026-12-01", "contract_concluded": concluded, **overrides}))


def no_valuer_anywhere(seized, house):
    """No contract in the province nor in another one: the finance authority is chosen."""
    choose(seized, house, "in_province", False)
    choose(seized, house, "other_province", False, province="Hải Phòng")
    return choose(seized, house, "finance_authority", valuing_body="Sở Tài chính Hà Nội")


def test_a_valuer_in_another_province_before_one_in_the_province_is_refused_and_recorded(
        seized, house):
    refused = choose(seized, house, "other_province", province="Hải Phòng")
    assert (refused.outcome, refused.legal_basis) == (
        "refused", "Decree 62/2015 Art. 25.1, 26.1 (the order of the valuing bodies)")
    assert [r["code"] for r in refused.reasons] == ["in_province_not_tried"]
    [(_, event)] = seized.outbox("valuing_body.chosen")
    assert (event["outcome"], event["step"], event["reasons"][0]["article"]) == (
        "refused", "other_province", "Decree 62/2015 Art. 26.1; Law Art. 98.3(a)")
    assert seized.rows("SELECT action FROM platform_audit ORDER BY id")[-1] == {
        "action": "valuing_body.refused"}
    # the refused choice does not let the officer value by a body of another province
    with pytest.raises(Conflict) as err:
        value(seized, house, 4_300_000_000, chosen_by="officer_other_province")
    assert err.value.details == {"chosen_by": "officer_other_province"}


def test_valuers_are_chosen_in_the_province_then_in_another_then_the_finance_authority(
        seized, house):
    with pytest.raises(Conflict):  # no valuer of the province contracted yet
        value(seized, house, 4_300_000_000, chosen_by="officer")
    assert choose(seized, house, "in_province", False).outcome == "no_contract"
    assert choose(seized, house, "finance_authority").outcome == "refused"
    other = choose(seized, house, "other_province", True, province="Hải Phòng")
    assert (other.outcome, other.computations["earlier"]) == (
        "contracted", [{"step": "in_province", "outcome": "no_contract"},
                       {"step": "finance_authority", "outcome": "refused"}])
    valued = value(seized, house, 4_300_000_000, chosen_by="officer_other_province")
    assert valued.chosen_by == "officer_other_province"
    assert [e["outcome"] for _, e in seized.outbox("valuing_body.chosen")] == [
        "no_contract", "refused", "contracted"]


def test_the_officer_contracts_the_body_the_litigants_agreed_on(seized, house):
    assert choose(seized, house, "agreement").outcome == "contracted"
    refused = choose(seized, house, "in_province", valuing_body="Công ty Thẩm định giá Hà Nội")
    assert [r["code"] for r in refused.reasons] == ["agreed_body_contracted"]


def test_the_finance_authority_is_consulted_only_after_both_provinces_failed(seized, house):
    with pytest.raises(Conflict) as err:
        consult(seized, house, chosen=False)
    assert err.value.details == {"property_id": house.id}
    assert seized.rows("SELECT count(*) AS n FROM valuation_consultation") == [{"n": 0}]
    with pytest.raises(ValidationError) as err:
        value(seized, house, 4_300_000_000, chosen_by="finance_authority")
    assert err.value.fields == {"consultation_id": ["required for the finance authority"]}


def consult(seized, house, received_on="2027-01-22", chosen=True):
    if chosen:
        no_valuer_anywhere(seized, house)
    return seized.run(valuation.request_consultation, load(CONSULTATION_IN, {
        "case_id": "case-1", "property_id": house.id, "finance_authority": "Sở Tài chính Hà Nội",
        "received_on": received_on}))


def test_the_finance_authoritys_opinion_is_owed_in_15_days_and_met_by_the_valuation(
        seized, house):
    asked = consult(seized, house)  # day 15 is Saturday 6 February 2027 (Tết): rolled
    assert asked.due_on == date(2027, 2, 11)
    valued = value(seized, house, 4_300_000_000, chosen_by="finance_authority",
                   valuing_body="Sở Tài chính Hà Nội", consultation_id=asked.id,
                   valued_on="2027-02-11")
    assert valued.computations["finance_consultation"]["met_on"] == "2027-02-11"
    assert [(p["status"], p["late"]) for _, p in
            seized.outbox("valuation_consultation.progressed")] == [
        ("requested", False), ("answered", False)]


def test_no_opinion_in_15_days_is_escalated_to_the_peoples_committee(seized, house):
    asked = consult(seized, house, received_on="2026-12-10")  # due Friday 25 December

    def escalate(on):
        return seized.run(valuation.escalate_consultation, load(
            ESCALATION_IN, {"consultation_id": asked.id, "escalated_on": on}))

    with pytest.raises(Conflict) as err:
        escalate("2026-12-25")
    assert err.value.details == {"due_on": "2026-12-25"}
    assert escalate("2026-12-28").escalated_on == date(2026, 12, 28)
    assert seized.deadlines("decree26.1-finance-consultation") == [
        {"due_on": date(2026, 12, 25), "status": "open", "met_on": None}]
