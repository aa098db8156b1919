"""The texts of the notices of a measure decided or refused and of a termination by agreement:
templates kept as data, Vietnamese first and English alongside, and never an account's data
(Decree 62/2015 Art. 20.3)."""
from datetime import date

import pytest

from services.notifications import rendering
from services.notifications.rules import other_acts as acts

REASONS = [{"code": "disproportionate", "text": "targets 900.000.000 VND for a debt of "
            "100.000.000 VND", "article": "Decree 62/2015 Art. 13.1"}]
MEASURE = {"measure_id": "m-1", "kind": "account_freeze", "category": "security",
           "status": "decided", "decision_number": "12/QĐ-PTKTS", "targeted_amount": 150_000_000,
           "reasons": [], "legal_basis": "Decree 62/2015 Art. 20"}
DETAILS = {
    acts.MEASURE_DECISION: MEASURE,
    acts.MEASURE_REFUSAL: {**MEASURE, "category": "forcible", "kind": "garnishment",
                           "status": "refused", "reasons": REASONS},
    acts.AGREEMENT_TERMINATION: {"agreement_id": "ag-1", "partial": True,
                                 "legal_basis": "Decree 62/2015 Art. 5.3; Law Art. 50.1(c)"},
}


def notice(document_type):
    return {"authority": "HN-01", "case_id": "case-1", "document_type": document_type,
            "document_number": "12/QĐ-PTKTS", "document_issued_on": date(2026, 11, 27),
            "recipient_name": "Nguyễn Văn A", "party_role": "judgment_debtor",
            "due_by": date(2026, 12, 2), "document_details": DETAILS[document_type]}


def test_every_other_act_has_a_template():
    assert set(DETAILS) <= set(rendering.kinds())


@pytest.mark.parametrize("document_type", sorted(DETAILS))
def test_render_of_an_other_act_gives_vietnamese_then_english(document_type):
    subject, body = rendering.render(notice(document_type))
    vi, en = body.split("\n\n---\n\n")
    assert "Kính gửi: Nguyễn Văn A" in vi and "To: Nguyễn Văn A" in en
    assert "2026-11-27" in vi and "2026-11-27" in en and " / " in subject


def test_a_measure_notice_states_its_kind_amount_and_basis_and_no_account():
    """Decree Art. 20.3: the text has no field for an account number or holder."""
    subject, body = rendering.render(notice(acts.MEASURE_DECISION))
    assert "biện pháp bảo đảm" in subject and "security measure" in subject
    assert "150.000.000 đồng" in body and "150.000.000 VND" in body
    assert "(account_freeze)" in body and "Căn cứ: Decree 62/2015 Art. 20." in body
    assert "account_number" not in body and "số tài khoản" not in body


def test_a_refused_measure_states_each_reason_with_its_article():
    subject, body = rendering.render(notice(acts.MEASURE_REFUSAL))
    assert "không áp dụng biện pháp cưỡng chế" in subject
    assert body.count("targets 900.000.000 VND for a debt of 100.000.000 VND") == 2
    assert "(căn cứ: Decree 62/2015 Art. 13.1)" in body and "(basis: Decree" in body


def test_a_termination_by_agreement_says_part_and_bars_a_new_request():
    """Decree Art. 5.3, third paragraph."""
    _, body = rendering.render(notice(acts.AGREEMENT_TERMINATION))
    assert "đình chỉ thi hành một phần" in body and "terminating the enforcement of part" in body
    assert "không có quyền yêu cầu thi hành án lại" in body and "again" in body
