"""Requests for enforcement (Law on Civil Judgment Enforcement Art. 30-31; Decree 62/2015
Art. 4 and 7.2)."""
from dataclasses import dataclass, field
from datetime import timedelta

from shared.legal import TimeLimit

from services.cases.rules import lifecycle
from services.cases.rules.applicable_law import resolve_period

#: Law Art. 31 and Decree 62/2015 Art. 4: the legal basis of accepting a request for
#: enforcement (the audit record of a case opened).
REQUEST_ACCEPTED = "Law Art. 31; Decree 62/2015 Art. 4"

#: Law Art. 31.5(c) and Decree 62/2015 Art. 7.2: a request whose prescriptive limit expired,
#: after deducting the periods of Art. 4.2-4.4, is refused in writing with its reasons.
REQUEST_REFUSED = ("Law on Civil Judgment Enforcement Art. 30.1, 31.5(c); "
                   "Decree 62/2015 Art. 4, 7.2")

#: Law Art. 30.1, Decree 62/2015 Art. 4.1: the prescriptive limit for requesting enforcement.
PRESCRIPTIVE_LIMIT = TimeLimit(
    rule_id="law30.1-prescriptive-limit",
    article="Law on Civil Judgment Enforcement Art. 30.1; Decree 62/2015 Art. 4.1",
    length_key="request_prescriptive_limit_years",
    unit="years",
    description="Request enforcement within 5 years of the judgment's effective date (or of "
                "the obligation's due date).")

#: Law Art. 31.5 (rules.md: "written, with reasons, within 5 working days of receipt").
REFUSAL_OF_REQUEST = TimeLimit(
    rule_id="law31.5-refuse-request",
    article="Law on Civil Judgment Enforcement Art. 31.5",
    length_key="request_refusal_working_days",
    unit="working_days",
    description="Refuse a request for enforcement in writing, with reasons, within 5 working "
                "days of receiving it.")

#: Decree 62/2015 Art. 4.3 (force majeure and objective hindrances) with the evidence Art. 4.4
#: (a)-(e) requires for each, and Law Art. 30.2 (periods of postponement and suspension, proved
#: by the authority's decision). ``ground -> evidence kinds that prove it``.
EVIDENCE_FOR_GROUND = {
    "natural_disaster": ("4.4.a",),             # Art. 4.3(a): disasters, blazes, hostilities
    "death_without_heir": ("4.4.a",),           # Art. 4.3(b)
    "loss_of_consciousness": ("4.4.b",),        # Art. 4.3(b): accident or disease
    "work_requirements": ("4.4.c",),            # Art. 4.3(b): border area, island, duty
    "fault_of_court_or_authority": ("4.4.d",),  # Art. 4.3(b)
    "organisation_restructuring": ("4.4.dd",),  # Art. 4.3(b): merger, division, dissolution...
    "other_hindrance": ("4.4.a", "4.4.e"),      # Art. 4.3(b), Civil Code Art. 156
    "postponement": ("decision",),              # Law Art. 30.2 (rules.md)
    "suspension": ("decision",),                # Law Art. 30.2 (rules.md)
}
GROUNDS = tuple(EVIDENCE_FOR_GROUND)
EVIDENCE_KINDS = ("4.4.a", "4.4.b", "4.4.c", "4.4.d", "4.4.dd", "4.4.e", "decision")
EVIDENCE_NAMES = {
    "4.4.a": "a confirmation of the People's Committee of the commune (Decree Art. 4.4(a))",
    "4.4.b": "a brief medical record certified by a district or higher medical facility "
             "(Decree Art. 4.4(b))",
    "4.4.c": "a confirmation of the litigant's employer (Decree Art. 4.4(c))",
    "4.4.d": "a confirmation of the court or the enforcement authority at fault "
             "(Decree Art. 4.4(d))",
    "4.4.dd": "a lawful document proving the period (Decree Art. 4.4(dd))",
    "4.4.e": "a confirmation of a competent authority or valid documents (Decree Art. 4.4(e))",
    "decision": "the decision of postponement or suspension (Law Art. 30.2)",
}


#: Decree 62/2015 Art. 4.6 (the exception Art. 7.2 names): the legal basis of deciding an
#: expired request for what a serving convict's relative voluntarily paid or delivered.
VOLUNTARY_PAYMENT_EXCEPTION = "Decree 62/2015 Art. 4.6, 7.2"


