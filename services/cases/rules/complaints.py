"""Complaints about enforcement (Decree 62/2015 Art. 38; Law Art. 140).

A complaint is filed within the Law's limit for what it is about (Law Art. 140: an account
freeze 3 working days, another security measure 10 days, a forcible measure 30 days, any other
decision or act 15 days, from receipt or knowledge of it), the days of force majeure or
objective hindrance not counted (Art. 38.6, Art. 4). The receiving office accepts it, or replies
once with reasons, within 5 working days (Art. 38.1). Not handled in time, it is escalated to
the superior authority (Art. 38.2). A settled complaint repeated without new evidence is kept and
the complainant informed once (Art. 38.5). An effective settlement is reviewed only on the
grounds of Art. 38.4.
"""
from datetime import timedelta

from shared.legal import TimeLimit

#: Law Art. 140: the limit for complaining, by what the complaint is about.
FILING_LIMITS = {
    "account_freeze": TimeLimit(
        rule_id="law140-complaint-account-freeze", article="Law on Civil Judgment Enforcement "
        "Art. 140", length_key="complaint_limit_account_freeze_working_days",
        unit="working_days", description="Complain about an account freeze within 3 working days."),
    "security_measure": TimeLimit(
        rule_id="law140-complaint-security-measure", article="Law on Civil Judgment Enforcement "
        "Art. 140", length_key="complaint_limit_security_measure_days", unit="days",
        description="Complain about another security measure within 10 days."),
    "forcible_measure": TimeLimit(
        rule_id="law140-complaint-forcible-measure", article="Law on Civil Judgment Enforcement "
        "Art. 140", length_key="complaint_limit_forcible_measure_days", unit="days",
        description="Complain about a forcible measure within 30 days."),
    "other": TimeLimit(
        rule_id="law140-complaint-other", article="Law on Civil Judgment Enforcement Art. 140",
        length_key="complaint_limit_other_days", unit="days",
        description="Complain about any other decision or act within 15 days."),
}
SUBJECT_KINDS = tuple(FILING_LIMITS)

ACCEPT_OR_REPLY = TimeLimit(
    rule_id="decree38.1-complaint-reply", article="Decree 62/2015 Art. 38.1",
    length_key="complaint_reply_working_days", unit="working_days",
    description="Accept the complaint, or reply once with reasons, within 5 working days of "
                "receiving it.")

COMPLAINT_RECEIVED = "Decree 62/2015 Art. 38.1; Law on Civil Judgment Enforcement Art. 140"
NOT_ACCEPTED = "Decree 62/2015 Art. 38.1 (one reply, with reasons)"
ACCEPTED = "Decree 62/2015 Art. 38.1, 38.3"
ESCALATED = "Decree 62/2015 Art. 38.2"
KEPT_REPEATED = "Decree 62/2015 Art. 38.5"
REVIEW_REQUESTED = "Decree 62/2015 Art. 38.4; Law on Civil Judgment Enforcement Art. 142"

#: Decree Art. 38.4 (a)-(c): the only grounds to review an effective settlement.
REVIEW_GROUNDS = {
    "38.4.a": "the decision or act complained against is illegal but the settlement says legal",
    "38.4.b": "the complaint was handled in breach of the procedures for complaints",
    "38.4.c": "a new circumstance basically changes the result of the settlement",
}


def filing_limit(kind, known_on, law, force_majeure_days=0):
    """Law Art. 140; Decree Art. 38.6, 4: the last day to complain about an act of ``kind``
    known on ``known_on``: the Law's period for that kind (the row in force on ``known_on``),
    then later by the days of force majeure or objective hindrance the settler found. Returns
    ``(ends_on, parameter row)``."""
    limit = FILING_LIMITS[kind]
    length, used = limit.resolve(law.params, known_on)
    ends_on = law.calendar.due_date(known_on, length, limit.unit)
    if force_majeure_days:
        ends_on = law.calendar.roll_forward(ends_on + timedelta(days=force_majeure_days))
    return ends_on, used


def filed_late(received_on, ends_on):
    """Law Art. 140: a complaint received after its limit is not accepted (the reply says so)."""
    return received_on > ends_on


def is_repeated(earlier, complainant, act_reference, new_evidence):
    """Decree Art. 38.5: a complaint is a repetition when the same complainant already had a
    complaint about the same act settled and brings no new evidence. ``earlier`` are the case's
    complaints (``complainant_party_id``, ``act_reference``, ``status``)."""
    if new_evidence:
        return False
    return any(c.complainant_party_id == complainant and c.act_reference == act_reference
               and c.status == "settled" for c in earlier)


def already_informed(earlier, complainant, act_reference):
    """Decree Art. 38.5: the complainant is informed once that repetitions are kept; a later
    repetition is kept without another answer."""
    return any(c.complainant_party_id == complainant and c.act_reference == act_reference
               and c.status == "kept_repeated" for c in earlier)


def may_escalate(reply_by, on, status):
    """Decree Art. 38.2: a complaint not accepted or answered by its reply day goes to the
    superior authority; before then, or once answered, it does not."""
    return status == "received" and on > reply_by
