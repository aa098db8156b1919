"""How an item of property comes to the case: the lifecycle table, one test per rule."""
import pytest

from shared.errors import Conflict

from services.property.rules import lifecycle
from services.property.rules.lifecycle import PropertyStatus


def test_check_transition_a_new_item_is_declared_or_found_each_with_its_article():
    declared = lifecycle.check_transition(None, "declared")
    found = lifecycle.check_transition(None, PropertyStatus.FOUND)
    assert (declared.target, declared.article) == (PropertyStatus.DECLARED,
                                                    "Decree 62/2015 Art. 9.1")
    assert (found.target, found.article) == (PropertyStatus.FOUND,
                                             "Decree 62/2015 Art. 9.1, 9.2, 9.7")


def test_check_transition_refuses_what_no_article_allows():
    with pytest.raises(Conflict) as err:
        lifecycle.check_transition(PropertyStatus.FOUND, PropertyStatus.DECLARED)
    assert err.value.details == {"status": "found"}
    with pytest.raises(ValueError):
        lifecycle.check_transition(None, "seized")


def test_every_transition_cites_an_article():
    assert all(t.article.startswith("Decree 62/2015 Art. 9") for t in lifecycle.TRANSITIONS)
    assert {t.target for t in lifecycle.TRANSITIONS} == set(PropertyStatus)


def test_check_order_transition_follows_the_answers_the_decree_allows():
    from services.property.rules.lifecycle import OrderStatus, check_order_transition
    assert check_order_transition(None, OrderStatus.SENT).article.startswith("Decree 62/2015")
    assert check_order_transition(OrderStatus.SENT, OrderStatus.REFUSED).article == \
        "Decree 62/2015 Art. 20.2"
    assert check_order_transition(OrderStatus.FROZEN, OrderStatus.LIFTED)
    with pytest.raises(Conflict):
        check_order_transition(OrderStatus.REFUSED, OrderStatus.FROZEN)
    with pytest.raises(Conflict):
        check_order_transition(OrderStatus.GARNISHED, OrderStatus.GARNISHED)


def test_check_third_party_transition_allows_one_answer():
    from services.property.rules.lifecycle import ThirdPartyStatus, check_third_party_transition
    assert check_third_party_transition(ThirdPartyStatus.REQUESTED, ThirdPartyStatus.COMPLIED)
    with pytest.raises(Conflict):
        check_third_party_transition(ThirdPartyStatus.COMPLIED, ThirdPartyStatus.NOT_COMPLIED)
