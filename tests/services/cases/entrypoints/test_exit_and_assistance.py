"""Exit suspension (Decree Art. 51) and judicial assistance abroad (Art. 50) through RabbitMQ
and PostgreSQL: the happy paths, a refusal recorded with reasons, the typed errors."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

pytestmark = pytest.mark.integration


@pytest.fixture
def case_id(decided_case_id):
    return decided_case_id


def suspension(case_id, **changes):
    return {"case_id": case_id, "basis": "51.1.a", "requested_by_party_id": "P1",
            "person_name": "Trần Thị Bình", "identity_number": "001190012345",
            "nationality": "VN", "decided_on": "2026-11-24", **changes}


def test_exit_suspension_decided_refused_and_lifted(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        refused = rpc.cases.decide_exit_suspension(suspension(case_id, exemptions=[
            {"ground": "51.2.c", "evidence_reference": "Consent of P1"}]))
        decided = rpc.cases.decide_exit_suspension(suspension(case_id))
        lifted = rpc.cases.lift_exit_suspension({
            "suspension_id": decided["id"], "lifted_on": "2026-12-01",
            "ground": "judgment_cancelled", "evidence_reference": "Cassation 4/2026/GĐT"})
        with pytest.raises(Conflict):
            rpc.cases.lift_exit_suspension({
                "suspension_id": decided["id"], "lifted_on": "2026-12-02",
                "ground": "basis_ceased", "evidence_reference": "x"})
    assert (refused["status"], decided["status"], lifted["status"]) == ("refused", "in_force",
                                                                        "lifted")


def test_exit_suspension_errors_cross_the_wire(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.cases.decide_exit_suspension(suspension(case_id, basis="51.9", nationality="VNM"))
    assert set(err.value.fields) == {"basis", "nationality"}
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.cases.decide_exit_suspension(suspension(case_id))
    with rpc_as("head_of_authority", authority="HCM-02") as rpc, pytest.raises(NotFound):
        rpc.cases.decide_exit_suspension(suspension(case_id))


def test_judicial_assistance_to_fallback(case_id, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        made = rpc.cases.request_judicial_assistance({
            "case_id": case_id, "country": "JP", "purpose": "serve_documents",
            "description": "Serve the decision in Osaka", "dossier_sent_on": "2026-12-01"})
        with pytest.raises(Conflict):
            rpc.cases.apply_assistance_fallback({"assistance_id": made["id"],
                                                 "on": "2027-05-01"})
        done = rpc.cases.apply_assistance_fallback({"assistance_id": made["id"],
                                                    "on": "2027-06-02"})
    assert (made["results_due_on"], done["status"]) == ("2027-06-01", "fallback")


def test_assistance_through_the_province_and_a_foreign_request_received(case_id, rpc_as):
    foreign = {"country": "KR", "foreign_authority": "Seoul District Court",
               "foreign_reference": "2026-JA-118", "subject": "Serve a decision in Hà Nội",
               "received_on": "2026-12-07"}
    with rpc_as("head_of_authority") as rpc:
        made = rpc.cases.request_judicial_assistance({
            "case_id": case_id, "country": "KR", "purpose": "serve_documents",
            "description": "Serve the decision in Busan", "dossier_sent_on": "2026-12-05",
            "requesting_level": "district", "entrusted_to": "HN-PROV"})
        with pytest.raises(ValidationError) as err:
            rpc.cases.request_judicial_assistance({
                "case_id": case_id, "country": "KR", "purpose": "serve_documents",
                "description": "Serve it again", "dossier_sent_on": "2026-12-05",
                "requesting_level": "district"})
        received = rpc.cases.receive_foreign_assistance_request(
            {**foreign, "receiving_level": "province"})
        with pytest.raises(PermissionDenied):
            rpc.cases.receive_foreign_assistance_request(
                {**foreign, "receiving_level": "district"})
    assert (made["entrusted_to"], set(err.value.fields)) == ("HN-PROV", {"entrusted_to"})
    assert (received["authority"], received["received_on"]) == ("HN-01", "2026-12-07")
