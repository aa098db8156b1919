"""Notices of the acts of ``property`` on seized property (issue 10 capability 1; Law Art. 39.1;
Decree 62/2015 Art. 12.1, 17, 24-27): a seizure or its refusal, a valuation, a re-valuation
decision or refusal, an auction announced, failed or cancelled.

``rules.property_acts.document_of`` says which event needs which notice; this module records it
for the parties of the case (those the case's enforcement decision was notified to), each by the
channel the person's situation calls for (``notices.record_notices``), owing its delivery within
the notification period from the act's day; the delivery (``record_delivery`` or the
dispatcher) meets it and emits ``notice.valid`` as for every other notice.
"""
from shared.errors import RetryLater
from shared.events import schema_of

from services.notifications.handlers.notices import (
    notices_of_document, parties_of_case, record_notices)
from services.notifications.rules import notices as notice_rules
from services.notifications.rules import property_acts as rules


def record_property_act_notices(event, uow, law, caller):
    """On a property event of ``rules.CONSUMED``: the notices its act needs
    (``rules.document_of``; none for an act the parties are not told of), one per party of the
    case (``rules.recipients_of_act``), issued on the act's day, with what the act says
    (``document_details``, the payload as its contract dumps it) and the act's legal basis.
    The same act twice records nothing twice (returns the notices it has). Before the case's
    enforcement decision was recorded here, ``RetryLater``. Returns the notices."""
    act = rules.document_of(event["type"], event["payload"])
    if act is None:
        return []
    return record_act_notices(event, uow, law, act, event["payload"][act.issued_on_field])


def record_act_notices(event, uow, law, act, issued_on):
    """The notices of ``act`` (a ``rules.PropertyAct``) issued on ``issued_on``, one per party of
    the case (``rules.recipients_of_act``), with what the act says and its legal basis; the same
    act twice records nothing twice; ``RetryLater`` before the case's enforcement decision was
    recorded here. Shared with ``handlers.other_acts``. Returns the notices."""
    payload = event["payload"]
    document_id = payload[act.id_field]
    recorded = notices_of_document(uow, event["authority"], act.document_type, document_id)
    if recorded:
        return recorded
    parties = rules.recipients_of_act(parties_of_case(uow, event["authority"], event["case_id"]))
    if not parties:
        raise RetryLater(f"no notices of case {event['case_id']!r}'s decision yet")
    details = schema_of(event["type"], event["version"]).dump(payload)
    # most events carry no document number: the act's id stands for it (as for a resumption)
    return record_notices(
        event, uow, law, document_type=act.document_type, document_id=document_id,
        document_number=payload.get("decision_number") or document_id, issued_on=issued_on,
        recipients=parties, channel_of=lambda party: notice_rules.initial_channel(party["address"]),
        legal_basis=act.legal_basis, document_details=details)
