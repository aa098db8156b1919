"""Measures carried out by banks and VSDC, through the handlers on a real unit of work: signed
orders out, answers in applied once, refused answers never applied (issue 12)."""
import json
from datetime import date

import pytest

from shared.errors import NotFound
from shared.events import new_envelope

from services.property.rules import institutions as rules

from tests.services.property import institutions as banks


@pytest.fixture
def case(prop):
    prop.case_opened()
    return prop


def _freeze(prop, **kw):
    measure, orders = prop.freeze(banks.freeze_request(**kw))
    return measure, [prop.order(o) for o in orders]


def _outbox(prop, routing_like="%"):
    return prop.rows(f"SELECT routing_key, envelope FROM platform_outbox "
                     f"WHERE routing_key LIKE '{routing_like}' ORDER BY id")


def test_freeze_sends_one_signed_order_per_account_owing_its_answer(case):
    measure, orders = _freeze(case)
    assert measure.status == "decided" and measure.targeted_amount == 155_000_000
    assert [(o["institution"], o["status"], o["amount"]) for o in orders] == [
        ("bank-vcb", "sent", 100_000_000), ("bank-bidv", "sent", 55_000_000)]
    sent = _outbox(case, "institution.%")
    assert [s["routing_key"] for s in sent] == [
        "institution.bank-vcb.account_freeze.ordered",
        "institution.bank-bidv.account_freeze.ordered"]
    payload = sent[0]["envelope"]["payload"]
    assert banks.RING.verify("bank-vcb", "account_freeze.ordered", 1, payload) == "vcb-1"
    assert payload["account_number"] == "0011004455667" and payload["amount"] == 100_000_000
    deadlines = case.rows("SELECT rule_id, subject_id, due_on FROM platform_deadline "
                          "ORDER BY id")
    assert [(d["rule_id"], d["subject_id"]) for d in deadlines] == [
        (rules.ACCOUNT_FREEZE_ANSWER.rule_id, o["id"]) for o in orders]
    assert all(d["due_on"] == o["answer_due_on"] for d, o in zip(deadlines, orders))


def test_disproportionate_freeze_is_recorded_refused_with_its_reason_and_sends_nothing(case):
    measure, orders = _freeze(case, obligation=50_000_000, costs=1_000_000)
    assert orders == [] and measure.status == "refused"
    assert measure.reasons[0]["code"] == "disproportionate"
    assert measure.reasons[0]["article"] == "Decree 62/2015 Art. 13.1"
    assert _outbox(case, "institution.%") == []
    [event] = _outbox(case, "measure.decided")
    assert event["envelope"]["payload"]["status"] == "refused"
    [audit] = case.rows("SELECT action, legal_basis FROM platform_audit")
    assert audit == {"action": "measure.refused", "legal_basis": "Decree 62/2015 Art. 13.1"}


def test_freeze_beyond_the_obligation_under_an_art_13_1_exception_is_explained(case):
    measure, orders = _freeze(case, obligation=50_000_000, costs=1_000_000,
                              exception="single_indivisible_property")
    assert measure.status == "decided" and len(orders) == 2
    assert "cannot be divided" in measure.explanation


def test_frozen_answer_is_applied_once_and_meets_the_deadline(case):
    _, [vcb, _] = _freeze(case)
    envelope = banks.frozen(vcb, 100_000_000)
    assert case.answer(envelope).status == "frozen"
    assert case.answer(envelope) is None  # the same answer again changes nothing
    [order] = [o for o in case.orders() if o["id"] == vcb["id"]]
    assert (order["status"], order["answered_amount"]) == ("frozen", 100_000_000)
    assert case.rows(f"SELECT status FROM platform_deadline WHERE subject_id = '{vcb['id']}'") \
        == [{"status": "met"}]
    assert len(case.rows("SELECT 1 FROM institution_answer")) == 1
    assert len(_outbox(case, "institution_order.answered")) == 1


