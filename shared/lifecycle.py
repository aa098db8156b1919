"""Lifecycles as data: the statuses of a record and the transitions the law allows between them.

A service's ``rules/lifecycle.py`` declares its statuses (a ``StrEnum``) and a table of
``Transition`` rows, each citing its article, and checks every move through one ``Lifecycle``.
Pure: no ORM, no nameko.
"""
from dataclasses import dataclass
from enum import StrEnum

from shared.errors import Conflict


@dataclass(frozen=True)
class Transition:
    source: StrEnum | None  # None: the record does not exist yet
    target: StrEnum
    article: str
    rule: str  # what the article allows, in a few words


class Lifecycle:
    def __init__(self, statuses, transitions):
        self.statuses = statuses
        self.transitions = tuple(transitions)
        self._allowed = {(t.source, t.target): t for t in self.transitions}

    def check(self, status, target, subject):
        """The ``Transition`` from ``status`` (None: a new record) to ``target``; otherwise a
        ``Conflict`` naming the status and the rules that lead to ``target``."""
        source = None if status is None else self.statuses(status)
        target = self.statuses(target)
        allowed = self._allowed.get((source, target))
        if allowed is not None:
            return allowed
        into = [t for t in self.transitions if t.target == target]
        why = "; ".join(f"{t.rule} ({t.article})" for t in into) or "no transition leads there"
        raise Conflict(f"{subject} is {source or 'new'}; {why}",
                       {"status": None if source is None else str(source)})
