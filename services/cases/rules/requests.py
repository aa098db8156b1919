"""Requests for enforcement (Law on Civil Judgment Enforcement Art. 30-31; Decree 62/2015
Art. 4 and 7.2)."""
from dataclasses import dataclass

from services.cases.rules import lifecycle

#: Law Art. 31 and Decree 62/2015 Art. 4: the legal basis of accepting a request for
#: enforcement (the audit record of a case opened).
REQUEST_ACCEPTED = "Law Art. 31; Decree 62/2015 Art. 4"


@dataclass(frozen=True)
class PrescriptiveLimit:
    ends_on: object
    starts_on: object
    parameters_used: list


def prescriptive_limit(effective_on, due_on, law, on):
    """The last day to request enforcement of an obligation.

    Law Art. 30.1, applied by Decree 62/2015 Art. 4.1: 5 years from the date the judgment takes
    legal effect; for an obligation with a set due date, from that due date. Deducting periods
    of force majeure (Decree Art. 4.2-4.4, Art. 7.2) is a decision of the head of the authority
    and is not computed here. ``law`` gives the parameters (``law.params``, the value in force
    on ``on``) and the calendar.
    """
    starts_on = due_on or effective_on
    years = law.params.value("request_prescriptive_limit_years", on)
    return PrescriptiveLimit(ends_on=law.calendar.due_date(starts_on, int(years.value), "years"),
                             starts_on=starts_on, parameters_used=[years.as_record()])


def request_is_within_prescriptive_limit(received_on, limit):
    """Decree 62/2015 Art. 7.2: a request received after the limit is refused (Law Art. 31.5.c)."""
    return received_on <= limit.ends_on


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
