"""The competent authority of an administrative division through the handlers (Law Art. 35;
Decree 62/2015 Art. 16): the map recorded by administrators of the tree, the lookup."""
from datetime import date

import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import HANOI, HANOI_REGION_1, authority

SOURCE = "Decision 1234/QD-BTP of 2025-06-20 (regional offices of Hanoi)"


def division(commune_code="00004", authority_id="HN-01", **changes):
    return {"province_code": "01", "commune_code": commune_code, "authority_id": authority_id,
            "valid_from": "2025-07-01", "source": SOURCE, **changes}


@pytest.fixture
def hanoi(personnel):
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    return personnel


def test_record_division_jurisdiction_evented_and_audited(hanoi):
    got = hanoi.map_division(division())
    assert (got["province_code"], got["commune_code"], got["authority_id"], got["valid_to"]) == (
        "01", "00004", "HN-01", None)
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'division_jurisdiction.recorded'")
    assert event["envelope"]["authority"] == "HN-01"
    assert event["envelope"]["payload"]["commune_code"] == "00004"
    [audit] = hanoi.rows("SELECT legal_basis FROM platform_audit WHERE action = "
                         "'division_jurisdiction.recorded'")
    assert audit["legal_basis"].startswith("Law on Civil Judgment Enforcement Art. 35")
    assert audit["legal_basis"].endswith(SOURCE)


def test_competent_authority_commune_row_then_province_row(hanoi):
    hanoi.map_division(division(commune_code=None, authority_id="HN"))
    hanoi.map_division(division())
    hanoi.as_("system", "HN-01")
    got = hanoi.competent({"province_code": "01", "commune_code": "00004", "on": "2026-11-30"})
    assert got["matched"] == "commune" and got["authority"]["id"] == "HN-01"
    assert [a.id for a in got["authority"]["chain"]] == ["HN"]
    assert got["legal_basis"].endswith(SOURCE)
    other = hanoi.competent({"province_code": "01", "commune_code": "00007",
                             "on": "2026-11-30"})
    assert (other["matched"], other["authority"]["id"]) == ("province", "HN")
    with pytest.raises(NotFound) as err:
        hanoi.competent({"province_code": "01", "commune_code": "00004", "on": "2025-06-30"})
    assert err.value.details == {"province_code": "01", "commune_code": "00004",
                                 "on": "2025-06-30"}


def test_record_division_jurisdiction_refusals(hanoi):
    hanoi.map_division(division())
    with pytest.raises(Conflict) as err:  # one authority for a place on a day
        hanoi.map_division(division(valid_from="2026-01-01"))
    assert list(err.value.details) == ["division_jurisdiction_id"]
    with pytest.raises(ValidationError) as err:  # before the office exists
        hanoi.map_division(division(commune_code="00007", valid_from="2025-01-01"))
    assert list(err.value.fields) == ["authority_id"]
    with pytest.raises(NotFound):
        hanoi.map_division(division(commune_code="00007", authority_id="XX"))
    hanoi.register(authority(HANOI_REGION_1, id="HN-02"))
    hanoi.as_("administrator", "HN-02")  # a sibling office may not map for HN-01
    with pytest.raises(PermissionDenied):
        hanoi.map_division(division(commune_code="00007"))
    assert hanoi.rows("SELECT count(*) AS n FROM division_jurisdiction") == [{"n": 1}]


def test_record_division_jurisdiction_a_closed_row_is_followed_by_the_next(hanoi):
    hanoi.register(authority(HANOI_REGION_1, id="HN-02"))
    hanoi.map_division(division(valid_to="2026-12-31"))
    hanoi.map_division(division(authority_id="HN-02", valid_from="2027-01-01"))
    got = hanoi.competent({"province_code": "01", "commune_code": "00004", "on": "2027-01-01"})
    assert got["authority"]["id"] == "HN-02" and got["on"] == date(2027, 1, 1)


def test_close_division_jurisdiction_then_a_new_authority_from_the_next_day(hanoi):
    hanoi.register(authority(HANOI_REGION_1, id="HN-02"))
    row = hanoi.map_division(division())
    with pytest.raises(ValidationError):
        hanoi.close_division({"division_jurisdiction_id": row["id"], "valid_to": "2025-06-30",
                              "reason": "x"})
    closed = hanoi.close_division({"division_jurisdiction_id": row["id"],
                                   "valid_to": "2026-12-31", "reason": "reorganisation"})
    assert closed["valid_to"] == date(2026, 12, 31)
    with pytest.raises(Conflict):
        hanoi.close_division({"division_jurisdiction_id": row["id"], "valid_to": "2026-12-31",
                              "reason": "again"})
    hanoi.map_division(division(authority_id="HN-02", valid_from="2027-01-01"))
    assert hanoi.competent({"province_code": "01", "commune_code": "00004",
                            "on": "2026-12-31"})["authority"]["id"] == "HN-01"
    assert hanoi.competent({"province_code": "01", "commune_code": "00004",
                            "on": "2027-01-01"})["authority"]["id"] == "HN-02"
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'division_jurisdiction.closed'")
    assert event["envelope"]["payload"]["reason"] == "reorganisation"
    hanoi.as_("administrator", "HN-02")  # a sibling: the row answers as absent
    with pytest.raises(NotFound):
        hanoi.close_division({"division_jurisdiction_id": row["id"], "valid_to": "2027-12-31",
                              "reason": "x"})


def test_a_long_source_is_kept_whole_in_the_audit_details(hanoi):
    source = "Resolution of the Standing Committee of the National Assembly " + "y" * 230
    hanoi.map_division({"province_code": "01", "authority_id": "HN-01",
                        "valid_from": "2025-07-01", "source": source})
    [audit] = hanoi.rows("SELECT legal_basis, details FROM platform_audit WHERE action = "
                         "'division_jurisdiction.recorded'")
    assert len(audit["legal_basis"]) == 200 and audit["details"]["source"] == source
