"""Postponement, suspension and termination of enforcement, and its continuation (Decree
62/2015 Art. 14; Law on Civil Judgment Enforcement Art. 48, 49, 50; Law Art. 30.2).

Translation trap (rules.md section 7): the decree's Art. 14 is headed "suspension" in the English
text but applies Law Art. 48, the **postponement** (hoãn). The real suspension (tạm đình chỉ) is
Law Art. 49 and termination (đình chỉ) Law Art. 50. The Law's text is not in our sources: its
grounds and limits below are as we read it (confidence medium in legal_parameters.yaml).
"""
from dataclasses import dataclass

from shared.legal import TimeLimit

POSTPONEMENT, SUSPENSION = "postponement", "suspension"
KINDS = (POSTPONEMENT, SUSPENSION)

#: Law Art. 48.1 (a)-(h) and 48.2: the grounds of postponement, each with what it means.
POSTPONEMENT_GROUNDS = {
    "48.1.a": "the judgment debtor is seriously ill (certified by a district or higher medical "
              "facility) or lost or has limited legal capacity by a court decision",
    "48.1.b": "the judgment debtor's address is unknown, or another legitimate reason keeps "
              "the debtor from performing the obligation personally",
    "48.1.c": "the litigants agree in writing to postpone",
    "48.1.d": "the property to satisfy the judgment is before a court, or distrained property "
              "after its price reductions is worth no more than the sum due and the costs",
    "48.1.dd": "the enforcement waits for a competent authority's explanation of the judgment",
    "48.1.e": "the recipient of property or of a person to nurture was validly notified twice "
              "and did not come",
    "48.1.g": "the transfer of rights and obligations (Law Art. 54) cannot yet be made for a "
              "legitimate reason",
    "48.1.h": "distrained property could not be sold and the creditor does not take it",
    "48.2": "a person competent to protest the judgment under cassation or reopening asks to "
            "postpone",
}
#: Law Art. 49: the grounds of suspension.
SUSPENSION_GROUNDS = {
    "49.1": "a person competent to protest the judgment under cassation or reopening decided "
            "to suspend its enforcement",
    "49.2": "the court notified that it accepted a petition to open bankruptcy proceedings "
            "against the judgment debtor",
}
#: Law Art. 50.1 (a)-(h): the grounds of termination.
TERMINATION_GROUNDS = {
    "50.1.a": "the judgment debtor died leaving no estate, or the obligation does not pass to "
              "heirs",
    "50.1.b": "the judgment creditor died and the rights do not pass to heirs, or there is no "
              "heir",
    "50.1.c": "the litigants agreed in writing, or the creditor asked in writing, to terminate "
              "the enforcement of the rights",
    "50.1.d": "the judgment was annulled",
    "50.1.dd": "the debtor organisation was dissolved with no property and its obligations "
               "pass to no one",
    "50.1.e": "a decision exempted the debtor from the obligation",
    "50.1.g": "the court opened bankruptcy proceedings against the judgment debtor",
    "50.1.h": "the minor to be nurtured under the judgment died or came of age",
}
GROUNDS = {POSTPONEMENT: POSTPONEMENT_GROUNDS, SUSPENSION: SUSPENSION_GROUNDS}

#: Decree Art. 14.1: the grounds of Law Art. 48.1(a) and (b) postpone only an obligation the
#: judgment debtor must perform personally.
PERSONAL_GROUNDS = frozenset({"48.1.a", "48.1.b"})
#: Decree Art. 14.2: on the ground of Law Art. 48.1(d), the debtor's other property is seized.
DISPUTED_PROPERTY_GROUND = "48.1.d"
#: Law Art. 48.2: the postponement a protester asks for is bounded (3 months).
PROTEST_REQUEST_GROUND = "48.2"

POSTPONEMENT_DECIDED = "Law on Civil Judgment Enforcement Art. 48; Decree 62/2015 Art. 14"
SUSPENSION_DECIDED = "Law on Civil Judgment Enforcement Art. 49"
TERMINATION_DECIDED = "Law on Civil Judgment Enforcement Art. 50"
CONTINUATION_DECIDED = {POSTPONEMENT: "Law on Civil Judgment Enforcement Art. 48.4",
                        SUSPENSION: "Law on Civil Judgment Enforcement Art. 49.3"}
BASIS = {POSTPONEMENT: POSTPONEMENT_DECIDED, SUSPENSION: SUSPENSION_DECIDED}


def _limit(rule_id, article, key, unit, description):
    return TimeLimit(rule_id=rule_id, article=article, length_key=key, unit=unit,
                     description=description)


