"""The rejection grounds of Decree 62/2015 Art. 7.4 and its exceptions (a)-(c)."""
from types import SimpleNamespace

from services.cases.rules import unclear_judgments as rules


def item(kind="pay_money", amount=None, instalments=(), debtor_identified=True,
         right_assigned=None):
    return SimpleNamespace(kind=kind, amount=amount, instalments=list(instalments),
                           debtor_identified=debtor_identified, right_assigned=right_assigned)


def test_unclear_grounds_of_a_payment_without_an_amount():
    assert rules.unclear_grounds(item()) == ["amount_not_determined"]
    assert rules.unclear_grounds(item(amount=1_000_000)) == []
    assert rules.unclear_grounds(item(instalments=[{"due_on": "2026-01-01",
                                                    "amount": 2_000_000}])) == []
    # an obligation to deliver or to act states no amount, and needs none
    assert rules.unclear_grounds(item(kind="deliver_property")) == []


def test_unclear_grounds_of_an_unidentified_debtor():
    assert rules.unclear_grounds(item(kind="perform_act", debtor_identified=False)) == [
        "debtor_not_identified"]
    assert rules.unclear_grounds(item(debtor_identified=False)) == [
        "amount_not_determined", "debtor_not_identified"]


def test_assignment_exception_applies_while_the_creditor_does_not_hold_the_right():
    for right, clause in (("manage_property", "7.4(a)"), ("nurture_minor", "7.4(b)"),
                          ("visit_and_care", "7.4(c)")):
        found = rules.assignment_exception(item(right_assigned=right), True)
        assert clause in found
        assert rules.assignment_exception(item(right_assigned=right), False) is None
    assert rules.assignment_exception(item(), True) is None


def test_unclear_refusal_reasons_name_the_ground_and_the_exception_not_met():
    [plain, excepted] = rules.unclear_refusal_reasons([
        ("O1", ["amount_not_determined"], None),
        ("O2", ["debtor_not_identified"], "nurture_minor")])
    assert plain.startswith("Obligation O1: the judgment does not clearly determine the amount")
    assert "Art. 31.5(a)" in plain and "Art. 7.4" in plain
    assert "Art. 7.4(b)" in excepted and "already holds" in excepted
