"""The decisions of ``cases`` beyond the enforcement decision that the office notifies (Law on
Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 10, 12.1, 14-16): which event needs
which notice, to whom, from which day. Pure functions and constants.

``document_of(event_type, payload)`` is the one place that says it; the handler
(``handlers/case_decisions.py``) records what it answers. A decision goes to the persons the
case's enforcement decision was notified to (creditors, debtors, persons with related rights and
obligations: ``recipients_of``), each within the notification period of Law Art. 39.1
(``notices.NOTICE_DELIVERY``: 3 working days) from the decision's day; a rejection or refusal
of a litigant's request goes to that litigant only.

What our sources do not give: the text of Law Art. 36, 48-50 and 54 is not in
``/work/shared``; ``rules.md`` summarises Law Art. 39 as "notification of decisions and
documents within 3 working days of issuance", and that is the only basis here for notifying the
postponement, suspension, termination, continuation and the entrustment: no article of the decree names their recipients, so they go to the parties of the
case like every other decision, and no period of their own is encoded.
"""
from dataclasses import dataclass

from services.notifications.rules.documents import PERSON, REQUESTER
from services.notifications.rules.notices import DIRECT, NOTIFIED_ROLES, initial_channel

#: Law Art. 48; Decree 62/2015 Art. 14: the decision to postpone enforcement.
POSTPONEMENT_DECISION = "postponement_decision"
#: Law Art. 49: the decision to suspend enforcement.
SUSPENSION_DECISION = "suspension_decision"
#: Law Art. 50: the decision to terminate enforcement (the case is closed).
TERMINATION_DECISION = "termination_decision"
#: Law Art. 48.4, 49.3: the decision to continue after a postponement or a suspension.
CONTINUATION_DECISION = "continuation_decision"
#: Decree Art. 10.3: the head replaced the officer at a litigant's request ...
OFFICER_REPLACEMENT = "officer_replacement"
#: ... or rejected the request, with an explanation (to the requesting litigant).
OFFICER_REPLACEMENT_REJECTION = "officer_replacement_rejection"
#: Decree Art. 16: the case entrusted to another authority.
ENTRUSTMENT_DECISION = "entrustment_decision"
#: Decree Art. 15; Law Art. 54: rights or obligations to enforcement passed on ...
RIGHTS_TRANSFER_DECISION = "rights_transfer_decision"
#: ... or a transfer between living persons refused in writing with reasons (Art. 15.2).
RIGHTS_TRANSFER_REFUSAL = "rights_transfer_refusal"

_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"

#: The kinds of ``rights.transferred`` on the judgment debtor's death (Decree Art. 15.1).
DEBTOR_DEATH_KINDS = ("debtor_death_property_held", "debtor_death_inheritance",
                      "debtor_death_no_known_heir")


@dataclass(frozen=True)
class CaseDecision:
    """A document to notify: its kind, the payload fields naming it (``number_field`` ``None``:
    the event carries no number, the id stands for it), its day, its basis, and
    ``requester_field`` when it goes to the litigant who asked for it rather than the parties."""

    document_type: str
    id_field: str
    number_field: str | None
    issued_on_field: str
    legal_basis: str
    requester_field: str | None = None


POSTPONEMENT = CaseDecision(POSTPONEMENT_DECISION, "decision_id", "decision_number",
                            "decided_on", f"Law Art. 48; Decree 62/2015 Art. 14; {_NOTIFIED}")
SUSPENSION = CaseDecision(SUSPENSION_DECISION, "decision_id", "decision_number", "decided_on",
                          f"Law Art. 49; {_NOTIFIED}")
TERMINATION = CaseDecision(TERMINATION_DECISION, "decision_id", "decision_number", "decided_on",
                           f"Law Art. 50; {_NOTIFIED}")
#: ``enforcement.continued`` carries no id of its own: it ends exactly one stop decision
#: (``stopped_by``), whose id therefore names it.
CONTINUATION = CaseDecision(CONTINUATION_DECISION, "stopped_by", "decision_number",
                            "decided_on", f"Law Art. 48.4, 49.3; {_NOTIFIED}")
REPLACEMENT = CaseDecision(OFFICER_REPLACEMENT, "replacement_id", None, "decided_on",
                           f"Decree 62/2015 Art. 10.3; {_NOTIFIED}")
REPLACEMENT_REJECTION = CaseDecision(
    OFFICER_REPLACEMENT_REJECTION, "replacement_id", None, "decided_on",
    f"Decree 62/2015 Art. 10.3 (request rejected with explanation); {_NOTIFIED}",
    requester_field="requested_by_party_id")
