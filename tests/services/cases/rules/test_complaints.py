"""Complaints (Decree 62/2015 Art. 38; Law Art. 140): filing limits, repetitions, escalation."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import complaints as rules


def test_filing_limit_by_kind(law):
    known = date(2026, 11, 25)  # Wednesday
    ends = {kind: rules.filing_limit(kind, known, law)[0] for kind in rules.SUBJECT_KINDS}
    assert ends == {"account_freeze": date(2026, 11, 30),  # 3 working days, weekend skipped
                    "security_measure": date(2026, 12, 7),  # Sat 12-05 rolls to Mon
                    "forcible_measure": date(2026, 12, 25),
                    "other": date(2026, 12, 10)}


def test_filing_limit_across_tet(law):
    # an account freeze known Thu 2026-02-12: 3 working days skip the Tết days off -> 2026-02-24
    assert rules.filing_limit("account_freeze", date(2026, 2, 12), law)[0] == date(2026, 2, 24)


def test_filing_limit_excludes_force_majeure_days(law):
    ends, used = rules.filing_limit("other", date(2026, 11, 25), law, force_majeure_days=7)
    assert ends == date(2026, 12, 17) and used.key == "complaint_limit_other_days"


def test_filed_late():
    assert rules.filed_late(date(2026, 12, 11), date(2026, 12, 10))
    assert not rules.filed_late(date(2026, 12, 10), date(2026, 12, 10))


def c(status, who="P2", act="12/QĐ"):
    return SimpleNamespace(complainant_party_id=who, act_reference=act, status=status)


def test_is_repeated_without_new_evidence():
    assert rules.is_repeated([c("settled")], "P2", "12/QĐ", new_evidence=False)
    assert not rules.is_repeated([c("settled")], "P2", "12/QĐ", new_evidence=True)
    assert not rules.is_repeated([c("accepted")], "P2", "12/QĐ", new_evidence=False)
    assert not rules.is_repeated([c("settled", who="P1")], "P2", "12/QĐ", new_evidence=False)


def test_already_informed_answers_a_repetition_once():
    assert rules.already_informed([c("kept_repeated")], "P2", "12/QĐ")
    assert not rules.already_informed([c("settled")], "P2", "12/QĐ")


def test_may_escalate_only_after_the_reply_day_unanswered():
    due = date(2026, 12, 2)
    assert rules.may_escalate(due, date(2026, 12, 3), "received")
    assert not rules.may_escalate(due, date(2026, 12, 2), "received")
    assert not rules.may_escalate(due, date(2026, 12, 3), "accepted")


def test_accept_or_reply_within_5_working_days(law):
    length, _ = rules.ACCEPT_OR_REPLY.resolve(law.params, date(2026, 11, 27))
    assert law.calendar.due_date(date(2026, 11, 27), length, "working_days") == date(2026, 12, 4)