def test_an_answer_signed_with_the_previous_key_during_a_rotation_is_applied(case):
    case.freeze_securities(_securities_request())
    [order] = case.orders()
    old = banks.KeyRing.from_config({"vsdc": {"active": "old", "keys": {
        "old": "test-secret-vsdc-old"}}})
    envelope = banks.answer(order, "vsdc.securities_frozen", ring=old,
                            securities=[{"ticker": "VNM", "quantity": 1000}])
    assert case.answer(envelope, publisher="vsdc").status == "frozen"
    [answer] = case.rows("SELECT key_id FROM institution_answer")
    assert answer == {"key_id": "old"}


@pytest.mark.parametrize("tamper, refusal", [
    ("bad_key", rules.BadSignature), ("unsigned", rules.BadSignature),
    ("altered", rules.BadSignature), ("wrong_institution", rules.WrongInstitution),
    ("unknown_order", rules.UnknownOrder), ("unknown_institution", rules.UnknownInstitution),
    ("other_authority", rules.UnknownOrder), ("too_much", rules.AmountExceedsOrder),
    ("unexpected", rules.UnexpectedAnswer)])
def test_an_answer_that_fails_a_check_is_refused_and_never_applied(case, tamper, refusal):
    _, [vcb, _] = _freeze(case)
    envelope = {
        "bad_key": lambda: banks.frozen(vcb, 1, ring=banks.KeyRing.from_config(
            {"bank-vcb": {"active": "vcb-1", "keys": {"vcb-1": "guessed"}}})),
        "unsigned": lambda: banks.frozen(vcb, 1, ring=None, signature={
            "key_id": "vcb-1", "algorithm": "HMAC-SHA256", "value": "0" * 64}),
        "altered": lambda: _altered(banks.frozen(vcb, 1)),
        "wrong_institution": lambda: banks.frozen(vcb, 1, institution="bank-bidv"),
        "unknown_order": lambda: banks.frozen({**vcb, "id": "0" * 8 + "-0000-4000-8000-" +
                                               "0" * 12}, 1),
        "unknown_institution": lambda: banks.frozen(vcb, 1, ring=None, institution="bank-x",
                                                    signature={"key_id": "k",
                                                               "algorithm": "HMAC-SHA256",
                                                               "value": "0" * 64}),
        "other_authority": lambda: banks.frozen(vcb, 1, authority="DN-03"),
        "too_much": lambda: banks.frozen(vcb, 100_000_001),
        "unexpected": lambda: banks.garnished(vcb, 1),
    }[tamper]()
    with pytest.raises(refusal):
        case.answer(envelope)
    assert [o["status"] for o in case.orders()] == ["sent", "sent"]
    assert case.rows("SELECT 1 FROM institution_answer") == []
    assert _outbox(case, "institution_order.answered") == []


def _altered(envelope):
    envelope["payload"]["frozen_amount"] += 1  # after signing
    return envelope


def test_an_answer_id_replayed_with_other_content_is_refused(case):
    _, [vcb, bidv] = _freeze(case)
    first = banks.frozen(vcb, 100_000_000)
    case.answer(first)
    replay = banks.frozen(vcb, 90_000_000, answer_id=first["payload"]["answer_id"])
    with pytest.raises(rules.ReplayedAnswer):
        case.answer(replay)
    with pytest.raises(rules.ReplayedAnswer):  # a second, different answer to the same order
        case.answer(banks.refused(vcb))
    [order] = [o for o in case.orders() if o["id"] == vcb["id"]]
    assert (order["status"], order["answered_amount"]) == ("frozen", 100_000_000)


def test_an_institution_refusal_is_recorded_with_its_reason_under_art_20_2(case):
    _, [vcb, _] = _freeze(case)
    case.answer(banks.refused(vcb, "account_closed", "Tài khoản đã đóng ngày 01/10/2026"))
    [order] = [o for o in case.orders() if o["id"] == vcb["id"]]
    assert (order["status"], order["reason_code"]) == ("refused", "account_closed")
    [audit] = case.rows("SELECT legal_basis, details FROM platform_audit "
                        "WHERE action = 'institution_order.answered'")
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 20.2")
    assert audit["details"]["reason"] == "Tài khoản đã đóng ngày 01/10/2026"


