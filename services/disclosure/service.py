"""The disclosure service: the public register of judgment debtors (Decree 62/2015 Art. 11).

Internal systems publish and remove entries by RPC (entrypoints/register.py); anyone reads the
register, as a web page (Vietnamese first, readable on a phone) or as JSON
(entrypoints/portal.py); the public only ever sees ``rules.register.public_record`` of an entry.
The class is the name, the providers and the entrypoint groups it is made of; the orchestration
is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.disclosure.entrypoints.cases import CaseEntrypoints
from services.disclosure.entrypoints.decisions import DecisionEntrypoints
from services.disclosure.entrypoints.notices import NoticeEntrypoints
from services.disclosure.entrypoints.portal import PortalEntrypoints
from services.disclosure.entrypoints.register import RegisterEntrypoints
from services.disclosure.entrypoints.statistics import StatisticsEntrypoints


class DisclosureService(RegisterEntrypoints, PortalEntrypoints, CaseEntrypoints,
                        DecisionEntrypoints, NoticeEntrypoints, StatisticsEntrypoints,
                        PlatformService):
    name = "disclosure"
    law = Law()
