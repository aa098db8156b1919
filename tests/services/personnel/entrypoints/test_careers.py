"""Careers through RabbitMQ and PostgreSQL: a decision made and one refused crossing the wire,
their events on the bus, and the typed errors."""
import pytest

from shared.errors import PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.services.personnel.examples import designation, dismissal

pytestmark = pytest.mark.integration


def test_designation_refused_then_made_then_dismissal_on_the_bus(with_officer, rpc_as,
                                                                  tap_events):
    tap = tap_events("personnel.events", "personnel_decision.*")
    with rpc_as("administrator", authority="HN") as rpc:
        refused = rpc.personnel.designate_manager(designation("CHV-A", authority_id="HN",
                                                              decider="minister"))
        made = rpc.personnel.designate_manager(designation("CHV-A"))
        dismissed = rpc.personnel.dismiss_officer(dismissal("CHV-A"))
        listed = rpc.personnel.list_personnel_decisions("CHV-A")
    assert refused["outcome"] == "refused" and "72.2.a" in refused["reasons"][0]
    assert made["outcome"] == "decided" and made["valid_from"] == "2026-03-02"
    assert dismissed["outcome"] == "decided" and dismissed["valid_from"] == "2026-05-31"
    assert [d["id"] for d in listed["decisions"]] == [refused["id"], made["id"],
                                                      dismissed["id"]]
    wait_for(lambda: len(tap()) >= 3, message="the decisions on the bus")
    assert sorted(m["type"] for m in tap()) == [
        "personnel_decision.made", "personnel_decision.made", "personnel_decision.refused"]


def test_careers_typed_errors_cross_the_wire(with_officer, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.transfer_officer({"officer_id": "CHV-A", "kind": "exile"})
    assert {"kind", "target_authority_id", "valid_from", "decision_number", "decider",
            "reason"} <= set(err.value.fields)
    with rpc_as("head_of_authority", authority="HN") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.dismiss_officer(dismissal("CHV-A"))
