"""The money decisions of ``cases`` (issue 13: the ledger, enforcement costs, complaints, exit
suspension) that the office notifies, to whom, from which day (Law Art. 39.1; Decree 62/2015
Art. 12.1, 37, 38, 43-45, 49, 51). Pure functions and constants.

``document_of(event_type, payload)`` is the one place that says which event needs which notice;
``recipients_of_money_act`` says to whom. Each notice is owed within the notification period of
Law Art. 39.1 (``notices.NOTICE_DELIVERY``: 3 working days) from the act's day.

Events that need no notice of their own, because our sources name none:

- ``money.received`` (Law Art. 47.1; Decree Art. 49): an entry of the ledger; what the
  recipients are told is the distribution that follows it;
- ``payout.made`` (Decree Art. 49.2-49.5): the money handed over, posted, transferred or
  deposited; the delivery note of 49.4 is signed by the litigants present, and the deposit of
  49.5 follows the notice of the distribution;
- ``cost_relief.applied`` (Art. 44.2): an application, not a decision (its decision is);
- ``result_certificate.issued`` (Art. 37): issued at a litigant's or relative's request and given
  to the requester, whom the event does not name; the decree says nothing of notifying it;
- ``judicial_assistance.progressed`` (Art. 50.3): on ``fallback`` the case's documents are
  notified as Law Art. 43 says, each as its own notice; the step itself is no document;
- ``complaint.progressed`` ``accepted``, ``escalated``, ``review_requested`` (Art. 38.2, 38.4):
  internal steps of the authorities; the decree names no notice to the complainant for them.

The immigration authority reads ``exit_suspension.*`` itself (docs/integrations.md): it is no
recipient here. The identity number the exit events carry never enters a notice
(``HIDDEN_FIELDS``).
"""
from dataclasses import dataclass

from services.notifications.rules.notices import (
    JUDGMENT_CREDITOR, JUDGMENT_DEBTOR, NOTIFIED_ROLES)

#: Decree Art. 45.1(b): the estimated enforcement cost, approved by the head of the authority,
#: notified to the litigants before the enforcement (Law Art. 39-43).
ENFORCEMENT_COST_ESTIMATE = "enforcement_cost_estimate"
#: Decree Art. 44.1-44.3: an exemption or reduction granted ...
COST_RELIEF_DECISION = "cost_relief_decision"
#: ... refused, with its reasons ...
COST_RELIEF_REFUSAL = "cost_relief_refusal"
#: ... or revoked (44.4, second paragraph).
COST_RELIEF_REVOCATION = "cost_relief_revocation"
#: Decree Art. 49.2: the written request to the recipient to receive the money at the office.
MONEY_COLLECTION_REQUEST = "money_collection_request"
#: Decree Art. 51.1: the person's exit suspended ...
EXIT_SUSPENSION_DECISION = "exit_suspension_decision"
#: ... the suspension lifted or cancelled (51.4) ...
EXIT_SUSPENSION_LIFTING = "exit_suspension_lifting"
#: ... or the creditor's request to suspend it refused, with its reasons (51.1-51.2).
EXIT_SUSPENSION_REFUSAL = "exit_suspension_refusal"
#: Decree Art. 38.1: the one reply to a complaint that is not accepted.
COMPLAINT_REPLY = "complaint_reply"
#: Decree Art. 38.5: a repeated complaint without new evidence is kept, the litigant informed.
COMPLAINT_RETENTION = "complaint_retention"
#: Law Art. 140-142 (cited by Decree Art. 38.3-38.6): the decision settling the complaint.
COMPLAINT_SETTLEMENT = "complaint_settlement"

#: To whom: the persons the case's decision was notified to, the litigants only, or the party
#: a payload field names (its value a party id).
PARTIES, LITIGANTS = "parties", "litigants"
LITIGANT_ROLES = (JUDGMENT_CREDITOR, JUDGMENT_DEBTOR)
#: Payload fields that never reach a notice's text: the identity number travels only to
#: immigration (shared/contracts/cases.py, exit suspension).
HIDDEN_FIELDS = ("identity_number",)
#: The distribution lines whose party is paid: a creditor's share, the debtor's surplus.
PAID_LINES = ("share", "surplus")


