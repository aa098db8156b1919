"""Parties with their kind, identity document and address codes: stored at intake, bad input
refused field by field, and the number shown in the case file only to the case's officers."""
import pytest

from shared.auth import Identity
from shared.errors import ValidationError
from shared.validation import load

from services.cases.handlers import judgments, queries
from services.cases.schemas import JUDGMENT_IN
from tests.factories import judgment
from tests.services.cases.handlers.test_officers import PersonnelStub, assign, decided_case

PARTIES = [
    {"party_id": "P1", "name": "Nguyễn Văn An", "address": "12 Phố Huế, Hà Nội",
     "kind": "person", "identity_kind": "citizen_identity_card",
     "identity_number": "001085012345", "province_code": "01", "commune_code": "00070"},
    {"party_id": "P2", "name": "Công ty TNHH Bình Minh", "address": "45 Kim Mã, Hà Nội",
     "kind": "organisation", "identity_kind": "enterprise_registration",
     "identity_number": "0101234567", "province_code": "01"},
]


def with_parties(cases):
    cases.receive = lambda **changes: cases.run(  # the default judgment, with these parties
        judgments.receive_judgment, load(JUDGMENT_IN, judgment(parties=PARTIES, **changes)))
    return cases


def public(party):
    return {k: v for k, v in party.items() if not k.startswith("identity_")}


def test_receive_judgment_stores_kind_identity_and_address_codes(cases):
    with_parties(cases).receive()
    rows = cases.rows("SELECT party_id, kind, identity_kind, identity_number, province_code, "
                      "commune_code FROM party ORDER BY party_id")
    assert rows == [
        {"party_id": "P1", "kind": "person", "identity_kind": "citizen_identity_card",
         "identity_number": "001085012345", "province_code": "01", "commune_code": "00070"},
        {"party_id": "P2", "kind": "organisation", "identity_kind": "enterprise_registration",
         "identity_number": "0101234567", "province_code": "01", "commune_code": None}]


def test_receive_judgment_of_the_old_shape_defaults_to_persons_without_numbers(cases):
    cases.receive()
    assert cases.rows("SELECT DISTINCT kind, identity_number, province_code FROM party") == [
        {"kind": "person", "identity_number": None, "province_code": None}]


def test_the_identity_number_is_not_in_the_audit_details(cases):
    with_parties(cases).receive()
    [audit] = cases.rows("SELECT * FROM platform_audit")
    assert "001085012345" not in str(audit) and "0101234567" not in str(audit)


@pytest.mark.parametrize("change, field, message", [
    ({"kind": "ship"}, "kind", "Must be one of"),
    ({"identity_kind": "passport"}, "identity_kind", "not a document of a organisation"),
    ({"identity_number": "12345"}, "identity_number", "not the shape of a"),
    ({"identity_number": None}, "identity_number", "given together"),
    ({"province_code": "1"}, "province_code", "2-digit code"),
    ({"commune_code": "7"}, "commune_code", "5-digit code"),
    ({"province_code": None, "commune_code": "00070"}, "province_code", "with its province"),
])
def test_each_bad_party_field_is_named_and_nothing_is_written(cases, change, field, message):
    party = {**PARTIES[1], "commune_code": "00070", **change}
    party = {k: v for k, v in party.items() if v is not None}
    with pytest.raises(ValidationError) as err:
        load(JUDGMENT_IN, judgment(parties=[PARTIES[0], party]))
    [text] = err.value.fields["parties"][1][field]
    assert message in text
    assert cases.rows("SELECT * FROM party") == []


def test_the_case_file_shows_identity_numbers_to_the_head_of_the_authority(cases):
    case_id = decided_case(with_parties(cases))
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    assert got["parties"] == [{**p, "commune_code": p.get("commune_code")} for p in PARTIES]


def test_the_case_file_shows_them_to_the_assigned_officer_only(cases):
    case_id = decided_case(with_parties(cases))
    assign(cases, PersonnelStub(), case_id)  # CHV-A
    cases.env.act_as(Identity("CHV-A", "enforcement_officer", "HN-01"))
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    assert [p["identity_number"] for p in got["parties"]] == ["001085012345", "0101234567"]
    cases.env.act_as(Identity("CHV-B", "enforcement_officer", "HN-01"))
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    assert got["parties"] == [public({**p, "commune_code": p.get("commune_code")})
                              for p in PARTIES]


def test_the_case_file_hides_them_from_the_desk_officer(cases):
    case_id = decided_case(with_parties(cases))
    cases.as_("desk_officer", "HN-01")
    got = cases.run(queries.get_case_file, case_id, read_only=True)
    assert all("identity_number" not in p for p in got["parties"])
    assert [p["province_code"] for p in got["parties"]] == ["01", "01"]