def _frozen_at_both(case, vcb_amount=100_000_000, bidv_amount=80_000_000):
    _, [vcb, bidv] = _freeze(case, accounts=[
        {"institution": "bank-vcb", "account_number": "0011004455667", "amount": 100_000_000},
        {"institution": "bank-bidv", "account_number": "12010000998877",
         "amount": 55_000_000}], obligation=150_000_000, costs=5_000_000)
    case.answer(banks.frozen(vcb, vcb_amount))
    case.answer(banks.frozen(bidv, min(bidv_amount, 55_000_000)))
    return vcb, bidv


def test_garnishment_takes_what_covers_obligation_and_costs_and_no_more(case):
    vcb, bidv = _frozen_at_both(case, vcb_amount=100_000_000, bidv_amount=55_000_000)
    measure, orders = case.garnish(banks.garnish_request())
    assert measure.status == "decided" and measure.targeted_amount == 155_000_000
    assert sorted((o.institution, int(o.amount)) for o in orders) == [
        ("bank-bidv", 55_000_000), ("bank-vcb", 100_000_000)]
    message = next(o.message for o in orders if o.institution == "bank-vcb")
    # Art. 21.1 (a)-(g), each in the signed message
    assert message["decision"]["issued_on"] == "2026-11-26"  # (a)
    assert message["decision"]["basis"].startswith("Bản án")  # (b)
    assert (message["holder"]["name"], message["account_number"]) == (
        "Trần Thị Bình", "0011004455667")  # (c)
    assert message["garnishee"] == {"name": "Vietcombank",
                                    "address": "198 Trần Quang Khải, Hà Nội"}  # (d)
    assert message["amount"] == 100_000_000  # (dd)
    assert message["receiving_account"]["number"] == "3949.0.1055555"  # (e)
    assert message["garnish_by"] == "2026-12-04"  # (g)
    assert banks.RING.verify("bank-vcb", "account_garnishment.ordered", 1, message)


def test_a_second_garnishment_takes_only_what_the_first_left(case):
    _frozen_at_both(case)
    case.garnish(banks.garnish_request())
    measure, orders = case.garnish(banks.garnish_request())
    assert (measure.status, orders) == ("refused", [])
    assert measure.reasons[0]["code"] == "nothing_frozen"


def test_money_garnished_is_reported_to_cases_once(case):
    _frozen_at_both(case)
    _, orders = case.garnish(banks.garnish_request())
    vcb = case.order(next(o for o in orders if o.institution == "bank-vcb"))
    envelope = banks.garnished(vcb, 100_000_000, reference="FT26334VCB01")
    case.answer(envelope)
    case.answer(envelope)
    [collected] = _outbox(case, "funds.collected")
    payload = collected["envelope"]["payload"]
    assert (payload["amount"], payload["reference"], payload["source"],
            payload["institution"]) == (100_000_000, "FT26334VCB01", "garnishment", "bank-vcb")
    assert collected["envelope"]["case_id"] == "case-1"


@pytest.mark.parametrize("at, minutes, code", [
    ("2027-02-01T09:00:00+07:00", 60, "lunar_new_year"),  # eve 2027-02-05
    ("2026-12-01T21:30:00+07:00", 60, "night_hours"),  # runs past 22:00
    ("2026-12-05T09:00:00+07:00", 30, "rest_day"),  # a Saturday
])
def test_garnishment_in_the_no_coercion_times_is_recorded_refused(case, at, minutes, code):
    _frozen_at_both(case)
    measure, orders = case.garnish(banks.garnish_request(at=at, minutes=minutes))
    assert (measure.status, orders) == ("refused", [])
    assert code in [r["code"] for r in measure.reasons]
    assert measure.parameters_used


