"""Judgments sent by the courts' case systems."""
from shared.entrypoints import rpc
from shared.validation import load

from services.cases.handlers import judgments as handlers
from services.cases.schemas import JUDGMENT_IN, JUDGMENT_OUT


class JudgmentEntrypoints:
    @rpc(permission="cases.judgment.receive")
    def receive_judgment(self, judgment):
        """A court's case system sends a judgment that has taken legal effect."""
        data = load(JUDGMENT_IN, judgment, "judgment")
        return JUDGMENT_OUT.dump(handlers.receive_judgment(data, self.db, self.law, self.caller))
