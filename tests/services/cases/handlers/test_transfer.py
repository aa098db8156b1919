"""Transfer of rights and obligations through the handlers (Decree 62/2015 Art. 15)."""
from datetime import date

import pytest

from shared.errors import Conflict, ValidationError
from shared.events import validate_envelope
from shared.validation import load

from services.cases.handlers import transfer as handlers
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.schemas import TRANSFER_IN


def decided(cases):
    case = cases.opened()
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"]


def transfer(cases, case_id, kind, party="P2", informed_on="2026-12-01",
             decided_on="2026-12-01", **more):
    return cases.run(handlers.transfer_rights, load(TRANSFER_IN, {
        "case_id": case_id, "kind": kind, "from_party_id": party, "informed_on": informed_on,
        "decided_on": decided_on, **more}))


def outbox(cases, key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{key}' ORDER BY id")]


def test_death_without_known_heir_requests_a_3_month_public_notice(cases):
    case_id = decided(cases)
    got = transfer(cases, case_id, "debtor_death_no_known_heir", property="house at 45 Kim Mã")
    assert got["period_ends_on"] == date(2027, 3, 1)
    [notice] = outbox(cases, "public_notice.requested")
    validate_envelope(notice)
    assert notice["payload"]["kind"] == "heir_search"
    assert (notice["payload"]["posted_on"], notice["payload"]["posted_until"]) == (
        "2026-12-01", "2027-03-01")
    assert notice["payload"]["notice_id"] == got["notice_id"]
    [event] = outbox(cases, "rights.transferred")
    assert event["payload"]["period_ends_on"] == "2027-03-01"
    [deadline] = cases.rows("SELECT * FROM platform_deadline "
                            "WHERE rule_id = 'decree15.1-heir-search-notice'")
    assert deadline["status"] == "open"


def test_death_with_heirs_owes_30_days_across_tet(cases):
    case = cases.opened(received_on="2026-01-05")
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on="2026-01-06"))
    got = transfer(cases, case["id"], "debtor_death_inheritance", informed_on="2026-01-17",
                   decided_on="2026-01-19")
    assert got["period_ends_on"] == date(2026, 2, 23)  # 16 Feb is in Tết
    assert outbox(cases, "public_notice.requested") == []


def test_creditor_transfers_without_consent_debtor_is_refused_without_it(cases):
    case_id = decided(cases)
    buyer = {"name": "Công ty Mua Nợ", "address": "1 Tràng Tiền, Hà Nội"}
    ok = transfer(cases, case_id, "creditor_transfer", party="P1", transferee=buyer,
                  document_reference="Debt sale contract 5/2026")
    assert (ok["outcome"], ok["period_ends_on"]) == ("recorded", None)
    refused = transfer(cases, case_id, "debtor_transfer", transferee=buyer,
                       document_reference="Agreement 6/2026")
    assert refused["outcome"] == "refused" and "consent" in refused["reasons"][0]
    [event] = outbox(cases, "rights_transfer.refused")
    assert event["payload"]["reasons"] == refused["reasons"]
    assert len(cases.rows("SELECT id FROM rights_transfer")) == 2


def test_transfer_refuses_bad_input_and_states(cases):
    case = cases.opened()
    with pytest.raises(Conflict):
        transfer(cases, case["id"], "debtor_death_inheritance")
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    for changes, field in (({"party": "P1"}, "from_party_id"),
                           ({"kind": "debtor_transfer"}, "transferee"),
                           ({"decided_on": "2026-11-30"}, "decided_on")):
        changes = {"kind": "debtor_death_inheritance", **changes}
        with pytest.raises(ValidationError) as err:
            transfer(cases, case["id"], **changes)
        assert set(err.value.fields) == {field}
    assert cases.rows("SELECT id FROM rights_transfer") == []