@dataclass(frozen=True)
class MoneyAct:
    """A document to notify: its kind, the payload fields naming it and its day, its basis, and
    to whom (``PARTIES``, ``LITIGANTS`` or the payload field naming the person)."""

    document_type: str
    id_field: str
    issued_on_field: str
    legal_basis: str
    addressee: str


_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"
COST_ESTIMATE = MoneyAct(ENFORCEMENT_COST_ESTIMATE, "cost_id", "approved_on",
                         "Decree 62/2015 Art. 43, 45.1(b); Law Art. 39-43", LITIGANTS)
RELIEF_GRANTED = MoneyAct(COST_RELIEF_DECISION, "relief_id", "decided_on",
                          f"Decree 62/2015 Art. 44.1-44.3; {_NOTIFIED}", LITIGANTS)
RELIEF_REFUSED = MoneyAct(COST_RELIEF_REFUSAL, "relief_id", "decided_on",
                          f"Decree 62/2015 Art. 44.1-44.2 (relief refused); {_NOTIFIED}",
                          LITIGANTS)
RELIEF_REVOKED = MoneyAct(COST_RELIEF_REVOCATION, "relief_id", "decided_on",
                          f"Decree 62/2015 Art. 44.4; {_NOTIFIED}", LITIGANTS)
COLLECTION = MoneyAct(MONEY_COLLECTION_REQUEST, "distribution_id", "decided_on",
                      f"Decree 62/2015 Art. 49.2; Law Art. 47; {_NOTIFIED}", "lines")
SUSPENSION = MoneyAct(EXIT_SUSPENSION_DECISION, "suspension_id", "decided_on",
                      f"Decree 62/2015 Art. 51.1; {_NOTIFIED}", PARTIES)
LIFTING = MoneyAct(EXIT_SUSPENSION_LIFTING, "suspension_id", "lifted_on",
                   f"Decree 62/2015 Art. 51.4; {_NOTIFIED}", PARTIES)
SUSPENSION_REFUSED = MoneyAct(EXIT_SUSPENSION_REFUSAL, "suspension_id", "decided_on",
                              f"Decree 62/2015 Art. 51.1-51.2 (request refused); {_NOTIFIED}",
                              "requested_by_party_id")
RETENTION = MoneyAct(COMPLAINT_RETENTION, "complaint_id", "received_on",
                     f"Decree 62/2015 Art. 38.5; {_NOTIFIED}", "complainant_party_id")
REPLY = MoneyAct(COMPLAINT_REPLY, "complaint_id", "on",
                 f"Decree 62/2015 Art. 38.1; {_NOTIFIED}", "complainant_party_id")
SETTLEMENT = MoneyAct(COMPLAINT_SETTLEMENT, "complaint_id", "on",
                      f"Decree 62/2015 Art. 38.3-38.6; Law Art. 140-142; {_NOTIFIED}",
                      "complainant_party_id")

#: The cases events this module's handler consumes.
CONSUMED = ("enforcement_cost.approved", "cost_relief.decided", "distribution.decided",
            "exit_suspension.decided", "exit_suspension.lifted", "exit_suspension.refused",
            "complaint.received", "complaint.progressed")


def cost_relief_act(outcome):
    """Decree Art. 44: the head of the authority grants a reduction or exemption (44.3), refuses
    it (the ground of 44.1 not shown, 44.2) or revokes it (44.4, the debtor evaded enforcement or
    lied). The decree does not say to whom its decision goes: as a decision of the office on the
    enforcement cost it is notified to the litigants (Law Art. 39.1), the applicant among them
    (the events do not say which litigant applied)."""
    return {"granted": RELIEF_GRANTED, "refused": RELIEF_REFUSED,
            "revoked": RELIEF_REVOKED}[outcome]


def complaint_received_act(status):
    """Decree Art. 38.5: a complaint repeated after its settlement without new evidence is kept
    and the litigant informed. A complaint simply received needs no notice: the decree's first
    answer is the reply of 38.1 or the acceptance."""
    return RETENTION if status == "kept_repeated" else None


