"""The cases service: judgments, requests for enforcement, enforcement decisions.

The class is the name, the providers and the entrypoint groups it is made of (entrypoints/);
the orchestration is in handlers/, the law in rules/.
"""
from shared.law import Law
from shared.service import PlatformService

from services.cases.entrypoints.cases import CaseEntrypoints
from services.cases.entrypoints.decisions import DecisionEntrypoints
from services.cases.entrypoints.entrustment import EntrustmentEntrypoints
from services.cases.entrypoints.judgments import JudgmentEntrypoints
from services.cases.entrypoints.notifications import NotificationEntrypoints
from services.cases.entrypoints.officers import OfficerEntrypoints
from services.cases.entrypoints.requests import RequestEntrypoints
from services.cases.entrypoints.suspension import SuspensionEntrypoints
from services.cases.entrypoints.transfer import TransferEntrypoints
from services.cases.entrypoints.automatic import AutomaticDecisionEntrypoints
from services.cases.entrypoints.revocation import RevocationEntrypoints
from services.cases.entrypoints.verification import VerificationEntrypoints
from services.cases.entrypoints.ledger import LedgerEntrypoints
from services.cases.entrypoints.certificate import CertificateEntrypoints
from services.cases.entrypoints.costs import CostEntrypoints
from services.cases.entrypoints.complaints import ComplaintEntrypoints
from services.cases.entrypoints.exit_suspension import ExitSuspensionEntrypoints
from services.cases.entrypoints.judicial_assistance import JudicialAssistanceEntrypoints
from services.cases.entrypoints.agreements import AgreementEntrypoints
from services.cases.entrypoints.debtor_conditions import DebtorConditionsEntrypoints


class CasesService(JudgmentEntrypoints, RequestEntrypoints, DecisionEntrypoints,
                   CaseEntrypoints, NotificationEntrypoints, VerificationEntrypoints,
                   SuspensionEntrypoints, OfficerEntrypoints, EntrustmentEntrypoints,
                   TransferEntrypoints,
                   LedgerEntrypoints, CertificateEntrypoints, CostEntrypoints,
                   ComplaintEntrypoints, ExitSuspensionEntrypoints,
                   JudicialAssistanceEntrypoints,
                   AutomaticDecisionEntrypoints, RevocationEntrypoints,
                   AgreementEntrypoints, DebtorConditionsEntrypoints,
                   PlatformService):
    name = "cases"
    law = Law()
