"""Support instruments through RabbitMQ and PostgreSQL."""
import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import ALLOCATION, GENERAL_DEPARTMENT, PLAN

pytestmark = pytest.mark.integration


@pytest.fixture
def allocated(with_officer, rpc_as):
    """HN's plan decided by the General Director (Decree Art. 75.1)."""
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.register_authority(GENERAL_DEPARTMENT)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.submit_instrument_plan(PLAN)
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.decide_instrument_plan(ALLOCATION)
    return with_officer


def test_plan_submitted_and_decided_through_the_broker_art_75_1(with_officer, rpc_as,
                                                                  tap_events):
    tap = tap_events("personnel.events", "instrument_plan.*")
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.register_authority(GENERAL_DEPARTMENT)
    with rpc_as("administrator", authority="HN") as rpc:
        submitted = rpc.personnel.submit_instrument_plan(PLAN)
        with pytest.raises(PermissionDenied):
            rpc.personnel.decide_instrument_plan({**ALLOCATION, "decided_by_authority_id": "HN"})
        with pytest.raises(ValidationError) as err:
            rpc.personnel.submit_instrument_plan({**PLAN, "id": "KH-2",
                                                  "requested": {"rubber_baton": "20"}})
    assert list(err.value.fields) == ["requested"]
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        decided = rpc.personnel.decide_instrument_plan(ALLOCATION)
        with pytest.raises(Conflict):
            rpc.personnel.decide_instrument_plan(ALLOCATION)
    assert (submitted["status"], submitted["allocated"]) == ("submitted", None)
    assert (decided["status"], decided["allocated"]["rubber_baton"], decided["decided_on"]) == (
        "decided", 2, "2025-07-25")
    wait_for(lambda: len(tap()) >= 2, message="the plan on the bus")
    assert [m["type"] for m in tap()] == ["instrument_plan.submitted", "instrument_plan.decided"]


def test_instrument_delivered_returned_and_destroyed(allocated, rpc_as, tap_events):
    tap = tap_events("personnel.events", "instrument.moved")
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_instrument({"id": "XIT-1", "authority_id": "HN-01",
                                           "kind": "pepper_spray",
                                           "allocation_decision": "QD-75/QD-TCTHADS",
                                           "on": "2025-08-01"})
        delivered = rpc.personnel.deliver_instrument({"instrument_id": "XIT-1",
                                                      "officer_id": "CHV-A",
                                                      "on": "2026-11-02",
                                                      "delivery_note": "BBG-1"})
        rpc.personnel.return_instrument({"instrument_id": "XIT-1", "on": "2026-11-02",
                                         "delivery_note": "BBG-2"})
        rpc.personnel.inspect_instrument({"instrument_id": "XIT-1", "on": "2026-11-05",
                                          "condition": "unrepairable", "report_number": "KT-1"})
        disposed = rpc.personnel.dispose_instruments({
            "authority_id": "HN", "instrument_ids": ["XIT-1"], "action": "destroy",
            "on": "2026-11-20", "decision_number": "QD-3"})
        read = rpc.personnel.get_instrument("XIT-1")
        with pytest.raises(ValidationError) as err:
            rpc.personnel.dispose_instruments({"authority_id": "HN", "instrument_ids": [],
                                               "action": "burn", "on": "2026-11-20",
                                               "decision_number": "QD-3"})
    assert delivered["holder_id"] == "CHV-A" and disposed["outcome"] == "decided"
    assert read["status"] == "destroyed" and len(read["movements"]) == 5
    assert set(err.value.fields) == {"instrument_ids", "action"}
    wait_for(lambda: len(tap()) >= 5, message="the movements on the bus")
    assert [m["payload"]["action"] for m in tap()] == [
        "registered", "delivered", "returned", "inspected", "destroyed"]
