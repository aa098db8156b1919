"""Legal rules of the cases service, as pure functions (no nameko, no database, no clock).

Each function cites the article it encodes; dates, parameters and the calendar come in as
arguments, and every computed limit returns the parameter values it used.
"""
from dataclasses import dataclass

from shared.legal import TimeLimit

DECISION_ON_REQUEST = TimeLimit(
    rule_id="law36.1-decision-on-request",
    article="Law on Civil Judgment Enforcement Art. 36.1; Decree 62/2015 Art. 7.1",
    length_key="enforcement_decision_on_request_working_days",
    unit="working_days",
    description="Issue the judgment enforcement decision within 5 working days of receiving "
                "the request for enforcement.")

NOTIFY_DECISION = TimeLimit(
    rule_id="law39.1-notify-decision",
    article="Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12",
    length_key="notification_working_days",
    unit="working_days",
    description="Notify the enforcement decision to the litigants within 3 working days of "
                "its issuance.")


@dataclass(frozen=True)
class PrescriptiveLimit:
    ends_on: object
    starts_on: object
    parameters_used: list


def prescriptive_limit(effective_on, due_on, params, calendar, on):
    """The last day to request enforcement of an obligation.

    Law Art. 30.1, applied by Decree 62/2015 Art. 4.1: 5 years from the date the judgment takes
    legal effect; for an obligation with a set due date, from that due date. Deducting periods
    of force majeure (Decree Art. 4.2-4.4, Art. 7.2) is a decision of the head of the authority
    and is not computed here.
    """
    starts_on = due_on or effective_on
    years = params.value("request_prescriptive_limit_years", on)
    return PrescriptiveLimit(ends_on=calendar.due_date(starts_on, int(years.value), "years"),
                             starts_on=starts_on, parameters_used=[years.as_record()])


def request_is_within_prescriptive_limit(received_on, limit):
    """Decree 62/2015 Art. 7.2: a request received after the limit is refused (Law Art. 31.5.c)."""
    return received_on <= limit.ends_on


def obligations_requestable_by(requester_party_id, obligations):
    """Law Art. 31.1: a judgment creditor or debtor requests enforcement of their own items.

    Returns the ids of the requested obligations the requester is not a party to.
    """
    return [o.obligation_id for o in obligations
            if requester_party_id not in (o.creditor_party_id, o.debtor_party_id)]


def decision_can_be_issued(case_status):
    """Decree 62/2015 Art. 7.1: one judgment enforcement decision for each request."""
    return case_status == "request_accepted"
