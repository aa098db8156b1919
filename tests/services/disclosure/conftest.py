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


# --- The decisions of cases the register follows (issue 11), as a stub of cases emits them. ---

DEBTOR = {"party_id": "party-binh", "name": "Trần Thị Bình",
          "address": "45 Kim Mã, phường Giảng Võ, Hà Nội"}


def lacking_conditions(decided_on="2026-03-05", case_id="case-1", authority="HN-01",
                       decision_id="lc-1", debtor=DEBTOR):
    """``lacking_conditions.decided`` of ``debtor`` in ``case_id`` (Decree Art. 9)."""
    return new_envelope("lacking_conditions.decided",
                        {"decision_id": decision_id, "decision_number": "12/QĐ-THADS",
                         "decided_on": decided_on, "debtor": debtor,
                         "obligation": {"text": "Trả cho ông Nguyễn Văn An 350.000.000 đồng",
                                        "amount": 350000000}},
                        authority=authority, case_id=case_id)


def resumed(decided_on="2026-03-06", case_id="case-1", authority="HN-01",
            party_id="party-binh"):
    """``enforcement.resumed`` for the debtor (Art. 11.3)."""
    return new_envelope("enforcement.resumed",
                        {"decision_id": "rs-1", "decided_on": decided_on,
                         "debtor_party_id": party_id}, authority=authority, case_id=case_id)


def fulfilled(issued_on="2026-03-06", case_id="case-1", authority="HN-01",
              party_id="party-binh"):
    """``enforcement.fulfilled`` for the debtor (Art. 11.3)."""
    return new_envelope("enforcement.fulfilled",
                        {"certificate_id": "cert-1", "issued_on": issued_on,
                         "debtor_party_id": party_id}, authority=authority, case_id=case_id)


def corrected(changed, verified_on="2026-03-06", case_id="case-1", authority="HN-01",
              party_id="party-binh"):
    """``debtor_details.corrected`` for the debtor (Art. 11.2)."""
    return new_envelope("debtor_details.corrected",
                        {"party_id": party_id, "changed": changed, "verified_on": verified_on},
                        authority=authority, case_id=case_id)


# --- Notices (issue 11 capability 2), as stubs of cases and property emit them. ---

def notice_requested(kind="heir_search", posted_on="2026-02-13", posted_until="2026-03-13",
                     notice_id="n-1", case_id="case-1", authority="HN-01"):
    """``public_notice.requested`` from ``cases`` (Decree Art. 12.5, 15.1)."""
    return new_envelope("public_notice.requested",
                        {"notice_id": notice_id, "kind": kind,
                         "title": "Thông báo tìm người thừa kế của ông Phạm Văn Dũng",
                         "body": "Ai là người thừa kế xin liên hệ Chi cục THADS quận Ba Đình.",
                         "legal_basis": "Decree 62/2015 Art. 15.1", "posted_on": posted_on,
                         "posted_until": posted_until},
                        authority=authority, case_id=case_id)


def auction_announced(auction_id="auc-1", posted_on="2026-03-02", auction_on="2026-04-02",
                      case_id="case-1", authority="HN-01"):
    """``auction.announced`` from ``property`` (Decree Art. 27)."""
    return new_envelope("auction.announced",
                        {"auction_id": auction_id,
                         "property_description": "Quyền sử dụng đất thửa số 12, tờ bản đồ 5, "
                                                 "phường Giảng Võ",
                         "starting_price": 2_450_000_000, "deposit": 245_000_000,
                         "auction_organisation": "Công ty Đấu giá hợp danh Số 1",
                         "venue": "12 Láng Hạ, Hà Nội", "posted_on": posted_on,
                         "registration_closes_on": "2026-03-30", "auction_on": auction_on},
                        authority=authority, case_id=case_id)


def auction_cancelled(auction_id="auc-1", cancelled_on="2026-03-10", case_id="case-1",
                      authority="HN-01"):
    """``auction.cancelled`` from ``property``."""
    return new_envelope("auction.cancelled",
                        {"auction_id": auction_id, "cancelled_on": cancelled_on,
                         "reason": "Người phải thi hành án đã nộp đủ tiền"},
                        authority=authority, case_id=case_id)


def case_closed(case_id="case-1", authority="HN-01", closed_on="2026-03-16",
                ground="fulfilled", received_on="2025-10-20", amount_due=350_000_000,
                amount_collected=350_000_000):
    """``enforcement_case.closed`` from ``cases`` (issue 13)."""
    return new_envelope("enforcement_case.closed",
                        {"closed_on": closed_on, "ground": ground, "received_on": received_on,
                         "amount_due": amount_due, "amount_collected": amount_collected},
                        authority=authority, case_id=case_id)
