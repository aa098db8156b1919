"""The register RPCs through RabbitMQ and PostgreSQL: per entrypoint the happy path and the
typed errors crossing the wire; the cross-authority publication of issue 7 item 1 refused."""
import pytest

from shared.errors import Conflict, NotFound, PermissionDenied, Unauthenticated, ValidationError
from tests.conftest import rows
from tests.services.disclosure.conftest import BINH, COMPANY, RESUMED

pytestmark = pytest.mark.integration


def test_publish_and_remove_entries(known_cases, rpc_as, databases):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        binh = rpc.disclosure.publish_entry(BINH)
        removed = rpc.disclosure.remove_entry(binh["id"], RESUMED)
    with rpc_as("head_of_authority", authority="HN-02") as rpc:
        company = rpc.disclosure.publish_entry(COMPANY)
    assert (binh["authority"], binh["publish_by"], binh["published_late"]) == (
        "HN-01", "2026-03-09", False)
    assert (company["authority"], company["publish_by"]) == ("HN-02", "2026-05-06")
    assert (removed["remove_by"], removed["removed_on"], removed["removed_late"]) == (
        "2026-09-04", "2026-09-03", False)
    audit = rows(databases["disclosure"], "SELECT action, actor FROM platform_audit ORDER BY id")
    assert [(a["action"], a["actor"]) for a in audit] == [
        ("register_entry.published", "head_of_authority@HN-01"),
        ("register_entry.removed", "head_of_authority@HN-01"),
        ("register_entry.published", "head_of_authority@HN-02")]


def test_cross_authority_publication_is_refused_and_the_register_is_unchanged(
        known_cases, rpc_as, web, databases):
    """Issue 7 item 1: B publishes a debtor of A's case (with or without ``authority: B``), or
    of a case nobody opened: refused, nothing written, the public register unchanged."""
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        mine = rpc.disclosure.publish_entry(BINH)
    before = web("/api/register").json()
    false_debtor = {**BINH, "debtor_name": "Nguyễn Văn Giả"}
    with rpc_as("head_of_authority", authority="HCM-02") as rpc:
        with pytest.raises(ValidationError) as err:
            rpc.disclosure.publish_entry({**false_debtor, "authority": "HCM-02"})
        assert err.value.fields == {"authority": ["Unknown field."]}
        with pytest.raises(NotFound) as err:
            rpc.disclosure.publish_entry(false_debtor)
        assert err.value.details == {"case_id": "case-1"}
        with pytest.raises(NotFound) as err:
            rpc.disclosure.publish_entry({**false_debtor, "case_id": "case-nobody-opened"})
        assert err.value.details == {"case_id": "case-nobody-opened"}
        with pytest.raises(NotFound):
            rpc.disclosure.remove_entry(mine["id"], RESUMED)
    assert rows(databases["disclosure"], "SELECT id, removed_on FROM register_entry") == [
        {"id": mine["id"], "removed_on": None}]
    assert web("/api/register").json() == before
    assert "Nguyễn Văn Giả" not in web("/").text


def test_publish_entry_bad_input_names_each_field(known_cases, rpc_as):
    bad = {**BINH, "debtor_name": "a\x00b", "decided_on": "9999-12-31",
           "debtor_address": "x" * 501}
    with rpc_as("head_of_authority") as rpc, pytest.raises(ValidationError) as err:
        rpc.disclosure.publish_entry(bad)
    assert set(err.value.fields) == {"debtor_name", "decided_on", "debtor_address"}


def test_publish_entry_needs_the_publish_permission_and_a_valid_token(disclosure, rpc_as,
                                                                      token):
    with rpc_as("enforcement_officer", authority="HN-01") as rpc, \
            pytest.raises(PermissionDenied) as err:
        rpc.disclosure.publish_entry(BINH)
    assert err.value.details["permission"] == "disclosure.register.publish"
    with rpc_as("head_of_authority", raw_token=token("head_of_authority", forged=True)) as rpc, \
            pytest.raises(Unauthenticated):
        rpc.disclosure.publish_entry(BINH)


def test_publish_twice_or_remove_twice_is_a_conflict(known_cases, rpc_as):
    with rpc_as("head_of_authority", authority="HN-01") as rpc:
        entry = rpc.disclosure.publish_entry(BINH)
        with pytest.raises(Conflict) as err:
            rpc.disclosure.publish_entry(BINH)
        assert err.value.details == {"entry_id": entry["id"]}
        rpc.disclosure.remove_entry(entry["id"], RESUMED)
        with pytest.raises(Conflict):
            rpc.disclosure.remove_entry(entry["id"], RESUMED)


def test_remove_entry_unknown_bad_or_unlawful(known_cases, rpc_as):
    with rpc_as("head_of_authority") as rpc:
        with pytest.raises(NotFound) as err:
            rpc.disclosure.remove_entry("5a5a0000-0000-0000-0000-000000000000", RESUMED)
        assert err.value.details == {"entry_id": "5a5a0000-0000-0000-0000-000000000000"}
        with pytest.raises(ValidationError) as err:
            rpc.disclosure.remove_entry("x" * 65, RESUMED)
        assert list(err.value.fields) == ["entry_id"]
        entry = rpc.disclosure.publish_entry(BINH)
        with pytest.raises(ValidationError) as err:
            rpc.disclosure.remove_entry(entry["id"], {**RESUMED, "ground": "three_months"})
        assert err.value.fields == {"ground": [
            "must be resumption_decision or obligation_fulfilled"]}
    with rpc_as("enforcement_officer") as rpc, pytest.raises(PermissionDenied):
        rpc.disclosure.remove_entry(entry["id"], RESUMED)
