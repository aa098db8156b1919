"""The case's officer: assignment (Law Art. 36) and replacement (Decree 62/2015 Art. 10)."""
from datetime import date

from services.cases.rules import officers as rules


def test_officer_assignable_once_the_decision_is_issued_and_while_open():
    assert rules.officer_assignable("decision_issued")
    assert rules.officer_assignable("postponed")
    assert not rules.officer_assignable("request_accepted")
    assert not rules.officer_assignable("terminated")


def test_replacement_ground_error():
    assert rules.replacement_ground_error("10.1.d") is None
    assert "Art. 10.1" in rules.replacement_ground_error("10.2")


def test_replacement_kept_the_officer():
    assert rules.replacement_kept_the_officer("CHV-A", "CHV-A")
    assert not rules.replacement_kept_the_officer("CHV-A", "CHV-B")


def test_replacement_decision_within_5_working_days_across_a_weekend_and_tet(law):
    length, used = rules.REPLACEMENT_DECISION.resolve(law.params, date(2026, 12, 3))
    assert (length, used.confidence) == (5, "check")  # a 2026-07-01 row: unconfirmed
    assert law.calendar.due_date(date(2026, 12, 3), length, "working_days") == date(2026, 12, 10)
    length, used = rules.REPLACEMENT_DECISION.resolve(law.params, date(2026, 2, 13))
    assert used.confidence == "high"
    assert law.calendar.due_date(date(2026, 2, 13), length, "working_days") == date(2026, 2, 27)


def test_dossier_compilation_within_2_working_days_across_a_weekend_and_tet(law):
    length, used = rules.DOSSIER_COMPILATION.resolve(law.params, date(2026, 12, 3))
    assert (length, used.unit) == (2, "working_days")
    # Thursday 2026-12-03 -> Monday 2026-12-07
    assert law.calendar.due_date(date(2026, 12, 3), 2, "working_days") == date(2026, 12, 7)
    # Friday 2026-02-13 -> Tuesday 2026-02-24 (the Tết week skipped)
    assert law.calendar.due_date(date(2026, 2, 13), 2, "working_days") == date(2026, 2, 24)


def test_dossier_precedes_assignment():
    assert rules.dossier_precedes_assignment(date(2026, 12, 1), date(2026, 12, 2))
    assert not rules.dossier_precedes_assignment(date(2026, 12, 2), date(2026, 12, 2))


def test_replacement_basis_names_article_10_2_when_the_superior_decided():
    assert rules.replacement_basis("replace", False) == "Decree 62/2015 Art. 10.1, 10.3"
    assert rules.replacement_basis("reject", False) == "Decree 62/2015 Art. 10.3"
    assert rules.replacement_basis("reject", True) == (
        "Decree 62/2015 Art. 10.3; Decree 62/2015 Art. 10.2 (the officer is the head; the "
        "superior decided)")
