"""stop_enforcement, continue_enforcement and terminate_enforcement through RabbitMQ and
PostgreSQL: the happy path, the events and the typed errors crossing the wire."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.conftest import wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def case_id(decided_case_id):
    return decided_case_id


def stop(case_id, **changes):
    return {"case_id": case_id, "kind": "suspension", "ground": "49.1", "number": "7/QĐ",
            "reasons": "The Chief Justice suspended enforcement pending a cassation protest",
            "ground_arose_on": "2026-12-03", "decided_on": "2026-12-04", **changes}


def test_suspend_continue_and_terminate(case_id, rpc_as, tap_events):
    drain = tap_events("cases.events")
    with rpc_as("head_of_authority") as rpc:
        stopped = rpc.cases.stop_enforcement(stop(case_id))
        assert (stopped["case_status"], stopped["decided_on"]) == ("suspended", "2026-12-04")
        continued = rpc.cases.continue_enforcement(
            {"case_id": case_id, "number": "9/QĐ", "ground_ended_on": "2027-01-04",
             "decided_on": "2027-01-05"})
        assert (continued["case_status"], continued["continued_on"]) == ("decision_issued",
                                                                         "2027-01-05")
        ended = rpc.cases.terminate_enforcement(
            {"case_id": case_id, "ground": "50.1.c", "number": "11/QĐ", "reasons": "Waived",
             "ground_arose_on": "2027-01-06", "decided_on": "2027-01-06"})
        assert ended["case_status"] == "terminated"
        assert rpc.cases.get_case(case_id)["status"] == "terminated"
    wanted = {"enforcement.suspended", "enforcement.continued", "enforcement.terminated"}
    got = wait_for(lambda: (lambda seen: seen if set(seen) == wanted else None)(
        {e["type"]: e for e in drain() if e["type"] in wanted}), message="events")
    assert got["enforcement.suspended"]["payload"]["decision_id"] == stopped["id"]
    assert got["enforcement.continued"]["payload"]["stopped_by"] == stopped["id"]
    assert got["enforcement.terminated"]["case_id"] == case_id


def test_typed_errors_cross_the_wire(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.cases.stop_enforcement(stop(case_id, kind="pause", decided_on="2026-02-30"))
        assert set(err.value.fields) == {"kind", "decided_on"}
        with pytest.raises(ValidationError) as err:
            rpc.cases.stop_enforcement(stop(case_id, ground="50.1.a"))
        assert set(err.value.fields) == {"ground"}
        with pytest.raises(Conflict) as err:
            rpc.cases.continue_enforcement({"case_id": case_id, "number": "9/QĐ",
                                            "ground_ended_on": "2027-01-04",
                                            "decided_on": "2027-01-05"})
        assert err.value.details == {"status": "decision_issued"}
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.stop_enforcement(stop(case_id))
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.terminate_enforcement(
            {"case_id": case_id, "ground": "50.1.c", "number": "11/QĐ", "reasons": "Waived",
             "ground_arose_on": "2027-01-06", "decided_on": "2027-01-06"})