DECISION_LIMITS = {
    POSTPONEMENT: _limit("law48.3-postponement-decision", "Law on Civil Judgment Enforcement "
                         "Art. 48.3; Decree 62/2015 Art. 14.1",
                         "postponement_decision_working_days", "working_days",
                         "Decide the postponement within 5 working days of its ground arising."),
    SUSPENSION: _limit("law49-suspension-decision", "Law on Civil Judgment Enforcement Art. 49",
                       "suspension_decision_working_days", "working_days",
                       "Decide the suspension within 5 working days of receiving the "
                       "protester's decision or the court's notice."),
}
CONTINUATION_LIMITS = {
    POSTPONEMENT: _limit("law48.4-continue-after-postponement", "Law on Civil Judgment "
                         "Enforcement Art. 48.4", "continuation_working_days", "working_days",
                         "Decide to continue within 5 working days of the postponement's "
                         "ground ending."),
    SUSPENSION: _limit("law49.3-continue-after-suspension", "Law on Civil Judgment "
                       "Enforcement Art. 49.3", "continuation_working_days", "working_days",
                       "Decide to continue within 5 working days of receiving the withdrawal "
                       "of the protest or the court's decision ending the suspension."),
}
TERMINATION_DECISION = _limit(
    "law50.2-termination-decision", "Law on Civil Judgment Enforcement Art. 50.2",
    "termination_decision_working_days", "working_days",
    "Decide the termination within 5 working days of its ground arising.")
PROTEST_POSTPONEMENT_END = _limit(
    "law48.2-postponement-on-protest-request", "Law on Civil Judgment Enforcement Art. 48.2",
    "postponement_on_protest_request_months", "months",
    "A postponement asked by a protester lasts at most 3 months from the decision.")


def ground_error(kind, ground, personal_obligation):
    """Law Art. 48.1, 48.2, 49 and Decree Art. 14.1: why ``ground`` cannot found a ``kind``
    (postponement or suspension) decision, or None. Decree Art. 14.1: the grounds of Law Art.
    48.1(a) and (b) (illness, unknown address) postpone only an obligation the judgment debtor
    must perform personally (``personal_obligation``); a sum can be collected from property."""
    if ground not in GROUNDS[kind]:
        return f"not a ground of {BASIS[kind]}: one of {', '.join(GROUNDS[kind])}"
    if kind == POSTPONEMENT and ground in PERSONAL_GROUNDS and not personal_obligation:
        return ("Decree 62/2015 Art. 14.1: this ground postpones only an obligation the judgment "
                "debtor must perform personally")
    return None


def termination_ground_error(ground):
    """Law Art. 50.1: why ``ground`` cannot found a termination, or None."""
    if ground not in TERMINATION_GROUNDS:
        return f"not a ground of {TERMINATION_DECIDED}.1: one of {', '.join(TERMINATION_GROUNDS)}"
    return None


def seizure_of_other_property(ground, other_property):
    """Decree 62/2015 Art. 14.2: when enforcement is postponed on the ground of Law Art. 48.1(d)
    (the property is before a court, or is worth too little after price reductions) and the
    judgment debtor has other property, the authority seizes that property to satisfy the
    judgment: the postponement covers only the property concerned and enforcement goes on.
    Returns the other property to seize (text), or None when the postponement is whole."""
    if ground == DISPUTED_PROPERTY_GROUND and other_property:
        return other_property
    return None


def decision_precedes_ground(decided_on, ground_arose_on):
    """Law Art. 48.3, 49, 50.2: a decision rests on a ground that already arose; one dated
    before its ground is refused."""
    return decided_on < ground_arose_on


@dataclass(frozen=True)
class Period:
    """A recorded period of postponement or suspension, as the prescriptive limit deducts it."""

    kind: str
    number: str
    from_on: object
    to_on: object  # the last day paused (the day before the continuation), None if running


def periods_to_deduct(periods, received_on):
    """Law Art. 30.2 (rules.md): the periods of postponement and suspension recorded on the
    judgment are not counted in the prescriptive limit. Each becomes a claimed deduction proved
    by its own decision (the ``decision`` evidence of ``requests.EVIDENCE_FOR_GROUND``); a period
    still running counts up to the day the request was received."""
    deductions = []
    for p in periods:
        if p.from_on > received_on:
            continue
        to_on = p.to_on if p.to_on is not None and p.to_on <= received_on else received_on
        if to_on < p.from_on:  # continued on the day it was decided: nothing paused
            continue
        deductions.append({"ground": p.kind, "evidence": "decision",
                           "evidence_reference": f"decision {p.number} (recorded)",
                           "from_on": p.from_on, "to_on": to_on})
    return deductions
