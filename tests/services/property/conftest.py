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


def case_entrusted(case_id="case-1", from_authority="HN-01", to_authority="DN-03",
                   decided_on="2026-12-02"):
    """The envelope ``cases`` publishes when it entrusts ``case_id`` to ``to_authority``
    (Decree 62/2015 Art. 16): the envelope's authority is the new one."""
    return new_envelope("enforcement.entrusted", {
        "entrustment_id": f"ent-{case_id}", "decision_number": "15/QĐ-CCTHADS",
        "decided_on": decided_on, "from_authority": from_authority,
        "to_authority": to_authority, "place_kind": "property",
        "legal_basis": "Decree 62/2015 Art. 16"}, authority=to_authority, case_id=case_id)
