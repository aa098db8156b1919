"""The texts of the notices of the decisions of ``cases`` and of the heir search: templates
kept as data, Vietnamese first and English alongside, stating what the decision says
(``document_details``, the event's payload). ``DETAILS``: per document, the payload and what
its text must say (the same words in both languages, or the Vietnamese and the English)."""
from datetime import date

import pytest

from services.notifications import rendering
from services.notifications.rules import case_decisions as decisions
from services.notifications.rules import heir_search
from tests.services.notifications.handlers import test_case_decisions as payloads
from tests.services.notifications.handlers.test_heir_search import REQUESTED

DETAILS = {
    decisions.POSTPONEMENT_DECISION: (payloads.POSTPONED, "Law Art. 48.1(d)"),
    decisions.SUSPENSION_DECISION: (payloads.SUSPENDED, "Law Art. 49.2"),
    decisions.TERMINATION_DECISION: (payloads.TERMINATED, "Law Art. 50.1(c)"),
    decisions.CONTINUATION_DECISION: (payloads.CONTINUED, ("sau quyết định hoãn",
                                                           "after its postponement")),
    decisions.OFFICER_REPLACEMENT: (payloads.REPLACED, "CHV-9"),
    decisions.OFFICER_REPLACEMENT_REJECTION: (payloads.REJECTED, "thiếu khách quan"),
    decisions.ENTRUSTMENT_DECISION: (payloads.ENTRUSTED, "DN-01"),
    decisions.RIGHTS_TRANSFER_DECISION: (payloads.DIED, "2026-12-30"),
    decisions.RIGHTS_TRANSFER_REFUSAL: (payloads.REFUSED, "did not consent"),
    heir_search.HEIR_SEARCH_POSTING: (REQUESTED, "2027-03-01"),
    heir_search.HEIR_SEARCH_ANNOUNCEMENT: (REQUESTED, "2027-03-01"),
}


def test_every_case_decision_and_heir_search_document_has_a_template():
    kinds = {d.document_type for d in map(decisions.document_of, decisions.CONSUMED)}
    kinds |= {document_type for document_type, _ in heir_search.heir_search_acts()}
    assert kinds == set(DETAILS)
    assert kinds <= set(rendering.kinds())


@pytest.mark.parametrize("document_type", sorted(DETAILS))
def test_render_states_what_the_decision_says_in_both_languages(document_type):
    details, said = DETAILS[document_type]
    said_vi, said_en = said if isinstance(said, tuple) else (said, said)
    subject, body = rendering.render({
        "authority": "HN-01", "case_id": "case-1", "document_type": document_type,
        "document_number": "3/QĐ-CCTHADS", "document_issued_on": date(2026, 11, 27),
        "recipient_name": "Nguyễn Văn A", "party_role": "judgment_creditor",
        "due_by": date(2026, 12, 2), "document_details": details})
    vi, en = body.split("\n\n---\n\n")
    assert said_vi in vi and said_en in en
    assert "Kính gửi: Nguyễn Văn A" in vi and "To: Nguyễn Văn A" in en
    assert "case-1" in vi and "case-1" in en
    assert " / " in subject
