"""Orders to institutions and their answers as pure rules (Decree 62/2015 Art. 13.5, 20, 21)."""
from datetime import date

import pytest

from shared.calendar import WorkingCalendar
from shared.law import parameters_of
from shared.legal import LawContext

from services.property.rules import institutions as rules

LAW = LawContext(parameters_of("property"), WorkingCalendar())
ORDER = rules.OrderView("bank-a", "bank", "account_freeze", "case-1", 1000, None)


def judge(order=ORDER, **kw):
    args = dict(source_kind="bank", institution="bank-a", case_id="case-1",
                outcome=rules.FROZEN, amount=1000, digest="d1", earlier_digest=None)
    args.update(kw)
    return rules.judge_answer(order, **args)


def test_judge_answer_applies_a_first_answer_that_fits_the_order():
    assert judge() == rules.APPLY


def test_judge_answer_the_same_answer_again_changes_nothing():
    assert judge(earlier_digest="d1") == rules.REPEAT
    answered = rules.OrderView("bank-a", "bank", "account_freeze", "case-1", 1000, "d1")
    assert judge(answered) == rules.REPEAT  # same content under a new answer id


@pytest.mark.parametrize("kw, refusal", [
    ({"earlier_digest": "d0"}, rules.ReplayedAnswer),
    ({"order": None}, rules.UnknownOrder),
    ({"institution": "bank-b"}, rules.WrongInstitution),
    ({"source_kind": "vsdc"}, rules.WrongInstitution),
    ({"case_id": "case-2"}, rules.WrongInstitution),
    ({"outcome": rules.GARNISHED}, rules.UnexpectedAnswer),
    ({"amount": 1001}, rules.AmountExceedsOrder),
])
def test_judge_answer_refuses_what_must_never_be_applied(kw, refusal):
    with pytest.raises(refusal):
        judge(**kw)


def test_judge_answer_refuses_a_second_different_answer_to_an_answered_order():
    answered = rules.OrderView("bank-a", "bank", "account_freeze", "case-1", 1000, "d1")
    with pytest.raises(rules.ReplayedAnswer):
        judge(answered, digest="d2", outcome=rules.REFUSED)


def test_routing_key_addresses_one_institution():
    assert rules.routing_key("bank-vcb", "account_freeze.ordered") == \
        "institution.bank-vcb.account_freeze.ordered"


WEEKEND_DUE = {1: date(2026, 12, 7), 5: date(2026, 12, 11), 2: date(2026, 12, 8)}
TET_DUE = {1: date(2027, 2, 11), 5: date(2027, 2, 17), 2: date(2027, 2, 12)}


@pytest.mark.parametrize("kind", sorted(rules.ORDER_KINDS))
def test_answer_due_on_across_a_weekend(kind):
    due, used = rules.answer_due_on(kind, date(2026, 12, 4), LAW)  # sent on a Friday
    assert used.unit == "working_days"
    assert due == WEEKEND_DUE[used.value]  # Monday for 1 working day, and so on


@pytest.mark.parametrize("kind", sorted(rules.ORDER_KINDS))
def test_answer_due_on_across_the_lunar_new_year_holiday(kind):
    # Sent on Wednesday 2027-02-03, the last working day before the Tết days off (2027-02-04
    # to 02-10): the count resumes on the first working day after them.
    due, used = rules.answer_due_on(kind, date(2027, 2, 3), LAW)
    assert due == TET_DUE[used.value]


def test_every_order_kind_has_a_dated_time_limit_and_its_answers():
    for kind in rules.ORDER_KINDS.values():
        assert rules.REFUSED in kind.outcomes
        assert LAW.params.value(kind.answer_limit.length_key, date(2026, 11, 29))
