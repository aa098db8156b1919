"""What ``notifications`` reports back: a decision notified to everyone it concerns meets the
authority's notification deadline (Law Art. 39.1; Decree 62/2015 Art. 12).

``notice.valid`` carries how many notices the document needs (``required_count``), how many are
valid (``valid_count``) and, once all are, the day the last became valid
(``document_notified_on``): ``notifications`` counts them under a lock, so this service keeps no
count of its own. Jurisdiction comes from this service's own record, the deadline owed when the
decision was issued: a notice of a decision this authority owes nothing for is refused
(``NotFound``, parked) whatever the envelope claims.
"""
from shared.errors import NotFound
from shared.legal import Subject

from services.cases.rules import decisions as rules

DECISION = "enforcement_decision"


def record_notice_valid(event, uow, law, caller):
    """On ``notice.valid`` of an enforcement decision: when every notice of the decision is valid
    (Law Art. 39.1: the decision is notified to each litigant and person with related rights and
    obligations), ``NOTIFY_DECISION`` is met on ``document_notified_on`` (met late shows as
    ``met_on`` after ``due_on``); audited. Earlier notices of the decision change nothing.
    Returns the deadline met, or None."""
    payload = event["payload"]
    if payload["document_type"] != DECISION:
        return None
    subject = Subject(DECISION, payload["document_id"], event["authority"], event["case_id"])
    owed = uow.deadlines.latest(rules.NOTIFY_DECISION, subject)
    if owed is None or owed.authority != event["authority"]:
        raise NotFound(f"no notification owed for decision {payload['document_id']!r}",
                       {"decision_id": payload["document_id"]})
    notified_on = payload["document_notified_on"]
    if notified_on is None or payload["valid_count"] < payload["required_count"]:
        return None
    met = uow.deadlines.meet(rules.NOTIFY_DECISION, subject, on=notified_on)
    if met is not None:
        uow.audit("enforcement_decision.notified", subject_type=DECISION,
                  subject_id=payload["document_id"], legal_basis=rules.NOTIFY_DECISION.article,
                  details={"notified_on": notified_on.isoformat(),
                           "notices": payload["required_count"],
                           "due_on": met.due_on.isoformat(), "late": met.met_late})
    return met
