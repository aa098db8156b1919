"""The cases service through RabbitMQ and PostgreSQL: bad input is refused with a typed error
naming what is wrong, and changes nothing."""
import pytest
from sqlalchemy import create_engine, text

from services.cases.service import CasesService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.factories import judgment, request_for

pytestmark = pytest.mark.integration


@pytest.fixture
def cases(container_factory, service_config):
    container = container_factory(CasesService, service_config("cases"))
    container.start()
    return container


def table_counts(uri):
    engine = create_engine(uri)
    with engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in (
            "judgment", "party", "obligation", "enforcement_case", "platform_deadline",
            "platform_audit", "platform_outbox")}
    engine.dispose()
    return counts


def test_malformed_judgment_names_each_bad_field_and_writes_nothing(cases, rpc_as, databases):
    bad = judgment(issued_on="15/09/2026", parties=[{"party_id": "P1", "name": ""}])
    del bad["court"]
    bad["obligations"][0]["kind"] = "pay_moneyy"
    with rpc_as("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.receive_judgment(bad)
    fields = err.value.fields
    assert set(fields) == {"court", "issued_on", "parties", "obligations"}
    assert fields["parties"]["0"].keys() == {"name", "address"}
    assert "kind" in fields["obligations"]["0"]
    assert set(table_counts(databases["cases"]).values()) == {0}


def test_obligation_naming_an_unknown_party_is_refused(cases, rpc_as):
    bad = judgment()
    bad["obligations"][0]["debtor_party_id"] = "P9"
    with rpc_as("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.receive_judgment(bad)
    assert err.value.fields == {"obligations": {"0": {"debtor_party_id": [
        "no party 'P9' in this judgment"]}}}


def test_payload_that_is_not_an_object_is_refused(cases, rpc_as):
    with rpc_as("court_system") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.receive_judgment(["not", "a", "judgment"])
    assert "must be an object" in err.value.message


def test_unknown_case_is_not_found(cases, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.cases.get_case("9b1c0000-0000-0000-0000-000000000000")
    assert err.value.details == {"case_id": "9b1c0000-0000-0000-0000-000000000000"}


def test_request_on_unknown_judgment_is_not_found_and_writes_nothing(cases, rpc_as, databases):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound):
        rpc.cases.submit_request(request_for("no-such-judgment"))
    assert set(table_counts(databases["cases"]).values()) == {0}


def test_request_outside_prescriptive_limit_is_refused(cases, rpc_as, databases):
    with rpc_as("court_system") as rpc:
        old = rpc.cases.receive_judgment(judgment(issued_on="2019-01-02",
                                                  effective_on="2019-02-01"))
    with rpc_as("desk_officer") as rpc, pytest.raises(Conflict) as err:
        rpc.cases.submit_request(request_for(old["id"], received_on="2026-11-20"))
    assert err.value.details == {"obligation_id": "O1", "limit_ended_on": "2024-02-01"}
    assert table_counts(databases["cases"])["enforcement_case"] == 0


def test_requester_must_be_a_party_to_the_obligations(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.submit_request(request_for(received["id"], requester_party_id="P7",
                                             obligation_ids=["O1", "O5"]))
    assert err.value.fields == {"obligation_ids": ["unknown: O5"]}


def test_other_authority_has_no_jurisdiction(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("desk_officer", authority="HCM-02") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.submit_request(request_for(received["id"]))


def test_a_second_decision_on_one_request_is_refused(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("head_of_authority") as rpc:
        case = rpc.cases.submit_request(request_for(received["id"]))
        decision = {"case_id": case["id"], "number": "1/QĐ", "issued_on": "2026-11-23"}
        rpc.cases.issue_enforcement_decision(decision)
        with pytest.raises(Conflict, match="one decision per request"):
            rpc.cases.issue_enforcement_decision(decision)


def test_same_judgment_twice_is_a_conflict(cases, rpc_as):
    with rpc_as("court_system") as rpc:
        rpc.cases.receive_judgment(judgment())
        with pytest.raises(Conflict):
            rpc.cases.receive_judgment(judgment())


def test_get_case_answers_exactly_as_the_write_entrypoints_do(cases, rpc_as):
    # get_case reads through services/cases/views.py (plain SQL), the writes dump ORM objects.
    with rpc_as("court_system") as rpc:
        received = rpc.cases.receive_judgment(judgment())
    with rpc_as("head_of_authority") as rpc:
        requested = rpc.cases.submit_request(request_for(received["id"]))
        assert rpc.cases.get_case(requested["id"]) == requested
        assert requested["decision"] is None
        decided = rpc.cases.issue_enforcement_decision(
            {"case_id": requested["id"], "number": "2/QĐ", "issued_on": "2026-11-23"})
        assert rpc.cases.get_case(requested["id"]) == decided
        assert decided["decision"]["number"] == "2/QĐ"
