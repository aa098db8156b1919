"""Judgment enforcement decisions on request and their notification (Law on Civil Judgment
Enforcement Art. 36, 39; Decree 62/2015 Art. 7.1, 12)."""
from shared.legal import TimeLimit

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


def decision_precedes_request(issued_on, request_received_on):
    """Law Art. 36.1: the decision on request is issued after the request is received (within
    the limit counted from its receipt), so one dated before the request is refused."""
    return issued_on < request_received_on


def party_roles(obligations, requested_ids):
    """Law Art. 39.1: the decision is notified to the litigants of the items it enforces.

    For each requested obligation its debtor is a judgment debtor and its creditor (if any) a
    judgment creditor; a party keeps the first role found, in the obligations' order. Returns
    ``{party_id: role}``.
    """
    requested, roles = set(requested_ids), {}
    for o in obligations:
        if o.obligation_id in requested:
            roles.setdefault(o.debtor_party_id, JUDGMENT_DEBTOR)
            if o.creditor_party_id:
                roles.setdefault(o.creditor_party_id, JUDGMENT_CREDITOR)
    return roles
