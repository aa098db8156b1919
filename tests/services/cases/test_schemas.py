"""The cases service's input schemas (no broker, no database): bad input is a ValidationError
naming the field (issue 7 item 10)."""
import pytest

from shared.errors import ValidationError
from shared.validation import load

from services.cases.schemas import DECISION_IN, JUDGMENT_IN, MAX_OBLIGATIONS, REQUEST_IN
from tests.factories import judgment, request_for


def refused(schema, data):
    with pytest.raises(ValidationError) as err:
        load(schema, data)
    return err.value


def test_obligation_naming_an_unknown_party_is_refused():
    bad = judgment()
    bad["obligations"][0]["debtor_party_id"] = "P9"
    assert refused(JUDGMENT_IN, bad).fields == {"obligations": {0: {"debtor_party_id": [
        "no party 'P9' in this judgment"]}}}


def test_payload_that_is_not_an_object_is_refused():
    assert "must be an object" in refused(JUDGMENT_IN, ["not", "a", "judgment"]).message


def test_judgment_effective_before_issued_and_repeated_parties_are_refused():
    bad = judgment(effective_on="2026-09-01")
    bad["parties"][1]["party_id"] = "P1"
    fields = refused(JUDGMENT_IN, bad).fields
    assert fields["effective_on"] == ["cannot be before issued_on"]
    assert fields["parties"] == ["party_id must be unique"]


@pytest.mark.parametrize("field, value", [
    ("amount", 10**18),          # beyond Numeric(18, 0)
    ("amount", 1.5),             # no fractions of a đồng
    ("amount", "100"),           # strict integers
    ("amount", 0),               # at least 1
    ("due_on", "9999-12-31"),    # the calendar overflows
    ("due_on", "0001-01-01"),
    ("description", "Repay\x00"),
    ("description", "x" * 1001),
    ("obligation_id", "x" * 51),
])
def test_each_bad_obligation_field_is_named(field, value):
    bad = judgment()
    bad["obligations"][0][field] = value
    assert set(refused(JUDGMENT_IN, bad).fields["obligations"][0]) == {field}


def test_an_unbounded_list_of_obligations_is_refused():
    bad = request_for("J1", obligation_ids=[f"O{i}" for i in range(MAX_OBLIGATIONS + 1)])
    assert set(refused(REQUEST_IN, bad).fields) == {"obligation_ids"}


@pytest.mark.parametrize("field, value", [
    ("judgment_id", "J\x001"), ("requester_party_id", " P1"), ("obligation_ids", []),
    ("received_on", "2026-11-20T10:00:00"), ("content", ""), ("content", "x" * 2001)])
def test_each_bad_request_field_is_named(field, value):
    data = {**request_for("J1"), field: value}
    assert set(refused(REQUEST_IN, data).fields) == {field}


def test_a_request_may_span_lines():
    assert load(REQUEST_IN, request_for("J1", content="Line one\nLine two"))["content"] == (
        "Line one\nLine two")


@pytest.mark.parametrize("field, value", [
    ("case_id", 7), ("number", "x" * 101), ("issued_on", "2026-02-30")])
def test_each_bad_decision_field_is_named(field, value):
    data = {"case_id": "C1", "number": "1/QĐ", "issued_on": "2026-11-23", field: value}
    assert set(refused(DECISION_IN, data).fields) == {field}


FLOOD = {"ground": "natural_disaster", "evidence": "4.4.a", "evidence_reference": "12/UBND",
         "from_on": "2022-10-10", "to_on": "2022-10-19"}


def test_a_request_may_claim_deductions_with_their_evidence():
    loaded = load(REQUEST_IN, request_for("J1", deductions=[FLOOD]))
    assert loaded["deductions"][0]["from_on"].isoformat() == "2022-10-10"
    assert load(REQUEST_IN, request_for("J1"))["deductions"] == []


@pytest.mark.parametrize("field, value", [
    ("ground", "boredom"), ("evidence", "4.4.z"), ("evidence_reference", ""),
    ("evidence_reference", "x" * 301), ("from_on", "2022-02-30"),
    ("to_on", "2022-10-01")])  # before from_on
def test_each_bad_deduction_field_is_named(field, value):
    data = request_for("J1", deductions=[{**FLOOD, field: value}])
    assert set(refused(REQUEST_IN, data).fields["deductions"][0]) == {field}


def test_an_unbounded_list_of_deductions_is_refused():
    data = request_for("J1", deductions=[FLOOD] * 21)
    assert set(refused(REQUEST_IN, data).fields) == {"deductions"}


def test_a_voluntary_payment_names_what_was_paid_or_delivered():
    payment = {"payer": "Cường", "sentence_reference": "45/2023/HS-ST", "paid_on": "2026-11-02"}
    assert set(refused(REQUEST_IN, request_for("J1", voluntary_payment=payment)).fields[
        "voluntary_payment"]) == {"amount"}
    loaded = load(REQUEST_IN, request_for("J1", voluntary_payment={**payment, "amount": 5}))
    assert loaded["voluntary_payment"]["amount"] == 5
    assert load(REQUEST_IN, request_for("J1"))["voluntary_payment"] is None


def test_a_periodic_obligation_lists_its_instalments_once_each():
    data = judgment()
    data["obligations"][0]["instalments"] = [{"due_on": "2027-01-01", "amount": 1}] * 2
    assert refused(JUDGMENT_IN, data).fields["obligations"][0] == {
        "instalments": ["two instalments fall due on one day"]}
    data["obligations"][0]["instalments"] = [{"due_on": "2027-01-01"}] * 601
    assert set(refused(JUDGMENT_IN, data).fields["obligations"][0]) == {"instalments"}
    data["obligations"][0]["instalments"] = [{"due_on": "2027-01-01"}, {"due_on": "2027-02-01"}]
    assert len(load(JUDGMENT_IN, data)["obligations"][0]["instalments"]) == 2
