"""Support instruments through the handlers (Decree 62/2015 Art. 74-77): delivered before duty
to an enforcement officer with a delivery note, returned, inspected, and liquidated only when
unrepairable and of the province; refusals recorded with reasons."""
import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError

from tests.services.personnel.examples import (ALLOCATION, GENERAL_DEPARTMENT, HANOI,
                                               HANOI_REGION_1, OFFICER_A, OFFICER_B, PLAN,
                                               appointment)


@pytest.fixture
def hanoi(personnel):
    """HN > HN-01; CHV-A a junior officer of HN-01, CHV-B an official without a rank; HN's plan
    decided by the General Director (two rubber batons, ten pepper sprays); a rubber baton DC-1
    in HN-01's store."""
    personnel.as_("administrator", "TCTHADS")
    personnel.register(GENERAL_DEPARTMENT)
    personnel.as_("administrator", "HN")
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.register_officer(OFFICER_A)
    personnel.register_officer(OFFICER_B)
    personnel.appoint(appointment("CHV-A"))
    personnel.plan(PLAN)
    personnel.as_("administrator", "TCTHADS")
    personnel.allocate(ALLOCATION)
    personnel.as_("administrator", "HN")
    personnel.instrument({"id": "DC-1", "authority_id": "HN-01", "kind": "rubber_baton",
                          "allocation_decision": "QD-75/QD-TCTHADS", "on": "2025-08-01"})
    return personnel


def delivery(officer_id="CHV-A", on="2026-11-02"):
    return {"instrument_id": "DC-1", "officer_id": officer_id, "on": on,
            "delivery_note": "BBG-17/2026"}


def test_delivered_before_duty_then_returned(hanoi):
    got = hanoi.deliver(delivery())
    assert (got["status"], got["holder_id"]) == ("delivered", "CHV-A")
    assert got["movements"][-1]["document_number"] == "BBG-17/2026"
    back = {"instrument_id": "DC-1", "on": "2026-11-02", "delivery_note": "BBG-18"}
    assert hanoi.take_back(back)["movements"][-1]["officer_id"] == "CHV-A"
    with pytest.raises(Conflict):  # already in store
        hanoi.take_back(back)
    back = hanoi.rows("SELECT status, holder_id FROM support_instrument")
    assert back == [{"status": "in_store", "holder_id": None}]
    moved = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                       "'instrument.moved' ORDER BY id")
    assert [m["envelope"]["payload"]["action"] for m in moved] == [
        "registered", "delivered", "returned"]


def test_delivery_to_an_official_who_is_no_enforcement_officer_is_refused_and_recorded(hanoi):
    got = hanoi.deliver(delivery("CHV-B"))
    assert got["status"] == "in_store"
    assert got["movements"][-1]["outcome"] == "refused"
    assert got["movements"][-1]["reasons"] == [
        "the official is not an enforcement officer of HN-01 on 2026-11-02 (Decree 62/2015 "
        "Art. 74.1, 75.2)"]
    [audit] = hanoi.rows("SELECT details FROM platform_audit WHERE action = "
                         "'instrument.delivered'")
    assert audit["details"]["outcome"] == "refused"


def test_only_unrepairable_instruments_of_the_province_are_liquidated(hanoi):
    disposal = {"authority_id": "HN", "instrument_ids": ["DC-1"], "action": "liquidate",
                "on": "2026-11-20", "decision_number": "QD-9/QD-CA"}
    refused = hanoi.dispose(disposal)
    assert refused["outcome"] == "refused"
    assert refused["reasons"] == ["DC-1 is not inspected, not unrepairable (Decree 62/2015 "
                                  "Art. 77.1)"]
    hanoi.inspect_instrument({"instrument_id": "DC-1", "on": "2026-11-10",
                              "condition": "unrepairable", "report_number": "BB-KT-3"})
    assert hanoi.deliver(delivery())["movements"][-1]["outcome"] == "refused"
    done = hanoi.dispose(disposal)
    assert (done["outcome"], done["instruments"][0]["status"]) == ("decided", "liquidated")
    with pytest.raises(ValidationError):  # the list is the Department's, not an office's
        hanoi.dispose({**disposal, "authority_id": "HN-01"})


def test_instrument_registration_refusals(hanoi):
    with pytest.raises(Conflict):
        hanoi.instrument({"id": "DC-1", "authority_id": "HN-01", "kind": "rubber_baton",
                          "allocation_decision": "QD-75/QD-TCTHADS", "on": "2025-08-01"})
    with pytest.raises(ValidationError) as err:
        hanoi.instrument({"id": "DC-2", "authority_id": "HN-01", "kind": "sword",
                          "allocation_decision": "QD-75/QD-TCTHADS", "on": "2025-08-01"})
    assert list(err.value.fields) == ["kind"]
    hanoi.as_("administrator", "HCM")
    with pytest.raises(PermissionDenied):
        hanoi.deliver(delivery())


