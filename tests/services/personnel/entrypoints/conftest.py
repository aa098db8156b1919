"""The broker tier's common start: the service with Hanoi's agency, its regional office HN-01
and CHV-A, a junior enforcement officer there."""
import pytest

from services.personnel.service import PersonnelService
from tests.services.personnel.examples import HANOI, HANOI_REGION_1, OFFICER_A, appointment


@pytest.fixture
def with_officer(start_service, rpc_as):
    container = start_service(PersonnelService)
    with rpc_as("administrator", authority="HN") as rpc:
        rpc.personnel.register_authority(HANOI)
        rpc.personnel.register_authority(HANOI_REGION_1)
        rpc.personnel.register_officer(OFFICER_A)
        rpc.personnel.appoint_position(appointment("CHV-A"))
    return container
