"""The notifications service: every legal notice owed to litigants, and its delivery.

The class is the name, the providers and the entrypoint groups it is made of (entrypoints/);
the orchestration is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.notifications.entrypoints.case_decisions import CaseDecisionEntrypoints
from services.notifications.entrypoints.consent import ConsentEntrypoints
from services.notifications.entrypoints.delivery import DeliveryEntrypoints
from services.notifications.entrypoints.dispatch import DispatchEntrypoints
from services.notifications.entrypoints.money_acts import MoneyActEntrypoints
from services.notifications.entrypoints.notices import NoticeEntrypoints
from services.notifications.entrypoints.other_acts import OtherActEntrypoints
from services.notifications.entrypoints.property_acts import PropertyActEntrypoints


class NotificationsService(NoticeEntrypoints, PropertyActEntrypoints, CaseDecisionEntrypoints,
                           DeliveryEntrypoints, ConsentEntrypoints, DispatchEntrypoints,
                           MoneyActEntrypoints, OtherActEntrypoints,
                           PlatformService):
    name = "notifications"
    law = Law()
