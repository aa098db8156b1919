"""Which law applies in time (the principle every period of the cases service follows).

Law on Promulgation of Legal Documents 2015 Art. 152 and 156 (a legal document applies from its
entry into force and not retroactively) with Civil Code 2015 Art. 144-148 (how a period is
counted): a period is governed by the law in force on the day it **starts**, not by the law in
force on the day someone later looks at it. The deadline book (``shared.deadlines``) resolves
every ``TimeLimit`` on its ``starts_on`` for the same reason; the prescriptive limit of Law
Art. 30 uses the same rule through ``resolve_period``.
"""


def law_applicable_to_period(starts_on):
    """Law on Promulgation of Legal Documents 2015 Art. 152, 156 (no retroactivity) with Civil
    Code 2015 Art. 144-148: the day whose law governs a period that starts on ``starts_on``.

    It is the period's first day (the triggering event's day), whatever day the period is later
    checked on: a request received after 2026-07-01 (Law 106/2025/QH15 in force) against a limit
    that began before that day is measured by the law that was in force when it began.
    """
    return starts_on


def resolve_period(limit, law, starts_on):
    """``(length, ParameterValue, law_day)`` of the ``TimeLimit`` ``limit`` for a period starting
    on ``starts_on``: the parameter row in force on ``law_applicable_to_period(starts_on)`` (Law on
    Promulgation of Legal Documents 2015 Art. 152, 156; the same row ``uow.deadlines.owe`` uses).
    """
    law_day = law_applicable_to_period(starts_on)
    length, used = limit.resolve(law.params, law_day)
    return length, used, law_day


#: The dated, named rule set: a row of ``legal_parameters.yaml`` whose value is the set's name
#: (e.g. ``decree-62-2015``), its source the texts it is made of, its confidence ``check`` where
#: the set is carried over without confirmation (after Law 106/2025/QH15 took effect).
RULE_SET_KEY = "rule_set"


def rule_set_of_act(law, done_on):
    """Decree 62/2015 Art. 84.2-84.3 (an enforcement act follows the procedure in force when it
    is done; results under the earlier texts are kept): the ``ParameterValue`` row naming the
    rule set that governs an act of the office done on ``done_on``. Its periods keep the law of
    the day each began (``law_applicable_to_period``); a decision records both."""
    return law.params.value(RULE_SET_KEY, done_on)


def rule_set_confirmed(row):
    """Rules.md section 1: a rule set (or parameter row) carried over past a change of law
    without a lawyer's confirmation is ``check``: an officer sees that it is unconfirmed."""
    return row.confidence != "check"
