"""Impoundment (Art. 18), expropriated property (Art. 32, 33) and certificates (Art. 28) through
the handlers with a real unit of work: records lacking 18.2's contents refused with nothing
written; a return only against proof; the 10-day and 25-working-day deadlines owed and met."""
from datetime import date

import pytest

from shared.errors import ValidationError
from shared.validation import load

from services.property.handlers import certificates, expropriation, impoundment
from services.property.schemas import (CERTIFICATE_DECISION_IN, CERTIFICATE_IN,
                                       EXPROPRIATED_DONE_IN, EXPROPRIATED_IN, IMPOUNDMENT_IN,
                                       IMPOUNDMENT_RETURN_IN)

from tests.services.property.conftest import ACCOUNT, HOUSE
from tests.services.property.handlers.seized import seized  # noqa: F401


@pytest.fixture
def cash(seized):
    seized.case_opened()
    return seized.record({**ACCOUNT, "kind": "movable", "description": "Tiền mặt tại nhà"})


def impound(seized, item, **overrides):
    return seized.run(impoundment.impound, load(IMPOUNDMENT_IN, {
        "case_id": "case-1", "property_id": item.id, "impounded_on": "2026-11-30",
        "owner_name": "Trần Thị Bình", "kind": "money", "description": "Tiền mặt",
        "currency": "VND", "face_values": [{"face_value": 500_000, "quantity": 20}],
        "serial_numbers": ["QA12345678"], "storage": "Kho vật chứng Chi cục THADS Ba Đình",
        **overrides}))


def test_impoundment_of_money_by_face_value_is_recorded_and_evented(seized, cash):
    record = impound(seized, cash)
    assert (record.status, record.computations) == ("impounded", {"money_total": 10_000_000})
    [(_, event)] = seized.outbox("impoundment.recorded")
    assert (event["status"], event["kind"]) == ("impounded", "money")


def test_impoundment_of_valuables_unsealed_is_refused_and_writes_nothing(seized, cash):
    with pytest.raises(ValidationError) as err:
        impound(seized, cash, kind="precious_metal_gem", face_values=[])
    assert set(err.value.fields) == {"sealed", "witnesses", "seal_description"}
    assert seized.rows("SELECT count(*) AS n FROM impoundment") == [{"n": 0}]


def test_return_only_against_proof_of_ownership(seized, cash):
    record = impound(seized, cash)
    ask = {"impoundment_id": record.id, "returned_on": "2026-12-15",
           "returned_to": "Trần Thị Bình", "warehouse_keeper": "Phạm Văn Dũng"}
    with pytest.raises(ValidationError) as err:
        seized.run(impoundment.return_impounded, load(IMPOUNDMENT_RETURN_IN, ask))
    assert list(err.value.fields) == ["proof"]
    returned = seized.run(impoundment.return_impounded, load(IMPOUNDMENT_RETURN_IN, {
        **ask, "proof": "ownership_document"}))
    assert (returned.status, returned.return_proof) == ("returned", "ownership_document")


def test_expropriated_property_received_late_is_stored_at_the_receivers_cost(seized, cash):
    record = seized.run(expropriation.record_expropriated, load(EXPROPRIATED_IN, {
        "case_id": "case-1", "description": "Xe máy Honda biển số 29B1-555.55 (tịch thu)",
        "disposal": "hand_over", "responsible_authority": "Sở Tài chính Hà Nội",
        "started_on": "2026-12-10"}))
    assert (record.status, record.receipt_due_on) == ("notified", date(2026, 12, 21))
    done = seized.run(expropriation.complete_expropriated, load(EXPROPRIATED_DONE_IN, {
        "expropriated_id": record.id, "on": "2026-12-23"}))
    assert (done.status, done.storage_at_receivers_cost_from) == ("received", date(2026, 12, 22))
    assert seized.deadlines("decree32.2-receive-expropriated") == [
        {"due_on": date(2026, 12, 21), "status": "met", "met_on": date(2026, 12, 23)}]
    assert [p["late"] for _, p in seized.outbox("expropriated_property.progressed")] == [
        False, True]


def test_destruction_by_the_council_within_10_days(seized, cash):
    record = seized.run(expropriation.record_expropriated, load(EXPROPRIATED_IN, {
        "case_id": "case-1", "description": "Hóa chất độc hại (tang vật)", "disposal": "destroy",
        "started_on": "2027-01-27"}))
    assert record.destruction_due_on == date(2027, 2, 11)  # across Tết
    with pytest.raises(ValidationError):
        seized.run(expropriation.complete_expropriated, load(EXPROPRIATED_DONE_IN, {
            "expropriated_id": record.id, "on": "2027-02-05"}))
    done = seized.run(expropriation.complete_expropriated, load(EXPROPRIATED_DONE_IN, {
        "expropriated_id": record.id, "on": "2027-02-05",
        "method": "thuê đơn vị có chức năng xử lý chất thải nguy hại"}))
    assert (done.status, done.destroyed_on) == ("destroyed", date(2027, 2, 5))


def test_certificate_revocation_owes_the_land_authority_25_working_days(seized, cash):
    house = seized.record(HOUSE)
    request = seized.run(certificates.propose_certificate_revocation, load(CERTIFICATE_IN, {
        "case_id": "case-1", "property_id": house.id, "certificate_number": "CH 01234",
        "act": "revoke", "first_issue": False, "received_on": "2026-12-01"}))
    assert (request.addressed_to, request.due_on) == ("land_registration", date(2027, 1, 6))
    decided = seized.run(certificates.record_certificate_decision, load(
        CERTIFICATE_DECISION_IN, {"request_id": request.id, "decided_on": "2027-01-07",
                                  "decision_number": "45/QĐ-VPĐKĐĐ"}))
    assert decided.computations["land_authority_decision"]["met_on"] == "2027-01-07"
    assert seized.deadlines("decree28.2-land-authority-revocation") == [
        {"due_on": date(2027, 1, 6), "status": "met", "met_on": date(2027, 1, 7)}]
    assert [p["late"] for _, p in seized.outbox("certificate_request.progressed")] == [
        False, True]
