"""The ledger through the handlers with a real unit of work and no broker: receipts (voluntary
payment, ``funds.collected``), approved costs, the what-if preview and the decided distribution
(Law Art. 47; Decree 62/2015 Art. 43, 45, 49.1, 49.7)."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.events import new_envelope, validate_envelope
from shared.validation import load

from services.cases.handlers import ledger as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import COST_IN, DISTRIBUTION_IN, PAYMENT_IN, PREVIEW_IN
from tests.factories import JUDGMENT

PARTIES = JUDGMENT["parties"] + [
    {"party_id": "P3", "name": "Lê Văn Cường", "address": "7 Tràng Tiền, Hà Nội"},
    {"party_id": "P4", "name": "Phạm Thị Dung", "address": "9 Hàng Bông, Hà Nội"}]
#: one debtor (P2), two creditors who requested (P1 maintenance, P3 loan), one who did not (P4)
OBLIGATIONS = [
    {"obligation_id": "O1", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P1", "amount": 60_000_000, "description": "Maintenance arrears"},
    {"obligation_id": "O2", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P3", "amount": 100_000_000, "description": "Repay a loan"},
    {"obligation_id": "O3", "kind": "pay_money", "debtor_party_id": "P2",
     "creditor_party_id": "P4", "amount": 200_000_000, "description": "Repay another loan"},
]


def money_case(cases, creditors=("P1", "P3"), obligations=OBLIGATIONS):
    """P1 (O1) and P3 (O2) request on the same day: one decision covers both (Art. 7.1)."""
    judgment = cases.receive(parties=PARTIES, obligations=obligations)
    owed = {o["creditor_party_id"]: o["obligation_id"] for o in obligations}
    first, *_ = [cases.submit(judgment.id, requester_party_id=p, obligation_ids=[owed[p]])
                 for p in creditors]
    cases.run(issue_enforcement_decision, cases.decision(first["id"]))  # Mon 2026-11-23
    return first["id"]


def pay(cases, case_id, amount, received_on="2026-11-27", reference="PT-001"):
    return cases.run(handlers.record_payment, load(PAYMENT_IN, {
        "case_id": case_id, "amount": amount, "received_on": received_on,
        "payer": "Trần Thị Bình", "reference": reference}))


def collected(case_id, amount, collection_id="col-1", authority="HN-01",
              collected_on="2026-11-30", source="garnishment"):
    return validate_envelope(new_envelope("funds.collected", {
        "collection_id": collection_id, "source": source, "amount": amount,
        "collected_on": collected_on, "reference": "VCB-778812", "institution": "VCB",
        "measure_id": "m-1"}, authority=authority, case_id=case_id))


def decide(cases, case_id, decided_on="2026-12-01", categories=None, **more):
    return cases.run(handlers.decide_distribution, load(DISTRIBUTION_IN, {
        "case_id": case_id, "number": "12/QĐ-PB", "decided_on": decided_on,
        "categories": categories or {"O1": "maintenance"}, **more}))


def preview(cases, case_id, on="2026-12-01", categories=None):
    return cases.run(handlers.preview_distribution, load(PREVIEW_IN, {
        "case_id": case_id, "on": on, "categories": categories or {"O1": "maintenance"}}),
        read_only=True)


def test_record_payment_owes_payment_within_10_days(cases):
    case_id = money_case(cases)
    receipt = pay(cases, case_id, 50_000_000)
    # Fri 2026-11-27 + 10 days -> Mon 2026-12-07
    assert (receipt["source"], receipt["amount"], receipt["pay_by"]) == (
        "voluntary_payment", 50_000_000, date(2026, 12, 7))
    [owed] = cases.rows("SELECT * FROM platform_deadline WHERE rule_id = "
                        "'law47-pay-after-receipt'")
    assert (owed["status"], owed["subject_id"]) == ("open", receipt["id"])
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'money.received'")
    assert event["envelope"]["payload"]["amount"] == 50_000_000
    assert cases.rows("SELECT legal_basis FROM platform_audit WHERE action = 'money.received'")


def test_record_payment_across_a_weekend_and_tet(cases):
    case_id = money_case(cases)
    # Sat 2026-12-05 + 10 days -> Tue 2026-12-15 (a working day)
    assert pay(cases, case_id, 1_000, received_on="2026-12-05")["pay_by"] == date(2026, 12, 15)
    # Sat 2027-01-30 + 10 days -> Tue 2027-02-09, inside Tết 2027 (6-10 Feb 2027 off):
    # rolls to the next working day
    due = pay(cases, case_id, 1_000, received_on="2027-01-30", reference="PT-2")["pay_by"]
    assert due > date(2027, 2, 9) and due.weekday() < 5


def test_record_payment_before_the_decision_is_refused(cases):
    case_id = money_case(cases)
    with pytest.raises(ValidationError) as raised:
        pay(cases, case_id, 1_000, received_on="2026-11-20")
    assert "received_on" in raised.value.fields
    assert cases.rows("SELECT * FROM ledger_receipt") == []


def test_record_payment_of_another_authority_is_not_found(cases):
    case_id = money_case(cases)
    with pytest.raises(NotFound):
        cases.as_("head_of_authority", "HCM-01")
        pay(cases, case_id, 1_000)


def test_record_collection_is_idempotent_on_collection_id(cases):
    case_id = money_case(cases)
    first = cases.run(handlers.record_collection, collected(case_id, 30_000_000))
    again = cases.run(handlers.record_collection, collected(case_id, 30_000_000))
    assert first.id == again.id
    [row] = cases.rows("SELECT source, amount, collection_id, institution FROM ledger_receipt")
    assert row == {"source": "garnishment", "amount": 30_000_000, "collection_id": "col-1",
                   "institution": "VCB"}


def test_record_collection_for_a_foreign_authority_is_not_found(cases):
    case_id = money_case(cases)
    with pytest.raises(NotFound):
        cases.run(handlers.record_collection, collected(case_id, 1, authority="HCM-01"))
    assert cases.rows("SELECT * FROM ledger_receipt") == []


def test_preview_distribution_writes_nothing_and_matches_the_decision(cases):
    case_id = money_case(cases)
    pay(cases, case_id, 100_000_000)
    seen = preview(cases, case_id)
    assert cases.rows("SELECT * FROM distribution") == []
    decided = decide(cases, case_id)
    assert decided["lines"] == seen["lines"] and decided["amount"] == seen["amount"]


def test_decide_distribution_orders_costs_ranks_and_the_unrequested_share(cases):
    case_id = money_case(cases)
    cases.run(handlers.approve_enforcement_cost, load(COST_IN, {
        "case_id": case_id, "item": "43.1.c", "description": "Valuation of the car",
        "amount": 3_000_000, "borne_by": "debtor", "approved_on": "2026-11-24"}))
    cases.run(handlers.record_collection, collected(case_id, 100_000_000, "col-0"))
    cases.run(handlers.record_collection, collected(case_id, 63_000_000))
    result = decide(cases, case_id)
    lines = {(line["kind"], line["obligation_id"]): line for line in result["lines"]}
    assert sum(line["amount"] for line in result["lines"]) == result["amount"] == 163_000_000
    assert lines[("cost", None)]["amount"] == 3_000_000
    # rank (a): maintenance paid in full before the rank (c) loans
    assert lines[("share", "O1")]["amount"] == 60_000_000
    assert lines[("share", "O1")]["rule"].endswith("Art. 47.1(a) (pro rata within the rank)")
    # rank (c): 100,000,000 left for 300,000,000 owed: O2 1/3, O3 (not requested) 2/3 kept
    assert lines[("share", "O2")]["amount"] == 33_333_333
    assert lines[("reserved", "O3")]["amount"] == 66_666_667
    assert "49.7" in lines[("reserved", "O3")]["rule"]
    # Circular 216: 3% of what the creditor receives, deducted from his share
    assert lines[("share", "O1")]["fee"] == 1_800_000
    assert lines[("share", "O1")]["payable"] == 58_200_000
    assert lines[("reserved", "O3")]["fee"] == 0
    payouts = cases.rows("SELECT kind, party_id, amount, status FROM payout ORDER BY line_no")
    assert payouts == [
        {"kind": "share", "party_id": "P1", "amount": 58_200_000, "status": "owed"},
        {"kind": "share", "party_id": "P3", "amount": 33_333_333 - 1_000_000, "status": "owed"},
        {"kind": "reserved", "party_id": "P4", "amount": 66_666_667, "status": "deposited"}]
    [kept] = cases.rows("SELECT due_on FROM platform_deadline WHERE rule_id = "
                        "'decree49.7-unrequested-deposit'")
    # 1 month from 2026-12-01 is Fri 2027-01-01, New Year's day: rolls to Mon 2027-01-04
    assert kept == {"due_on": date(2027, 1, 4)}
    met = cases.rows("SELECT status, met_on FROM platform_deadline WHERE rule_id = "
                     "'law47-pay-after-receipt'")
    assert met == [{"status": "met", "met_on": date(2026, 12, 1)}] * 2
    assert {p["key"] for p in result["parameters_used"]} >= {"enforcement_fee_ceiling_1",
                                                            "enforcement_fee_rate_1"}


def test_decide_distribution_pays_the_surplus_back_to_the_debtor(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    pay(cases, case_id, 70_000_000)
    result = decide(cases, case_id)
    assert [(line["kind"], line["amount"], line["party_id"]) for line in result["lines"]] == [
        ("share", 60_000_000, "P1"), ("surplus", 10_000_000, "P2")]


def test_decide_distribution_leaves_out_an_expired_unrequested_creditor(cases):
    old = [dict(o, due_on="2019-01-10") if o["obligation_id"] == "O3" else o
           for o in OBLIGATIONS]
    case_id = money_case(cases, obligations=old)
    pay(cases, case_id, 100_000_000)
    result = decide(cases, case_id)
    assert [line["obligation_id"] for line in result["lines"]] == ["O1", "O2"]
    assert result["computations"]["prescriptive_limits_of_unrequested"] == {"O3": "2024-01-10"}


def test_decide_distribution_with_nothing_received_is_refused(cases):
    case_id = money_case(cases)
    with pytest.raises(Conflict):
        decide(cases, case_id)


def test_decide_distribution_with_an_unknown_category_key_is_refused(cases):
    case_id = money_case(cases)
    pay(cases, case_id, 1_000)
    with pytest.raises(ValidationError) as raised:
        decide(cases, case_id, categories={"O9": "other"})
    assert "categories" in raised.value.fields
    assert cases.rows("SELECT * FROM distribution") == []


def test_get_ledger_shows_the_balance(cases):
    case_id = money_case(cases)
    pay(cases, case_id, 5_000)
    ledger = cases.run(handlers.get_ledger, {"case_id": case_id}, read_only=True)
    assert (ledger["balance"], len(ledger["receipts"])) == (5_000, 1)


def notified(cases, case_id, on):
    """Every notice of the case's decision valid on ``on`` (Law Art. 39): the voluntary period
    (Law Art. 45.1) runs 10 days from then."""
    from services.cases.handlers.notifications import record_notice_valid
    from tests.services.cases.handlers.test_notifications import notice_valid

    [decision] = cases.rows(f"SELECT id FROM enforcement_decision WHERE case_id = '{case_id}'")
    cases.run(record_notice_valid, notice_valid(decision["id"], case_id, notified_on=on))


def test_fee_exempt_for_what_is_paid_within_the_voluntary_period(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    notified(cases, case_id, "2026-11-26")  # the period ends Sun 12-06 -> Mon 2026-12-07
    pay(cases, case_id, 20_000_000, received_on="2026-12-07")  # within: no fee
    pay(cases, case_id, 40_000_000, received_on="2026-12-08", reference="PT-2")  # after: 3%
    result = decide(cases, case_id, decided_on="2026-12-09")
    [line] = result["lines"]
    assert (line["amount"], line["fee_base"], line["fee"]) == (60_000_000, 40_000_000,
                                                               1_200_000)
    assert result["computations"]["voluntary_period_ends_on"] == "2026-12-07"
    assert "voluntary_period_days" in {p["key"] for p in result["parameters_used"]}


def test_fee_exempt_while_the_decision_is_not_yet_notified(cases):
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    pay(cases, case_id, 20_000_000)
    cases.run(handlers.record_collection, collected(case_id, 30_000_000))
    [line] = decide(cases, case_id)["lines"]
    # 20,000,000 of the 50,000,000 was voluntary: 2/5 of the share bears no fee
    assert (line["fee_base"], line["fee"]) == (30_000_000, 900_000)


def test_decide_distribution_pays_the_mortgagee_first_from_the_auction(cases):
    case_id = money_case(cases)
    cases.run(handlers.record_collection, collected(case_id, 120_000_000,
                                                    source="auction_proceeds"))  # measure m-1
    result = decide(cases, case_id, secured_by={"O2": "m-1"})
    assert [(l["rank"], l["obligation_id"], l["amount"]) for l in result["lines"]] == [
        ("secured", "O2", 100_000_000), ("a", "O1", 20_000_000)]
    assert result["computations"]["secured_by"] == {"O2": "m-1"}


def test_decide_distribution_secured_by_one_measure_twice_is_refused(cases):
    case_id = money_case(cases)
    pay(cases, case_id, 1_000)
    with pytest.raises(ValidationError) as raised:
        decide(cases, case_id, secured_by={"O1": "m-1", "O2": "m-1"})
    assert raised.value.fields["secured_by"] == ["one measure secures one obligation"]


def test_decide_distribution_deducts_the_costs_the_creditor_bears_from_his_share(cases):
    """Law Art. 73.2; Decree Art. 49.4: a cost borne by the creditor is not paid first from the
    debtor's money: it is deducted from what that creditor is paid, across distributions."""
    case_id = money_case(cases, creditors=("P1",), obligations=OBLIGATIONS[:1])
    cases.run(handlers.approve_enforcement_cost, load(COST_IN, {
        "case_id": case_id, "item": "43.1.c", "description": "Second valuation he asked for",
        "amount": 25_000_000, "borne_by": "creditor", "approved_on": "2026-11-24"}))
    pay(cases, case_id, 20_000_000)
    first = decide(cases, case_id)
    [line] = first["lines"]
    assert (line["kind"], line["amount"]) == ("share", 20_000_000)  # no cost line first
    assert line["cost_deducted"] == 20_000_000 - line["fee"]
    assert line["payable"] == 0
    assert first["computations"]["creditor_costs_owed"] == {"P1": 25_000_000}
    assert cases.rows("SELECT id FROM payout") == []  # nothing left to pay him
    pay(cases, case_id, 40_000_000, received_on="2026-12-10", reference="PT-2")
    [line] = decide(cases, case_id, decided_on="2026-12-11")["lines"]
    rest = 25_000_000 - (20_000_000 - first["lines"][0]["fee"])
    assert line["cost_deducted"] == rest
    assert line["payable"] == 40_000_000 - line["fee"] - rest
    [payout] = cases.rows("SELECT amount FROM payout")
    assert payout["amount"] == line["payable"]


