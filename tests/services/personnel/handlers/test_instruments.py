"""Support instruments through the handlers (Decree 62/2015 Art. 74-77): delivered before duty
to an enforcement officer with a delivery note, returned, inspected, and liquidated only when
unrepairable and of the province; refusals recorded with reasons."""
import pytest

from shared.errors import Conflict, PermissionDenied, ValidationError

from tests.services.personnel.examples import (HANOI, HANOI_REGION_1, OFFICER_A, OFFICER_B,
                                               appointment)


@pytest.fixture
def hanoi(personnel):
    """HN > HN-01; CHV-A a junior officer of HN-01, CHV-B an official without a rank; a
    rubber baton DC-1 in HN-01's store."""
    personnel.register(HANOI)
    personnel.register(HANOI_REGION_1)
    personnel.register_officer(OFFICER_A)
    personnel.register_officer(OFFICER_B)
    personnel.appoint(appointment("CHV-A"))
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
                          "allocation_decision": "QD-75", "on": "2025-08-01"})
    with pytest.raises(ValidationError) as err:
        hanoi.instrument({"id": "DC-2", "authority_id": "HN-01", "kind": "sword",
                          "allocation_decision": "QD-75", "on": "2025-08-01"})
    assert list(err.value.fields) == ["kind"]
    hanoi.as_("administrator", "HCM")
    with pytest.raises(PermissionDenied):
        hanoi.deliver(delivery())
