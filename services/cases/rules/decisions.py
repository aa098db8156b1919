"""Judgment enforcement decisions on request and their notification (Law on Civil Judgment
Enforcement Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
from shared.legal import TimeLimit

from services.cases.rules.lifecycle import CaseStatus

DECISION_ON_REQUEST = TimeLimit(
    rule_id="law36.1-decision-on-request",
    article="Law on Civil Judgment Enforcement Art. 36.1; Decree 62/2015 Art. 7.1",
    length_key="enforcement_decision_on_request_working_days",
    unit="working_days",
    description="Issue the judgment enforcement decision within 5 working days of receiving "
                "the request for enforcement.")

NOTIFY_DECISION = TimeLimit(
    rule_id="law39.1-notify-decision",
    article="Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12",
    length_key="notification_working_days",
    unit="working_days",
    description="Notify the enforcement decision to the litigants within 3 working days of "
                "its issuance.")

#: Law Art. 36.1: a decision issued because a litigant requested enforcement (the other basis,
#: "automatic", is Law Art. 36.2: the authority acts on its own initiative).
ON_REQUEST = "on_request"

JUDGMENT_CREDITOR, JUDGMENT_DEBTOR = "judgment_creditor", "judgment_debtor"
#: Decree 62/2015 Art. 12.1: "persons with related rights and obligations".
RELATED_PARTY = "related_party"


def decision_precedes_request(issued_on, request_received_on):
    """Law Art. 36.1: the decision on request is issued after the request is received (within
    the limit counted from its receipt), so one dated before the request is refused."""
    return issued_on < request_received_on


def party_roles(obligations, requested_ids, party_ids=()):
    """Law Art. 39.1; Decree 62/2015 Art. 12.1: the decision is notified to the litigants of the
    items it enforces and to the persons with related rights and obligations.

    For each requested obligation its debtor is a judgment debtor and its creditor (if any) a
    judgment creditor; a party keeps the first role found, in the obligations' order. A party of
    the judgment (``party_ids``) that no obligation of the judgment names as debtor or creditor
    is a person with related rights and obligations (``RELATED_PARTY``: the judgment lists them
    as parties without an item of their own) and is told of every decision on the judgment.
    Returns ``{party_id: role}``.
    """
    requested, roles = set(requested_ids), {}
    for o in obligations:
        if o.obligation_id in requested:
            roles.setdefault(o.debtor_party_id, JUDGMENT_DEBTOR)
            if o.creditor_party_id:
                roles.setdefault(o.creditor_party_id, JUDGMENT_CREDITOR)
    named = {o.debtor_party_id for o in obligations} | {o.creditor_party_id for o in obligations}
    for party_id in party_ids:
        if party_id not in named:
            roles.setdefault(party_id, RELATED_PARTY)
    return roles


#: Decree 62/2015 Art. 7.1, second sentence: the legal basis of one decision covering the
#: requests of several creditors of one debtor made at the same time.
ONE_DECISION_FOR_SEVERAL_CREDITORS = "Decree 62/2015 Art. 7.1 (one debtor, several creditors)"


def _debtors_and_creditors(case, obligations):
    requested = set(case.obligation_ids)
    items = [o for o in obligations if o.obligation_id in requested]
    return ({o.debtor_party_id for o in items},
            {o.creditor_party_id for o in items if o.creditor_party_id})


def requests_decided_together(case, others, obligations):
    """Decree 62/2015 Art. 7.1: each request gets its own decision, except that where a judgment
    has one judgment debtor and several judgment creditors who request enforcement at the same
    time, one decision is issued for them all.

    ``case`` is the request being decided; ``others`` the judgment's other cases (with ``id``,
    ``requester_party_id``, ``obligation_ids``, ``request_received_on``, ``status``, and
    ``decision_id``); ``obligations`` the judgment's items. "At the same time" is read as
    received on the same day. A request joins when it is still undecided, its items have the same
    single debtor as ``case``'s, and its requester is a creditor of its items other than the
    requesters already joined. Returns the ids of the cases the one decision covers, ``case``
    first (just ``[case.id]`` when the exception does not apply).
    """
    debtors, creditors = _debtors_and_creditors(case, obligations)
    if len(debtors) != 1 or case.requester_party_id not in creditors:
        return [case.id]
    covered, requesters = [case.id], {case.requester_party_id}
    for other in sorted(others, key=lambda c: c.id):
        if (other.id == case.id or other.status != CaseStatus.REQUEST_ACCEPTED
                or getattr(other, "decision_id", None)
                or other.request_received_on != case.request_received_on):
            continue
        their_debtors, their_creditors = _debtors_and_creditors(other, obligations)
        if (their_debtors == debtors and other.requester_party_id in their_creditors
                and other.requester_party_id not in requesters):
            covered.append(other.id)
            requesters.add(other.requester_party_id)
    return covered
