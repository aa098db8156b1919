"""Forcible measures planned through RabbitMQ: decided, or refused with reasons (issue 12
capability 1)."""
import pytest

from shared.errors import PermissionDenied, ValidationError

from tests.conftest import rows
from tests.services.property import institutions as banks

pytestmark = pytest.mark.integration


def test_a_forcible_measure_in_the_lunar_new_year_window_is_refused_and_recorded(
        open_case, rpc_as, databases):
    open_case()
    request = {"case_id": "case-1", "decision": banks.DECISION, "kind": "property_distraint",
               "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
               "targeted_amount": 360_000_000, "starts_at": "2027-02-08T08:00:00+07:00",
               "minutes": 120}
    with rpc_as("enforcement_officer") as rpc:
        refused = rpc.property.plan_forcible_measure(request)["measure"]
        decided = rpc.property.plan_forcible_measure(
            {**request, "starts_at": "2026-12-01T08:00:00+07:00"})["measure"]
    assert refused["status"] == "refused"
    assert "lunar_new_year" in [r["code"] for r in refused["reasons"]]
    assert decided["status"] == "decided"
    assert rows(databases["property"], "SELECT status FROM enforcement_measure ORDER BY "
                                       "created_at") == [{"status": "refused"},
                                                         {"status": "decided"}]


def test_planning_needs_the_permission_and_a_forcible_kind(open_case, rpc_as):
    open_case()
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.property.plan_forcible_measure({})
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as raised:
        rpc.property.plan_forcible_measure({"case_id": "case-1", "kind": "account_freeze"})
    assert "kind" in raised.value.fields


def test_collections_from_profit_and_third_parties_through_rpc(open_case, rpc_as, databases):
    open_case()
    with rpc_as("enforcement_officer") as rpc:
        profit = rpc.property.plan_collection({
            "case_id": "case-1", "decision": banks.DECISION, "kind": "profit_collection",
            "obligation_amount": 350_000_000, "costs_amount": 10_000_000,
            "period_on": "2025-06-30", "period_amount": 20_000_000, "members": 3,
            "area": "urban"})["measure"]
        asked = rpc.property.request_third_party({
            "case_id": "case-1", "holder_name": "Công ty TNHH Minh Phát",
            "holder_address": "88 Láng Hạ, Hà Nội", "description": "Tiền hàng còn nợ",
            "amount": 40_000_000, "requested_on": "2026-12-01", "comply_by": "2026-12-15"})
        answered = rpc.property.record_third_party_response({
            "request_id": asked["id"], "complied": False, "responded_on": "2026-12-16"})
    assert (profit["status"], profit["targeted_amount"]) == ("decided", 14_000_000)
    assert (answered["status"], answered["consequence"]) == ("not_complied",
                                                             "forcible_measures")
    assert rows(databases["property"], "SELECT status FROM third_party_request") == [
        {"status": "not_complied"}]