def test_preview_distribution_pays_the_earlier_request_first_from_the_priority_date(cases):
    """Decree Art. 49.1: P3 requested (2026-12-02) after the record of voluntary delivery
    (2026-12-01); P1 (2026-11-20) is paid in full first, P3 from what is left."""
    judgment = cases.receive(parties=PARTIES, obligations=OBLIGATIONS[:2])
    first = cases.submit(judgment.id, requester_party_id="P1", obligation_ids=["O1"])
    cases.run(issue_enforcement_decision, cases.decision(first["id"]))
    cases.submit(judgment.id, requester_party_id="P3", obligation_ids=["O2"],
                 received_on="2026-12-02")
    pay(cases, first["id"], 100_000_000, received_on="2026-12-03")
    ranked = {"O1": "other", "O2": "other"}

    def shares(**more):
        seen = cases.run(handlers.preview_distribution, load(PREVIEW_IN, {
            "case_id": first["id"], "on": "2026-12-03", "categories": ranked, **more}),
            read_only=True)
        return {line["obligation_id"]: line for line in seen["lines"]}, seen["computations"]

    together, _ = shares()  # pro rata in rank (c): 100,000,000 for 160,000,000 owed
    assert (together["O1"]["amount"], together["O2"]["amount"]) == (37_500_000, 62_500_000)
    ordered, computations = shares(priority_date="2026-12-01")
    assert (ordered["O1"]["amount"], ordered["O2"]["amount"]) == (60_000_000, 40_000_000)
    assert "Art. 49.1" in ordered["O2"]["rule"] and "Art. 49.1" not in ordered["O1"]["rule"]
    assert computations["priority_date"] == "2026-12-01"