def complaint_step_act(step):
    """Decree Art. 38: the complainant is told the one reply when the complaint is not accepted
    (38.1) and the decision settling it (Law Art. 140-142, cited by 38.3-38.6; their text is not
    in our sources, the decision is notified as any other, Law Art. 39.1). Acceptance,
    escalation to the superior authority (38.2) and a review requested (38.4) are steps between
    authorities: the decree names no notice for them (``None``)."""
    return {"not_accepted": REPLY, "settled": SETTLEMENT}.get(step)


def document_of(event_type, payload):
    """The ``MoneyAct`` the ``cases`` event ``event_type`` with ``payload`` needs notified, or
    ``None`` when it needs none (see the module's docstring for the events our sources leave
    without a notice):

    - ``enforcement_cost.approved``: the estimate, to the litigants (Decree Art. 45.1(b));
    - ``cost_relief.decided``: ``cost_relief_act(outcome)`` (Art. 44);
    - ``distribution.decided``: the request to collect the money (Art. 49.2);
    - ``exit_suspension.decided`` / ``.lifted`` / ``.refused``: Art. 51.1, 51.4, 51.1-51.2;
    - ``complaint.received``: ``complaint_received_act(status)`` (Art. 38.5);
    - ``complaint.progressed``: ``complaint_step_act(step)`` (Art. 38.1; Law Art. 140-142)."""
    if event_type == "cost_relief.decided":
        return cost_relief_act(payload["outcome"])
    if event_type == "complaint.received":
        return complaint_received_act(payload["status"])
    if event_type == "complaint.progressed":
        return complaint_step_act(payload["step"])
    return {"enforcement_cost.approved": COST_ESTIMATE, "distribution.decided": COLLECTION,
            "exit_suspension.decided": SUSPENSION, "exit_suspension.lifted": LIFTING,
            "exit_suspension.refused": SUSPENSION_REFUSED}.get(event_type)


def amounts_to_collect(lines):
    """Decree Art. 49.2; Law Art. 47: the money each person is to receive from a distribution,
    ``{party_id: đồng}``: the creditors' shares and the surplus returned to the debtor. Costs and
    reserved amounts stay with the office; a line without a party or amount is no one's.

    49.2 asks natural persons in writing to come and collect; 49.3 pays an organisation by wire
    transfer. The parties this service knows carry no such kind, so every payee is asked: a
    letter to an organisation is harmless, a missing one to a person is not."""
    amounts = {}
    for line in lines:
        if line["kind"] in PAID_LINES and line["party_id"] and line["amount"] > 0:
            amounts[line["party_id"]] = amounts.get(line["party_id"], 0) + line["amount"]
    return amounts


def recipients_of_money_act(act, payload, parties):
    """Law Art. 39.1; Decree Art. 12.1: whom the act is notified to, among the persons the case's
    enforcement decision was notified to (``parties``):

    - ``PARTIES``: the litigants and the persons with related rights and obligations (exit
      suspension: the decree says only that the decision goes to immigration, 51.1; as a
      decision of the office it is notified to the case's parties, the debtor whose exit is
      stopped and the creditor who may have asked for it among them);
    - ``LITIGANTS``: the judgment creditors and debtors (Art. 45.1(b) says "the litigants");
    - ``"lines"``: the payees of the distribution (``amounts_to_collect``);
    - a payload field: the one person it names (the complainant, Art. 38.1, 38.5; the creditor
      whose request to suspend the exit was refused). A refusal whose requester is not named
      (null) is notified to the litigants.

    Each person once, under the first role listed."""
    seen, recipients = set(), []
    for party in parties:
        if _addressed(act, payload, party) and party["party_id"] not in seen:
            seen.add(party["party_id"])
            recipients.append(party)
    return recipients


def _addressed(act, payload, party):
    """Whether ``recipients_of_money_act`` notifies ``party`` of ``act``."""
    if act.addressee == PARTIES:
        return party["role"] in NOTIFIED_ROLES
    if act.addressee == "lines":
        return party["party_id"] in amounts_to_collect(payload["lines"])
    if act.addressee == LITIGANTS or payload.get(act.addressee) is None:
        return party["role"] in LITIGANT_ROLES
    return party["party_id"] == payload[act.addressee]


def notice_details(payload):
    """What the act says, as its notice keeps it for its text: the payload without
    ``HIDDEN_FIELDS`` (also inside a nested person)."""
    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in HIDDEN_FIELDS}
        return value
    return clean(payload)
