"""The disclosure service: the public register of judgment debtors (Decree 62/2015 Art. 11),
public notices (Art. 11.1, 12.5, 15.1, 27) and open statistics.

The register follows the decisions of ``cases`` (entrypoints/decisions.py) and officers' RPCs
(entrypoints/register.py); notices come from ``cases`` and ``property`` (entrypoints/notices.py),
the statistics from closed cases (entrypoints/statistics.py). Anyone reads them as web pages
(Vietnamese first, English switchable, readable on a phone) or as JSON with an OpenAPI document
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
