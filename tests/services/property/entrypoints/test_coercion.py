"""The coercion window through RabbitMQ and PostgreSQL, on the platform's calendar."""
import pytest
from sqlalchemy import create_engine, text

from services.property.service import PropertyService
from shared.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.integration


def test_forcible_measure_time_on_the_platform_calendar(container_factory, service_config,
                                                        rpc_as):
    # A day off the government announced after the holidays package was released: an operator's
    # override row, read by the service's calendar.
    config = service_config("property")
    engine = create_engine(config["DB_URI"])
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO platform_calendar_override "
                          "(day, working, source_document, created_at) "
                          "VALUES ('2026-10-12', false, 'Test notice 1/TB', now())"))
    engine.dispose()
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
        with pytest.raises(ValidationError) as err:
            rpc.property.forcible_measure_allowed({"at": "9999-12-31T09:00:00"})
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
