"""Requests for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7.2): one test (or more)
named after each rule."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import requests as rules
from services.cases.rules.lifecycle import CaseStatus


def obligation(oid, debtor="P2", creditor="P1"):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, creditor_party_id=creditor)


def test_prescriptive_limit_runs_five_years_from_the_effective_date(law):
    limit = rules.prescriptive_limit(date(2021, 3, 15), None, law, date(2026, 1, 5))
    assert limit.starts_on == date(2021, 3, 15)
    assert limit.ends_on == date(2026, 3, 16)  # 2026-03-15 is a Sunday: rolls to Monday
    assert limit.parameters_used[0]["key"] == "request_prescriptive_limit_years"
    assert limit.parameters_used[0]["value"] == 5


def test_prescriptive_limit_runs_from_the_due_date_when_the_judgment_sets_one(law):
    limit = rules.prescriptive_limit(date(2020, 1, 10), date(2022, 6, 1), law, date(2026, 1, 5))
    assert limit.starts_on == date(2022, 6, 1)
    assert limit.ends_on == date(2027, 6, 1)


def test_request_is_within_prescriptive_limit(law):
    limit = rules.prescriptive_limit(date(2021, 3, 15), None, law, date(2026, 1, 5))
    assert rules.request_is_within_prescriptive_limit(date(2026, 3, 16), limit)
    assert not rules.request_is_within_prescriptive_limit(date(2026, 3, 17), limit)


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
