"""Security and forcible measures and their guards (Decree 62/2015 Art. 13, 19), as pure rules.

The catalogue says which measures secure enforcement (Art. 19: freezing accounts and property,
temporary seizure, suspension of registration or transfer) and which coerce it (Law Art. 71:
garnishment, deduction of income, collection from profit or from a third party, distraint...).
:func:`proportionate` is Art. 13.1; :func:`forcible_span_allowed` applies the no-coercion
times (Law Art. 46; Art. 13.2) to a forcible measure's whole planned span.
"""
from dataclasses import dataclass
from datetime import timedelta

from services.property.rules.coercion import forcible_measure_allowed_at

SECURITY, FORCIBLE = "security", "forcible"

#: Decree 62/2015 Art. 19 (security measures) and Law Art. 71 (forcible measures).
CATALOGUE = {
    "account_freeze": (SECURITY, "Decree 62/2015 Art. 19, 20"),
    "property_freeze": (SECURITY, "Decree 62/2015 Art. 19, 20"),
    "securities_freeze": (SECURITY, "Decree 62/2015 Art. 13.5(a), 19"),
    "temporary_seizure": (SECURITY, "Decree 62/2015 Art. 19"),
    "registration_suspension": (SECURITY, "Decree 62/2015 Art. 19"),
    "account_garnishment": (FORCIBLE, "Decree 62/2015 Art. 21; Law Art. 71"),
    "income_deduction": (FORCIBLE, "Law Art. 71, 78"),
    "profit_collection": (FORCIBLE, "Decree 62/2015 Art. 22; Law Art. 71"),
    "third_party_collection": (FORCIBLE, "Decree 62/2015 Art. 23; Law Art. 71"),
    "securities_distraint": (FORCIBLE, "Decree 62/2015 Art. 13.5(b); Law Art. 71"),
    "share_distraint": (FORCIBLE, "Decree 62/2015 Art. 13.6, 13.7; Law Art. 71"),
    "property_distraint": (FORCIBLE, "Law Art. 71"),
}

ART_13_1 = "Decree 62/2015 Art. 13.1"
#: Art. 13.1's exceptions to proportionality, each with what the decision must explain.
EXCEPTIONS = {
    "single_indivisible_property": "the debtor has only one property, far more valuable than "
                                   "the obligation, that cannot be divided or would lose much "
                                   "of its value if divided (Art. 13.1)",
    "collateral_under_judgment": "collateral handled under the judgment (Art. 13.1)",
    "art_24_4": "the case of Decree 62/2015 Art. 24.4 (Art. 13.1)",
}
DISPROPORTIONATE = "disproportionate"


@dataclass(frozen=True)
class Proportionality:
    allowed: bool
    targeted: int
    limit: int  # obligation + costs
    exception: str | None
    explanation: str  # why it is allowed or not, for the decision


def proportionate(targeted, obligation, costs, exception=None):
    """Does a measure targeting ``targeted`` VND fit the obligation plus enforcement costs?
    (Decree 62/2015 Art. 13.1: measures "must be suitable for the judgment debtor's obligations
    and judgment enforcement costs", except a single indivisible property, collateral handled
    under the judgment, or the case of Art. 24.4 - an exception the decision explains.)"""
    limit = obligation + costs
    if targeted <= limit:
        return Proportionality(True, targeted, limit, None,
                               f"{targeted} VND targeted fits {limit} VND of obligation and "
                               f"costs ({ART_13_1})")
    if exception in EXCEPTIONS:
        return Proportionality(True, targeted, limit, exception,
                               f"{targeted} VND targeted exceeds {limit} VND of obligation and "
                               f"costs, allowed as {EXCEPTIONS[exception]}")
    return Proportionality(False, targeted, limit, None,
                           f"{targeted} VND targeted exceeds {limit} VND of obligation and "
                           f"costs and no exception of {ART_13_1} applies")


def forcible_span_allowed(starts_at, minutes, law, traditional_days=()):
    """May a forcible measure planned from ``starts_at`` for ``minutes`` be carried out? Every
    moment of the span must be allowed (Law Art. 46; Decree 62/2015 Art. 13.2): one starting at
    21:30 that runs past 22:00 is refused. Returns the ``ForcibleMeasureTime`` of the start, or
    of the first moment that is not allowed (checked at the start, each hour boundary and the
    last minute: the rules change only at whole hours and midnight)."""
    ends_at = starts_at + timedelta(minutes=max(minutes, 0))
    moments = [starts_at]
    boundary = starts_at.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    while boundary < ends_at:
        moments.append(boundary)
        boundary += timedelta(hours=1)
    if ends_at > starts_at:
        moments.append(ends_at - timedelta(minutes=1) if minutes >= 1 else ends_at)
    first = None
    for moment in moments:
        verdict = forcible_measure_allowed_at(moment, law, traditional_days)
        first = first or verdict
        if not verdict.allowed:
            return verdict
    return first


ART_13_3 = "Decree 62/2015 Art. 13.3"
ART_13_8 = "Decree 62/2015 Art. 13.8"
COMMITTEE_REPORT_LATE = "committee_report_late"
COMMITTEE_REPORT_MISSING = "committee_report_missing"


@dataclass(frozen=True)
class CommitteeReport:
    required: bool
    last_day: object  # the last day the report may be sent (a date), or None
    in_time: bool
    parameter: object  # the ParameterValue used, or None


def committee_report(complex_case, starts_on, reported_on, law):
    """The report to the Chairperson of the People's Committee "at least 05 days before taking
    forcible measures in major and/or complicated cases that affect social or political order"
    (Decree 62/2015 Art. 13.3). Only for such cases (``complex_case``: the head of the authority's
    judgment). The last day is ``starts_on`` minus the dated number of days; when that day is not
    a working day the report must go out on the working day before it (the office is closed, and
    "at least" forbids rolling forward)."""
    if not complex_case:
        return CommitteeReport(False, None, True, None)
    days = law.params.value("people_committee_report_days_before", starts_on)
    last = starts_on - timedelta(days=int(days.value))
    while not law.calendar.is_working_day(last):
        last -= timedelta(days=1)
    return CommitteeReport(True, last, reported_on is not None and reported_on <= last, days)


def transaction_reports_requestable(measures_cover_obligation, other_property):
    """May the officer ask the competent authority to report every transaction on the debtor's
    other property? (Decree 62/2015 Art. 13.8: when the measures taken already correspond to the
    obligations and costs, Art. 13.1, and the debtor owns other property.) Returns the reasons it
    may not (empty when it may)."""
    reasons = []
    if not measures_cover_obligation:
        reasons.append({"code": "measures_do_not_cover_obligation", "article": ART_13_8,
                        "text": "the measures taken do not yet correspond to the obligation "
                                "and costs: secure or coerce first (Art. 13.1)"})
    if not other_property:
        reasons.append({"code": "no_other_property", "article": ART_13_8,
                        "text": "the debtor has no other property recorded"})
    return reasons
