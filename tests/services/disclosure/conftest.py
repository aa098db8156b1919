"""What every tier of the disclosure tests shares: the entries of the examples, and the cases
they belong to as ``cases`` announces them (``enforcement_case.opened``)."""
from shared.events import new_envelope

BINH = {"case_id": "case-1", "debtor_name": "Trần Thị Bình",
        "debtor_address": "45 Kim Mã, phường Giảng Võ, Hà Nội",
        "judgment": "Bản án số 125/2026/DS-ST ngày 15/9/2025 của TAND quận Ba Đình",
        "enforcement_decision": "Quyết định thi hành án số 88/QĐ-CCTHADS ngày 23/10/2025",
        "unmet_obligation": "Trả cho ông Nguyễn Văn An 350.000.000 đồng",
        "reason": "Không có tài sản, thu nhập để thi hành án (Điều 44a.1.a Luật THADS)",
        "lacking_conditions_decision": "12/QĐ-THADS", "decided_on": "2026-03-02",
        "published_on": "2026-03-05"}
COMPANY = {**BINH, "case_id": "case-2", "debtor_name": "Công ty TNHH Xây dựng A&B <Hà Nội>",
           "debtor_address": "Lô 3, KCN Quang Minh, Hà Nội", "decided_on": "2026-04-24",
           "published_on": "2026-05-06"}
LATE = {**BINH, "case_id": "case-3", "debtor_name": "Lê Văn Cường",
        "decided_on": "2026-06-01", "published_on": "2026-06-15"}
RESUMED = {"ground": "resumption_decision", "document": "20/QĐ-THADS",
           "document_on": "2026-09-01", "removed_on": "2026-09-03"}
#: The cases of the examples and their authorities, as ``cases`` opened them.
CASES = {"case-1": "HN-01", "case-2": "HN-02", "case-3": "HN-01", "case-4": "HN-01"}


def case_opened(case_id="case-1", authority="HN-01"):
    """The envelope ``cases`` publishes when it opens ``case_id`` for ``authority``."""
    return new_envelope("enforcement_case.opened",
                        {"judgment_id": f"J-{case_id}", "opened_on": "2025-10-20"},
                        authority=authority, case_id=case_id)
