"""Seizure through the handlers with a real unit of work (Decree 62/2015 Art. 24): a seizure out
of the enterprise order refused with its reason, recorded and evented; the debtor's share of
joint property; the mortgagee notified instead; a voluntary hand-over."""
import pytest

from shared.errors import NotFound, ValidationError
from shared.validation import load

from services.property.handlers import seizure
from services.property.schemas import SEIZURE_IN

from tests.services.property.conftest import HOUSE
from tests.services.property.handlers.seized import seized  # noqa: F401


@pytest.fixture
def house(seized):
    seized.case_opened()
    return seized.record(HOUSE)


def decide(seized, house, **facts):
    return seized.run(seizure.decide_seizure, load(SEIZURE_IN, {
        "case_id": "case-1", "property_id": house.id, "decided_on": "2026-11-30",
        "debtor_kind": "individual", "category": "land_house", "value": 4_500_000_000,
        "debts_and_costs": 4_000_000_000, **facts}))


def test_a_seizure_out_of_the_enterprise_order_is_refused_recorded_and_evented(seized, house):
    refused = decide(seized, house, debtor_kind="enterprise", accounts_exhausted=True)
    assert (refused.outcome, refused.value_seized) == ("refused", None)
    assert [r["code"] for r in refused.reasons] == ["enterprise_valuables_first"]
    assert refused.legal_basis == "Decree 62/2015 Art. 24.5"
    [(_, event)] = seized.outbox("seizure.decided")
    assert (event["outcome"], event["reasons"][0]["code"]) == (
        "refused", "enterprise_valuables_first")
    assert seized.rows("SELECT action, legal_basis FROM platform_audit "
                       "WHERE subject_type = 'seizure'") == [
        {"action": "seizure.refused", "legal_basis": "Decree 62/2015 Art. 24.5"}]


def test_an_enterprise_seizure_in_order_or_by_agreement_is_made(seized, house):
    assert decide(seized, house, debtor_kind="enterprise", accounts_exhausted=True,
                  valuables_exhausted=True).outcome == "seized"
    made = decide(seized, house, debtor_kind="enterprise",
                  order_exception="litigants_agreement")
    assert (made.outcome, int(made.value_seized)) == ("seized", 4_500_000_000)


def test_the_debtors_share_of_joint_property_is_seized(seized, house):
    half = decide(seized, house, jointly_owned=True, share_numerator=1, share_denominator=2)
    assert (half.outcome, int(half.value_seized)) == ("seized", 2_250_000_000)
    undivided = decide(seized, house, jointly_owned=True)
    assert undivided.reasons[0]["code"] == "share_to_be_determined"
    refused = decide(seized, house, jointly_owned=True, other_property_sufficient=True)
    assert refused.reasons[0]["article"] == "Decree 62/2015 Art. 24.2(a)"


def test_mortgaged_property_worth_no_more_than_the_debt_notifies_the_mortgagee(seized, house):
    noticed = decide(seized, house, secured_debt=4_500_000_000,
                     mortgagee="Ngân hàng TMCP Ngoại thương Việt Nam")
    assert (noticed.outcome, noticed.value_seized) == ("mortgagee_notified", None)
    assert "Ngân hàng TMCP Ngoại thương" in noticed.reasons[0]["text"]
    assert decide(seized, house, secured_debt=4_499_999_999,
                  mortgagee="Ngân hàng TMCP Ngoại thương Việt Nam").outcome == "seized"


def test_a_voluntary_hand_over_that_suffices_restricts_other_transactions(seized, house):
    made = decide(seized, house, voluntary=True)
    assert made.computations["restrict_other_transactions"] is True
    [(_, event)] = seized.outbox("seizure.decided")
    assert event["voluntary"] is True


def test_property_that_passed_under_a_transaction_is_not_seized(seized, house):
    refused = decide(seized, house, transaction="transferred")
    assert refused.reasons[0]["code"] == "ownership_transferred"


def test_a_seizure_of_another_authoritys_item_or_bad_input_writes_nothing(seized, house):
    with pytest.raises(NotFound):
        decide(seized.as_("enforcement_officer", "HCM-02"), house)
    with pytest.raises(ValidationError) as err:
        decide(seized, house, category="jewels")
    assert list(err.value.fields) == ["category"]
    assert seized.rows("SELECT count(*) AS n FROM seizure") == [{"n": 0}]
