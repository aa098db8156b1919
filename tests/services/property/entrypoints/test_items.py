"""Items of property through RabbitMQ and PostgreSQL: per entrypoint the happy path and the
typed errors crossing the wire; the cross-authority write of issue 7 item 1 refused."""
import pytest

from shared.errors import NotFound, PermissionDenied, Unauthenticated, ValidationError
from tests.conftest import rows
from tests.services.property.conftest import ACCOUNT, HOUSE

pytestmark = pytest.mark.integration


def test_record_list_and_get_the_debtors_property(open_case, rpc_as, databases):
    open_case("case-1", "HN-01")
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        house = rpc.property.record_property(HOUSE)
        account = rpc.property.record_property(ACCOUNT)
        listed = rpc.property.list_property("case-1")
        got = rpc.property.get_property(house["id"])
    assert [p["id"] for p in listed] == [account["id"], house["id"]]
    assert got == house
    assert (house["authority"], house["recorded_by"], house["recorded_on"]) == (
        "HN-01", "enforcement_officer@HN-01", "2026-11-27")
    assert rows(databases["property"], "SELECT action FROM platform_audit") == [
        {"action": "property.recorded"}, {"action": "property.recorded"}]
    with rpc_as("desk_officer", authority="HN-01") as rpc:
        assert rpc.property.list_property("case-2") == []


def test_cross_authority_write_is_refused_and_the_owner_still_lists_its_property(
        open_case, rpc_as, databases):
    """Issue 7 item 1: B sends A's case (with or without ``authority: B``); nothing is written,
    A's list is unchanged and A can still read it."""
    open_case("case-1", "HN-01")
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        mine = rpc.property.record_property(ACCOUNT)
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.property.record_property({**HOUSE, "authority": "HCM-02"})
        assert err.value.fields == {"authority": ["Unknown field."]}
        with pytest.raises(NotFound) as err:
            rpc.property.record_property(HOUSE)
        assert err.value.details == {"case_id": "case-1"}
        assert rpc.property.list_property("case-1") == []
        with pytest.raises(NotFound):
            rpc.property.get_property(mine["id"])
    assert rows(databases["property"], "SELECT id, authority FROM property_item") == [
        {"id": mine["id"], "authority": "HN-01"}]
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        assert [p["id"] for p in rpc.property.list_property("case-1")] == [mine["id"]]


def test_record_property_in_an_unknown_case_is_not_found(property_service, rpc_as, databases):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc, \
            pytest.raises(NotFound) as err:
        rpc.property.record_property({**ACCOUNT, "case_id": "case-nobody-opened"})
    assert err.value.details == {"case_id": "case-nobody-opened"}
    assert rows(databases["property"], "SELECT count(*) AS n FROM property_item") == [{"n": 0}]


def test_record_property_bad_input_names_each_field(property_service, rpc_as):
    bad = {**ACCOUNT, "kind": "yacht", "estimated_value": 1.5, "recorded_on": "9999-12-31",
           "description": "a\x00b"}
    with rpc_as("enforcement_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.property.record_property(bad)
    assert set(err.value.fields) == {"kind", "estimated_value", "recorded_on", "description"}


def test_record_property_needs_the_record_permission(property_service, rpc_as):
    with rpc_as("desk_officer", authority="HN-01") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.property.record_property(ACCOUNT)
    assert err.value.details["permission"] == "property.item.record"


@pytest.mark.parametrize("case_id", ["", None, "a\x00b", "x" * 65, 7])
def test_list_property_bad_case_id_names_it(property_service, rpc_as, case_id):
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.property.list_property(case_id)
    assert list(err.value.fields) == ["case_id"]


def test_list_property_needs_a_valid_token(property_service, rpc_as, token):
    forged = token("desk_officer", forged=True)
    with rpc_as("desk_officer", raw_token=forged) as rpc, pytest.raises(Unauthenticated):
        rpc.property.list_property("case-1")


def test_get_property_unknown_or_bad_id(property_service, rpc_as):
    with rpc_as("enforcement_officer") as rpc:
        with pytest.raises(NotFound) as err:
            rpc.property.get_property("7f0e0000-0000-0000-0000-000000000000")
        assert err.value.details == {"property_id": "7f0e0000-0000-0000-0000-000000000000"}
        with pytest.raises(ValidationError) as err:
            rpc.property.get_property(["7f0e"])
        assert list(err.value.fields) == ["property_id"]
