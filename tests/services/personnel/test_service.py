"""personnel through RabbitMQ and PostgreSQL: the authority tree, both the structure of Decree
62/2015 Art. 52-54 and the one in force from 2025-07-01; its event reaches the bus."""
import pytest
from kombu import Connection, Exchange, Queue

from services.personnel.service import PersonnelService
from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.events import validate_envelope
from tests.conftest import rows, wait_for

pytestmark = pytest.mark.integration

HANOI = {"id": "HN", "name": "Civil Judgment Enforcement of Hanoi",
         "name_vi": "Thi hành án dân sự thành phố Hà Nội", "level": "provincial",
         "parent_id": None, "valid_from": "2025-07-01"}
HANOI_REGION_1 = {"id": "HN-01", "name": "Civil Judgment Enforcement Office, Region 1",
                  "name_vi": "Phòng Thi hành án dân sự khu vực 1", "level": "regional",
                  "parent_id": "HN", "valid_from": "2025-07-01"}


def authority(base, **changes):
    return {**base, **changes}


@pytest.fixture
def personnel(container_factory, service_config):
    container = container_factory(PersonnelService, service_config("personnel"))
    container.start()
    return container


@pytest.fixture
def tap(rabbit_config):
    """A queue bound to the personnel events: what actually reached the broker."""
    with Connection(rabbit_config["AMQP_URI"]) as conn:
        queue = Queue("personnel-tap", Exchange("personnel.events", type="topic", durable=True),
                      routing_key="authority.registered", durable=False)
        queue(conn.channel()).declare()
        got = []

        def drain():
            channel = conn.channel()
            while (message := queue(channel).get(no_ack=True)) is not None:
                got.append(message.payload)
            return list(got)

        yield drain


def test_2025_structure_provincial_agency_and_regional_office(personnel, rpc_as, tap,
                                                               databases):
    with rpc_as("administrator", authority="HN") as rpc:
        hanoi = rpc.personnel.register_authority(HANOI)
        region = rpc.personnel.register_authority(HANOI_REGION_1)
    assert hanoi["chain"] == [] and hanoi["parent_id"] is None
    assert region["parent_id"] == "HN" and [a["id"] for a in region["chain"]] == ["HN"]
    assert region["parameters_used"][0]["key"] == "authority_parent_levels.regional"

    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        got = rpc.personnel.get_authority("HN-01")
    assert got["name_vi"] == "Phòng Thi hành án dân sự khu vực 1"
    assert got["level"] == "regional" and got["valid_from"] == "2025-07-01"
    assert got["chain"] == [{"id": "HN", "name": HANOI["name"], "name_vi": HANOI["name_vi"],
                             "level": "provincial", "valid_from": "2025-07-01",
                             "valid_to": None}]

    wait_for(lambda: len(tap()) >= 2, message="both events on the bus")
    published = tap()
    assert len(published) == 2
    envelopes = [validate_envelope(e) for e in published]
    assert [(e["type"], e["authority"]) for e in envelopes] == [
        ("authority.registered", "HN"), ("authority.registered", "HN-01")]
    assert published[1]["payload"] == {
        "authority_id": "HN-01", "name": HANOI_REGION_1["name"],
        "name_vi": HANOI_REGION_1["name_vi"], "level": "regional", "parent_id": "HN",
        "ancestor_ids": ["HN"], "valid_from": "2025-07-01", "valid_to": None}
    audit = rows(databases["personnel"],
                 "SELECT action, actor, subject_id, legal_basis FROM platform_audit ORDER BY id")
    assert [(a["action"], a["actor"], a["subject_id"]) for a in audit] == [
        ("authority.registered", "administrator@HN", "HN"),
        ("authority.registered", "administrator@HN", "HN-01")]
    assert "Decree 62/2015 Art. 52-54" in audit[1]["legal_basis"]


def test_decree_structure_general_department_department_sub_department(personnel, rpc_as):
    with rpc_as("administrator", authority="TCTHADS") as rpc:
        rpc.personnel.register_authority({
            "id": "TCTHADS", "name": "General Department of Civil Judgment Enforcement",
            "name_vi": "Tổng cục Thi hành án dân sự", "level": "general_department",
            "valid_from": "2009-07-01"})
        rpc.personnel.register_authority({
            "id": "HN-CTHADS", "name": "Hanoi Department of Civil Judgment Enforcement",
            "name_vi": "Cục Thi hành án dân sự thành phố Hà Nội", "level": "provincial",
            "parent_id": "TCTHADS", "valid_from": "2009-07-01", "valid_to": "2025-06-30"})
        # registered by the General Department: an authority above the new one's parent
        district = rpc.personnel.register_authority({
            "id": "HN-BD", "name": "Ba Dinh District Sub-department",
            "name_vi": "Chi cục Thi hành án dân sự quận Ba Đình", "level": "district",
            "parent_id": "HN-CTHADS", "valid_from": "2015-09-01", "valid_to": "2025-06-30"})
    assert [a["id"] for a in district["chain"]] == ["HN-CTHADS", "TCTHADS"]
    with rpc_as("operator", authority="TCTHADS") as rpc:
        assert [a["level"] for a in rpc.personnel.get_authority("HN-BD")["chain"]] == [
            "provincial", "general_department"]


