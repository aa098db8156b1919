"""Complaints through the handlers (Decree 62/2015 Art. 38; Law Art. 140): the reply owed in 5
working days, acceptance or one reply with reasons, settlement, escalation when not handled in
time, repetitions kept and answered once, review on the grounds of 38.4."""
from datetime import date

import pytest

from shared.errors import Conflict, ValidationError
from shared.validation import load

from services.cases.handlers import complaints as handlers
from services.cases.schemas import (COMPLAINT_ANSWER_IN, COMPLAINT_ESCALATION_IN, COMPLAINT_IN,
                                    COMPLAINT_REVIEW_IN, COMPLAINT_SETTLEMENT_IN)
from tests.services.cases.handlers.conftest import decided_case


@pytest.fixture
def case_id(cases):
    return decided_case(cases)


def complain(cases, case_id, received_on="2026-11-27", **changes):
    return cases.run(handlers.receive_complaint, load(COMPLAINT_IN, {
        "case_id": case_id, "complainant_party_id": "P2", "subject_kind": "other",
        "act_reference": "1/QĐ", "act_known_on": "2026-11-24", "received_on": received_on,
        "content": "The decision names the wrong debtor", **changes}))


def answer(cases, complaint_id, accepted=True, on="2026-12-01", reasons=()):
    return cases.run(handlers.answer_complaint, load(COMPLAINT_ANSWER_IN, {
        "complaint_id": complaint_id, "on": on, "accepted": accepted, "reasons": list(reasons)}))


def settle(cases, complaint_id, on="2026-12-10"):
    return cases.run(handlers.settle_complaint, load(COMPLAINT_SETTLEMENT_IN, {
        "complaint_id": complaint_id, "on": on, "result": "rejected",
        "reasons": ["The debtor is the one the judgment names"]}))


def test_receive_complaint_owes_the_reply_across_a_weekend(cases, case_id):
    received = complain(cases, case_id)
    # Fri 2026-11-27 + 5 working days -> Fri 2026-12-04; filed within 15 days of 2026-11-24
    assert (received["status"], received["reply_by"], received["filed_late"],
            received["filing_ends_on"]) == ("received", date(2026, 12, 4), False,
                                            date(2026, 12, 9))
    [owed] = cases.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                        "'decree38.1-complaint-reply'")
    assert owed == {"status": "open"}
    [event] = cases.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'complaint.received'")
    assert "content" not in event["envelope"]["payload"]


def test_receive_complaint_across_tet(cases, case_id):
    received = complain(cases, case_id, received_on="2027-02-04", act_known_on="2027-02-01")
    assert received["reply_by"] > date(2027, 2, 11)


def test_answer_complaint_not_accepted_needs_reasons_and_is_made_once(cases, case_id):
    complaint = complain(cases, case_id)
    with pytest.raises(ValidationError):
        answer(cases, complaint["id"], accepted=False)
    replied = answer(cases, complaint["id"], accepted=False,
                     reasons=["The complainant is not affected by the act"])
    assert replied["status"] == "not_accepted"
    assert replied["history"][-1]["reasons"] == ["The complainant is not affected by the act"]
    met = cases.rows("SELECT status FROM platform_deadline WHERE rule_id = "
                     "'decree38.1-complaint-reply'")
    assert met == [{"status": "met"}]
    with pytest.raises(Conflict):
        answer(cases, complaint["id"])


def test_answer_complaint_filed_late_cannot_be_accepted(cases, case_id):
    late = complain(cases, case_id, received_on="2026-12-15")
    assert late["filed_late"]
    with pytest.raises(Conflict):
        answer(cases, late["id"], on="2026-12-16")
    assert answer(cases, late["id"], accepted=False, on="2026-12-16",
                  reasons=["Filed after the 15 days of Law Art. 140"])["status"] == "not_accepted"


def test_escalate_complaint_only_when_not_handled_in_time(cases, case_id):
    complaint = complain(cases, case_id)
    escalation = {"complaint_id": complaint["id"], "escalated_to": "HN",
                  "reason": "No reply within 5 working days"}
    with pytest.raises(Conflict):
        cases.run(handlers.escalate_complaint,
                  load(COMPLAINT_ESCALATION_IN, {**escalation, "on": "2026-12-04"}))
    escalated = cases.run(handlers.escalate_complaint,
                          load(COMPLAINT_ESCALATION_IN, {**escalation, "on": "2026-12-07"}))
    assert (escalated["status"], escalated["history"][-1]["escalated_to"]) == ("escalated", "HN")
    # the superior has it processed: the late acceptance shows as met after its due day
    answer(cases, complaint["id"], on="2026-12-08")
    [row] = cases.rows("SELECT due_on, met_on FROM platform_deadline WHERE rule_id = "
                       "'decree38.1-complaint-reply'")
    assert row["met_on"] > row["due_on"]


def test_repeated_complaint_without_new_evidence_is_kept_and_answered_once(cases, case_id):
    first = complain(cases, case_id)
    answer(cases, first["id"])
    settle(cases, first["id"])
    again = complain(cases, case_id, received_on="2026-12-11")
    assert (again["status"], again["reply_by"]) == ("kept_repeated", None)
    assert again["history"][0]["complainant_informed"] is True
    third = complain(cases, case_id, received_on="2026-12-12")
    assert third["history"][0]["complainant_informed"] is False
    with_evidence = complain(cases, case_id, received_on="2026-12-12", new_evidence=True)
    assert with_evidence["status"] == "received"


def test_request_complaint_review_on_a_ground_of_38_4(cases, case_id):
    complaint = complain(cases, case_id)
    review = {"complaint_id": complaint["id"], "on": "2026-12-20", "ground": "38.4.c",
              "reason": "A new land certificate was found"}
    with pytest.raises(Conflict):
        cases.run(handlers.request_complaint_review, load(COMPLAINT_REVIEW_IN, review))
    answer(cases, complaint["id"])
    settle(cases, complaint["id"])
    reviewed = cases.run(handlers.request_complaint_review, load(COMPLAINT_REVIEW_IN, review))
    assert reviewed["status"] == "review_requested"
    assert reviewed["history"][-1]["reasons"][0].startswith("38.4.c: a new circumstance")
    with pytest.raises(ValidationError):
        load(COMPLAINT_REVIEW_IN, {**review, "ground": "38.4.d"})
