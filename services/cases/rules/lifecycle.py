"""The lifecycle of an enforcement case: its statuses and the transitions the law allows.

A status is a ``CaseStatus``; no other module spells one as a bare string. Each transition cites
the article that allows it; ``check_transition`` is the one place that decides whether a case
may move from one status to another.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class CaseStatus(StrEnum):
    #: Law Art. 31; Decree 62/2015 Art. 4: a request for enforcement was accepted, a case opened.
    REQUEST_ACCEPTED = "request_accepted"
    #: Law Art. 36.1; Decree 62/2015 Art. 7.1: the judgment enforcement decision was issued.
    DECISION_ISSUED = "decision_issued"
    #: Law Art. 31.5(c); Decree 62/2015 Art. 7.2: the request was refused in writing (its
    #: prescriptive limit expired after the deductions of Art. 4.2-4.4); the record is kept with
    #: its refusal and closes at once.
    REQUEST_REFUSED = "request_refused"
    # Later stages the decree names (verification of conditions, Law Art. 44; postponement,
    # Art. 48; suspension, Art. 49; termination, Art. 50; completion, Art. 52) will close or
    # pause a case; none is recorded yet, so every case is open.


#: Statuses in which a case is closed: a refused request (Law Art. 31.5); termination and
#: completion (Law Art. 50, 52) are not recorded yet.
CLOSED = frozenset({CaseStatus.REQUEST_REFUSED})


TRANSITIONS = (
    Transition(None, CaseStatus.REQUEST_ACCEPTED,
               "Law on Civil Judgment Enforcement Art. 31; Decree 62/2015 Art. 4",
               "an accepted request for enforcement opens a case"),
    Transition(None, CaseStatus.REQUEST_REFUSED,
               "Law on Civil Judgment Enforcement Art. 31.5(c); Decree 62/2015 Art. 7.2",
               "a request outside the prescriptive limit is refused in writing"),
    Transition(CaseStatus.REQUEST_ACCEPTED, CaseStatus.DECISION_ISSUED,
               "Decree 62/2015 Art. 7.1",
               "one decision per request"),
)
LIFECYCLE = Lifecycle(CaseStatus, TRANSITIONS)


def is_open(status):
    """Law Art. 31.5, 50, 52: a case stays open until refused, terminated or completed (only
    refusal is recorded yet)."""
    return CaseStatus(status) not in CLOSED


def check_transition(status, target, subject="the case"):
    """The ``Transition`` from ``status`` to ``target``, each citing its article (Law Art. 31,
    36.1; Decree 62/2015 Art. 4, 7.1); a ``Conflict`` naming the status and the rule that
    governs ``target`` if the table does not allow it.

    Decree 62/2015 Art. 7.1: one judgment enforcement decision for each request, so a case whose
    decision was issued cannot receive another.
    """
    return LIFECYCLE.check(status, target, subject)
