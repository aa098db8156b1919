"""Revocation and re-issue of enforcement decisions (Law Art. 37; Decree 62/2015 Art. 15.3),
through the handlers with a real unit of work and no broker."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.events import validate_envelope
from shared.validation import load

from services.cases.handlers import transfer
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.handlers.revocation import revoke_enforcement_decision
from services.cases.schemas import REVOCATION_IN, TRANSFER_IN


def decided(cases, issued_on="2026-11-23"):
    case = cases.opened()
    result = cases.run(issue_enforcement_decision, cases.decision(case["id"],
                                                                  issued_on=issued_on))
    return case["id"], result["decision"].id


def revoke(cases, decision_id, ground="error_changing_content", revoked_on="2026-11-27",
           **more):
    return cases.run(revoke_enforcement_decision, load(REVOCATION_IN, {
        "decision_id": decision_id, "number": "3/QĐ-THQĐ", "revoked_on": revoked_on,
        "ground": ground, "reasons": "The decision names the wrong amount", **more}))


def outbox(cases, key):
    return [r["envelope"] for r in cases.rows(
        f"SELECT envelope FROM platform_outbox WHERE routing_key = '{key}' ORDER BY id")]


def test_revoke_enforcement_decision_records_it_with_reasons_across_a_weekend(cases):
    case_id, decision_id = decided(cases)
    revoked = revoke(cases, decision_id)
    assert (revoked["status"], revoked["ground"], revoked["reissued_decision"]) == (
        "decision_revoked", "error_changing_content", None)
    assert revoked["legal_basis"].startswith("Law on Civil Judgment Enforcement Art. 37.1(b)")
    # revoked on Friday 27 November: notified by Wednesday 2 December (3 working days)
    assert revoked["computations"]["notify_by"]["due_on"] == "2026-12-02"
    [row] = cases.rows("SELECT * FROM decision_revocation")
    assert (row["reasons"], row["decided_by"]) == (
        "The decision names the wrong amount", "head_of_authority@HN-01")
    [decision] = cases.rows("SELECT revocation_id FROM enforcement_decision")
    assert decision["revocation_id"] == revoked["id"]
    [event] = outbox(cases, "enforcement_decision.revoked")
    validate_envelope(event)
    assert (event["case_id"], event["payload"]["notify_by"]) == (case_id, "2026-12-02")
    [audit] = cases.rows("SELECT * FROM platform_audit "
                         "WHERE action = 'enforcement_decision.revoked'")
    assert audit["subject_id"] == decision_id
    owed = cases.rows("SELECT * FROM platform_deadline WHERE subject_type = "
                      "'decision_revocation'")
    assert [(d["due_on"], d["status"]) for d in owed] == [(date(2026, 12, 2), "open")]


def test_revoke_and_reissue_on_a_transfer_of_rights_across_the_lunar_new_year(cases):
    case_id, decision_id = decided(cases, issued_on="2026-11-23")
    recorded = cases.run(transfer.transfer_rights, load(TRANSFER_IN, {
        "case_id": case_id, "kind": "creditor_transfer", "from_party_id": "P1",
        "informed_on": "2026-12-01", "decided_on": "2026-12-01",
        "transferee": {"name": "Công ty Mua Nợ", "address": "1 Tràng Tiền, Hà Nội"},
        "document_reference": "Debt sale contract 5/2026"}))
    revoked = revoke(cases, decision_id, ground="rights_transferred", revoked_on="2027-02-03",
                     rights_transfer_id=recorded["id"],
                     reissue={"number": "4/QĐ", "issued_on": "2027-02-03"})
    new = revoked["reissued_decision"]
    assert revoked["status"] == "decision_issued"
    # Wednesday 3 February 2027: Tết runs 4-10 February, so Thursday 11, Friday 12 and
    # Monday 15 February are the three working days
    assert new.notify_by == date(2027, 2, 15)
    assert revoked["computations"]["notify_by"]["due_on"] == "2027-02-15"
    assert (new.replaces_decision_id, new.computations["reissue_of"]["rights_transfer_id"]) == (
        decision_id, recorded["id"])
    [case] = cases.rows("SELECT status, decision_id FROM enforcement_case")
    assert (case["status"], case["decision_id"]) == ("decision_issued", new.id)
    issued = outbox(cases, "enforcement_decision.issued")
    assert [e["payload"]["decision_id"] for e in issued] == [decision_id, new.id]
    [event] = outbox(cases, "enforcement_decision.revoked")
    assert event["payload"]["reissued_decision_id"] == new.id


def test_a_transfer_needs_the_new_decision_and_the_recorded_transfer(cases):
    case_id, decision_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        revoke(cases, decision_id, ground="rights_transferred",
               rights_transfer_id="9b1c0000-0000-0000-0000-000000000000")
    assert set(err.value.fields) == {"reissue", "rights_transfer_id"}
    assert cases.rows("SELECT id FROM decision_revocation") == []


def test_an_ultra_vires_decision_is_not_reissued_here(cases):
    _, decision_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        revoke(cases, decision_id, ground="ultra_vires",
               reissue={"number": "4/QĐ", "issued_on": "2026-11-27"})
    assert "37.1(a)" in err.value.fields["reissue"][0]
    assert revoke(cases, decision_id, ground="ultra_vires")["status"] == "decision_revoked"


def test_dates_before_the_decision_or_the_revocation_are_refused(cases):
    _, decision_id = decided(cases)
    with pytest.raises(ValidationError) as err:
        revoke(cases, decision_id, revoked_on="2026-11-20",
               reissue={"number": "4/QĐ", "issued_on": "2026-11-19"})
    assert err.value.fields["revoked_on"] == ["before the decision was issued"]
    with pytest.raises(ValidationError) as err:
        revoke(cases, decision_id, reissue={"number": "4/QĐ", "issued_on": "2026-11-26"})
    assert err.value.fields == {"reissue": {"issued_on": ["before the revocation"]}}


def test_a_decision_is_revoked_once_and_a_revoked_case_can_be_decided_again(cases):
    case_id, decision_id = decided(cases)
    revoke(cases, decision_id)
    with pytest.raises(Conflict, match="already revoked"):
        revoke(cases, decision_id)
    again = cases.run(issue_enforcement_decision, cases.decision(case_id, number="5/QĐ",
                                                                 issued_on="2026-11-30"))
    assert again["status"] == "decision_issued"
    assert len(cases.rows("SELECT id FROM enforcement_decision")) == 2


def test_an_unknown_decision_is_not_found(cases):
    with pytest.raises(NotFound) as err:
        revoke(cases, "9b1c0000-0000-0000-0000-000000000000")
    assert err.value.details == {"decision_id": "9b1c0000-0000-0000-0000-000000000000"}


def test_the_case_file_lists_the_revoked_decision_its_revocation_and_the_new_one(cases):
    from services.cases.handlers import queries
    case_id, decision_id = decided(cases)
    revoked = revoke(cases, decision_id, reissue={"number": "4/QĐ", "issued_on": "2026-11-30"})
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    rows = [(i["kind"], i["number"]) for i in got["dossier"]
            if i["kind"] in ("enforcement_decision", "decision_revocation")]
    assert rows == [("enforcement_decision", "1/QĐ"), ("decision_revocation", "3/QĐ-THQĐ"),
                    ("enforcement_decision", "4/QĐ")]
    old = next(i for i in got["dossier"] if i["id"] == decision_id)
    assert old["revoked_by"] == revoked["id"]
