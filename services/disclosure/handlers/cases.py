"""The cases the platform knows of, and the one way every handler finds a case's authority.

Issue 7 item 1: jurisdiction comes from what ``cases`` announced (``enforcement_case.opened``,
from a publisher the platform verified), never from a caller's input. A case nobody announced
and a case of another authority are answered alike (``NotFound`` naming the case id, no
authority named), so an id tells a foreign caller nothing.
"""
from shared.errors import Conflict, NotFound
from shared.validation import require_id

from services.disclosure.models import KnownCase


def record_case_opened(event, uow, law, caller):
    """Remember the authority, judgment and opening day of a case ``cases`` opened. The same
    announcement twice is harmless; the same case under another authority is a ``Conflict``
    (the message is parked for an operator). Returns the ``KnownCase``."""
    case_id = require_id(event["case_id"], "case_id", max_length=36)
    payload = event["payload"]
    known = uow.session.get(KnownCase, case_id)
    if known is None:
        known = KnownCase(case_id=case_id, authority=event["authority"],
                          judgment_id=payload["judgment_id"], opened_on=payload["opened_on"],
                          source_event_id=str(event["event_id"]))
        uow.session.add(known)
    elif known.authority != event["authority"]:
        raise Conflict(f"case {case_id!r} is already known under another authority",
                       {"case_id": case_id})
    return known


def case_of(uow, case_id, caller):
    """The ``KnownCase`` ``case_id`` if it is of the caller's authority, else ``NotFound``."""
    known = uow.session.get(KnownCase, case_id)
    if known is None or known.authority != caller.identity.authority:
        raise NotFound(f"no enforcement case {case_id!r}", {"case_id": case_id})
    return known
