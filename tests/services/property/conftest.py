"""What every tier of the property tests shares: the items of the examples, and the case they
belong to as ``cases`` announces it (``enforcement_case.opened``)."""
from shared.events import new_envelope

ACCOUNT = {"case_id": "case-1", "debtor_party_id": "P2", "kind": "bank_account",
           "status": "declared", "recorded_on": "2026-11-25",
           "description": "Tài khoản thanh toán số 0011004455667 tại Vietcombank chi nhánh Hà Nội",
           "estimated_value": 120000000}
HOUSE = {"case_id": "case-1", "debtor_party_id": "P2", "kind": "real_estate",
         "status": "found", "recorded_on": "2026-11-27",
         "description": "Nhà và đất tại 45 Kim Mã, Ba Đình, Hà Nội (GCN số CH 01234)",
         "estimated_value": 4500000000}


def case_opened(case_id="case-1", authority="HN-01", judgment_id="J-1", opened_on="2026-11-20"):
    """The envelope ``cases`` publishes when it opens ``case_id`` for ``authority``."""
    return new_envelope("enforcement_case.opened",
                        {"judgment_id": judgment_id, "opened_on": opened_on},
                        authority=authority, case_id=case_id)
