"""Test institutions: their directory entries, test keys (test keys only; never real ones) and
how a bank or VSDC builds and signs an answer, as docs/integrations.md tells them."""
import uuid
from datetime import datetime, timezone

from shared.events import new_envelope
from shared.signing import KeyRing

from services.property.directory import Directory

INSTITUTIONS = {
    "bank-vcb": {"kind": "bank", "name": "Vietcombank", "address": "198 Trần Quang Khải, Hà Nội"},
    "bank-bidv": {"kind": "bank", "name": "BIDV", "address": "194 Trần Quang Khải, Hà Nội"},
    "vsdc": {"kind": "vsdc", "name": "VSDC", "address": "112 Hoàng Quốc Việt, Hà Nội"},
    "treasury": {"kind": "treasury", "name": "Kho bạc Nhà nước Hà Nội",
                 "address": "32 Cát Linh, Hà Nội"},
}
# Test keys. vsdc is in the middle of a rotation: "old" still verifies, "new" signs.
KEYS = {"bank-vcb": {"active": "vcb-1", "keys": {"vcb-1": "test-secret-vcb-1"}},
        "bank-bidv": {"active": "bidv-1", "keys": {"bidv-1": "test-secret-bidv-1"}},
        "treasury": {"active": "kb-1", "keys": {"kb-1": "test-secret-treasury-1"}},
        "vsdc": {"active": "new", "keys": {"old": "test-secret-vsdc-old",
                                           "new": "test-secret-vsdc-new"}}}
RING = KeyRing.from_config(KEYS)

DECISION = {"decision_id": "D-7", "number": "07/QĐ-CCTHADS", "issued_on": "2026-11-26",
            "basis": "Bản án số 12/2026/DS-ST; Quyết định thi hành án số 45/QĐ-CCTHADS",
            "officer": "Nguyễn Văn An", "authority_name": "Chi cục THADS quận Ba Đình"}
HOLDER = {"name": "Trần Thị Bình", "id_number": "001185012345"}


def directory(keys=KEYS):
    return Directory(INSTITUTIONS, keys)


def freeze_request(accounts=None, obligation=150_000_000, costs=5_000_000, **extra):
    return {"case_id": "case-1", "decision": DECISION, "holder": HOLDER,
            "obligation_amount": obligation, "costs_amount": costs,
            "accounts": accounts or [
                {"institution": "bank-vcb", "account_number": "0011004455667",
                 "amount": 100_000_000},
                {"institution": "bank-bidv", "account_number": "12010000998877",
                 "amount": 55_000_000}], **extra}


def garnish_request(at="2026-11-30T09:00:00+07:00", minutes=60, **extra):
    return {"case_id": "case-1", "decision": {**DECISION, "decision_id": "D-8",
                                               "number": "08/QĐ-CCTHADS"},
            "obligation_amount": 150_000_000, "costs_amount": 5_000_000, "at": at,
            "minutes": minutes, "garnish_by": "2026-12-04",
            "receiving_account": {"name": "Chi cục THADS quận Ba Đình",
                                  "number": "3949.0.1055555", "bank": "Kho bạc Nhà nước"},
            **extra}


def answer(order, answer_type, ring=RING, institution=None, answer_id=None, authority=None,
           **fields):
    """The envelope an institution publishes to answer ``order`` (a dict with ``id``,
    ``institution``, ``case_id``, ``authority``), signed with ``ring``."""
    institution = institution or order["institution"]
    payload = {"answer_id": answer_id or str(uuid.uuid4()), "order_id": order["id"],
               "institution": institution, "case_id": order["case_id"],
               "answered_at": datetime.now(timezone.utc).isoformat(), **fields}
    if ring is not None:
        payload = ring.sign(institution, answer_type, 1, payload)
    return new_envelope(answer_type, payload, authority=authority or order["authority"],
                        case_id=order["case_id"])


def frozen(order, amount, **kw):
    return answer(order, f"{_kind(order)}.account_frozen", frozen_amount=amount, **kw)


def garnished(order, amount, reference="FT2633400001", **kw):
    return answer(order, f"{_kind(order)}.account_garnished", amount=amount,
                  transfer_reference=reference, transferred_on="2026-11-30", **kw)


def refused(order, code="account_closed", reason="Tài khoản đã đóng", **kw):
    return answer(order, f"{_kind(order)}.order_refused", reason_code=code, reason=reason, **kw)


def lifted(order, **kw):
    return answer(order, f"{_kind(order)}.account_freeze_lifted", **kw)


def _kind(order):
    return INSTITUTIONS[order["institution"]]["kind"]
