"""docs/integrations.md and its JSON Schemas are enough to talk to the platform: the reference
bank is driven here only from the documents (schemas read from docs/integrations/, signatures
computed as the document says with json and hmac), and its answers checked against them."""
import hashlib
import hmac
import json
import uuid
from datetime import datetime, timezone

import pytest
from jsonschema import Draft202012Validator
from kombu import Connection, Exchange

from shared.config import ROOT
from services.property import integrations

from tests.conftest import wait_for
from tests.services.property import institutions as banks

pytestmark = pytest.mark.integration
DOCS = ROOT / "docs" / "integrations"


def schema(name):
    document = json.loads((DOCS / f"{name}.v1.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(document)
    return document


def check(document, message):
    errors = list(Draft202012Validator(
        document, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(message))
    assert errors == []


def signed(secret, key_id, message_type, payload):
    """Section "Signatures" of docs/integrations.md, word for word."""
    content = json.dumps({"type": message_type, "version": 1, "payload": payload},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    value = hmac.new(secret.encode("utf-8"), content.encode("utf-8"), hashlib.sha256).hexdigest()
    return {**payload, "signature": {"key_id": key_id, "algorithm": "HMAC-SHA256",
                                     "value": value}}


def test_the_published_schemas_are_the_codes_own():
    assert integrations.render() == {p.name: p.read_text(encoding="utf-8")
                                     for p in DOCS.glob("*.schema.json")}


def _order(message_type, payload):
    secret = banks.KEYS["bank-vcb"]["keys"]["vcb-1"]
    event_id = str(uuid.uuid4())
    return {"event_id": event_id, "type": message_type, "version": 1,
            "occurred_at": datetime.now(timezone.utc).isoformat(), "authority": "HN-01",
            "case_id": "case-1", "correlation_id": event_id,
            "payload": signed(secret, "vcb-1", message_type, payload)}


DECISION = {**banks.DECISION}


def test_the_reference_bank_follows_the_documents_schemas(reference_institution, rabbit_config,
                                                          tap_events):
    answers = tap_events("bank.events")
    reference_institution("bank-vcb")
    freeze_id, garnish_id = str(uuid.uuid4()), str(uuid.uuid4())
    common = {"institution": "bank-vcb", "case_id": "case-1", "decision": DECISION,
              "answer_due_on": "2026-12-01", "holder": banks.HOLDER,
              "account_number": "0011004455667"}
    freeze = _order("account_freeze.ordered", {**common, "order_id": freeze_id,
                                               "amount": 150_000_000})
    garnish = _order("account_garnishment.ordered", {
        **common, "order_id": garnish_id, "amount": 50_000_000,
        "garnishee": {"name": "Vietcombank", "address": "198 Trần Quang Khải, Hà Nội"},
        "receiving_account": {"name": "Chi cục THADS quận Ba Đình", "number": "3949.0.1055555",
                              "bank": "Kho bạc Nhà nước"},
        "garnish_by": "2026-12-04", "freeze_order_id": freeze_id})
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        for order in (freeze, garnish):
            document = schema(order["type"])
            check(document, order)
            routing_key = document["x-routing-key"].replace("<institution>", "bank-vcb")
            conn.Producer().publish(order, exchange=Exchange(document["x-exchange"], "topic",
                                                             durable=True),
                                    routing_key=routing_key, serializer="json")
    got = wait_for(lambda: (lambda a: a if len(a) == 2 else None)(answers()), timeout=20,
                   message="two answers")
    by_order = {a["payload"]["order_id"]: a for a in got}
    frozen, garnished = by_order[freeze_id], by_order[garnish_id]
    check(schema("bank.account_frozen"), frozen)
    check(schema("bank.account_garnished"), garnished)
    assert frozen["payload"]["frozen_amount"] == 120_000_000  # the balance, below the order
    assert garnished["payload"]["amount"] == 50_000_000
    for answer in (frozen, garnished):
        payload = dict(answer["payload"])
        signature = payload.pop("signature")
        assert signed(banks.KEYS["bank-vcb"]["keys"]["vcb-1"], "vcb-1", answer["type"],
                      payload)["signature"] == signature
        assert (answer["authority"], answer["case_id"]) == ("HN-01", "case-1")
