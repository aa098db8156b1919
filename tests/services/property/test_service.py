"""property through RabbitMQ and PostgreSQL: the debtor's property in a case, readable only by
the case's authority; and when a forcible measure may happen, on the platform's calendar."""
import pytest
from sqlalchemy import create_engine, text

from services.property.service import PropertyService
from shared.errors import NotFound, PermissionDenied, ValidationError

pytestmark = pytest.mark.integration

ACCOUNT = {"case_id": "case-1", "authority": "HN-01", "debtor_party_id": "P2",
           "kind": "bank_account", "status": "declared", "recorded_on": "2026-11-25",
           "description": "Tài khoản thanh toán số 0011004455667 tại Vietcombank chi nhánh Hà Nội",
           "estimated_value": 120000000}
HOUSE = {"case_id": "case-1", "authority": "HN-01", "debtor_party_id": "P2",
         "kind": "real_estate", "status": "found", "recorded_on": "2026-11-27",
         "description": "Nhà và đất tại 45 Kim Mã, Ba Đình, Hà Nội (GCN số CH 01234)",
         "estimated_value": 4500000000}


def execute(uri, sql, **params):
    engine = create_engine(uri)
    with engine.begin() as conn:
        result = conn.execute(text(sql), params)
        rows = [dict(r._mapping) for r in result] if result.returns_rows else None
    engine.dispose()
    return rows


@pytest.fixture
def config(service_config):
    return service_config("property")


@pytest.fixture
def property_service(container_factory, config):
    container = container_factory(PropertyService, config)
    container.start()
    return container


def test_record_and_list_the_debtors_property(property_service, rpc_as, databases):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        house = rpc.property.record_property(HOUSE)
        account = rpc.property.record_property(ACCOUNT)
        listed = rpc.property.list_property("case-1")
        got = rpc.property.get_property(house["id"])
    assert [(p["kind"], p["status"], p["estimated_value"]) for p in listed] == [
        ("bank_account", "declared", 120000000), ("real_estate", "found", 4500000000)]
    assert listed[0]["id"] == account["id"]
    assert got == house
    assert house["recorded_by"] == "enforcement_officer@HN-01"
    assert house["description"].startswith("Nhà và đất tại 45 Kim Mã")
    audit = execute(databases["property"],
                    "SELECT action, actor, subject_id, legal_basis FROM platform_audit ORDER BY id")
    assert [(a["action"], a["subject_id"]) for a in audit] == [
        ("property.recorded", house["id"]), ("property.recorded", account["id"])]
    assert "Decree 62/2015 Art. 9.1" in audit[0]["legal_basis"]
    with rpc_as("desk_officer", authority="HN-01") as rpc:
        assert rpc.property.list_property("case-2") == []


def test_malformed_item_names_each_bad_field_and_writes_nothing(property_service, rpc_as,
                                                                databases):
    bad = {**ACCOUNT, "kind": "yacht", "estimated_value": -5, "recorded_on": "25/11/2026"}
    del bad["description"]
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.property.record_property(bad)
        assert set(err.value.fields) == {"kind", "estimated_value", "recorded_on",
                                         "description"}
        with pytest.raises(ValidationError) as err:
            rpc.property.list_property("")
        assert err.value.fields == {"case_id": ["required"]}
    assert execute(databases["property"], "SELECT count(*) AS n FROM property_item") == [
        {"n": 0}]
    assert execute(databases["property"], "SELECT count(*) AS n FROM platform_audit") == [
        {"n": 0}]


def test_unknown_item_is_not_found(property_service, rpc_as):
    with rpc_as("enforcement_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.property.get_property("7f0e0000-0000-0000-0000-000000000000")
    assert err.value.details == {"property_id": "7f0e0000-0000-0000-0000-000000000000"}


def test_wrong_role_or_other_authority_is_denied(property_service, rpc_as, databases):
    with rpc_as("desk_officer", authority="HN-01") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.property.record_property(ACCOUNT)
    assert err.value.details["permission"] == "property.item.record"
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc:
        with pytest.raises(PermissionDenied) as err:
            rpc.property.record_property(ACCOUNT)
        assert err.value.details == {"authority": "HN-01"}
    assert execute(databases["property"], "SELECT count(*) AS n FROM property_item") == [
        {"n": 0}]
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        item = rpc.property.record_property(ACCOUNT)
    with rpc_as("enforcement_officer", authority="HCM-02") as rpc:
        with pytest.raises(PermissionDenied):
            rpc.property.list_property("case-1")
        with pytest.raises(PermissionDenied):
            rpc.property.get_property(item["id"])


def test_forcible_measure_time_on_the_platform_calendar(container_factory, config, rpc_as):
    # A day off the government announced after the holidays package was released: an operator's
    # override row, read by the service's calendar.
    execute(config["DB_URI"], "INSERT INTO platform_calendar_override "
                              "(day, working, source_document, created_at) "
                              "VALUES ('2026-10-12', false, 'Test notice 1/TB', now())")
    container_factory(PropertyService, config).start()
    with rpc_as("enforcement_officer") as rpc:
        tet = rpc.property.forcible_measure_allowed({"at": "2026-02-02T10:00:00+07:00"})
        night = rpc.property.forcible_measure_allowed({"at": "2026-03-04T15:30:00Z"})
        fine = rpc.property.forcible_measure_allowed({"at": "2026-03-04T09:00:00"})
        day_off = rpc.property.forcible_measure_allowed({"at": "2026-10-12T09:00:00"})
        veteran = rpc.property.forcible_measure_allowed(
            {"at": "2026-07-27T09:00:00", "traditional_days": ["2026-07-27"]})
        with pytest.raises(ValidationError) as err:
            rpc.property.forcible_measure_allowed({"at": "tomorrow morning"})
        assert list(err.value.fields) == ["at"]
    assert not tet["allowed"]
    assert [(r["code"], r["article"]) for r in tet["reasons"]] == [
        ("lunar_new_year", "Decree 62/2015 Art. 13.2")]
    assert "2026-02-16" in tet["reasons"][0]["text"]
    assert [r["code"] for r in night["reasons"]] == ["night_hours"]
    assert night["local_time"] == "2026-03-04T22:30:00+07:00"
    assert fine["allowed"] and fine["reasons"] == []
    assert [p["key"] for p in fine["parameters_used"]] == [
        "forcible_measure_night_from_hour", "forcible_measure_night_until_hour",
        "forcible_measure_lunar_new_year_days"]
    assert [r["code"] for r in day_off["reasons"]] == ["public_holiday"]
    assert [r["code"] for r in veteran["reasons"]] == ["traditional_day"]
    with rpc_as("desk_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.property.forcible_measure_allowed({"at": "2026-03-04T09:00:00"})
