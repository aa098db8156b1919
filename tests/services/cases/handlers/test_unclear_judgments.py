"""The rejection grounds of Decree 62/2015 Art. 7.4 (Law Art. 31.5(a)) and its exceptions
(a)-(c), through the request handler with a real unit of work and no broker."""
from datetime import date

from tests.factories import JUDGMENT

UNSTATED = {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
            "creditor_party_id": "P1", "description": "Pay the costs the parties agree on"}
NURTURE = {"obligation_id": "O1", "kind": "perform_act", "debtor_party_id": "P2",
           "creditor_party_id": "P1", "debtor_identified": False,
           "right_assigned": "nurture_minor",
           "description": "The child is assigned to the mother to nurture"}


def test_a_request_on_an_amount_the_judgment_does_not_determine_is_refused_in_writing(cases):
    judgment = cases.receive(obligations=[UNSTATED])
    refused = cases.submit(judgment.id)
    assert refused["status"] == "request_refused"
    refusal = refused["refusal"]
    assert refusal.legal_basis == ("Law on Civil Judgment Enforcement Art. 31.5(a); "
                                   "Decree 62/2015 Art. 7.4")
    [reason] = refusal.reasons
    assert reason.startswith("Obligation O1: the judgment does not clearly determine the amount")
    assert refusal.refused_on == date(2026, 11, 20)
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement_request.refused'")
    assert event["envelope"]["payload"]["legal_basis"] == refusal.legal_basis
    assert event["envelope"]["payload"]["reasons"] == [reason]
    [audit] = cases.rows("SELECT legal_basis FROM platform_audit "
                         "WHERE action = 'enforcement_request.refused'")
    assert audit["legal_basis"] == refusal.legal_basis
    [deadline] = cases.rows("SELECT * FROM platform_deadline")
    assert (deadline["rule_id"], deadline["status"]) == ("law31.5-refuse-request", "met")


def test_a_request_on_an_unidentified_debtor_is_refused_even_for_an_assigned_right_held(cases):
    judgment = cases.receive(obligations=[NURTURE])
    refused = cases.submit(judgment.id, creditor_not_in_possession=False)
    assert refused["status"] == "request_refused"
    [reason] = refused["refusal"].reasons
    assert "does not clearly identify the judgment debtor" in reason
    assert "Art. 7.4(b)" in reason and "already holds" in reason


def test_exception_7_4_b_lets_a_creditor_not_nurturing_the_minor_be_enforced(cases):
    judgment = cases.receive(obligations=[NURTURE])
    accepted = cases.submit(judgment.id, creditor_not_in_possession=True)
    assert (accepted["status"], accepted["refusal"]) == ("request_accepted", None)
    [audit] = cases.rows("SELECT legal_basis FROM platform_audit "
                         "WHERE action = 'enforcement_request.accepted'")
    assert "Decree 62/2015 Art. 7.4(b)" in audit["legal_basis"]
    assert cases.rows("SELECT id FROM request_refusal") == []


def test_exception_7_4_a_and_c_apply_the_same_way(cases):
    for number, right in (("1/A", "manage_property"), ("2/C", "visit_and_care")):
        judgment = cases.receive(number=number, obligations=[{**NURTURE, "right_assigned": right}])
        assert cases.submit(judgment.id, creditor_not_in_possession=True)["status"] == (
            "request_accepted")


def test_an_unclear_item_is_refused_and_the_clear_ones_accepted(cases):
    clear = JUDGMENT["obligations"][0]
    judgment = cases.receive(obligations=[{**UNSTATED, "obligation_id": "O2"}, clear])
    accepted = cases.submit(judgment.id, obligation_ids=["O1", "O2"])
    assert (accepted["status"], accepted["obligation_ids"]) == ("request_accepted", ["O1"])
    refusal = accepted["refusal"]
    assert refusal.legal_basis == ("Law on Civil Judgment Enforcement Art. 31.5(a); "
                                   "Decree 62/2015 Art. 7.4")
    assert [r.split(":")[0] for r in refusal.reasons] == ["Obligation O2"]
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement_request.refused'")
    assert event["envelope"]["payload"]["obligation_ids"] == ["O2"]
    assert event["envelope"]["case_id"] == accepted["id"]
