"""personnel through RabbitMQ and PostgreSQL: per entrypoint the happy path (its event reaching
the bus) and the typed errors crossing the wire."""
import pytest

from services.personnel.service import PersonnelService
from shared.errors import (Conflict, NotFound, PermissionDenied, Unauthenticated,
                           ValidationError)
from shared.events import validate_envelope
from tests.conftest import rows, wait_for
from tests.services.personnel.examples import HANOI, HANOI_REGION_1, authority

pytestmark = pytest.mark.integration


@pytest.fixture
def personnel(start_service):
    return start_service(PersonnelService)


@pytest.fixture
def tap(tap_events):
    """What actually reached the broker on personnel's exchange."""
    return tap_events("personnel.events", "authority.registered")


def test_register_authority_and_its_event_on_the_bus(personnel, rpc_as, tap):
    with rpc_as("administrator", authority="HN") as rpc:
        hanoi = rpc.personnel.register_authority(HANOI)
        region = rpc.personnel.register_authority(HANOI_REGION_1)
    assert hanoi["chain"] == [] and hanoi["parent_id"] is None
    assert region["parent_id"] == "HN" and [a["id"] for a in region["chain"]] == ["HN"]
    assert region["valid_from"] == "2025-07-01"
    wait_for(lambda: len(tap()) >= 2, message="both events on the bus")
    published = tap()
    assert len(published) == 2
    envelopes = [validate_envelope(e) for e in published]
    assert [(e["type"], e["authority"]) for e in envelopes] == [
        ("authority.registered", "HN"), ("authority.registered", "HN-01")]
    assert published[1]["payload"]["ancestor_ids"] == ["HN"]
    assert published[1]["payload"]["valid_from"] == "2025-07-01"


def test_get_authority(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        got = rpc.personnel.get_authority("HN-01")
    assert got["name_vi"] == "Phòng Thi hành án dân sự khu vực 1"
    assert got["level"] == "regional" and got["valid_from"] == "2025-07-01"
    assert got["chain"] == [{"id": "HN", "name": HANOI["name"], "name_vi": HANOI["name_vi"],
                             "level": "provincial", "valid_from": "2025-07-01",
                             "valid_to": None}]


def test_malformed_authority_names_each_bad_field_and_writes_nothing(personnel, rpc_as,
                                                                     databases):
    bad = authority(HANOI, id="hn 01", level="commune", valid_to="2025-01-01")
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.register_authority(bad)
    assert set(err.value.fields) == {"id", "level"}
    assert rows(databases["personnel"], "SELECT count(*) AS n FROM authority") == [{"n": 0}]


@pytest.mark.parametrize("field, value", [
    ("name", "Ha\x00noi"),           # a NUL byte
    ("name_vi", "x" * 201),          # longer than the column
    ("id", "H" * 51),                # longer than authority.id
    ("valid_from", "9999-01-01"),    # beyond the calendar's range
    ("valid_from", "0001-01-01"),
    ("valid_to", 20300101),          # not a day
    ("parent_id", 7),                # not a string
    ("unexpected", "field"),         # not in the schema
])
def test_register_authority_bad_input_is_a_validation_error_naming_the_field(
        personnel, rpc_as, field, value):
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.register_authority(authority(HANOI, **{field: value}))
    assert list(err.value.fields) == [field]


def test_register_authority_not_an_object_is_a_validation_error(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.register_authority(["HN"])
    assert err.value.fields == {"_schema": ["not an object"]}


def test_register_authority_twice_is_a_conflict(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        with pytest.raises(Conflict) as err:
            rpc.personnel.register_authority(HANOI)
    assert err.value.details == {"id": "HN"}


def test_register_authority_only_by_an_administrator_of_a_superior(personnel, rpc_as,
                                                                   databases):
    with rpc_as("head_of_authority", authority="HN") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.personnel.register_authority(HANOI)
    assert err.value.details == {"permission": "personnel.authority.register",
                                 "role": "head_of_authority"}
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
    with rpc_as("administrator", authority="HCM") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.personnel.register_authority(HANOI_REGION_1)
    assert err.value.details == {"authority": "HN-01"}
    assert rows(databases["personnel"], "SELECT id FROM authority") == [{"id": "HN"}]


def test_register_authority_refuses_a_forged_token(personnel, rpc_as, token):
    forged = token("administrator", authority="HN", forged=True)
    with rpc_as("administrator", raw_token=forged) as rpc, pytest.raises(Unauthenticated):
        rpc.personnel.register_authority(HANOI)


def test_get_authority_unknown_is_not_found(personnel, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.personnel.get_authority("XX-99")
    assert err.value.details == {"authority_id": "XX-99"}


@pytest.mark.parametrize("authority_id", [None, "", "HN\x00", "H" * 51, 1])
def test_get_authority_bad_id_is_a_validation_error_naming_it(personnel, rpc_as,
                                                              authority_id):
    with rpc_as("desk_officer") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.get_authority(authority_id)
    assert list(err.value.fields) == ["authority_id"]
    if authority_id is None:
        assert err.value.fields == {"authority_id": ["required"]}


def test_get_authority_needs_the_read_permission(personnel, rpc_as):
    with rpc_as("court_system") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.get_authority("HN")