def test_plan_submitted_by_the_department_decided_by_the_general_director_art_75_1(hanoi):
    [plan] = hanoi.rows("SELECT status, requested, allocated, decision_number FROM "
                        "instrument_plan")
    assert (plan["status"], plan["requested"]["rubber_baton"], plan["allocated"]) == (
        "decided", 20, {"rubber_baton": 2, "pepper_spray": 10})
    decided = hanoi.rows("SELECT envelope FROM platform_outbox WHERE routing_key = "
                         "'instrument_plan.decided'")
    assert decided[0]["envelope"]["payload"]["decision_number"] == "QD-75/QD-TCTHADS"
    [audit] = hanoi.rows("SELECT legal_basis, details FROM platform_audit WHERE action = "
                         "'instrument_plan.decided'")
    assert audit["legal_basis"] == "Decree 62/2015 Art. 75.1"
    hanoi.as_("administrator", "TCTHADS")
    with pytest.raises(Conflict):  # decided once
        hanoi.allocate(ALLOCATION)


def test_instruments_are_registered_within_the_allocation_of_their_province_art_75_1(hanoi):
    second = {"id": "DC-2", "authority_id": "HN", "kind": "rubber_baton",
              "allocation_decision": "QD-75/QD-TCTHADS", "on": "2025-08-01"}
    assert hanoi.instrument(second)["status"] == "in_store"  # the Department's own
    with pytest.raises(ValidationError) as err:  # two batons allocated, two registered
        hanoi.instrument({**second, "id": "DC-3"})
    assert err.value.fields["allocation_decision"] == [
        "the allocation provides 2 rubber_baton, and 2 are registered under it (Decree 62/2015 "
        "Art. 75.1)"]
    with pytest.raises(ValidationError) as err:  # a kind the decision does not provide
        hanoi.instrument({**second, "id": "DC-3", "kind": "stun_baton"})
    assert err.value.fields["allocation_decision"][0].startswith("the allocation provides 0")
    with pytest.raises(ValidationError) as err:  # no such decision
        hanoi.instrument({**second, "id": "DC-3", "allocation_decision": "QD-1"})
    assert err.value.fields["allocation_decision"] == [
        "no decided plan of HN under 'QD-1' (Decree 62/2015 Art. 75.1)"]
    assert hanoi.rows("SELECT count(*) AS n FROM support_instrument") == [{"n": 2}]


def test_plan_refusals_who_submits_who_decides_and_when(hanoi):
    with pytest.raises(ValidationError) as err:  # a regional office does not submit
        hanoi.plan({**PLAN, "id": "KH-2", "authority_id": "HN-01"})
    assert err.value.fields["authority_id"] == [
        "a plan of support instruments is submitted by a provincial Department, not a regional "
        "authority (Decree 62/2015 Art. 75.1)"]
    with pytest.raises(ValidationError) as err:
        hanoi.plan({**PLAN, "id": "KH-2", "requested": {"sword": 1}})
    assert list(err.value.fields) == ["requested"]
    with pytest.raises(ValidationError) as err:  # 1.5 batons
        hanoi.plan({**PLAN, "id": "KH-2", "requested": {"rubber_baton": 1.5}})
    assert list(err.value.fields) == ["requested"]
    with pytest.raises(Conflict):
        hanoi.plan(PLAN)
    hanoi.plan({**PLAN, "id": "KH-2", "submitted_on": "2026-01-05"})
    with pytest.raises(PermissionDenied):  # the Department does not decide its own plan
        hanoi.allocate({**ALLOCATION, "plan_id": "KH-2", "decided_by_authority_id": "HN"})
    hanoi.as_("administrator", "TCTHADS")
    with pytest.raises(ValidationError) as err:
        hanoi.allocate({**ALLOCATION, "plan_id": "KH-2", "decision_number": "QD-2",
                        "decided_on": "2026-01-04"})
    assert list(err.value.fields) == ["decided_on"]
    with pytest.raises(Conflict):  # the decision number is the first plan's
        hanoi.allocate({**ALLOCATION, "plan_id": "KH-2", "decided_on": "2026-01-05"})
    assert hanoi.rows("SELECT status FROM instrument_plan WHERE id = 'KH-2'") == [
        {"status": "submitted"}]
