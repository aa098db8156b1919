"""Paying out (Decree 62/2015 Art. 49.2-49.5), the certificate of result (Art. 37) and closing a
fulfilled case (Law Art. 52), through the handlers with a real unit of work and no broker."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import certificate, payouts
from services.cases.handlers.suspension import terminate_enforcement
from services.cases.schemas import CERTIFICATE_IN, CLOSURE_IN, PAYOUT_IN, TERMINATION_IN
from tests.services.cases.handlers.test_ledger import OBLIGATIONS, decide, money_case, pay


def payout_of(cases, party_id):
    [row] = cases.rows(f"SELECT id, amount FROM payout WHERE party_id = '{party_id}'")
    return row


def pay_out(cases, payout_id, method, paid_on="2026-12-02", kind="natural_person", **facts):
    return cases.run(payouts.pay_out, load(PAYOUT_IN, {
        "payout_id": payout_id, "method": method, "paid_on": paid_on, "recipient_kind": kind,
        "reference": "PC-0042", **facts}))


def certify(cases, case_id, issued_on="2026-12-20"):
    return cases.run(certificate.issue_certificate, load(CERTIFICATE_IN, {
        "case_id": case_id, "number": "3/XN", "issued_on": issued_on,
        "requested_by": "Trần Thị Bình (judgment debtor)"}))


def close(cases, case_id, closed_on="2026-12-21"):
    return cases.run(certificate.close_case, load(CLOSURE_IN, {"case_id": case_id,
                                                               "closed_on": closed_on}))


@pytest.fixture
def small(cases):
    """P1 is owed 2,000,000 (under one month's base salary); paid in and distributed 2026-12-01."""
    obligations = [dict(OBLIGATIONS[0], amount=2_000_000)]
    case_id = money_case(cases, creditors=("P1",), obligations=obligations)
    pay(cases, case_id, 2_000_000)
    decide(cases, case_id)
    return case_id


def test_pay_out_at_the_office(cases, small):
    payout = payout_of(cases, "P1")
    assert payout["amount"] == 2_000_000  # paid voluntarily before the notification: no fee
    made = pay_out(cases, payout["id"], "at_office")
    assert (made["status"], made["method"], made["paid_on"]) == ("paid", "at_office",
                                                                 date(2026, 12, 2))
    assert made["computations"]["come_by"] == "2026-12-16"
    assert {p["key"] for p in made["parameters_used"]} == {"recipient_come_to_office_days",
                                                          "base_salary_monthly"}
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'payout.made'")
    assert event["envelope"]["payload"]["method"] == "at_office"


def test_pay_out_by_post_before_15_days_is_refused(cases, small):
    payout = payout_of(cases, "P1")
    with pytest.raises(ValidationError) as raised:
        pay_out(cases, payout["id"], "by_post", paid_on="2026-12-16")
    assert "method" in raised.value.fields
    assert cases.rows("SELECT status FROM payout") == [{"status": "owed"}]


def test_pay_out_by_post_after_15_days_across_a_weekend(cases, small):
    # invited Tue 2026-12-01: 15 days end Wed 2026-12-16; by post from Thu 2026-12-17
    made = pay_out(cases, payout_of(cases, "P1")["id"], "by_post", paid_on="2026-12-17")
    assert (made["status"], made["computations"]["base_salary"]) == ("paid", 2_340_000)


def test_pay_out_come_by_rolls_over_tet(cases):
    obligations = [dict(OBLIGATIONS[0], amount=2_000_000)]
    case_id = money_case(cases, creditors=("P1",), obligations=obligations)
    pay(cases, case_id, 2_000_000, received_on="2027-01-25")
    decide(cases, case_id, decided_on="2027-01-26")
    # 2027-01-26 + 15 days = Wed 2027-02-10, inside the Tết 2027 days off: rolls to 2027-02-11
    with pytest.raises(ValidationError):
        pay_out(cases, payout_of(cases, "P1")["id"], "by_post", paid_on="2027-02-10")
    made = pay_out(cases, payout_of(cases, "P1")["id"], "at_office", paid_on="2027-02-10")
    assert made["computations"]["come_by"] > "2027-02-10"


def test_pay_out_deposit_owes_remittance_to_the_state(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    pay(cases, case_id, 60_000_000)
    decide(cases, case_id)
    made = pay_out(cases, payout_of(cases, "P1")["id"], "deposit", paid_on="2026-12-17")
    # 5 years from the judgment's effect (2026-10-01): 2031-10-01, a Wednesday
    assert (made["status"], made["remit_by"]) == ("deposited", date(2031, 10, 1))
    [owed] = cases.rows("SELECT status, due_on FROM platform_deadline WHERE rule_id = "
                        "'decree49.5-remit-to-state'")
    assert owed == {"status": "open", "due_on": date(2031, 10, 1)}


def test_pay_out_of_another_authority_names_only_the_payout(cases, small):
    payout = payout_of(cases, "P1")
    cases.as_("head_of_authority", "HCM-01")
    with pytest.raises(NotFound) as raised:
        pay_out(cases, payout["id"], "at_office")
    assert raised.value.details == {"payout_id": payout["id"]}


def test_pay_out_twice_is_refused(cases, small):
    payout = payout_of(cases, "P1")
    pay_out(cases, payout["id"], "at_office")
    with pytest.raises(Conflict):
        pay_out(cases, payout["id"], "at_office")


def test_issue_certificate_partly_then_fully_emits_fulfilled_and_closes(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    pay(cases, case_id, 20_000_000)
    decide(cases, case_id)
    partly = certify(cases, case_id, issued_on="2026-12-05")
    assert (partly["fulfilled"], partly["results"][0]["result"]) == (False, "partly")
    with pytest.raises(Conflict):
        close(cases, case_id)
    pay(cases, case_id, 40_000_000, received_on="2026-12-10", reference="PT-2")
    decide(cases, case_id, decided_on="2026-12-11")
    fully = certify(cases, case_id)
    assert fully["fulfilled"] and fully["results"][0] == {
        "obligation_id": "O1", "due": 60_000_000, "paid": 60_000_000, "result": "fully",
        "periods": []}
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'enforcement.fulfilled'")
    assert event["envelope"]["payload"]["debtor_party_id"] == "P2"
    closed = close(cases, case_id)
    assert (closed["case_status"], closed["amount_due"], closed["amount_collected"]) == (
        "completed", 60_000_000, 60_000_000)
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'enforcement_case.closed'")
    assert event["envelope"]["payload"] == {
        "closed_on": "2026-12-21", "ground": "fulfilled", "received_on": "2026-11-20",
        "amount_due": 60_000_000, "amount_collected": 60_000_000}
    with pytest.raises(Conflict):
        close(cases, case_id)


def test_issue_certificate_per_period(cases):
    periodic = [dict(OBLIGATIONS[0], amount=None, instalments=[
        {"due_on": "2026-10-15", "amount": 3_000_000},
        {"due_on": "2026-11-15", "amount": 3_000_000}])]
    case_id = money_case(cases, creditors=("P1",), obligations=periodic)
    pay(cases, case_id, 4_000_000)
    decide(cases, case_id)
    [line] = certify(cases, case_id)["results"]
    assert [p["result"] for p in line["periods"]] == ["fully", "partly"]


def test_terminate_enforcement_closes_with_the_ledger_figures(cases):
    """Law Art. 50: a terminated case is closed like a fulfilled one; ``disclosure`` counts it
    with what its obligations asked and what the ledger received."""
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    pay(cases, case_id, 20_000_000)
    cases.run(terminate_enforcement, load(TERMINATION_IN, {
        "case_id": case_id, "ground": "50.1.c", "number": "8/QĐ-CCTHADS",
        "reasons": "The creditor waived the rest in writing", "ground_arose_on": "2026-12-03",
        "decided_on": "2026-12-04"}))
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'enforcement_case.closed'")
    assert event["envelope"]["payload"] == {
        "closed_on": "2026-12-04", "ground": "terminated", "received_on": "2026-11-20",
        "amount_due": 60_000_000, "amount_collected": 20_000_000}
    [closure] = cases.rows("SELECT ground, certificate_id, legal_basis FROM case_closure")
    assert (closure["ground"], closure["certificate_id"]) == ("terminated", None)
    assert closure["legal_basis"] == "Law on Civil Judgment Enforcement Art. 50 (50.1.c)"
    assert cases.rows("SELECT id FROM platform_audit WHERE action = 'enforcement_case.closed'")


NOTE = {"delivered_at": "2026-12-02 09:30", "location": "Office of HN-01, 12 Lý Thường Kiệt",
        "litigants": ["Nguyễn Văn An", "Trần Thị Bình"], "delivered": "2,000,000 đồng in cash",
        "signed_by_litigants": True, "signed_by_officer": True,
        "commune_confirmation": "Xác nhận 5/UBND-P.Hàng Bài"}


def test_pay_out_with_the_debtor_present_keeps_the_delivery_note(cases, small):
    payout = payout_of(cases, "P1")
    made = pay_out(cases, payout["id"], "at_office", debtor_present=True, delivery_note=NOTE)
    assert made["status"] == "paid" and made["delivery_note"]["litigants"] == NOTE["litigants"]
    [audit] = cases.rows("SELECT details FROM platform_audit WHERE action = 'payout.made'")
    assert audit["details"]["delivery_note"]["commune_confirmation"] == (
        "Xác nhận 5/UBND-P.Hàng Bài")


def test_pay_out_with_the_debtor_present_refuses_an_incomplete_note_or_another_method(
        cases, small):
    payout = payout_of(cases, "P1")
    with pytest.raises(ValidationError) as err:
        pay_out(cases, payout["id"], "at_office", debtor_present=True,
                delivery_note={**NOTE, "commune_confirmation": None})
    assert err.value.fields == {"delivery_note": [
        "commune confirmation (Decree 62/2015 Art. 49.4)"]}
    with pytest.raises(ValidationError) as err:
        pay_out(cases, payout["id"], "by_transfer", debtor_present=True, delivery_note=NOTE,
                account_given=True)
    assert set(err.value.fields) == {"method"}
    assert payout_of(cases, "P1") and cases.rows(
        "SELECT status, delivery_note FROM payout") == [{"status": "owed", "delivery_note": None}]
