"""Requests to third parties holding the debtor's money (Decree 62/2015 Art. 23) through the
handlers: the request, the answer with its consequence, money delivered to the ledger."""
import pytest

from shared.errors import Conflict, NotFound, ValidationError

REQUEST = {"case_id": "case-1", "holder_name": "Công ty TNHH Minh Phát",
           "holder_address": "88 Láng Hạ, Hà Nội",
           "description": "Tiền hàng còn nợ bà Trần Thị Bình theo hợp đồng 12/2026",
           "amount": 40_000_000, "requested_on": "2026-12-01", "comply_by": "2026-12-15"}


@pytest.fixture
def case(prop):
    prop.case_opened()
    return prop


def test_a_third_party_that_delivers_money_reaches_the_ledger(case):
    request = case.ask_third_party(REQUEST)
    assert request.status == "requested"
    answered = case.third_party_answered({"request_id": request.id, "complied": True,
                                          "delivered_amount": 40_000_000,
                                          "reference": "UNC-0042", "responded_on": "2026-12-10"})
    assert (answered.status, answered.consequence) == ("complied", "none")
    [collected] = case.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                            "'funds.collected'")
    assert (collected["envelope"]["payload"]["source"],
            collected["envelope"]["payload"]["amount"]) == ("third_party", 40_000_000)


def test_a_third_party_that_paid_the_debtor_instead_owes_compensation(case):
    request = case.ask_third_party(REQUEST)
    answered = case.third_party_answered({"request_id": request.id, "complied": False,
                                          "delivered_elsewhere": True,
                                          "responded_on": "2026-12-16"})
    assert (answered.status, answered.consequence, answered.consequence_article) == (
        "not_complied", "compensation_and_forcible_measures", "Decree 62/2015 Art. 23.2")
    [audit] = case.rows("SELECT legal_basis FROM platform_audit WHERE action = "
                        "'third_party.not_complied'")
    assert audit == {"legal_basis": "Decree 62/2015 Art. 23.2"}
    with pytest.raises(Conflict):  # answered once
        case.third_party_answered({"request_id": request.id, "complied": True,
                                   "responded_on": "2026-12-17"})


def test_a_request_of_another_authority_or_with_a_past_deadline_is_refused(case):
    with pytest.raises(ValidationError):
        case.ask_third_party({**REQUEST, "comply_by": "2026-11-30"})
    request = case.ask_third_party(REQUEST)
    case.as_("enforcement_officer", "DN-03")
    with pytest.raises(NotFound):
        case.third_party_answered({"request_id": request.id, "complied": True,
                                   "responded_on": "2026-12-10"})