@dataclass(frozen=True)
class PrescriptiveLimit:
    starts_on: object
    ends_on: object
    parameters_used: list
    base_ends_on: object = None
    law_applied_on: object = None
    deducted_days: int = 0
    deductions: list = field(default_factory=list)

    def as_record(self):
        """JSON-safe: every date and parameter the limit was computed from."""
        return {"rule": PRESCRIPTIVE_LIMIT.article, "starts_on": self.starts_on.isoformat(),
                "law_applied_on": self.law_applied_on.isoformat(),
                "base_ends_on": self.base_ends_on.isoformat(),
                "deducted_days": self.deducted_days, "deductions": list(self.deductions),
                "ends_on": self.ends_on.isoformat(), "parameters_used": list(self.parameters_used)}


def limit_starts_on(effective_on, due_on):
    """Law Art. 30.1, Decree 62/2015 Art. 4.1: the prescriptive limit runs from the date the
    judgment takes legal effect; for an obligation with a set due date, from that due date."""
    return due_on or effective_on


def limit_starts(effective_on, due_on, instalment_days=()):
    """Law Art. 30.1 (rules.md): a periodic obligation's limit runs from **each** instalment's
    due date, so each instalment has its own limit; any other obligation has one limit
    (``limit_starts_on``). Returns ``[(instalment_due_on or None, starts_on)]``, oldest first.
    """
    if instalment_days:
        return [(day, day) for day in sorted(instalment_days)]
    return [(None, limit_starts_on(effective_on, due_on))]


def deduction_refused_because(deduction):
    """Decree 62/2015 Art. 4.3-4.4 (and Law Art. 30.2 for postponement and suspension): why a
    claimed period cannot be deducted, or None if it is proved.

    Each ground needs its own evidence: Art. 4.4(a) the commune's confirmation for force majeure,
    death without an heir and objective hindrance; (b) a medical record for loss of
    consciousness; (c) the employer's confirmation for work; (d) the court's or authority's
    confirmation of its fault; (dd) a lawful document for an organisation's restructuring;
    (e) a competent authority's confirmation for other hindrances. The confirmation states the
    place and time (Art. 4.4, last sentence): the period's days and a document reference.
    """
    wanted = EVIDENCE_FOR_GROUND.get(deduction["ground"])
    if wanted is None:
        return f"{deduction['ground']!r} is not a ground of Decree Art. 4.3 or Law Art. 30.2"
    if deduction["evidence"] not in wanted:
        return (f"{deduction['ground']} is proved by "
                f"{' or '.join(EVIDENCE_NAMES[w] for w in wanted)}, not by "
                f"{EVIDENCE_NAMES.get(deduction['evidence'], deduction['evidence'])}")
    if deduction["to_on"] < deduction["from_on"]:
        return "the period ends before it starts"
    if not deduction.get("evidence_reference"):
        return "the evidence is not identified (Decree Art. 4.4: a document stating place and time)"
    return None


def _merged(periods):
    spans = sorted((p["from_on"], p["to_on"]) for p in periods)
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _days_within(spans, after, until):
    """Days of ``spans`` (inclusive periods) inside (after, until]."""
    total = 0
    for start, end in spans:
        lo, hi = max(start, after + timedelta(days=1)), min(end, until)
        total += max(0, (hi - lo).days + 1)
    return total


def prescriptive_limit(starts_on, law, deductions=()):
    """The last day to request enforcement of an obligation whose limit runs from ``starts_on``
    (``limit_starts_on``).

    Law Art. 30.1, Decree 62/2015 Art. 4.1: 5 years (``request_prescriptive_limit_years``, the row
    in force on the day the period starts: ``applicable_law.resolve_period``). Decree Art. 4.2,
    7.2 and Law Art. 30.2: the days of force majeure or objective hindrance proved as Art. 4.4
    requires, and of postponement or suspension, are not counted: the limit ends later by the
    number of such days falling inside it (overlapping periods counted once; a period that the
    extension itself reaches counts too). A claimed period that is not proved
    (``deduction_refused_because``) is listed with its reason and not deducted.
    """
    years, used, law_day = resolve_period(PRESCRIPTIVE_LIMIT, law, starts_on)
    base = law.calendar.due_date(starts_on, years, "years")
    listed, proved = [], []
    for d in deductions:
        reason = deduction_refused_because(d)
        listed.append({"ground": d["ground"], "evidence": d["evidence"],
                       "evidence_reference": d.get("evidence_reference"),
                       "from_on": d["from_on"].isoformat(), "to_on": d["to_on"].isoformat(),
                       "accepted": reason is None, "reason": reason})
        if reason is None:
            proved.append(d)
    spans, days, ends_on = _merged(proved), 0, base
    while True:
        # the period runs as if it had started ``days`` later (Civil Code Art. 147-148 rolling)
        ends_on = law.calendar.due_date(starts_on + timedelta(days=days), years, "years")
        counted = _days_within(spans, starts_on, ends_on)
        if counted == days:
            break
        days = counted
    for entry, d in zip(listed, deductions):
        entry["days_counted"] = (_days_within(_merged([d]), starts_on, ends_on)
                                 if entry["accepted"] else 0)
    return PrescriptiveLimit(starts_on=starts_on, ends_on=ends_on,
                             parameters_used=[used.as_record()], base_ends_on=base,
                             law_applied_on=law_day, deducted_days=days, deductions=listed)


