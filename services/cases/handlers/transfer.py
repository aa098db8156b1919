"""Transfer of rights and obligations to enforcement (Decree 62/2015 Art. 15).

On the debtor's death the office informs the property holder or the heirs, who have 30 days to
deliver the property or agree (Art. 15.1(a), (b)); with no identifiable heir it posts a notice
for 3 months, which ``disclosure`` publishes from ``public_notice.requested``. Between living
persons (Art. 15.2) the creditor transfers freely, the debtor only with the creditor's consent;
a transfer the article does not allow is recorded refused with its reasons.
"""
import uuid

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import RightsTransfer
from services.cases.rules import lifecycle
from services.cases.rules import transfer as rules

TRANSFER = "rights_transfer"


def _party_roles(case):
    items = [o for o in case.judgment.obligations if o.obligation_id in case.obligation_ids]
    return ({o.debtor_party_id for o in items}, {o.creditor_party_id for o in items})


def _check(data, case):
    debtors, creditors = _party_roles(case)
    kind, party = data["kind"], data["from_party_id"]
    allowed = creditors if kind == rules.BY_CREDITOR else debtors
    if party not in allowed:
        role = "creditor" if kind == rules.BY_CREDITOR else "debtor"
        raise ValidationError(f"{party} is not a judgment {role} of the case's items",
                              {"from_party_id": [f"one of {', '.join(sorted(allowed))}"]})
    if kind in (rules.BY_CREDITOR, rules.BY_DEBTOR) and not data.get("transferee"):
        raise ValidationError("a transfer names its transferee",
                              {"transferee": ["required for a transfer between persons"]})
    if data["decided_on"] < data["informed_on"]:
        raise ValidationError("a decision cannot precede the day it rests on",
                              {"decided_on": ["before informed_on"]})


def transfer_rights(data, uow, law, caller):
    """Record a transfer of rights or obligations on a case under an enforcement decision: its
    period owed (30 days, or the 3-month notice), the heir-search notice requested, the event
    ``rights.transferred`` (or ``rights_transfer.refused`` with reasons), all audited."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if case.decision_id is None or not lifecycle.is_open(case.status):
        raise Conflict(f"case {case.id} is {case.status}; rights and obligations pass on a case "
                       f"under an enforcement decision (Decree 62/2015 Art. 15)",
                       {"status": case.status})
    _check(data, case)
    kind, transfer_id = data["kind"], str(uuid.uuid4())
    refused = rules.transfer_refused_because(kind, data.get("creditor_consent"),
                                             data.get("document_reference"))
    transfer = RightsTransfer(
        id=transfer_id, case_id=case.id, kind=kind, from_party_id=data["from_party_id"],
        transferee=data.get("transferee"), informed_on=data["informed_on"],
        decided_on=data["decided_on"], decided_by=identity.user,
        outcome="refused" if refused else "recorded", reasons=[refused] if refused else [],
        document_reference=data.get("document_reference"),
        creditor_consent=data.get("creditor_consent"), legal_basis=rules.BASIS[kind],
        computations={}, parameters_used=rule_set_used(law, data["decided_on"]))
    subject = Subject(TRANSFER, transfer_id, case.authority, case.id)
    if refused:
        uow.session.add(transfer)
        uow.emit("rights_transfer.refused",
                 {"transfer_id": transfer_id, "kind": kind, "from_party_id": transfer.from_party_id,
                  "decided_on": transfer.decided_on, "reasons": transfer.reasons,
                  "legal_basis": transfer.legal_basis},
                 authority=case.authority, case_id=case.id)
        uow.audit("rights_transfer.refused", subject_type=TRANSFER, subject_id=transfer_id,
                  legal_basis=transfer.legal_basis, details={"case_id": case.id, "kind": kind})
        return {c.name: getattr(transfer, c.name) for c in transfer.__table__.c}
    limit = rules.PERIODS.get(kind)
    if limit is not None:
        # the heirs' 30 days run from being informed; the notice's 3 months from its posting
        starts = data["decided_on"] if kind == rules.NO_KNOWN_HEIR else data["informed_on"]
        owed = uow.deadlines.owe(limit, subject, starts_on=starts)
        transfer.period_ends_on = owed.due_on
        transfer.computations = {"period": deadline_record(owed)}
        transfer.parameters_used = list(owed.parameters_used) + transfer.parameters_used
    if kind == rules.NO_KNOWN_HEIR:
        debtor = next(p for p in case.judgment.parties if p.party_id == transfer.from_party_id)
        notice = rules.heir_search_notice(debtor.name, data.get("property") or "the estate",
                                          data["decided_on"], transfer.period_ends_on)
        transfer.notice_id = str(uuid.uuid4())
        uow.emit("public_notice.requested",
                 {"notice_id": transfer.notice_id, "kind": "heir_search",
                  "legal_basis": rules.BASIS[kind], **notice},
                 authority=case.authority, case_id=case.id)
    uow.session.add(transfer)
    uow.emit("rights.transferred",
             {"transfer_id": transfer_id, "kind": kind, "from_party_id": transfer.from_party_id,
              "decided_on": transfer.decided_on, "period_ends_on": transfer.period_ends_on,
              "legal_basis": transfer.legal_basis}, authority=case.authority, case_id=case.id)
    uow.audit("rights.transferred", subject_type=TRANSFER, subject_id=transfer_id,
              legal_basis=transfer.legal_basis,
              details={"case_id": case.id, "kind": kind, "notice_id": transfer.notice_id})
    return {c.name: getattr(transfer, c.name) for c in transfer.__table__.c}
