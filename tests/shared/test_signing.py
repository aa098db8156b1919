"""HMAC signatures of messages to and from institutions (shared.signing): canonical content,
rotation, and every way a signature fails."""
import pytest

from shared.signing import KeyRing, SignatureError, canonical, digest

RING = KeyRing.from_config({"bank-a": {"active": "k2", "keys": {"k1": "old-secret",
                                                                 "k2": "new-secret"}}})
PAYLOAD = {"order_id": "o-1", "amount": 100, "holder": {"name": "Trần Thị Bình"}}


def test_canonical_content_is_sorted_compact_utf8_without_the_signature():
    signed = RING.sign("bank-a", "t.x", 1, PAYLOAD)
    assert canonical("t.x", 1, signed) == (
        '{"payload":{"amount":100,"holder":{"name":"Trần Thị Bình"},"order_id":"o-1"},'
        '"type":"t.x","version":1}').encode("utf-8")


def test_a_signed_payload_verifies_under_the_active_key():
    signed = RING.sign("bank-a", "t.x", 1, PAYLOAD)
    assert signed["signature"]["key_id"] == "k2"
    assert RING.verify("bank-a", "t.x", 1, signed) == "k2"


def test_during_a_rotation_the_previous_key_still_verifies():
    old = KeyRing.from_config({"bank-a": {"active": "k1", "keys": {"k1": "old-secret"}}})
    assert RING.verify("bank-a", "t.x", 1, old.sign("bank-a", "t.x", 1, PAYLOAD)) == "k1"


@pytest.mark.parametrize("change", ["content", "type", "key_id", "unknown_party", "missing",
                                    "algorithm"])
def test_a_signature_that_does_not_hold_is_refused(change):
    signed = RING.sign("bank-a", "t.x", 1, PAYLOAD)
    party, event_type = "bank-a", "t.x"
    if change == "content":
        signed = {**signed, "amount": 101}
    elif change == "type":
        event_type = "t.y"
    elif change == "key_id":
        signed["signature"] = {**signed["signature"], "key_id": "k9"}
    elif change == "unknown_party":
        party = "bank-b"
    elif change == "missing":
        signed = PAYLOAD
    else:
        signed["signature"] = {**signed["signature"], "algorithm": "none"}
    with pytest.raises(SignatureError):
        RING.verify(party, event_type, 1, signed)


def test_keys_may_come_as_json_text_from_the_environment():
    ring = KeyRing.from_config('{"vsdc": {"active": "a", "keys": {"a": "s"}}}')
    assert ring.knows("vsdc") and not ring.knows("bank-a")
    assert KeyRing.from_config("").parties == {}


def test_an_active_key_must_be_one_of_the_keys():
    with pytest.raises(ValueError):
        KeyRing.from_config({"x": {"active": "b", "keys": {"a": "s"}}})


def test_the_digest_tells_the_same_content_from_other_content():
    assert digest("t.x", 1, PAYLOAD) == digest("t.x", 1, dict(reversed(PAYLOAD.items())))
    assert digest("t.x", 1, PAYLOAD) != digest("t.x", 1, {**PAYLOAD, "amount": 1})
