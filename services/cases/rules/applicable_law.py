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
