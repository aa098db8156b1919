"""Decisions on request and their notification (Law Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import decisions as rules


def test_decision_on_request_is_due_within_5_working_days(law):
    length, used = rules.DECISION_ON_REQUEST.resolve(law.params, date(2026, 2, 13))
    assert (length, used.unit) == (5, "working_days")
    # Friday before Tết 2026: the holiday week is skipped
    assert law.calendar.due_date(date(2026, 2, 13), length, used.unit) == date(2026, 2, 27)
    assert "Art. 36.1" in rules.DECISION_ON_REQUEST.article


def test_notify_decision_is_due_within_3_working_days(law):
    length, used = rules.NOTIFY_DECISION.resolve(law.params, date(2026, 11, 23))
    assert (length, used.unit) == (3, "working_days")
    assert law.calendar.due_date(date(2026, 11, 23), length, used.unit) == date(2026, 11, 27)
    assert "Art. 39.1" in rules.NOTIFY_DECISION.article


def test_decision_precedes_request():
    assert rules.decision_precedes_request(date(2026, 11, 19), date(2026, 11, 20))
    assert not rules.decision_precedes_request(date(2026, 11, 20), date(2026, 11, 20))
    assert not rules.decision_precedes_request(date(2026, 11, 23), date(2026, 11, 20))


def test_party_roles():
    def item(oid, debtor, creditor):
        return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor,
                               creditor_party_id=creditor)

    obligations = [item("O1", "P2", "P1"), item("O2", "P1", "P3"), item("O3", "P4", None)]
    # only the requested items count; a party keeps the first role found
    assert rules.party_roles(obligations, ["O1", "O2"]) == {
        "P2": "judgment_debtor", "P1": "judgment_creditor", "P3": "judgment_creditor"}
    # an item without a creditor names only its debtor
    assert rules.party_roles(obligations, ["O3"]) == {"P4": "judgment_debtor"}
    assert rules.party_roles(obligations, []) == {}


def test_party_roles_a_party_named_by_no_obligation_is_a_related_party():
    """Decree 62/2015 Art. 12.1: the persons with related rights and obligations are notified;
    a party of the judgment with no item of its own is one, a creditor of an item not
    requested is not."""
    def item(oid, debtor, creditor):
        return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor,
                               creditor_party_id=creditor)

    obligations = [item("O1", "P2", "P1"), item("O2", "P2", "P4")]
    assert rules.party_roles(obligations, ["O1"], ["P1", "P2", "P3", "P4"]) == {
        "P2": "judgment_debtor", "P1": "judgment_creditor", "P3": "related_party"}
    assert rules.party_roles(obligations, [], ["P3"]) == {"P3": "related_party"}


def test_requests_decided_together():
    def item(oid, debtor, creditor):
        return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor,
                               creditor_party_id=creditor)

    def case(cid, requester, obligations, on=date(2026, 11, 20), status="request_accepted",
             decision_id=None):
        return SimpleNamespace(id=cid, requester_party_id=requester, obligation_ids=obligations,
                               request_received_on=on, status=status, decision_id=decision_id)

    # one debtor P9 owes creditors P1, P2, P3
    items = [item("O1", "P9", "P1"), item("O2", "P9", "P2"), item("O3", "P9", "P3"),
             item("O4", "P8", "P1")]
    c1, c2, c3 = case("C1", "P1", ["O1"]), case("C2", "P2", ["O2"]), case("C3", "P3", ["O3"])
    # Art. 7.1: several creditors of one debtor requesting the same day -> one decision
    assert rules.requests_decided_together(c1, [c3, c2, c1], items) == ["C1", "C2", "C3"]
    # another day is not "at the same time"; a decided or refused request is not joined
    later = case("C4", "P2", ["O2"], on=date(2026, 11, 23))
    decided = case("C5", "P3", ["O3"], status="decision_issued", decision_id="D1")
    refused = case("C6", "P2", ["O2"], status="request_refused")
    assert rules.requests_decided_together(c1, [later, decided, refused], items) == ["C1"]
    # another debtor, or a request by the debtor, or the same creditor again, is not joined
    other_debtor = case("C7", "P1", ["O4"])
    by_debtor = case("C8", "P9", ["O2"])
    same_creditor = case("C9", "P1", ["O1"])
    assert rules.requests_decided_together(c1, [other_debtor, by_debtor, same_creditor],
                                           items) == ["C1"]
    # a request against several debtors, or made by the debtor, gets its own decision
    assert rules.requests_decided_together(case("CA", "P1", ["O1", "O4"]), [c2], items) == ["CA"]
    assert rules.requests_decided_together(by_debtor, [c1, c2], items) == ["C8"]
    assert "Art. 7.1" in rules.ONE_DECISION_FOR_SEVERAL_CREDITORS
