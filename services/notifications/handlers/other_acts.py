"""Notices of a security or forcible measure decided or refused (Decree 62/2015 Art. 13, 19-23)
and of the head's decision not to enforce what the litigants agreed (Art. 5.3): issue 10
capability 1, the last acts. ``rules.other_acts.document_of`` says which event needs which
notice (``NOT_NOTIFIED`` the events no source requires notified); recorded as the property acts
are (``property_acts.record_act_notices``), delivery meeting the deadline and emitting
``notice.valid``."""
from datetime import datetime

from services.notifications.handlers.property_acts import record_act_notices
from services.notifications.rules import other_acts as rules


def record_other_act_notices(event, uow, law, caller):
    """On an event of ``rules.CONSUMED``: the notices its act needs, one per party of the case,
    issued on the act's day (``rules.issued_on_of``: for a measure, the event's Vietnamese
    day); nothing for an event ``rules.NOT_NOTIFIED`` lists. Idempotent. Returns the notices."""
    act = rules.document_of(event["type"], event["payload"])
    if act is None:
        return []
    occurred_at = datetime.fromisoformat(event["occurred_at"])
    return record_act_notices(event, uow, law, act,
                              rules.issued_on_of(act, event["payload"], occurred_at))
