"""Templates kept as data: every document the service notifies has one, in Vietnamese first and
English alongside, and renders the notice's own fields."""
from datetime import date

import pytest

from services.notifications import rendering
from services.notifications.rules import documents, notices

NOTIFIED = (notices.ENFORCEMENT_DECISION, documents.REQUEST_REFUSAL,
            documents.REGISTER_PUBLICATION, documents.REGISTER_REMOVAL,
            documents.LACKING_CONDITIONS_DECISION, documents.RESUMPTION_DECISION)


def notice(document_type, **changes):
    return {"authority": "HN-01", "case_id": "case-1", "document_type": document_type,
            "document_number": "12/QĐ-CCTHADS", "document_issued_on": date(2026, 11, 23),
            "recipient_name": "Nguyễn Văn A", "party_role": "judgment_creditor",
            "due_by": date(2026, 11, 26), **changes}


def test_every_notified_document_has_a_template():
    assert set(NOTIFIED) <= set(rendering.kinds())


@pytest.mark.parametrize("document_type", NOTIFIED)
def test_render_gives_vietnamese_then_english_with_the_notice_fields(document_type):
    subject, body = rendering.render(notice(document_type))
    vi, en = body.split("\n\n---\n\n")
    assert "Nguyễn Văn A" in vi and "Nguyễn Văn A" in en
    assert "Kính gửi" in vi and "To:" in en
    assert "2026-11-23" in vi and "2026-11-23" in en
    assert " / " in subject


def test_render_of_a_decision_names_its_number_in_both_languages():
    subject, _ = rendering.render(notice(notices.ENFORCEMENT_DECISION))
    assert subject == ("Thông báo quyết định thi hành án số 12/QĐ-CCTHADS / "
                       "Notice of enforcement decision No. 12/QĐ-CCTHADS")


def test_render_without_a_recipient_name_uses_the_salutation():
    _, body = rendering.render(notice(documents.REQUEST_REFUSAL, recipient_name=None))
    assert "Kính gửi: người yêu cầu thi hành án" in body
    assert "To: the requester" in body
