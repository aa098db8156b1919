from shared.contracts import spec


def test_published_contracts_match_the_code():
    assert spec.OUTPUT.read_text(encoding="utf-8") == spec.render(), (
        "docs/contracts.json is out of date: run `python -m shared.contracts.spec`")


def test_each_contract_names_its_exchange_and_routing_key():
    schemas = spec.build()["components"]["schemas"]
    decision = schemas["enforcement_decision.issued.v1"]
    assert decision["x-exchange"] == "cases.events"
    assert decision["x-routing-key"] == "enforcement_decision.issued"
    assert "parties" in decision["required"]
    assert set(schemas["Envelope"]["required"]) == {
        "event_id", "type", "version", "occurred_at", "authority", "correlation_id", "payload"}
