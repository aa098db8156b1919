"""The texts of the notices of the money decisions of ``cases``: templates kept as data,
Vietnamese first and English alongside, stating what the decision says (``document_details``)."""
from datetime import date

import pytest

from services.notifications import rendering
from services.notifications.rules import money_acts as acts

BASIS = "Decree 62/2015 Art. 44.3(a)"
DETAILS = {
    acts.ENFORCEMENT_COST_ESTIMATE: {"item": "valuation", "amount": 12_500_000,
                                     "borne_by": "creditor"},
    acts.COST_RELIEF_DECISION: {"relief": 6_250_000, "legal_basis": BASIS},
    acts.COST_RELIEF_REFUSAL: {"reasons": ["no confirmation"], "legal_basis": BASIS},
    acts.COST_RELIEF_REVOCATION: {"reasons": ["untruthful"], "legal_basis": BASIS},
    acts.MONEY_COLLECTION_REQUEST: {"amount_to_collect": 55_000_000},
    acts.EXIT_SUSPENSION_DECISION: {"person": {"name": "Trần B"}, "legal_basis": BASIS},
    acts.EXIT_SUSPENSION_LIFTING: {"ground": "fulfilled", "legal_basis": BASIS},
    acts.EXIT_SUSPENSION_REFUSAL: {"reasons": ["the creditor agreed"]},
    acts.COMPLAINT_REPLY: {"complaint_id": "k-1", "reasons": ["late"], "legal_basis": BASIS},
    acts.COMPLAINT_RETENTION: {"complaint_id": "k-1"},
    acts.COMPLAINT_SETTLEMENT: {"complaint_id": "k-1", "result": "upheld", "reasons": [],
                                "legal_basis": BASIS},
}


def notice(document_type):
    return {"authority": "HN-01", "case_id": "case-1", "document_type": document_type,
            "document_number": "x-1", "document_issued_on": date(2026, 11, 27),
            "recipient_name": "Nguyễn Văn A", "party_role": "judgment_creditor",
            "due_by": date(2026, 12, 2), "document_details": DETAILS[document_type]}


def test_every_money_act_has_a_template():
    assert set(DETAILS) <= set(rendering.kinds())


@pytest.mark.parametrize("document_type", sorted(DETAILS))
def test_render_of_a_money_act_gives_vietnamese_then_english(document_type):
    subject, body = rendering.render(notice(document_type))
    vi, en = body.split("\n\n---\n\n")
    assert "Kính gửi: Nguyễn Văn A" in vi and "To: Nguyễn Văn A" in en
    assert "2026-11-27" in vi and "2026-11-27" in en and " / " in subject


def test_the_collection_request_states_the_amount_and_the_15_days():
    """Decree Art. 49.2."""
    _, body = rendering.render(notice(acts.MONEY_COLLECTION_REQUEST))
    assert "nhận số tiền 55.000.000 đồng" in body and "Quá 15 ngày" in body
    assert "collect 55.000.000 VND" in body


def test_the_cost_estimate_says_who_bears_it():
    """Decree Art. 45.1(b)."""
    _, body = rendering.render(notice(acts.ENFORCEMENT_COST_ESTIMATE))
    assert "do người được thi hành án chịu" in body and "borne by the judgment creditor" in body
