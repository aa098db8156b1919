"""transfer_rights through RabbitMQ and PostgreSQL: the heir-search notice on the bus."""
import pytest

from shared.errors import PermissionDenied, ValidationError
from tests.conftest import wait_for
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


def test_transfer_rights_on_death_requests_the_notice(cases, rpc_as, tap_events):
    drain = tap_events("cases.events", "public_notice.requested")
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
        payload = {"case_id": case["id"], "kind": "debtor_death_no_known_heir",
                   "from_party_id": "P2", "informed_on": "2026-12-01",
                   "decided_on": "2026-12-01"}
        with pytest.raises(ValidationError) as err:
            rpc.cases.transfer_rights({**payload, "kind": "gift"})
        assert set(err.value.fields) == {"kind"}
        got = rpc.cases.transfer_rights(payload)
    assert got["period_ends_on"] == "2027-03-01"
    [notice] = wait_for(drain, message="public_notice.requested")
    assert (notice["case_id"], notice["payload"]["posted_until"]) == (case["id"], "2027-03-01")
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.transfer_rights(payload)
