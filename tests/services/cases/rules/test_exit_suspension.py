"""Exit suspension (Decree 62/2015 Art. 51): refusal reasons, exemptions, the basis ceasing."""
from services.cases.rules import exit_suspension as rules


def test_refusal_reasons_none_when_a_creditor_requests_and_money_is_owed():
    assert rules.refusal_reasons("51.1.a", "P1", {"P1"}, [], owed=10) == []
    assert rules.refusal_reasons("51.1.b", None, {"P1"}, [], owed=10) == []


def test_refusal_reasons_for_a_non_creditor_and_nothing_owed():
    reasons = rules.refusal_reasons("51.1.a", "P9", {"P1"}, [], owed=0)
    assert len(reasons) == 2 and "Art. 51.1(a)" in reasons[1]


def test_refusal_reasons_for_each_exemption_with_evidence():
    reasons = rules.refusal_reasons("51.1.a", "P1", {"P1"}, [
        {"ground": "51.2.c", "evidence_reference": "Creditor's consent 3/2026"},
        {"ground": "51.2.a", "evidence_reference": ""}], owed=10)
    assert reasons == ["exempt under Decree 62/2015 Art. 51.2(c): the judgment creditor agrees "
                       "to the exit (Creditor's consent 3/2026)"]


def test_basis_ceased_when_received_covers_everything_owed():
    assert rules.basis_ceased(105, 105)
    assert not rules.basis_ceased(104, 105)
    assert not rules.basis_ceased(0, 0)
