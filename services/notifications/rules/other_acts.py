"""The last acts of issue 10 capability 1 that the office notifies to the parties: a security
or forcible measure decided or refused (``property``'s ``measure.decided``; Decree 62/2015
Art. 13, 19-23) and the head's decision not to enforce what the litigants agreed (``cases``'
``enforcement.terminated_by_agreement``; Decree Art. 5.3, Law Art. 50.1(c)). Pure functions
and constants; ``handlers/other_acts.py`` records what they answer.

Each goes to the persons the case's enforcement decision was notified to
(``property_acts.recipients_of_act``) within the notification period of Law Art. 39.1
(``notices.NOTICE_DELIVERY``: 3 working days) from the act's day. rules.md gives "urgent
measures: at once" for Law Art. 39; the Law's text on which measures are urgent is not in our
sources, so no shorter period is encoded (the 3 working days are the outer limit).

Decree Art. 20.3: the officer keeps the frozen account's information confidential. ``measure.
decided`` carries no account number or holder, and the notice's text names only the measure,
its decision, the amount it targets and the reasons of a refusal.

``NOT_NOTIFIED`` lists the events of the issue's scope that no source requires notified.
"""
from services.notifications.rules.property_acts import PropertyAct
from shared.calendar import today_in_vietnam

#: Decree Art. 13, 19-23: a security measure (e.g. a freeze, Art. 20) or a forcible measure
#: (garnishment Art. 21, collection of profit Art. 22, from a third party Art. 23) decided.
MEASURE_DECISION = "measure_decision"
#: Decree Art. 13.1-13.2; Law Art. 46: the measure refused, with its reasons and basis.
MEASURE_REFUSAL = "measure_refusal"
#: Decree Art. 5.3; Law Art. 50.1(c): the head decided not to enforce the agreed items.
AGREEMENT_TERMINATION = "agreement_termination_decision"

_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"
#: ``measure.decided`` carries no date: the act's day is the event's day in Vietnam.
MEASURE = PropertyAct(MEASURE_DECISION, "measure_id", None,
                      f"Decree 62/2015 Art. 13, 19-23; {_NOTIFIED}")
REFUSED_MEASURE = PropertyAct(MEASURE_REFUSAL, "measure_id", None,
                              f"Decree 62/2015 Art. 13.1-13.2 (measure refused); Law Art. 46; "
                              f"{_NOTIFIED}")
TERMINATION_BY_AGREEMENT = PropertyAct(
    AGREEMENT_TERMINATION, "agreement_id", "decided_on",
    f"Decree 62/2015 Art. 5.3; Law Art. 50.1(c); {_NOTIFIED}")

#: The events this module answers for, by publisher.
CONSUMED = {"property": ("measure.decided",),
            "cases": ("enforcement.terminated_by_agreement",)}

_ONLY_DECISIONS = ("Law Art. 39.1 requires notifying the office's decisions and documents; "
                   "this is not one")
#: Events of issue 10's scope deliberately not notified to the parties, with why.
NOT_NOTIFIED = {
    "third_party.requested": "Decree Art. 23.1: the written request goes to the third party "
                             "holding the debtor's money or property, who is not a party; the "
                             "event names no party. The measures that follow are notified.",
    "enterprise.notified": "Decree Art. 13.7: the written notice goes to the enterprise (a "
                           "legal person, not a party); issue 10 asks for the parties' notices "
                           "only. The distraint decision is notified as a measure.",
    "agreement.recorded": "Decree Art. 5.1-5.2: the litigants' own written agreement, which "
                          f"they signed; {_ONLY_DECISIONS}. Art. 5.3's decision is notified.",
    "agreement.witnessed": "Decree Art. 5.4: the officer signs the agreement in the presence "
                           f"of the litigants who asked for it; {_ONLY_DECISIONS}.",
    "agreement.witness_refused": "Decree Art. 5.4, second paragraph: the reasons are written "
                                 "on the agreement itself, which the litigants hold; the "
                                 "decree requires no separate notice.",
    "agreement.breached": "Decree Art. 5.1-5.2, second paragraphs: the creditor may request "
                          f"enforcement of the unperformed items; {_ONLY_DECISIONS}.",
    "verification.recorded": "Decree Art. 9.1, 9.7; Law Art. 44: the verification record is "
                             "a ground of enforcement kept in the dossier; no source requires "
                             "notifying it. The lacking-conditions decision that may follow "
                             "(Art. 9.4) is notified.",
    "debtor_declaration.recorded": "Decree Art. 9.1: the declaration is the debtor's own; the "
                                   "record says whether one was given; no notice required.",
    "case.separate_log_kept": "Decree Art. 9.5: a log kept inside the office; no source "
                              "requires notifying it.",
    "case.separately_monitored": "Decree Art. 9.6: monitoring inside the office; no notice "
                                 "required.",
    "verification.delegated": "Decree Art. 9.2: a letter between enforcement authorities.",
    "new_information.received": "Decree Art. 9.4, second paragraph: the officer verifies it; "
                                "no notice required.",
}


def measure_act(status):
    """Decree Art. 13, 19-23; Law Art. 39.1: a measure decided (``decided``) or refused with
    its reasons (``refused``: Art. 13.1 disproportionate, Art. 13.2 / Law Art. 46 within the
    no-coercion times) is a decision notified to the parties."""
    return MEASURE if status == "decided" else REFUSED_MEASURE


def document_of(event_type, payload):
    """The ``PropertyAct`` the event needs notified, or ``None`` (``NOT_NOTIFIED`` and any
    event this module does not answer for):

    - ``measure.decided``: ``measure_act(status)`` (Decree Art. 13, 19-23);
    - ``enforcement.terminated_by_agreement``: the head's decision (Decree Art. 5.3)."""
    if event_type == "measure.decided":
        return measure_act(payload["status"])
    if event_type == "enforcement.terminated_by_agreement":
        return TERMINATION_BY_AGREEMENT
    return None


def issued_on_of(act, payload, occurred_at):
    """Law Art. 39.1 counts from the act's issue: the payload's day, or, for an event that
    carries none (``measure.decided``), the Vietnamese day the event occurred on."""
    if act.issued_on_field:
        return payload[act.issued_on_field]
    return today_in_vietnam(occurred_at)
