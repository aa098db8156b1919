"""get_case_file, list_cases and list_deadlines through RabbitMQ and PostgreSQL (read-only)."""
import pytest

from shared.errors import NotFound, ValidationError
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


def test_desk_queries(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
    with rpc_as("head_of_authority") as rpc:
        rpc.cases.issue_enforcement_decision(
            {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"})
    with rpc_as("enforcement_officer") as rpc:
        got = rpc.cases.get_case_file(case["id"])
        assert [i["kind"] for i in got["dossier"]] == ["request", "enforcement_decision"]
        assert [h["action"] for h in got["history"]] == ["enforcement_request.accepted",
                                                         "enforcement_decision.issued"]
        listed = rpc.cases.list_cases({"status": "decision_issued"})
        assert (listed["total"], listed["items"][0]["id"]) == (1, case["id"])
        due = rpc.cases.list_deadlines({"on": "2026-11-24", "within_working_days": 3})
        # Tuesday 2026-11-24 is a holiday (Vietnam Culture Day): the notification of the
        # decision of Monday 23 is due Friday 27, within 3 working days of the 24th
        assert [d["rule_id"] for d in due["due_soon"]] == ["law39.1-notify-decision"]
        with pytest.raises(ValidationError) as err:
            rpc.cases.list_cases({"status": "lost", "page_size": 1000})
        assert set(err.value.fields) == {"status", "page_size"}
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.get_case_file(case["id"])
