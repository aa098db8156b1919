"""receive_judgment through RabbitMQ and PostgreSQL: the happy path and the typed errors."""
import pytest

from shared.errors import Conflict, PermissionDenied, Unauthenticated, ValidationError
from tests.factories import judgment

pytestmark = pytest.mark.integration


def test_receive_judgment(cases, rpc_as, table_counts):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    assert received["number"] == "125/2026/DS-ST" and received["authority"] == "HN-01"
    assert [p["party_id"] for p in received["parties"]] == ["P1", "P2"]
    assert received["obligations"][0]["amount"] == 350000000
    counts = table_counts()
    assert (counts["judgment"], counts["obligation"], counts["platform_audit"]) == (1, 1, 1)


def test_malformed_judgment_names_each_bad_field_and_writes_nothing(cases, rpc_as, table_counts):
    bad = judgment(issued_on="15/09/2026", parties=[{"party_id": "P1", "name": ""}])
    del bad["court"]
    bad["obligations"][0]["kind"] = "pay_moneyy"
    with rpc_as("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.receive_judgment(bad)
    fields = err.value.fields
    assert set(fields) == {"court", "issued_on", "parties", "obligations"}
    assert fields["parties"]["0"].keys() == {"name", "address"}
    assert "kind" in fields["obligations"]["0"]
    assert set(table_counts().values()) == {0}


def test_same_judgment_twice_is_a_conflict(cases, rpc_as, table_counts):
    with rpc_as("court_system") as rpc:
        rpc.cases.receive_judgment(judgment())
        with pytest.raises(Conflict) as err:
            rpc.cases.receive_judgment(judgment())
    assert err.value.details == {"number": "125/2026/DS-ST"}
    assert table_counts()["judgment"] == 1


def test_only_a_court_system_sends_judgments(cases, rpc_as, token, table_counts):
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.receive_judgment(judgment())
    forged = token("court_system", forged=True)
    with rpc_as("court_system", raw_token=forged) as rpc, pytest.raises(Unauthenticated):
        rpc.cases.receive_judgment(judgment())
    assert table_counts()["judgment"] == 0
