"""Inspections through the handlers (Decree 62/2015 Art. 66-68): given to an inspector of the
authority, refused with the relation that barred them (68.4), the related person never on the
bus."""
import pytest

from shared.errors import NotFound, PermissionDenied, ValidationError

from tests.services.personnel.examples import HANOI, HANOI_REGION_1, OFFICER_A, appointment


@pytest.fixture
def hanoi(personnel):
    """HN and HN-01; TTV-1 an inspector of HN whose spouse's brother is Phạm Văn Dũng."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.register_officer({"id": "TTV-1", "full_name": "Đỗ Thị Lan", "authority_id": "HN"})
    personnel.appoint(appointment("TTV-1", "inspector", authority_id="HN"))
    personnel.relate({"officer_id": "TTV-1", "person_name": "Phạm Văn Dũng",
                      "relation": "spouse_sibling"})
    personnel.relate({"officer_id": "TTV-1", "person_name": "Ngô Văn Hải",
                      "relation": "defender"})
    return personnel.as_("head_of_authority", "HN")


def inspection(inspector_id="TTV-1", persons=None, authority_id="HN"):
    return {"authority_id": authority_id, "inspector_id": inspector_id, "subject_kind": "case",
            "subject_reference": "HN-01 case 2026/117",
            "persons": persons if persons is not None else [
                {"person_id": "creditor-1", "name": "Công ty TNHH Minh Phát"}],
            "decision_number": "QD-33/QD-CTHADS", "on": "2026-11-02"}


def test_assign_inspection_to_an_inspector_without_a_bar(hanoi):
    got = hanoi.inspect(inspection(persons=[{"person_id": "p-1", "name": "Ngô Văn Hải"}]))
    assert (got["outcome"], got["reasons"], got["barred_by"]) == ("decided", [], [])
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'inspection.assigned'")
    assert event["envelope"]["payload"]["inspector_id"] == "TTV-1"
    [audit] = hanoi.rows("SELECT actor, legal_basis FROM platform_audit WHERE action = "
                         "'inspection.assigned'")
    assert audit["actor"] == "head_of_authority@HN"
    assert audit["legal_basis"].startswith("Decree 62/2015 Art. 66.1, 67.1, 68.3.c")


def test_inspection_of_the_spouses_brother_is_refused_with_the_relation(hanoi):
    got = hanoi.inspect(inspection(persons=[
        {"person_id": "debtor-1", "name": "PHẠM VĂN DŨNG"},
        {"person_id": "creditor-1", "name": "Công ty TNHH Minh Phát"}]))
    assert got["outcome"] == "refused"
    assert got["barred_by"] == [{"person_id": "debtor-1", "person_name": "PHẠM VĂN DŨNG",
                                 "relation": "spouse_sibling", "matched_by": "name",
                                 "ground": "Decree 62/2015 Art. 68.4.b (of the inspector's "
                                           "spouse)"}]
    assert got["reasons"] == ["the inspection involves PHẠM VĂN DŨNG (debtor-1), the "
                              "inspector's spouse_sibling (Decree 62/2015 Art. 68.4.b (of the "
                              "inspector's spouse))"]
    [event] = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'inspection.refused'")
    assert event["envelope"]["payload"]["barred_by"] == [
        {"relation": "spouse_sibling",
         "ground": "Decree 62/2015 Art. 68.4.b (of the inspector's spouse)"}]
    assert "DŨNG" not in str(event["envelope"]) and "Dũng" not in str(event["envelope"])
    assert hanoi.rows("SELECT outcome FROM inspection") == [{"outcome": "refused"}]


def test_an_enforcement_officer_or_a_suspended_inspector_is_refused(hanoi):
    hanoi.as_("administrator", "HN")
    hanoi.register_officer({**OFFICER_A, "authority_id": "HN"})
    hanoi.appoint(appointment("CHV-A", authority_id="HN"))
    hanoi.set_status({"officer_id": "TTV-1", "status": "suspended", "on": "2026-10-01",
                      "reason": "pending discipline", "decision_number": "QD-9"})
    officer = hanoi.inspect(inspection("CHV-A"))
    assert officer["reasons"] == ["the official holds no inspector rank at HN on 2026-11-02 "
                                  "(Decree 62/2015 Art. 66.1)"]
    suspended = hanoi.inspect(inspection())
    assert suspended["reasons"] == ["the official is suspended from duty (Decree 62/2015 "
                                    "Art. 65)"]


def test_inspection_refusals_of_input_and_jurisdiction_write_nothing(hanoi):
    with pytest.raises(ValidationError) as err:
        hanoi.inspect({**inspection(), "subject_kind": "audit", "decision_number": ""})
    assert set(err.value.fields) == {"subject_kind", "decision_number"}
    hanoi.as_("head_of_authority", "HN-01")
    with pytest.raises(PermissionDenied):
        hanoi.inspect(inspection())
    with pytest.raises(NotFound):
        hanoi.inspect(inspection(authority_id="HN-01"))
    assert hanoi.rows("SELECT count(*) AS n FROM inspection") == [{"n": 0}]
