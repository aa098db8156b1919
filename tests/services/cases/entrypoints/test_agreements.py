"""record_agreement, witness_agreement and terminate_by_agreement through RabbitMQ and
PostgreSQL: the happy path, the events and the typed errors crossing the wire."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for

pytestmark = pytest.mark.integration


def agreement(judgment_id, case_id, **changes):
    return {"judgment_id": judgment_id, "case_id": case_id, "kind": "non_enforcement",
            "obligation_ids": ["O1"], "made_on": "2026-12-03", "place": "45 Kim Mã, Hà Nội",
            "contents": "The creditor waives the rest against VND 100,000,000 paid today",
            "performance_due_on": "2026-12-03",
            "consequences": "None: the waiver is final once paid",
            "signatories": ["P1", "P2"], **changes}


def test_record_witness_and_terminate(decided_case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    with rpc_as("head_of_authority") as rpc:
        judgment_id = rpc.cases.get_case(decided_case_id)["judgment_id"]
    with rpc_as("enforcement_officer") as rpc:
        recorded = rpc.cases.record_agreement(agreement(judgment_id, decided_case_id))
        assert (recorded["stage"], recorded["decision_due_on"]) == ("after_decision",
                                                                    "2026-12-10")
        witnessed = rpc.cases.witness_agreement(
            {"agreement_id": recorded["id"], "on": "2026-12-04", "outcome": "witnessed",
             "place": "head_office"})
        assert witnessed["status"] == "witnessed"
        with pytest.raises(PermissionDenied):
            rpc.cases.terminate_by_agreement({"agreement_id": recorded["id"],
                                              "number": "12/QĐ", "decided_on": "2026-12-08"})
    with rpc_as("head_of_authority") as rpc:
        ended = rpc.cases.terminate_by_agreement(
            {"agreement_id": recorded["id"], "number": "12/QĐ", "decided_on": "2026-12-08"})
        assert (ended["case_status"], ended["partial"]) == ("terminated", False)
        assert rpc.cases.get_case(decided_case_id)["status"] == "terminated"
        breached = rpc.cases.record_agreement_breach(
            {"agreement_id": recorded["id"], "breached_on": "2027-01-05",
             "breaching_party_id": "P2", "unperformed": "The VND 100,000,000 was not paid"})
        assert breached["breached_on"] == "2027-01-05"
    wanted = {"agreement.recorded", "agreement.witnessed", "enforcement.terminated_by_agreement",
              "agreement.breached"}
    got = wait_for(lambda: (lambda seen: seen if set(seen) == wanted else None)(
        {e["type"]: e for e in drain() if e["type"] in wanted}), message="events")
    assert got["enforcement.terminated_by_agreement"]["payload"]["agreement_id"] == recorded["id"]


def test_typed_errors_cross_the_wire(decided_case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        judgment_id = rpc.cases.get_case(decided_case_id)["judgment_id"]
        with pytest.raises(ValidationError) as err:
            rpc.cases.record_agreement(agreement(judgment_id, decided_case_id, kind="deal",
                                                 made_on="2026-02-30"))
        assert set(err.value.fields) == {"kind", "made_on"}
        with pytest.raises(ValidationError) as err:
            rpc.cases.record_agreement(agreement(judgment_id, decided_case_id,
                                                 consequences=None, signatories=["P1"]))
        assert set(err.value.fields) == {"consequences", "signatories"}
        recorded = rpc.cases.record_agreement(agreement(judgment_id, decided_case_id,
                                                        kind="performance"))
        with pytest.raises(Conflict):
            rpc.cases.terminate_by_agreement({"agreement_id": recorded["id"],
                                              "number": "12/QĐ", "decided_on": "2026-12-08"})
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.witness_agreement({"agreement_id": recorded["id"], "on": "2026-12-04",
                                     "outcome": "witnessed", "place": "head_office"})
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.record_agreement(agreement(judgment_id, decided_case_id))
