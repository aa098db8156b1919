"""The property service: the judgment debtor's property in a case, and when coercion may happen.

The class is the name, the providers and the entrypoint groups it is made of (entrypoints/);
the orchestration is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.property.entrypoints.auctions import AuctionEntrypoints
from services.property.entrypoints.cases import CaseEntrypoints
from services.property.entrypoints.coercion import CoercionEntrypoints
from services.property.entrypoints.custody import CustodyEntrypoints
from services.property.entrypoints.institutions import InstitutionEntrypoints
from services.property.entrypoints.items import ItemEntrypoints
from services.property.entrypoints.measures import MeasureEntrypoints
from services.property.entrypoints.seizure import SeizureEntrypoints
from services.property.entrypoints.valuation import ValuationEntrypoints


class PropertyService(ItemEntrypoints, CoercionEntrypoints, CaseEntrypoints,
                      InstitutionEntrypoints, MeasureEntrypoints, AuctionEntrypoints,
                      ValuationEntrypoints, SeizureEntrypoints, CustodyEntrypoints,
                      PlatformService):
    name = "property"
    law = Law()
