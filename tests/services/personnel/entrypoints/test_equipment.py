"""Cards, uniforms and insignia through RabbitMQ and PostgreSQL."""
import pytest

from shared.errors import Conflict, ValidationError
from tests.conftest import wait_for

pytestmark = pytest.mark.integration


def test_card_uniform_and_insignia_across_the_wire(with_officer, rpc_as, tap_events):
    tap = tap_events("personnel.events", "#")
    with rpc_as("administrator", authority="HN") as rpc:
        issued = rpc.personnel.issue_card({"officer_id": "CHV-A", "kind": "enforcement_officer",
                                           "number": "THE-1", "issued_on": "2025-07-15"})
        with pytest.raises(Conflict):
            rpc.personnel.issue_card({"officer_id": "CHV-A", "kind": "enforcement_officer",
                                      "number": "THE-2", "issued_on": "2025-07-16"})
        first = rpc.personnel.issue_uniform({"officer_id": "CHV-A", "item": "insignia",
                                             "quantity": 2, "on": "2025-07-15"})
        refused = rpc.personnel.issue_uniform({"officer_id": "CHV-A", "item": "insignia",
                                               "quantity": 1, "on": "2026-07-15"})
        with pytest.raises(ValidationError) as err:
            rpc.personnel.issue_uniform({"officer_id": "CHV-A", "item": "cape",
                                         "quantity": 0, "on": "2026-07-15"})
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        cards = rpc.personnel.list_cards("CHV-A")
        insignia = rpc.personnel.get_insignia({"officer_id": "CHV-A", "on": "2026-01-05"})
    assert issued["status"] == "issued" and cards["cards"][0]["number"] == "THE-1"
    assert first["due_on"] == "2028-07-17" and refused["outcome"] == "refused"
    assert set(err.value.fields) == {"item", "quantity"}
    assert insignia["insignia"]["article"] == "Decree 62/2015 Art. 81.5.c"

    def types():
        return [m["type"] for m in tap()]
    wait_for(lambda: "uniform.refused" in types(), message="the uniform events")
    assert {"card.issued", "uniform.issued"} <= set(types())