def test_malformed_authority_names_each_bad_field_and_writes_nothing(personnel, rpc_as,
                                                                     databases):
    bad = authority(HANOI, id="hn 01", level="commune", valid_to="2025-01-01")
    with rpc_as("administrator", authority="HN") as rpc, pytest.raises(ValidationError) as err:
        rpc.personnel.register_authority(bad)
    assert set(err.value.fields) == {"id", "level"}
    assert rows(databases["personnel"], "SELECT count(*) AS n FROM authority") == [{"n": 0}]


def test_authority_that_does_not_fit_the_structure_of_its_dates_is_refused(personnel, rpc_as,
                                                                           databases):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        # Sub-departments (district level) ended with the 2025 reorganisation
        with pytest.raises(ValidationError) as err:
            rpc.personnel.register_authority(authority(HANOI_REGION_1, level="district"))
        assert err.value.fields == {"level": ["no district authority exists from 2025-07-01"]}
        with pytest.raises(ValidationError) as err:
            rpc.personnel.register_authority(authority(HANOI_REGION_1, parent_id="HCM"))
        assert err.value.fields == {"parent_id": ["no authority 'HCM'"]}
        with pytest.raises(ValidationError) as err:
            rpc.personnel.register_authority(authority(HANOI_REGION_1,
                                                       valid_from="2025-06-01"))
        assert list(err.value.fields) == ["level"]
    with rpc_as("administrator", authority="HN-TMP") as rpc:
        # a subordinate cannot outlive its parent
        rpc.personnel.register_authority(authority(HANOI, id="HN-TMP", valid_to="2030-12-31"))
        with pytest.raises(ValidationError) as err:
            rpc.personnel.register_authority(authority(HANOI_REGION_1, parent_id="HN-TMP"))
        assert err.value.fields == {"parent_id": [
            "HN-TMP is valid from 2025-07-01 to 2030-12-31"]}
        with pytest.raises(ValidationError) as err:
            rpc.personnel.get_authority(None)
    assert err.value.fields == {"authority_id": ["required"]}
    assert rows(databases["personnel"], "SELECT id FROM authority ORDER BY id") == [
        {"id": "HN"}, {"id": "HN-TMP"}]
    assert rows(databases["personnel"], "SELECT count(*) AS n FROM platform_outbox") == [
        {"n": 2}]


def test_unknown_authority_is_not_found(personnel, rpc_as):
    with rpc_as("desk_officer") as rpc, pytest.raises(NotFound) as err:
        rpc.personnel.get_authority("XX-99")
    assert err.value.details == {"authority_id": "XX-99"}


def test_same_authority_twice_is_a_conflict(personnel, rpc_as):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        with pytest.raises(Conflict) as err:
            rpc.personnel.register_authority(HANOI)
    assert err.value.details == {"id": "HN"}


def test_only_an_administrator_registers(personnel, rpc_as):
    with rpc_as("head_of_authority", authority="HN") as rpc, pytest.raises(PermissionDenied) as err:
        rpc.personnel.register_authority(HANOI)
    assert err.value.details == {"permission": "personnel.authority.register",
                                 "role": "head_of_authority"}
    with rpc_as("court_system") as rpc, pytest.raises(PermissionDenied):
        rpc.personnel.get_authority("HN")


def test_other_authority_cannot_register_under_a_tree_not_its_own(personnel, rpc_as, databases):
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
    with rpc_as("administrator", authority="HCM") as rpc:
        with pytest.raises(PermissionDenied) as err:
            rpc.personnel.register_authority(HANOI_REGION_1)
        assert err.value.details == {"authority": "HN-01"}
        with pytest.raises(PermissionDenied):  # nor a root other than itself
            rpc.personnel.register_authority(authority(HANOI, id="DN"))
    assert rows(databases["personnel"], "SELECT id FROM authority") == [{"id": "HN"}]
