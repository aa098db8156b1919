"""Notices of the decisions of ``cases`` beyond the enforcement decision (issue 10 capability 1;
Law Art. 39.1; Decree 62/2015 Art. 10, 12.1, 14-16): postponement, suspension, termination,
continuation, the officer's replacement (or its rejection), entrustment, a
transfer of rights and obligations (or its refusal); and the public notice seeking unknown
heirs (Decree Art. 15.1, 12.5; Law Art. 42-43).

``rules.case_decisions`` says which event needs which notice and to whom; this module records
it (``notices.record_notices``), each notice owing its delivery within the notification period
from the decision's day; the delivery (``record_delivery`` or the dispatcher) meets it and
emits ``notice.valid`` as for every other notice.
"""
from shared.errors import RetryLater
from shared.events import schema_of

from services.notifications.handlers.notices import (
    notices_of_document, parties_of_case, record_notices)
from services.notifications.rules import case_decisions as rules
from services.notifications.rules import heir_search


def _details(event):
    return schema_of(event["type"], event["version"]).dump(event["payload"])


def record_case_decision_notices(event, uow, law, caller):
    """On a ``cases`` event of ``rules.CONSUMED``: one notice of its decision
    (``rules.document_of``) per recipient (``rules.recipients_of``, from the parties the case's
    enforcement decision was notified to), issued on the decision's day, by the initial channel
    or the person's chosen one (``rules.initial_channel_of``), with what the decision says
    (``document_details``) and its legal basis. An entrustment (Decree Art. 16) is recorded
    under the envelope's authority, the entrusted one, for the parties the entrusting authority
    notified (``from_authority``). The same decision twice records nothing twice (returns the
    notices it has). Before the case's enforcement decision was recorded here, ``RetryLater``.
    Returns the notices."""
    payload = event["payload"]
    decision = rules.document_of(event["type"])
    if decision is None:
        return []
    document_id = rules.document_id_of(decision, payload)
    recorded = notices_of_document(uow, event["authority"], decision.document_type, document_id)
    if recorded:
        return recorded
    parties_authority = (payload["from_authority"] if decision is rules.ENTRUSTMENT
                         else event["authority"])
    parties = parties_of_case(uow, parties_authority, event["case_id"])
    if not parties:
        raise RetryLater(f"no notices of case {event['case_id']!r}'s decision yet")
    number = payload[decision.number_field] if decision.number_field else document_id
    return record_notices(
        event, uow, law, document_type=decision.document_type, document_id=document_id,
        document_number=number, issued_on=payload[decision.issued_on_field],
        recipients=rules.recipients_of(decision, payload, parties),
        channel_of=rules.initial_channel_of, legal_basis=decision.legal_basis,
        document_details=_details(event))


def record_heir_search_notices(event, uow, law, caller):
    """On ``public_notice.requested`` of kind ``heir_search`` (Decree Art. 15.1(b); Law
    Art. 42-43): the posting and the mass-media announcement the office owes to the unknown
    heirs (``heir_search.heir_search_acts``), each a notice from the requested posting day: the
    posting owes its 3 months (``heir_search.HEIR_SEARCH_PERIOD``, met when they end after it
    was posted), the announcement the notification period of Law Art. 39.1. Another kind of
    public notice is ``disclosure``'s alone (nothing recorded). Recorded once however often it
    arrives. Returns the notices."""
    payload = event["payload"]
    if not heir_search.is_heir_search(payload["kind"]):
        return []
    notices = []
    for document_type, channel in heir_search.heir_search_acts():
        recorded = notices_of_document(uow, event["authority"], document_type,
                                     payload["notice_id"])
        notices += recorded or record_notices(
            event, uow, law, document_type=document_type, document_id=payload["notice_id"],
            document_number=payload["notice_id"], issued_on=payload["posted_on"],
            recipients=[heir_search.unknown_heirs(payload["notice_id"])],
            channel_of=lambda _, c=channel: c,
            legal_basis=heir_search.NOTICE_OF_HEIR_SEARCH, document_details=_details(event),
            time_limit=heir_search.delivery_limit(document_type))
    return notices
