"""Revocation and re-issue of enforcement decisions (Law Art. 37; Decree 62/2015 Art. 15.3)."""
from datetime import date
from types import SimpleNamespace

from services.cases.rules import revocation as rules

NEW = {"number": "2/QĐ", "issued_on": date(2026, 12, 1)}


def test_reissue_refused_because_a_transfer_needs_a_new_decision():
    assert "Art. 15.3" in rules.reissue_refused_because("rights_transferred", None)
    assert rules.reissue_refused_because("rights_transferred", NEW) is None


def test_reissue_refused_because_the_competent_authority_reissues_an_ultra_vires_decision():
    assert "37.1(a)" in rules.reissue_refused_because("ultra_vires", NEW)
    assert rules.reissue_refused_because("ultra_vires", None) is None


def test_reissue_refused_because_is_optional_for_errors_and_a_basis_ceased():
    for ground in ("error_changing_content", "basis_ceased"):
        assert rules.reissue_refused_because(ground, NEW) is None
        assert rules.reissue_refused_because(ground, None) is None


def test_transfer_refused_because_needs_a_recorded_transfer_of_the_case():
    recorded = SimpleNamespace(case_id="C1", outcome="recorded")
    assert rules.transfer_refused_because(recorded, "C1") is None
    assert "no transfer" in rules.transfer_refused_because(recorded, "C2")
    assert "no transfer" in rules.transfer_refused_because(None, "C1")
    refused = SimpleNamespace(case_id="C1", outcome="refused")
    assert "refused" in rules.transfer_refused_because(refused, "C1")


def test_revocation_precedes_decision():
    assert rules.revocation_precedes_decision(date(2026, 11, 22), date(2026, 11, 23))
    assert not rules.revocation_precedes_decision(date(2026, 11, 23), date(2026, 11, 23))


def test_reissue_precedes_revocation():
    assert rules.reissue_precedes_revocation(date(2026, 11, 30), date(2026, 12, 1))
    assert not rules.reissue_precedes_revocation(date(2026, 12, 1), date(2026, 12, 1))


def test_grounds_cite_the_law_and_the_decree():
    assert set(rules.GROUNDS) == {"ultra_vires", "error_changing_content", "basis_ceased",
                                  "rights_transferred"}
    assert "Decree 62/2015 Art. 15.3" in rules.GROUNDS["rights_transferred"]
