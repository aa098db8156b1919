"""The seizure rules (Decree 62/2015 Art. 24; Law Art. 74, 75), one test (or more) named after
each."""
from services.property.rules import seizure as rules


def test_enterprise_tier_accounts_then_valuables_then_other_property():
    assert [rules.enterprise_tier(c) for c in rules.CATEGORIES] == [1, 2, 2, 2, 3, 3]


def test_enterprise_order_refusal_of_other_property_before_the_accounts():
    reason = rules.enterprise_order_refusal("land_house", False, False)
    assert (reason["code"], reason["article"]) == ("enterprise_accounts_first",
                                                   "Decree 62/2015 Art. 24.5")
    assert rules.enterprise_order_refusal("gemstone", False, False)["code"] == \
        "enterprise_accounts_first"


def test_enterprise_order_refusal_of_other_property_before_the_valuables():
    assert rules.enterprise_order_refusal("other", True, False)["code"] == \
        "enterprise_valuables_first"
    assert rules.enterprise_order_refusal("debt_instrument", True, False) is None
    assert rules.enterprise_order_refusal("other", True, True) is None
    assert rules.enterprise_order_refusal("account", False, False) is None


def test_enterprise_order_refusal_yields_to_the_judgment_or_the_litigants_agreement():
    assert rules.enterprise_order_refusal("other", False, False, "court_judgment") is None
    assert rules.enterprise_order_refusal("other", False, False, "litigants_agreement") is None


def test_joint_land_refusal_while_other_property_suffices():
    assert rules.joint_land_refusal("land_house", True, True, False)["article"] == \
        "Decree 62/2015 Art. 24.2(a)"
    assert rules.joint_land_refusal("land_house", True, True, True) is None
    assert rules.joint_land_refusal("land_house", True, False, False) is None
    assert rules.joint_land_refusal("land_house", False, True, False) is None


def test_debtor_share_of_divided_joint_property_rounded_down():
    assert rules.debtor_share(4_500_000_001, 1, 2) == 2_250_000_000
    assert rules.debtor_share(4_500_000_000, None, None) is None


def test_mortgage_covers_property_worth_no_more_than_the_secured_debt():
    assert rules.mortgage_covers_property(3_000_000_000, 3_000_000_000)
    assert not rules.mortgage_covers_property(3_000_000_001, 3_000_000_000)
    assert not rules.mortgage_covers_property(3_000_000_000, None)


def test_transaction_refusal_only_once_ownership_has_passed():
    assert rules.transaction_refusal("transferred")["code"] == "ownership_transferred"
    assert rules.transaction_refusal("not_transferred") is None
    assert rules.transaction_refusal("none") is None


def test_voluntary_handover_restricts_other_transactions_when_it_suffices():
    assert rules.voluntary_handover_restricts(True, 500_000_000, 500_000_000)
    assert not rules.voluntary_handover_restricts(True, 499_999_999, 500_000_000)
    assert not rules.voluntary_handover_restricts(False, 900_000_000, 500_000_000)
