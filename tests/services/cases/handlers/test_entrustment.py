"""Entrustment through the handlers, with a stub of personnel's ``competent_authority`` that
loads each query with personnel's input schema and answers with its output schema."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, ValidationError
from shared.validation import load

from services.cases.handlers import entrustment as handlers
from services.cases.handlers.cases import get_case
from services.cases.handlers.decisions import issue_enforcement_decision
from services.cases.handlers.verification import record_verification
from services.cases.schemas import ENTRUSTMENT_IN, VERIFICATION_IN
from services.personnel.schemas import COMPETENT_AUTHORITY_OUT, DIVISION_QUERY_IN

MAP = {"01": "HN-01", "48": "DN-03", "79": "HCM-02"}  # province -> competent authority


class PersonnelStub:
    def __init__(self):
        self.queries = []

    def competent_authority(self, query):
        data = load(DIVISION_QUERY_IN, query, "query")
        self.queries.append(data)
        if data["province_code"] not in MAP:
            raise NotFound("no row", {"province_code": data["province_code"]})
        return COMPETENT_AUTHORITY_OUT.dump({
            "province_code": data["province_code"], "commune_code": data["commune_code"],
            "on": data["on"], "matched": "province", "division_jurisdiction": {},
            "authority": {"id": MAP[data["province_code"]]},
            "legal_basis": "Decree 62/2015 Art. 16.1"})


@pytest.fixture
def personnel():
    return PersonnelStub()


def decided_case(cases, received_on="2026-11-20", issued_on="2026-11-23"):
    case = cases.opened(received_on=received_on)
    cases.run(issue_enforcement_decision, cases.decision(case["id"], issued_on=issued_on))
    return case["id"]


def entrust(cases, personnel, case_id, places=None, ground_arose_on="2026-12-03",
            decided_on="2026-12-08", urgent=False):
    places = places or [
        {"kind": "property", "province_code": "48", "description": "Land plot 12, Hải Châu",
         "value": 400000000},
        {"kind": "property", "province_code": "79", "description": "Apartment in District 3",
         "value": 300000000}]
    return cases.run(lambda d, uow, law, caller: handlers.entrust_enforcement(
        d, uow, law, caller, personnel=personnel), load(ENTRUSTMENT_IN, {
            "case_id": case_id, "number": "15/QĐ-UTTHA", "ground_arose_on": ground_arose_on,
            "decided_on": decided_on, "urgent": urgent, "places": places,
            "tasks": "Distrain and sell the land plot", "fulfilled": "None",
            "unfulfilled": "VND 350,000,000"}))


def test_entrust_enforcement_moves_the_case_with_its_history(cases, personnel):
    case_id = decided_case(cases)
    entrusted = entrust(cases, personnel, case_id)
    # Art. 16.2(b): the land (400 m) suffices for 350 m; the apartment does not
    assert (entrusted["choice_clause"], entrusted["to_authority"]) == ("16.2.b", "DN-03")
    assert entrusted["from_authority"] == "HN-01"
    assert personnel.queries[0]["province_code"] == "48"
    assert personnel.queries[0]["on"] == date(2026, 12, 8)
    assert [d["kind"] for d in entrusted["decisions_in_force"]] == ["enforcement_decision"]
    # Thursday 2026-12-03 + 5 working days -> Thursday 2026-12-10
    assert entrusted["computations"]["decision_deadline"]["due_on"] == "2026-12-10"
    [event] = cases.rows("SELECT envelope FROM platform_outbox "
                         "WHERE routing_key = 'enforcement.entrusted'")
    assert (event["envelope"]["authority"], event["envelope"]["payload"]["to_authority"]) == (
        "DN-03", "DN-03")
    # jurisdiction follows the case: HN-01 no longer sees it, DN-03 does, with its decision
    with pytest.raises(NotFound):
        cases.run(get_case, case_id, read_only=True)
    cases.as_("enforcement_officer", "DN-03")
    moved = cases.run(get_case, case_id, read_only=True)
    assert (moved["authority"], moved["decision"]["number"]) == ("DN-03", "1/QĐ")
    recorded = cases.run(record_verification, load(VERIFICATION_IN, {
        "case_id": case_id, "verified_on": "2026-12-14", "finding": "has_conditions",
        "note": "Land plot found"}))
    assert recorded["recorded_by"] == "enforcement_officer@DN-03"


def test_entrust_enforcement_urgent_across_tet(cases, personnel):
    case_id = decided_case(cases, received_on="2026-01-05", issued_on="2026-01-06")
    entrusted = entrust(cases, personnel, case_id, urgent=True,
                        ground_arose_on="2026-02-17", decided_on="2026-02-23")
    # at once (Art. 35.2); the day falls in Tết, so it rolls to Monday 2026-02-23
    assert entrusted["computations"]["decision_deadline"]["due_on"] == "2026-02-23"
    [deadline] = cases.rows("SELECT * FROM platform_deadline "
                            "WHERE rule_id = 'decree35.2-urgent-entrustment'")
    assert (deadline["status"], deadline["authority"]) == ("met", "HN-01")


def test_entrust_enforcement_refuses_its_own_area_and_a_case_without_decision(
        cases, personnel):
    case = cases.opened()
    with pytest.raises(Conflict):
        entrust(cases, personnel, case["id"])
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    with pytest.raises(ValidationError) as err:
        entrust(cases, personnel, case["id"], places=[
            {"kind": "residence", "province_code": "01", "description": "Ba Đình"}])
    assert set(err.value.fields) == {"places"}
    with pytest.raises(ValidationError) as err:
        entrust(cases, personnel, case["id"], decided_on="2026-12-01")
    assert set(err.value.fields) == {"decided_on"}
    assert cases.rows("SELECT id FROM entrustment") == []
    assert cases.rows("SELECT authority FROM enforcement_case") == [{"authority": "HN-01"}]


def case_with_located_debtor(cases, debtor_kind="organisation", province_code="48"):
    """A decided case whose debtor P2's address the judgment coded (Đà Nẵng by default)."""
    debtor = {"party_id": "P2", "name": "Công ty TNHH Bình Minh", "address": "Hải Châu, Đà Nẵng",
              "kind": debtor_kind}
    if province_code:
        debtor.update(province_code=province_code, commune_code="20194")
    parties = [{"party_id": "P1", "name": "Nguyễn Văn An", "address": "12 Phố Huế, Hà Nội"},
               debtor]
    case = cases.submit(cases.receive(parties=parties).id)
    cases.run(issue_enforcement_decision, cases.decision(case["id"]))
    return case["id"]


