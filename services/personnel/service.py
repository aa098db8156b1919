"""The personnel service: the authority tree (Decree 62/2015 Art. 52-54 and the 2025 structure).

The class is the name, the providers and the entrypoint groups it is made of (entrypoints/);
the orchestration is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.personnel.entrypoints.authorities import AuthorityEntrypoints


class PersonnelService(AuthorityEntrypoints, PlatformService):
    name = "personnel"
    law = Law()