def test_fulfilment_lifts_every_freeze_still_in_force_once(case):
    _, [vcb, bidv] = _freeze(case)
    _, [other] = _freeze(case, accounts=[{"institution": "bank-vcb",
                                          "account_number": "0011009999999",
                                          "amount": 1_000_000}])
    case.answer(banks.frozen(vcb, 100_000_000))
    case.answer(banks.refused(other))  # refused: nothing to lift
    certificate = new_envelope("enforcement.fulfilled",
                               {"certificate_id": "GCN-9", "issued_on": "2026-12-10",
                                "debtor_party_id": "P2"}, authority="HN-01", case_id="case-1")
    lifts = case.fulfilled(certificate)
    assert sorted(lift.lifts_order_id for lift in lifts) == sorted([vcb["id"], bidv["id"]])
    assert case.fulfilled(certificate) == []  # again: already ordered
    keys = [s["routing_key"] for s in _outbox(case, "%lift%")]
    assert sorted(keys) == ["institution.bank-bidv.account_freeze_lift.ordered",
                            "institution.bank-vcb.account_freeze_lift.ordered"]
    lift = case.order(next(lift for lift in lifts if lift.lifts_order_id == vcb["id"]))
    case.answer(banks.lifted(lift))
    statuses = {o["id"]: o["status"] for o in case.orders()}
    assert statuses[vcb["id"]] == "lifted" and statuses[lift["id"]] == "lifted"


def test_account_data_stays_out_of_events_bound_elsewhere_and_out_of_the_audit(case):
    _frozen_at_both(case)
    _, orders = case.garnish(banks.garnish_request())
    case.answer(banks.garnished(case.order(orders[0]), int(orders[0].amount)))
    elsewhere = json.dumps([s["envelope"] for s in _outbox(case)
                            if not s["routing_key"].startswith("institution.")],
                           ensure_ascii=False)
    audits = json.dumps(case.rows("SELECT details FROM platform_audit"), ensure_ascii=False,
                        default=str)
    for secret in ("0011004455667", "12010000998877", "001185012345", "Trần Thị Bình"):
        assert secret not in elsewhere and secret not in audits


def test_orders_of_another_authoritys_case_are_not_found(case):
    _freeze(case)
    case.as_("enforcement_officer", "DN-03")
    with pytest.raises(NotFound):
        case.orders()


def test_what_each_institution_owes_and_how_late(case):
    _, [vcb, bidv] = _freeze(case)
    case.answer(banks.frozen(vcb, 1))
    due = bidv["answer_due_on"]
    later = date.fromordinal(due.toordinal() + 3)
    from services.property.handlers.institutions import institution_obligations
    with case.env.unit_of_work(read_only=True) as uow:
        report = institution_obligations(uow, later)
    assert [(r["institution"], r["outstanding"], r["overdue"], r["max_days_late"])
            for r in report] == [("bank-bidv", 1, 1, 3)]
    assert report[0]["orders"][0]["order_id"] == bidv["id"]
    assert "account_number" not in report[0]["orders"][0]


def _securities_request():
    return {"case_id": "case-1", "decision": banks.DECISION, "obligation_amount": 150_000_000,
            "costs_amount": 5_000_000,
            "holder": {**banks.HOLDER, "id_issued_on": "2021-04-12"},
            "securities": [{"ticker": "VNM", "quantity": 1000}]}


def test_securities_freeze_order_carries_art_13_5_a_contents_and_owes_one_working_day(case):
    _, [order] = case.freeze_securities(_securities_request())
    message = order.message
    assert message["holder"] == {"name": "Trần Thị Bình", "id_number": "001185012345",
                                 "id_issued_on": "2021-04-12"}
    assert message["securities"] == [{"ticker": "VNM", "quantity": 1000}]
    [deadline] = case.rows("SELECT rule_id, length, unit FROM platform_deadline")
    assert deadline == {"rule_id": "decree13.5a-securities-freeze", "length": 1,
                        "unit": "working_days"}
    assert banks.RING.verify("vsdc", "securities_freeze.ordered", 1, message) == "new"