def test_entrust_enforcement_locates_a_place_by_the_partys_address_codes(cases, personnel):
    case_id = case_with_located_debtor(cases)
    entrusted = entrust(cases, personnel, case_id, places=[
        {"kind": "head_office", "party_id": "P2", "description": "Head office of the debtor"}])
    assert entrusted["to_authority"] == "DN-03"
    assert (personnel.queries[0]["province_code"], personnel.queries[0]["commune_code"]) == (
        "48", "20194")
    [row] = cases.rows("SELECT places, chosen_place FROM entrustment")
    assert row["chosen_place"]["province_code"] == "48"
    assert row["chosen_place"]["party_id"] == "P2"


@pytest.mark.parametrize("place, kind, code, field", [
    ({"kind": "head_office", "party_id": "P9"}, "organisation", "48", "party_id"),
    ({"kind": "residence", "party_id": "P2"}, "organisation", "48", "kind"),
    ({"kind": "residence", "party_id": "P2"}, "person", None, "party_id"),
])
def test_entrust_enforcement_refuses_a_place_its_party_cannot_locate(
        cases, personnel, place, kind, code, field):
    case_id = case_with_located_debtor(cases, debtor_kind=kind, province_code=code)
    with pytest.raises(ValidationError) as err:
        entrust(cases, personnel, case_id, places=[{**place, "description": "The debtor"}])
    assert list(err.value.fields["places"][0]) == [field]
    assert cases.rows("SELECT id FROM entrustment") == []
    assert personnel.queries == []


def test_entrustment_place_needs_its_codes_or_its_party(cases, personnel):
    case_id = case_with_located_debtor(cases)
    with pytest.raises(ValidationError) as err:
        entrust(cases, personnel, case_id, places=[{"kind": "work", "description": "Factory"}])
    assert err.value.fields == {"places": {0: {"province_code": [
        "required unless party_id names the party"]}}}
