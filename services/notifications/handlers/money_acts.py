"""Notices of the money decisions of ``cases`` (issue 10 capability 1; Law Art. 39.1; Decree
62/2015 Art. 12.1, 38, 43-45, 49, 51): an enforcement cost estimate, a cost relief decided, a
distribution's payees asked to collect their money, an exit suspended, lifted or refused, a
complaint kept, replied to or settled.

``rules.money_acts.document_of`` says which event needs which notice and
``recipients_of_money_act`` to whom; this module records it for those persons of the case (the
persons its enforcement decision was notified to), each by the channel the person's situation
calls for (``notices.record_notices``), owing its delivery within the notification period from
the act's day; the delivery meets it and emits ``notice.valid`` as for every other notice.
"""
from shared.errors import RetryLater
from shared.events import schema_of

from services.notifications.handlers.notices import (
    notices_of_document, parties_of_case, record_notices)
from services.notifications.models import Complaint
from services.notifications.rules import money_acts as rules
from services.notifications.rules import notices as notice_rules


def _keep_complainant(event, uow):
    """``complaint.received`` names the complainant its later steps will not: kept once."""
    payload = event["payload"]
    key = (event["authority"], payload["complaint_id"])
    if uow.session.get(Complaint, key) is None:
        uow.session.add(Complaint(
            authority=key[0], complaint_id=key[1], case_id=event["case_id"],
            complainant_party_id=payload["complainant_party_id"],
            received_on=payload["received_on"]))
        uow.session.flush()


def _with_complainant(event, uow, payload):
    """A complaint's step with the complainant ``complaint.received`` named; before that event
    was consumed here, ``RetryLater`` (the broker does not promise the order)."""
    if "complainant_party_id" in payload:
        return payload
    complaint = uow.session.get(Complaint, (event["authority"], payload["complaint_id"]))
    if complaint is None:
        raise RetryLater(f"complaint {payload['complaint_id']!r} not received here yet")
    return {**payload, "complainant_party_id": complaint.complainant_party_id}


def record_money_act_notices(event, uow, law, caller):
    """On a ``cases`` event of ``rules.CONSUMED``: the notices its act needs
    (``rules.document_of``; none for an act our sources do not have notified), one per person
    ``rules.recipients_of_money_act`` names, issued on the act's day, with what the act says
    (``rules.notice_details``: the payload as its contract dumps it, no identity number) and its
    legal basis. A distribution's notice to each payee states that payee's amount only. The same
    act twice records nothing twice (returns the notices it has). Before the case's enforcement
    decision (or the complaint) was recorded here, ``RetryLater``. Returns the notices."""
    if event["type"] == "complaint.received":
        _keep_complainant(event, uow)
    payload = event["payload"]
    act = rules.document_of(event["type"], payload)
    if act is None:
        return []
    document_id = payload[act.id_field]
    recorded = notices_of_document(uow, event["authority"], act.document_type, document_id)
    if recorded:
        return recorded
    if act in (rules.REPLY, rules.SETTLEMENT):
        payload = _with_complainant(event, uow, payload)
    parties = rules.recipients_of_money_act(
        act, payload, parties_of_case(uow, event["authority"], event["case_id"]))
    if not parties:
        raise RetryLater(f"no notices of case {event['case_id']!r}'s decision yet")
    details = rules.notice_details(schema_of(event["type"], event["version"]).dump(
        event["payload"]))
    if act is rules.COLLECTION:
        return _record_collection_requests(event, uow, law, act, parties, details)
    return _record(event, uow, law, act, parties, details)


def _record(event, uow, law, act, recipients, details):
    payload = event["payload"]
    # the events carry no document number: the act's id stands for it (as for a property act)
    return record_notices(
        event, uow, law, document_type=act.document_type,
        document_id=payload[act.id_field], document_number=payload[act.id_field],
        issued_on=payload[act.issued_on_field], recipients=recipients,
        channel_of=lambda party: notice_rules.initial_channel(party["address"]),
        legal_basis=act.legal_basis, document_details=details)


def _record_collection_requests(event, uow, law, act, payees, details):
    """Decree Art. 49.2: each payee is asked to collect the amount owed to that payee; the other
    lines (other persons' shares, the costs) stay out of the payee's notice."""
    amounts = rules.amounts_to_collect(event["payload"]["lines"])
    notices = []
    for payee in payees:
        own = {"distribution_id": details["distribution_id"],
               "decided_on": details["decided_on"],
               "amount_to_collect": amounts[payee["party_id"]]}
        notices += _record(event, uow, law, act, [payee], own)
    return notices
