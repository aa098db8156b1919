"""Receiving judgments, through the handler with a real unit of work and no broker."""
import pytest

from shared.errors import Conflict


def test_receive_judgment_records_the_judgment_its_parties_and_obligations(cases):
    record = cases.receive()
    [row] = cases.rows("SELECT * FROM judgment")
    assert row["id"] == record.id and row["authority"] == "HN-01"
    assert row["number"] == "125/2026/DS-ST"
    assert [p["party_id"] for p in cases.rows("SELECT * FROM party ORDER BY party_id")] == [
        "P1", "P2"]
    [obligation] = cases.rows("SELECT * FROM obligation")
    assert obligation["amount"] == 350000000 and obligation["creditor_party_id"] == "P1"


def test_receive_judgment_is_audited_under_law_article_28(cases):
    record = cases.receive()
    [audit] = cases.rows("SELECT * FROM platform_audit")
    assert (audit["action"], audit["subject_type"], audit["subject_id"]) == (
        "judgment.received", "judgment", record.id)
    assert audit["legal_basis"] == "Law on Civil Judgment Enforcement Art. 28"
    assert (audit["role"], audit["authority"]) == ("head_of_authority", "HN-01")


def test_same_judgment_twice_is_a_conflict_and_writes_nothing_more(cases):
    cases.receive()
    with pytest.raises(Conflict) as err:
        cases.receive()
    assert err.value.details == {"number": "125/2026/DS-ST"}
    assert len(cases.rows("SELECT id FROM judgment")) == 1
    assert len(cases.rows("SELECT id FROM platform_audit")) == 1
