"""An entrusted case through RabbitMQ and PostgreSQL: ``enforcement.entrusted`` as ``cases``
publishes it (a stub publisher) moves the case's jurisdiction in property (Decree 62/2015 Art.
16): the new authority's officer records its property, the former authority's meets
``NotFound`` as for any other authority's case."""
import pytest

from shared.errors import NotFound
from tests.conftest import rows, wait_for
from tests.services.property.conftest import ACCOUNT, HOUSE, case_entrusted

pytestmark = pytest.mark.integration


def test_entrusted_case_is_acted_on_by_the_new_authority_only(open_case, publish_event,
                                                              rpc_as, databases):
    open_case("case-1", "HN-01")
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        former = rpc.property.record_property(ACCOUNT)
    publish_event(case_entrusted("case-1", "HN-01", "DN-03"))
    wait_for(lambda: rows(databases["property"], "SELECT 1 FROM known_case WHERE authority "
                                                 "= 'DN-03'"), message="entrusted case")
    with rpc_as("enforcement_officer", authority="DN-03") as rpc:
        item = rpc.property.record_property(HOUSE)
        assert [i["id"] for i in rpc.property.list_property("case-1")] == [item["id"]]
    with rpc_as("enforcement_officer", authority="HN-01") as rpc:
        with pytest.raises(NotFound) as err:
            rpc.property.record_property(ACCOUNT)
        assert err.value.details == {"case_id": "case-1"}
        assert rpc.property.get_property(former["id"])["authority"] == "HN-01"
    assert rows(databases["property"], "SELECT authority, count(*) AS n FROM property_item "
                                       "GROUP BY authority ORDER BY authority") == [
        {"authority": "DN-03", "n": 1}, {"authority": "HN-01", "n": 1}]
