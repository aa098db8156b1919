"""Collection from a third party (Decree 62/2015 Art. 23) as a pure rule."""
from services.property.rules import third_parties as rules


def test_third_party_consequence_of_delivering_is_nothing_more():
    assert rules.third_party_consequence(True, False)[:2] == (rules.NONE, rules.ART_23_1)


def test_third_party_consequence_of_holding_on_is_forcible_measures_at_its_cost():
    code, article, _ = rules.third_party_consequence(False, False)
    assert code == rules.FORCIBLE and rules.ART_23_3 in article


def test_third_party_consequence_of_paying_the_debtor_instead_is_compensation():
    code, article, text = rules.third_party_consequence(False, True)
    assert (code, article) == (rules.COMPENSATION, rules.ART_23_2)
    assert "compensates the judgment creditor" in text