def request_is_within_prescriptive_limit(received_on, limit):
    """Decree 62/2015 Art. 7.2: a request received after the limit (deductions made) is refused
    (Law Art. 31.5.c); one received on or before its last day is decided."""
    return received_on <= limit.ends_on


def refusal_reasons(received_on, late):
    """Law Art. 31.5(c), Decree 62/2015 Art. 7.2: the written reasons of a refusal, one per
    obligation whose limit expired (``late`` is ``[(obligation_id, PrescriptiveLimit)]``), each
    naming the start, the end, the days deducted and the day the request was received, and each
    claimed period not deducted with why."""
    reasons = []
    for obligation_id, limit in late:
        reasons.append(
            f"Obligation {obligation_id}: the prescriptive limit of Law Art. 30.1 ran from "
            f"{limit.starts_on.isoformat()} and ended on {limit.ends_on.isoformat()} "
            f"({limit.deducted_days} day(s) of force majeure, objective hindrance, postponement "
            f"or suspension deducted, Decree Art. 4.2-4.4); the request was received on "
            f"{received_on.isoformat()}.")
        for d in limit.deductions:
            if not d["accepted"]:
                reasons.append(f"Obligation {obligation_id}: the period {d['from_on']} to "
                               f"{d['to_on']} ({d['ground']}) was not deducted: {d['reason']}.")
    return reasons


def voluntary_payment_exception(late, payment):
    """Decree 62/2015 Art. 4.6, named as the exception in Art. 7.2: where the judgment debtor is
    a convict serving a sentence and a relative or authorised person voluntarily pays money or
    delivers property **after** the prescriptive limit expired, the request is not refused and
    the limit is not extended: a judgment enforcement decision is issued covering only what was
    paid or delivered.

    ``late`` is ``[(obligation_id, PrescriptiveLimit)]`` of the expired obligations; ``payment``
    the declared payment (``paid_on``, ``payer``, ``sentence_reference``, ``amount`` or
    ``property``) or None. Returns ``(applies, reason)``: ``reason`` says why it does not apply
    when a payment was declared (None otherwise).
    """
    if not late or payment is None:
        return False, None
    last_end = max(limit.ends_on for _, limit in late)
    if payment["paid_on"] <= last_end:
        return False, (f"the voluntary payment of {payment['paid_on'].isoformat()} was not made "
                       f"after the limit expired on {last_end.isoformat()} (Decree Art. 4.6)")
    return True, None


def unknown_obligations(obligation_ids, judgment_obligations):
    """Law Art. 31.2: a request names items of the judgment to enforce.

    Returns the requested ids that are not items of the judgment, in the order requested.
    """
    known = {o.obligation_id for o in judgment_obligations}
    return [i for i in obligation_ids if i not in known]


def obligations_requestable_by(requester_party_id, obligations):
    """Law Art. 31.1: a judgment creditor or debtor requests enforcement of their own items.

    Returns the ids of the requested obligations the requester is not a party to.
    """
    return [o.obligation_id for o in obligations
            if requester_party_id not in (o.creditor_party_id, o.debtor_party_id)]


def duplicate_of_open_case(requester_party_id, obligation_ids, cases):
    """Law Art. 31.1 with Decree 62/2015 Art. 7.1: one request opens one case, and each request
    gets one enforcement decision. The same requester asking again for the same items of the
    same judgment while a case for them is still open is that request again, not a new one.

    ``cases`` are the judgment's cases (objects with ``requester_party_id``, ``obligation_ids``
    and ``status``). Returns the open case (``lifecycle.is_open``) the request repeats, or None.
    """
    wanted = set(obligation_ids)
    for case in cases:
        if (case.requester_party_id == requester_party_id and set(case.obligation_ids) == wanted
                and lifecycle.is_open(case.status)):
            return case
    return None
