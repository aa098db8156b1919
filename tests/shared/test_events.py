import uuid

import pytest

from shared.errors import ValidationError
from shared.events import CONTRACTS, exchange_name, new_envelope, source_of, validate_envelope

PAYLOAD = {
    "decision_id": "d-1", "decision_number": "1/QĐ", "basis": "on_request",
    "issued_on": "2026-11-23", "judgment_id": "j-1", "judgment_number": "125/2026/DS-ST",
    "court": "TAND Ba Đình", "notify_by": "2026-11-27",
    "parties": [{"party_id": "P1", "role": "judgment_creditor", "name": "A", "address": "B"}],
}


def test_envelope_has_every_field():
    envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01",
                            case_id="c-1", correlation_id="corr-1")
    assert set(envelope) == {"event_id", "type", "version", "occurred_at", "authority",
                             "case_id", "correlation_id", "payload"}
    assert uuid.UUID(envelope["event_id"]) and envelope["version"] == 1
    assert envelope["payload"]["issued_on"] == "2026-11-23"
    assert validate_envelope(envelope)["payload"]["issued_on"].isoformat() == "2026-11-23"


def test_producer_cannot_emit_what_the_contract_refuses():
    with pytest.raises(ValidationError) as err:
        new_envelope("enforcement_decision.issued", {**PAYLOAD, "parties": []},
                     authority="HN-01")
    assert "parties" in err.value.fields["payload"]


def test_invalid_envelope_names_each_bad_field():
    envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01")
    broken = {**envelope, "event_id": "not-a-uuid", "occurred_at": None}
    del broken["authority"]
    with pytest.raises(ValidationError) as err:
        validate_envelope(broken)
    assert set(err.value.fields) == {"event_id", "occurred_at", "authority"}


def test_unknown_type_or_version_is_refused():
    envelope = new_envelope("enforcement_decision.issued", PAYLOAD, authority="HN-01")
    with pytest.raises(ValidationError) as err:
        validate_envelope({**envelope, "version": 99})
    assert "no contract" in str(err.value)
    with pytest.raises(ValidationError):
        validate_envelope("not json object")


def test_contract_routes_to_its_publishers_exchange():
    assert ("enforcement_decision.issued", 1) in CONTRACTS
    assert exchange_name(source_of("enforcement_decision.issued")) == "cases.events"