ENTRUSTMENT = CaseDecision(ENTRUSTMENT_DECISION, "entrustment_id", "decision_number",
                           "decided_on", f"Decree 62/2015 Art. 16; {_NOTIFIED}")
TRANSFER = CaseDecision(RIGHTS_TRANSFER_DECISION, "transfer_id", None, "decided_on",
                        f"Decree 62/2015 Art. 15; Law Art. 54; {_NOTIFIED}")
TRANSFER_REFUSAL = CaseDecision(
    RIGHTS_TRANSFER_REFUSAL, "transfer_id", None, "decided_on",
    f"Decree 62/2015 Art. 15.2 (transfer refused with reasons); {_NOTIFIED}",
    requester_field="from_party_id")

_BY_EVENT = {"enforcement.postponed": POSTPONEMENT, "enforcement.suspended": SUSPENSION,
             "enforcement.terminated": TERMINATION, "enforcement.continued": CONTINUATION,
             "case_officer.replaced": REPLACEMENT,
             "officer_replacement.rejected": REPLACEMENT_REJECTION,
             "enforcement.entrusted": ENTRUSTMENT, "rights.transferred": TRANSFER,
             "rights_transfer.refused": TRANSFER_REFUSAL}

#: The ``cases`` events this module answers for.
CONSUMED = tuple(_BY_EVENT)

#: ``cases`` decisions deliberately not notified, with why (no source requires it).
NOT_NOTIFIED = {
    "case_officer.assigned": "Law Art. 36 (as rules.md gives it): the head assigns the officer "
                             "in the decision or at once after it, an act inside the office; "
                             "neither the decree nor our text of the Law requires telling the "
                             "parties (the officer signs what is delivered to them, Decree "
                             "Art. 12.1(a)); a replacement requested under Art. 10 is notified.",
}


def document_of(event_type):
    """The ``CaseDecision`` the ``cases`` event ``event_type`` needs notified (Law Art. 39.1),
    or ``None`` for an event this module does not answer for:

    - ``enforcement.postponed`` / ``suspended`` / ``terminated`` / ``continued``: the decision
      (Law Art. 48-50; Decree Art. 14);
    - not ``case_officer.assigned`` (``NOT_NOTIFIED`` says why);
    - ``case_officer.replaced``: the replacement decided on a litigant's request (Art. 10.3);
    - ``officer_replacement.rejected``: the rejection with its explanation, to the requester
      (Art. 10.3);
    - ``enforcement.entrusted``: the entrustment decision (Decree Art. 16);
    - ``rights.transferred`` / ``rights_transfer.refused``: Decree Art. 15."""
    return _BY_EVENT.get(event_type)


def document_id_of(decision, payload):
    """The id naming the notices of ``decision``: the payload's ``id_field``."""
    return payload[decision.id_field]


def requester(party_id):
    """A litigant the case's decision notices do not name (the request's own address, which
    ``cases`` keeps, is where the document goes): as ``documents.recipients_of_refusal``."""
    return {"party_id": party_id, "role": REQUESTER, "kind": PERSON, "name": None,
            "address": None}


def recipients_of(decision, payload, parties):
    """Who is told of ``decision`` (Law Art. 39.1; Decree Art. 12.1), from the persons the
    case's enforcement decision was notified to (``parties``):

    - a rejection or refusal of a litigant's request (``requester_field``: Decree Art. 10.3,
      15.2) goes to that litigant alone, as listed in the case, else at the request's address
      (``requester``);
    - any other decision goes to the litigants and persons with related rights and obligations
      (``NOTIFIED_ROLES``), except, on a transfer on the judgment debtor's death (Decree
      Art. 15.1, ``DEBTOR_DEATH_KINDS``), the deceased (``from_party_id``). The heirs or the
      holder of the property who must be informed under Art. 15.1(a)(b) are not named by
      ``rights.transferred``; the new enforcement decision of Art. 15.3 names them."""
    if decision.requester_field:
        party_id = payload[decision.requester_field]
        listed = [p for p in parties if p["party_id"] == party_id]
        return listed[:1] or [requester(party_id)]
    deceased = (payload.get("from_party_id") if payload.get("kind") in DEBTOR_DEATH_KINDS
                else None)
    return [p for p in parties if p["role"] in NOTIFIED_ROLES and p["party_id"] != deceased]


def initial_channel_of(recipient):
    """Decree Art. 12.1; Law Art. 40-42: the initial channel of ``recipient``: directly to a
    requester (who gave an address with the request, Law Art. 40), else by the recipient's
    address (``notices.initial_channel``: public posting when it is unknown)."""
    if recipient["role"] == REQUESTER:
        return DIRECT
    return initial_channel(recipient["address"])