def test_an_answer_from_another_broker_login_than_the_institutions_is_refused(case):
    _, [vcb, _] = _freeze(case)
    case.directory = banks.Directory({**banks.INSTITUTIONS, "bank-vcb": {
        **banks.INSTITUTIONS["bank-vcb"], "login": "bank-vcb"}}, banks.KEYS)
    with pytest.raises(rules.WrongInstitution):
        case.answer(banks.frozen(vcb, 1), publisher="bank-bidv")
    assert case.answer(banks.frozen(vcb, 1), publisher="bank-vcb").status == "frozen"


def test_outstanding_orders_per_institution_are_exported_as_a_gauge(case):
    from services.property.handlers.institutions import OUTSTANDING, export_outstanding
    _, [vcb, bidv] = _freeze(case)
    case.answer(banks.frozen(vcb, 1))
    late = date.fromordinal(bidv["answer_due_on"].toordinal() + 1)
    with case.env.unit_of_work(read_only=True) as uow:
        assert export_outstanding(uow, late) == {("bank-bidv", "true"): 1}
    assert OUTSTANDING.labels("bank-bidv", "true")._value.get() == 1
    with case.env.unit_of_work(read_only=True) as uow:
        export_outstanding(uow, bidv["answer_due_on"])
    assert OUTSTANDING.labels("bank-bidv", "true")._value.get() == 0
    assert OUTSTANDING.labels("bank-bidv", "false")._value.get() == 1


def test_answer_times_are_observed_per_institution(case):
    from services.property.handlers.orders import ANSWER_SECONDS
    _, [vcb, _] = _freeze(case)
    before = ANSWER_SECONDS.labels("bank-vcb", "account_freeze")._sum.get()
    count = _histogram_count("bank-vcb")
    case.answer(banks.frozen(vcb, 1))
    assert _histogram_count("bank-vcb") == count + 1
    assert ANSWER_SECONDS.labels("bank-vcb", "account_freeze")._sum.get() >= before


def _histogram_count(institution):
    from prometheus_client import REGISTRY
    return REGISTRY.get_sample_value("property_institution_answer_seconds_count",
                                     {"institution": institution,
                                      "kind": "account_freeze"}) or 0


def test_the_state_treasury_answers_like_a_bank_on_its_own_exchange(case):
    _, [kb] = _freeze(case, accounts=[{"institution": "treasury",
                                       "account_number": "3711.0.1234567", "amount": 5_000_000}])
    with pytest.raises(rules.WrongInstitution):  # on the banks' exchange: not its kind
        case.answer(banks.answer(kb, "bank.account_frozen", frozen_amount=5_000_000))
    applied = case.answer(banks.frozen(kb, 5_000_000), publisher="treasury")
    assert (applied.status, applied.institution_kind) == ("frozen", "treasury")


def test_a_head_of_authority_sees_only_their_authoritys_orders_an_operator_all(case):
    from services.property.handlers.institutions import institution_obligations
    _freeze(case)
    case.case_opened(case_id="case-2", authority="DN-03")
    case.as_("enforcement_officer", "DN-03")
    case.freeze({**banks.freeze_request(), "case_id": "case-2"})
    for role, authority, expected in (("head_of_authority", "HN-01", {"HN-01"}),
                                      ("head_of_authority", "DN-03", {"DN-03"}),
                                      ("operator", "HN-01", {"HN-01", "DN-03"})):
        case.as_(role, authority)
        with case.env.unit_of_work(read_only=True) as uow:
            report = institution_obligations(uow, date(2026, 1, 1), case.env.caller)
        assert {o["authority"] for r in report for o in r["orders"]} == expected


def test_a_garnishment_whose_time_limit_precedes_its_decision_is_bad_input(case):
    from shared.errors import ValidationError
    _frozen_at_both(case)
    with pytest.raises(ValidationError) as raised:
        case.garnish(banks.garnish_request(garnish_by="2026-11-01"))
    assert "garnish_by" in raised.value.fields
    assert case.rows("SELECT 1 FROM enforcement_measure WHERE kind = 'account_garnishment'") \
        == []
