"""Support instruments through RabbitMQ and PostgreSQL."""
import pytest

from shared.errors import ValidationError
from tests.conftest import wait_for

pytestmark = pytest.mark.integration


def test_instrument_delivered_returned_and_destroyed(with_officer, rpc_as, tap_events):
    tap = tap_events("personnel.events", "instrument.moved")
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_instrument({"id": "XIT-1", "authority_id": "HN-01",
                                           "kind": "pepper_spray",
                                           "allocation_decision": "QD-75", "on": "2025-08-01"})
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
