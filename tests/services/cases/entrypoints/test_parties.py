"""Parties' identity documents through RabbitMQ and PostgreSQL: the court's system sends them,
only the case's officers read them back, and no event carries them."""
import pytest

from shared.errors import ValidationError
from tests.conftest import wait_for
from tests.factories import judgment, request_for
from tests.services.cases.handlers.test_parties import PARTIES

pytestmark = pytest.mark.integration
NUMBERS = {"001085012345", "0101234567"}


def test_identity_numbers_reach_only_the_case_officers(cases, rpc_as, tap_events,
                                                       table_counts):
    drain = tap_events("cases.events")
    with rpc_as("court_system") as rpc:
        before = table_counts()
        bad = [PARTIES[0], {**PARTIES[1], "identity_kind": "passport"}]
        with pytest.raises(ValidationError) as err:
            rpc.cases.receive_judgment(judgment(parties=bad))
        assert err.value.fields == {"parties": {"1": {"identity_kind": [
            "not a document of a organisation"]}}}
        assert table_counts() == before
        received = rpc.cases.receive_judgment(judgment(parties=PARTIES))
        assert [p["province_code"] for p in received["parties"]] == ["01", "01"]
        assert not any("identity_number" in p for p in received["parties"])
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
        assert not any("identity_number" in p for p in rpc.cases.get_case_file(case["id"])[
            "parties"])
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
        got = rpc.cases.get_case_file(case["id"])
        assert {p["identity_number"] for p in got["parties"]} == NUMBERS
    issued = wait_for(lambda: [e for e in drain() if e["type"] == "enforcement_decision.issued"],
                      message="the decision's event")
    assert [p["party_id"] for p in issued[0]["payload"]["parties"]] == ["P1", "P2"]
    assert not any(n in str(event) for event in drain() for n in NUMBERS)
