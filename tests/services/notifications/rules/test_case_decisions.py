"""Which decision of ``cases`` is notified, as which document, from which day, to whom (Law
Art. 39.1; Decree 62/2015 Art. 10, 12.1, 14-16): ``rules.case_decisions``."""
import pytest

from services.notifications.rules import case_decisions as rules

PARTIES = [{"party_id": "P1", "role": "judgment_creditor", "address": "Huế"},
           {"party_id": "P2", "role": "judgment_debtor", "address": "Hà Nội"},
           {"party_id": "P3", "role": "related_party", "address": "không rõ"}]


@pytest.mark.parametrize("event_type, document_type, id_field, day_field, article", [
    ("enforcement.postponed", "postponement_decision", "decision_id", "decided_on",
     "Law Art. 48; Decree 62/2015 Art. 14"),
    ("enforcement.suspended", "suspension_decision", "decision_id", "decided_on", "Law Art. 49"),
    ("enforcement.terminated", "termination_decision", "decision_id", "decided_on",
     "Law Art. 50"),
    ("enforcement.continued", "continuation_decision", "stopped_by", "decided_on",
     "Law Art. 48.4, 49.3"),
    ("case_officer.replaced", "officer_replacement", "replacement_id", "decided_on",
     "Decree 62/2015 Art. 10.3"),
    ("officer_replacement.rejected", "officer_replacement_rejection", "replacement_id",
     "decided_on", "Art. 10.3 (request rejected with explanation)"),
    ("enforcement.entrusted", "entrustment_decision", "entrustment_id", "decided_on",
     "Decree 62/2015 Art. 16"),
    ("rights.transferred", "rights_transfer_decision", "transfer_id", "decided_on",
     "Art. 15; Law Art. 54"),
    ("rights_transfer.refused", "rights_transfer_refusal", "transfer_id", "decided_on",
     "Art. 15.2 (transfer refused with reasons)"),
])
def test_document_of_each_consumed_cases_decision(event_type, document_type, id_field,
                                                  day_field, article):
    decision = rules.document_of(event_type)
    assert (decision.document_type, decision.id_field, decision.issued_on_field) == (
        document_type, id_field, day_field)
    assert article in decision.legal_basis
    assert decision.legal_basis.endswith("Law Art. 39.1; Decree 62/2015 Art. 12.1")
    assert event_type in rules.CONSUMED


def test_document_of_an_event_it_does_not_answer_for_is_none():
    assert rules.document_of("enforcement_decision.issued") is None
    assert rules.document_of("public_notice.requested") is None


def test_document_of_the_officer_s_assignment_is_none_and_says_why():
    """Law Art. 36: no source requires notifying the assignment (a replacement is)."""
    assert rules.document_of("case_officer.assigned") is None
    assert "Law Art. 36" in rules.NOT_NOTIFIED["case_officer.assigned"]
    assert not set(rules.NOT_NOTIFIED) & set(rules.CONSUMED)


def test_document_id_of_a_decision_is_its_id_field():
    assert rules.document_id_of(rules.TERMINATION, {"decision_id": "t-1"}) == "t-1"
    assert rules.document_id_of(rules.CONTINUATION, {"stopped_by": "pp-1"}) == "pp-1"


def test_recipients_of_a_decision_are_the_litigants_and_the_related_persons():
    """Law Art. 39.1; Decree Art. 12.1."""
    parties = [*PARTIES, {"party_id": "X", "role": "requester", "address": None}]
    assert [p["party_id"] for p in rules.recipients_of(rules.SUSPENSION, {}, parties)] == [
        "P1", "P2", "P3"]


def test_recipients_of_a_replacement_rejection_is_the_requesting_party_only():
    """Decree Art. 10.3: the head rejects the request and explains it to the requester."""
    got = rules.recipients_of(rules.REPLACEMENT_REJECTION, {"requested_by_party_id": "P2"},
                              PARTIES)
    assert got == [PARTIES[1]]


def test_recipients_of_a_refusal_to_a_person_the_case_does_not_list_goes_to_the_request():
    """Decree Art. 15.2: the transferor is told in writing at the address of the request."""
    assert rules.recipients_of(rules.TRANSFER_REFUSAL, {"from_party_id": "P9"}, PARTIES) == [
        {"party_id": "P9", "role": "requester", "kind": "person", "name": None,
         "address": None}]


@pytest.mark.parametrize("kind", rules.DEBTOR_DEATH_KINDS)
def test_recipients_of_a_transfer_on_the_debtor_s_death_leave_out_the_deceased(kind):
    """Decree Art. 15.1: the deceased debtor is not notified; the others are."""
    got = rules.recipients_of(rules.TRANSFER, {"kind": kind, "from_party_id": "P2"}, PARTIES)
    assert [p["party_id"] for p in got] == ["P1", "P3"]


def test_recipients_of_a_transfer_between_living_persons_include_the_transferor():
    """Decree Art. 15.2: the transferor stays a person the transfer concerns."""
    got = rules.recipients_of(rules.TRANSFER, {"kind": "creditor_transfer",
                                               "from_party_id": "P1"}, PARTIES)
    assert [p["party_id"] for p in got] == ["P1", "P2", "P3"]


def test_initial_channel_of_a_requester_is_direct_and_of_an_unknown_address_posting():
    """Law Art. 40, 42; Decree Art. 12.1."""
    assert rules.initial_channel_of(rules.requester("P9")) == "direct"
    assert rules.initial_channel_of(PARTIES[0]) == "direct"
    assert rules.initial_channel_of(PARTIES[2]) == "public_posting"
