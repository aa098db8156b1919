"""Automatic decisions (Law Art. 36.2; Decree 62/2015 Art. 6)."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import automatic as rules


def item(oid, debtor, creditor=None, automatic="court_fee", joint_group=None):
    return SimpleNamespace(obligation_id=oid, debtor_party_id=debtor, creditor_party_id=creditor,
                           automatic=automatic, joint_group=joint_group)


def test_automatic_decision_is_due_within_5_working_days_across_a_weekend(law):
    length, used = rules.AUTOMATIC_DECISION.resolve(law.params, date(2026, 11, 27))
    assert (length, used.unit, used.key) == (5, "working_days", "automatic_decision_working_days")
    # received on a Friday: Monday 30 November is the first working day counted
    assert law.calendar.due_date(date(2026, 11, 27), length, used.unit) == date(2026, 12, 4)


def test_automatic_decision_is_due_within_5_working_days_across_the_lunar_new_year(law):
    length, used = rules.AUTOMATIC_DECISION.resolve(law.params, date(2026, 2, 12))
    # Thursday before Tết 2026: Friday counts, 16-20 February are holidays
    assert law.calendar.due_date(date(2026, 2, 12), length, used.unit) == date(2026, 2, 26)
    assert used.confidence == "medium"
    after, row = rules.AUTOMATIC_DECISION.resolve(law.params, date(2026, 7, 1))
    assert (after, row.confidence) == (5, "check")  # Law 106/2025/QH15: unconfirmed


def test_is_automatic_marks_only_the_items_of_article_6_3_and_law_36_2():
    assert rules.is_automatic(item("O1", "P1", automatic="tax_arrears"))
    assert rules.is_automatic(item("O1", "P1", automatic="confiscation"))
    assert not rules.is_automatic(item("O1", "P1", automatic=None))
    assert not rules.is_automatic(item("O1", "P1", automatic="loan"))
    assert "Art. 6.3" in rules.AUTOMATIC_ITEMS["payment_to_state_budget"]


def test_person_of_item_is_the_recipient_of_a_return_and_the_debtor_otherwise():
    assert rules.person_of_item(item("O1", "P2", "P1", automatic="return_to_owner")) == "P1"
    assert rules.person_of_item(item("O1", "P2", automatic="fine")) == "P2"


def test_automatic_decision_groups_pools_single_portions_of_several_persons():
    [group] = rules.automatic_decision_groups([item("O1", "P1"), item("O2", "P2", automatic="fine")])
    assert (group.clause, group.obligation_ids, group.persons) == (
        "6.1", ("O1", "O2"), ("P1", "P2"))
    assert group.legal_basis == "Decree 62/2015 Art. 6.1 (one decision for certain portions)"


def test_automatic_decision_groups_gives_a_returned_person_a_decision_of_their_own():
    groups = rules.automatic_decision_groups([
        item("O1", "P1"), item("O2", "P2"),
        item("O3", "P1", "P3", automatic="return_to_owner")])
    assert [(g.clause, g.obligation_ids, g.persons) for g in groups] == [
        ("6.1", ("O1", "O2"), ("P1", "P2")), ("6.1.a", ("O3",), ("P3",))]


def test_automatic_decision_groups_gives_a_person_with_several_clauses_one_decision():
    groups = rules.automatic_decision_groups([
        item("O1", "P1"), item("O2", "P2"), item("O3", "P1", automatic="fine")])
    assert [(g.clause, g.obligation_ids, g.persons) for g in groups] == [
        ("6.1.b", ("O1", "O3"), ("P1",)), ("6.1", ("O2",), ("P2",))]


def test_automatic_decision_groups_gives_a_person_with_rights_and_obligations_one_decision():
    groups = rules.automatic_decision_groups([
        item("O1", "P1"), item("O2", "P2", "P1", automatic="return_to_owner")])
    [group] = groups
    assert (group.clause, group.obligation_ids, group.persons) == (
        "6.1.c", ("O1", "O2"), ("P1",))


def test_automatic_decision_groups_decides_joint_items_together():
    groups = rules.automatic_decision_groups([
        item("O1", "P1", joint_group="J"), item("O2", "P2", joint_group="J"),
        item("O3", "P3"), item("O4", "P4", automatic=None)])
    assert [(g.clause, g.obligation_ids, g.persons) for g in groups] == [
        ("6.2", ("O1", "O2"), ("P1", "P2")), ("6.1", ("O3",), ("P3",))]


def test_automatic_decision_groups_ignores_items_enforced_on_request():
    assert rules.automatic_decision_groups([item("O1", "P1", "P2", automatic=None)]) == []


def test_decision_precedes_receipt():
    assert rules.decision_precedes_receipt(date(2026, 11, 26), date(2026, 11, 27))
    assert not rules.decision_precedes_receipt(date(2026, 11, 27), date(2026, 11, 27))
