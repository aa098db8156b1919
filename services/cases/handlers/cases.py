"""Reading cases, and the one way every handler finds a case by id.

Issue 7 item 11: a case of another authority is answered exactly as a case that does not exist
(``NotFound``, no authority named), so an id tells a foreign caller nothing.
"""
from shared.errors import NotFound
from shared.legal import Subject

from services.cases import views
from services.cases.models import EnforcementCase
from services.cases.rules.applicable_law import rule_set_of_act
from services.cases.schemas import CASE_OUT

CASE = "enforcement_case"


def _not_found(case_id):
    return NotFound(f"no enforcement case {case_id!r}", {"case_id": case_id})


def _visible(authority, case_id, caller):
    if authority is None or authority != caller.identity.authority:
        raise _not_found(case_id)


def case_of(uow, case_id, caller):
    """The ``EnforcementCase`` ``case_id`` of the caller's authority, else ``NotFound``."""
    case = uow.session.get(EnforcementCase, case_id)
    _visible(case and case.authority, case_id, caller)
    return case


def subject_of(case):
    """The case as the subject of a deadline (the decision on its request, Law Art. 36.1)."""
    return Subject(CASE, case.id, case.authority, case.id)


def case_result(case, decision_due_on, decision=None):
    """A written case as ``CaseOut`` reads it: its columns, its decision (``decision`` when just
    issued, else the stored one), its refusal, the due day of the decision on its request (the
    same shape as ``views.case``)."""
    result = {name: getattr(case, name) for name in CASE_OUT.fields
              if name not in ("decision", "decision_due_on")}
    return {**result, "decision": decision or case.decision, "decision_due_on": decision_due_on}


def get_case(case_id, uow, law, caller):
    """The case (plain-SQL read, ``views.case``) if it is the caller's authority's."""
    case = views.case(uow.session, case_id)
    _visible(case and case["authority"], case_id, caller)
    return case


def rule_set_used(law, done_on):
    """The row naming the rule set an act done on ``done_on`` follows (``rule_set_of_act``), as
    a decision's ``parameters_used`` records it: a ``check`` confidence shows it unconfirmed."""
    return [rule_set_of_act(law, done_on).as_record()]


def deadline_record(deadline):
    """A deadline as a decision's ``computations`` keep it (JSON-safe): rule, article, the
    period as counted and the day it was met (None while open); None for no deadline."""
    if deadline is None:
        return None
    return {"rule_id": deadline.rule_id, "article": deadline.article,
            "starts_on": deadline.starts_on.isoformat(), "length": deadline.length,
            "unit": deadline.unit, "due_on": deadline.due_on.isoformat(),
            "met_on": deadline.met_on.isoformat() if deadline.met_on else None}
