"""Requests for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7.2): one test (or more)
named after each rule."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import requests as rules
from services.cases.rules.lifecycle import CaseStatus


def obligation(oid, debtor="P2", creditor="P1"):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, creditor_party_id=creditor)


def test_prescriptive_limit_runs_five_years_from_the_effective_date(law):
    limit = rules.prescriptive_limit(rules.limit_starts_on(date(2021, 3, 15), None), law)
    assert limit.starts_on == date(2021, 3, 15)
    assert limit.ends_on == date(2026, 3, 16)  # 2026-03-15 is a Sunday: rolls to Monday
    assert limit.parameters_used[0]["key"] == "request_prescriptive_limit_years"
    assert limit.parameters_used[0]["value"] == 5
    assert (limit.deducted_days, limit.base_ends_on) == (0, date(2026, 3, 16))


def test_limit_starts_on_the_due_date_when_the_judgment_sets_one(law):
    assert rules.limit_starts_on(date(2020, 1, 10), None) == date(2020, 1, 10)
    assert rules.limit_starts_on(date(2020, 1, 10), date(2022, 6, 1)) == date(2022, 6, 1)
    limit = rules.prescriptive_limit(rules.limit_starts_on(date(2020, 1, 10), date(2022, 6, 1)),
                                     law)
    assert limit.starts_on == date(2022, 6, 1)
    assert limit.ends_on == date(2027, 6, 1)


def test_request_is_within_prescriptive_limit(law):
    limit = rules.prescriptive_limit(date(2021, 3, 15), law)
    assert rules.request_is_within_prescriptive_limit(date(2026, 3, 16), limit)
    assert not rules.request_is_within_prescriptive_limit(date(2026, 3, 17), limit)


def test_prescriptive_limit_across_a_weekend_and_across_tet(law):
    # ends on Saturday 2026-02-14 -> Monday 16 Feb is Tết (16-20 Feb 2026): rolls to 23 Feb
    limit = rules.prescriptive_limit(date(2021, 2, 14), law)
    assert limit.ends_on == date(2026, 2, 23)
    # ends on Sunday 2026-03-01 -> Monday 2 March
    assert rules.prescriptive_limit(date(2021, 3, 1), law).ends_on == date(2026, 3, 2)


def deduction(ground="natural_disaster", evidence="4.4.a", start="2020-10-10", end="2020-10-19",
              reference="Xác nhận 12/UBND xã Hương Sơn"):
    return {"ground": ground, "evidence": evidence, "evidence_reference": reference,
            "from_on": date.fromisoformat(start), "to_on": date.fromisoformat(end)}


def test_prescriptive_limit_deducts_proved_periods_of_force_majeure(law):
    # effective 2019-02-01: 5 years end on 2024-02-01; 10 days of flood deducted -> 2024-02-11,
    # a Sunday -> Monday 2024-02-12... which is Tết 2024 (8-14 Feb): rolls to Thursday 15 Feb
    limit = rules.prescriptive_limit(date(2019, 2, 1), law, [deduction()])
    assert (limit.base_ends_on, limit.deducted_days) == (date(2024, 2, 1), 10)
    assert limit.ends_on == date(2024, 2, 15)
    [entry] = limit.deductions
    assert entry["accepted"] and entry["days_counted"] == 10 and entry["reason"] is None
    record = limit.as_record()
    assert (record["starts_on"], record["law_applied_on"], record["ends_on"]) == (
        "2019-02-01", "2019-02-01", "2024-02-15")
    assert record["rule"] == rules.PRESCRIPTIVE_LIMIT.article


def test_prescriptive_limit_counts_overlapping_periods_once_and_only_inside_the_limit(law):
    periods = [deduction(start="2020-10-10", end="2020-10-19"),          # 10 days
               deduction(ground="postponement", evidence="decision",   # overlaps 5 more
                         start="2020-10-15", end="2020-10-24"),
               deduction(start="2018-01-01", end="2018-12-31")]        # before the start
    limit = rules.prescriptive_limit(date(2019, 2, 1), law, periods)
    assert limit.deducted_days == 15
    assert [d["days_counted"] for d in limit.deductions] == [10, 10, 0]


def test_prescriptive_limit_counts_a_period_the_extension_reaches(law):
    # a period just after the base end is reached once the first deduction extends the limit
    periods = [deduction(start="2020-10-10", end="2020-10-19"),
               deduction(ground="suspension", evidence="decision",
                         start="2024-02-05", end="2024-02-06")]
    limit = rules.prescriptive_limit(date(2019, 2, 1), law, periods)
    assert limit.deducted_days == 12


def test_deduction_refused_because():
    assert rules.deduction_refused_because(deduction()) is None
    assert rules.deduction_refused_because(
        deduction(ground="loss_of_consciousness", evidence="4.4.b")) is None
    assert rules.deduction_refused_because(
        deduction(ground="other_hindrance", evidence="4.4.e")) is None
    # a medical record does not prove a flood: Art. 4.4(a) wants the commune's confirmation
    reason = rules.deduction_refused_because(deduction(evidence="4.4.b"))
    assert "Art. 4.4(a)" in reason and "medical record" in reason
    assert "employer" in rules.deduction_refused_because(
        deduction(ground="work_requirements", evidence="4.4.a"))
    assert "Art. 30.2" in rules.deduction_refused_because(
        deduction(ground="postponement", evidence="4.4.a"))
    assert "not identified" in rules.deduction_refused_because(deduction(reference=""))
    assert "ends before" in rules.deduction_refused_because(
        deduction(start="2020-10-10", end="2020-10-01"))
    assert "not a ground" in rules.deduction_refused_because(deduction(ground="boredom"))
    # every ground of Art. 4.3 / Law Art. 30.2 has evidence of Art. 4.4 (a)-(e) or a decision
    assert set(rules.EVIDENCE_FOR_GROUND) == set(rules.GROUNDS)
    assert {e for kinds in rules.EVIDENCE_FOR_GROUND.values() for e in kinds} == set(
        rules.EVIDENCE_KINDS)


def test_prescriptive_limit_does_not_deduct_unproved_periods(law):
    limit = rules.prescriptive_limit(date(2019, 2, 1), law, [deduction(evidence="4.4.c")])
    assert (limit.deducted_days, limit.ends_on) == (0, date(2024, 2, 1))
    [entry] = limit.deductions
    assert not entry["accepted"] and entry["days_counted"] == 0 and "Art. 4.4(a)" in entry["reason"]


def test_refusal_reasons(law):
    late = rules.prescriptive_limit(date(2019, 2, 1), law, [deduction(evidence="4.4.c")])
    reasons = rules.refusal_reasons(date(2026, 11, 20), [("O1", late)])
    assert reasons[0] == (
        "Obligation O1: the prescriptive limit of Law Art. 30.1 ran from 2019-02-01 and ended on "
        "2024-02-01 (0 day(s) of force majeure, objective hindrance, postponement or suspension "
        "deducted, Decree Art. 4.2-4.4); the request was received on 2026-11-20.")
    assert reasons[1].startswith("Obligation O1: the period 2020-10-10 to 2020-10-19 "
                                 "(natural_disaster) was not deducted:")
    assert "31.5(c)" in rules.REQUEST_REFUSED and "7.2" in rules.REQUEST_REFUSED


def test_refusal_of_request_is_due_within_5_working_days_across_a_weekend_and_tet(law):
    length, used = rules.REFUSAL_OF_REQUEST.resolve(law.params, date(2026, 11, 20))
    # a period from 2026-07-01 is under Law 106/2025/QH15: the old value, unconfirmed
    assert (length, used.unit, used.confidence) == (5, "working_days", "check")
    assert rules.REFUSAL_OF_REQUEST.resolve(law.params, date(2026, 2, 12))[1].confidence == (
        "medium")
    assert "Art. 31.5" in rules.REFUSAL_OF_REQUEST.article
    # Friday 2026-11-20: weekend and 24 November skipped
    assert law.calendar.due_date(date(2026, 11, 20), length, used.unit) == date(2026, 11, 30)
    # Thursday 2026-02-12: Tết 16-20 Feb skipped
    assert law.calendar.due_date(date(2026, 2, 12), length, used.unit) == date(2026, 2, 26)


def test_unknown_obligations():
    items = [obligation("O1"), obligation("O2")]
    assert rules.unknown_obligations(["O1", "O5", "O2", "O9"], items) == ["O5", "O9"]
    assert rules.unknown_obligations(["O2"], items) == []


def test_obligations_requestable_by():
    items = [obligation("O1"), obligation("O2", debtor="P3", creditor="P4")]
    assert rules.obligations_requestable_by("P1", items) == ["O2"]
    assert rules.obligations_requestable_by("P2", items[:1]) == []


def test_duplicate_of_open_case():
    def case(cid, requester="P1", obligations=("O1", "O2"), status=CaseStatus.REQUEST_ACCEPTED):
        return SimpleNamespace(id=cid, requester_party_id=requester,
                               obligation_ids=list(obligations), status=status)

    open_case = case("C1")
    others = [case("C2", requester="P2"), case("C3", obligations=("O1",))]
    # the same requester and the same set of items, in any order: the open case it repeats
    assert rules.duplicate_of_open_case("P1", ["O2", "O1"], others + [open_case]) is open_case
    assert rules.duplicate_of_open_case("P1", ["O1", "O2"],
                                        [case("C4", status="decision_issued")]).id == "C4"
    # another requester, or another set of items, is a new request
    assert rules.duplicate_of_open_case("P1", ["O1", "O2", "O3"], [open_case]) is None
    assert rules.duplicate_of_open_case("P3", ["O1", "O2"], [open_case]) is None
    assert rules.duplicate_of_open_case("P1", ["O1"], []) is None


def test_voluntary_payment_exception(law):
    late = [("O1", rules.prescriptive_limit(date(2019, 2, 1), law))]  # ended 2024-02-01
    payment = {"payer": "Trần Văn Cường (brother)", "sentence_reference": "Bản án 45/2023/HS-ST",
               "paid_on": date(2026, 11, 2), "amount": 50000000, "property": None}
    assert rules.voluntary_payment_exception(late, payment) == (True, None)
    # paid before the limit expired: Art. 4.6 does not apply, and the reason says why
    applies, reason = rules.voluntary_payment_exception(
        late, {**payment, "paid_on": date(2024, 1, 15)})
    assert not applies and "2024-02-01" in reason and "Art. 4.6" in reason
    # nothing declared, or nothing late: no exception and no reason
    assert rules.voluntary_payment_exception(late, None) == (False, None)
    assert rules.voluntary_payment_exception([], payment) == (False, None)
    assert "Art. 4.6" in rules.VOLUNTARY_PAYMENT_EXCEPTION


def test_limit_starts_from_each_instalment_of_a_periodic_obligation():
    # one-off: one limit, from the due date or the effective date
    assert rules.limit_starts(date(2020, 1, 10), None) == [(None, date(2020, 1, 10))]
    assert rules.limit_starts(date(2020, 1, 10), date(2022, 6, 1)) == [(None, date(2022, 6, 1))]
    # periodic: one limit per instalment, from its own due date, oldest first
    days = [date(2021, 3, 1), date(2020, 3, 1)]
    assert rules.limit_starts(date(2020, 1, 10), None, days) == [
        (date(2020, 3, 1), date(2020, 3, 1)), (date(2021, 3, 1), date(2021, 3, 1))]
