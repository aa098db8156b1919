"""The lifecycle of a notice: its statuses and the transitions the law allows.

A status is a ``NoticeStatus``; no other module spells one as a bare string. Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether a
notice may move from one status to another.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class NoticeStatus(StrEnum):
    #: Law Art. 39.1: a document is owed to a person and not yet notified.
    PENDING = "pending"
    #: Law Art. 40: an attempt to deliver failed; the notice is still owed.
    ATTEMPT_FAILED = "attempt_failed"
    #: Law Art. 40; Decree 62/2015 Art. 12.4: the person was validly notified (delivered, or a
    #: refusal recorded with a witness). Final.
    VALID = "valid"
    #: Law Art. 42: posted publicly (address unknown, or direct delivery failed); valid on the
    #: last day of the posting period, kept as the notice's ``valid_on``. Final.
    POSTED = "posted"


TRANSITIONS = (
    Transition(None, NoticeStatus.PENDING,
               "Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12.1",
               "an issued document is owed to each person it concerns"),
    Transition(NoticeStatus.PENDING, NoticeStatus.VALID,
               "Law Art. 40; Decree 62/2015 Art. 12.1; Decree 62/2015 Art. 12.4",
               "a delivery (or a refusal recorded with a witness) makes the notice valid"),
    Transition(NoticeStatus.PENDING, NoticeStatus.ATTEMPT_FAILED,
               "Law Art. 39.1, 40; Decree 62/2015 Art. 12.1",
               "a failed attempt is recorded and the notice stays owed"),
    Transition(NoticeStatus.ATTEMPT_FAILED, NoticeStatus.ATTEMPT_FAILED,
               "Law Art. 39.1, 40; Decree 62/2015 Art. 12.1",
               "another failed attempt is recorded and the notice stays owed"),
    Transition(NoticeStatus.ATTEMPT_FAILED, NoticeStatus.VALID,
               "Law Art. 40; Decree 62/2015 Art. 12.1; Decree 62/2015 Art. 12.4",
               "a later delivery (or a refusal recorded with a witness) makes it valid"),
    Transition(NoticeStatus.PENDING, NoticeStatus.POSTED,
               "Law Art. 42; Decree 62/2015 Art. 12.1",
               "a person of unknown address is notified by public posting"),
    Transition(NoticeStatus.ATTEMPT_FAILED, NoticeStatus.POSTED,
               "Law Art. 42; Decree 62/2015 Art. 12.1",
               "when direct delivery failed, the notice is posted publicly"),
)


LIFECYCLE = Lifecycle(NoticeStatus, TRANSITIONS)


def check_transition(source, target, subject="a notice"):
    """The ``Transition`` from ``source`` (``None``: a new notice) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Law Art. 39.1, 40; Decree Art. 12.4)."""
    return LIFECYCLE.check(source, target, subject)
