"""The statuses of personnel records and the transitions the law allows between them.

An assignment of a case to an officer is open until the case ends or the officer is replaced;
an officer is active or suspended. No other module spells a status as a bare string.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class AssignmentStatus(StrEnum):
    #: Law Art. 36: the officer was given the case (in the decision or at once after it).
    OPEN = "open"
    #: Law Art. 50-52: the case ended; Decree 62/2015 Art. 10.3: the officer was replaced.
    RELEASED = "released"


class OfficerStatus(StrEnum):
    #: Law Art. 18, 20: the official may act in the positions they hold.
    ACTIVE = "active"
    #: Decree 62/2015 Art. 65 (pending dismissal) and the law on officials: temporarily barred
    #: from duty; not given cases (Law Art. 18 as the data allows).
    SUSPENDED = "suspended"


ASSIGNMENT_TRANSITIONS = (
    Transition(None, AssignmentStatus.OPEN, "Law on Civil Judgment Enforcement Art. 36",
               "an eligible officer without a conflict is given the case"),
    Transition(AssignmentStatus.OPEN, AssignmentStatus.RELEASED,
               "Law on Civil Judgment Enforcement Art. 50-52; Decree 62/2015 Art. 10.3",
               "an open assignment ends with the case or the officer's replacement"),
)
ASSIGNMENT = Lifecycle(AssignmentStatus, ASSIGNMENT_TRANSITIONS)

OFFICER_TRANSITIONS = (
    Transition(None, OfficerStatus.ACTIVE, "Decree 62/2015 Art. 52.3",
               "an official is registered active"),
    Transition(OfficerStatus.ACTIVE, OfficerStatus.SUSPENDED,
               "Decree 62/2015 Art. 65; the law on officials (temporary suspension from duty)",
               "an active official is suspended from duty pending a disciplinary decision"),
    Transition(OfficerStatus.SUSPENDED, OfficerStatus.ACTIVE,
               "Decree 62/2015 Art. 65; the law on officials (temporary suspension from duty)",
               "a suspended official is reinstated"),
)
OFFICER = Lifecycle(OfficerStatus, OFFICER_TRANSITIONS)


def check_assignment_transition(status, target, subject="the assignment"):
    """The ``Transition`` of an assignment from ``status`` to ``target`` (Law Art. 36, 50-52;
    Decree 62/2015 Art. 10.3); a ``Conflict`` otherwise (a released assignment stays released)."""
    return ASSIGNMENT.check(status, target, subject)


def check_officer_transition(status, target, subject="the officer"):
    """The ``Transition`` of an officer from ``status`` to ``target`` (Decree 62/2015 Art.
    52.3: registered active; Art. 65 and the law on officials: suspended pending discipline,
    then reinstated); a ``Conflict`` otherwise (suspending a suspended official)."""
    return OFFICER.check(status, target, subject)


class DecisionOutcome(StrEnum):
    #: Decree 62/2015 Art. 64, 65, 70, 72: the decision was made and its holdings changed.
    DECIDED = "decided"
    #: The office refused it, with its reasons and legal basis (a legal act too).
    REFUSED = "refused"


DECISION_TRANSITIONS = (
    Transition(None, DecisionOutcome.DECIDED, "Decree 62/2015 Art. 63-65, 70, 72",
               "a personnel decision within the rules and the decider's power is made"),
    Transition(None, DecisionOutcome.REFUSED, "Decree 62/2015 Art. 63-65, 70, 72",
               "a personnel decision that breaks a rule is refused with its reasons"),
)
DECISION = Lifecycle(DecisionOutcome, DECISION_TRANSITIONS)


def check_decision_outcome(target, subject="the personnel decision"):
    """The ``Transition`` recording a personnel decision as ``target`` (decided or refused;
    Decree 62/2015 Art. 63-65, 70, 72); a decision once recorded is not changed."""
    return DECISION.check(None, target, subject)


class CandidateStatus(StrEnum):
    #: Decree 62/2015 Art. 58.1: on a Sub-department's list, sent to its Department.
    NOMINATED = "nominated"
    #: Art. 58.2, 59.2, 60: received by the organiser of the examination.
    RECEIVED = "received"
    #: Art. 60: published as qualified to sit.
    QUALIFIED = "qualified"
    #: Art. 57; Law Art. 18: refused, with its reasons.
    NOT_QUALIFIED = "not_qualified"
    #: Art. 61.2.c, 62.1: the board of examiners' result.
    PASSED = "passed"
    FAILED = "failed"
    #: Art. 62; Law Art. 18: designated by the Minister of Justice.
    DESIGNATED = "designated"


CANDIDATE_TRANSITIONS = (
    Transition(None, CandidateStatus.NOMINATED, "Decree 62/2015 Art. 58.1",
               "a Sub-department's candidate is sent to its Department"),
    Transition(None, CandidateStatus.RECEIVED, "Decree 62/2015 Art. 58.1-58.2, 60",
               "a Department's (or military zone's) candidate reaches the organiser"),
    Transition(CandidateStatus.NOMINATED, CandidateStatus.RECEIVED,
               "Decree 62/2015 Art. 58.2, 59.2, 60",
               "the Department's compiled list reaches the General Department"),
    Transition(CandidateStatus.RECEIVED, CandidateStatus.QUALIFIED,
               "Decree 62/2015 Art. 57, 60", "the candidate meets the conditions to sit"),
    Transition(CandidateStatus.RECEIVED, CandidateStatus.NOT_QUALIFIED,
               "Decree 62/2015 Art. 57, 60; Law Art. 18", "the candidate does not meet them"),
    Transition(CandidateStatus.QUALIFIED, CandidateStatus.PASSED,
               "Decree 62/2015 Art. 61.2.c, 62.1", "the board reports the candidate passed"),
    Transition(CandidateStatus.QUALIFIED, CandidateStatus.FAILED,
               "Decree 62/2015 Art. 61.2.c, 62.1", "the board reports the candidate failed"),
    Transition(CandidateStatus.PASSED, CandidateStatus.DESIGNATED,
               "Decree 62/2015 Art. 62; Law Art. 18", "the Minister designates the candidate"),
)
CANDIDATE = Lifecycle(CandidateStatus, CANDIDATE_TRANSITIONS)


def check_candidate_transition(status, target, subject="the candidate"):
    """The ``Transition`` of an examination candidate from ``status`` to ``target`` (Decree
    62/2015 Art. 57-62); a ``Conflict`` otherwise (a result for a candidate not qualified)."""
    return CANDIDATE.check(status, target, subject)


class CardStatus(StrEnum):
    #: Decree 62/2015 Art. 73.1-73.2: issued by the Ministry, worn on duty.
    ISSUED = "issued"
    #: Art. 73.1: changed according to the rank: a new card replaced it.
    REPLACED = "replaced"
    #: Art. 73.1: returned when the holder no longer holds the rank.
    RETURNED = "returned"
    #: Art. 73.1: lost, reported to the police and the authority.
    LOST = "lost"


CARD_TRANSITIONS = (
    Transition(None, CardStatus.ISSUED, "Decree 62/2015 Art. 73.1-73.2",
               "a card is issued for the rank held"),
    Transition(CardStatus.ISSUED, CardStatus.REPLACED, "Decree 62/2015 Art. 73.1",
               "the rank changed: a new card replaces it"),
    Transition(CardStatus.ISSUED, CardStatus.RETURNED, "Decree 62/2015 Art. 73.1",
               "the holder no longer holds the rank and returns it"),
    Transition(CardStatus.ISSUED, CardStatus.LOST, "Decree 62/2015 Art. 73.1",
               "the loss is reported to the police and the authority"),
)
CARD = Lifecycle(CardStatus, CARD_TRANSITIONS)


def check_card_transition(status, target, subject="the card"):
    """The ``Transition`` of a card from ``status`` to ``target`` (Decree 62/2015 Art. 73.1); a
    ``Conflict`` otherwise (a returned or lost card is not returned again)."""
    return CARD.check(status, target, subject)


class InstrumentStatus(StrEnum):
    #: Decree 62/2015 Art. 75.1: provided to the authority, kept in its store.
    IN_STORE = "in_store"
    #: Art. 75.2: delivered to an enforcement officer before duty, with a delivery note.
    DELIVERED = "delivered"
    #: Art. 77.1-77.2: liquidated or destroyed by the competent authority.
    LIQUIDATED = "liquidated"
    DESTROYED = "destroyed"


INSTRUMENT_TRANSITIONS = (
    Transition(None, InstrumentStatus.IN_STORE, "Decree 62/2015 Art. 74.2, 75.1",
               "an instrument provided to the authority"),
    Transition(InstrumentStatus.IN_STORE, InstrumentStatus.DELIVERED,
               "Decree 62/2015 Art. 75.2", "delivered to an officer before duty"),
    Transition(InstrumentStatus.DELIVERED, InstrumentStatus.IN_STORE,
               "Decree 62/2015 Art. 75.2, 76.1", "returned after duty"),
    Transition(InstrumentStatus.IN_STORE, InstrumentStatus.LIQUIDATED,
               "Decree 62/2015 Art. 77.1-77.2", "an unrepairable instrument liquidated"),
    Transition(InstrumentStatus.IN_STORE, InstrumentStatus.DESTROYED,
               "Decree 62/2015 Art. 77.1-77.2", "an unrepairable instrument destroyed"),
)
INSTRUMENT = Lifecycle(InstrumentStatus, INSTRUMENT_TRANSITIONS)


def check_instrument_transition(status, target, subject="the instrument"):
    """The ``Transition`` of a support instrument (Decree 62/2015 Art. 75, 77); a ``Conflict``
    otherwise (returning one in store, delivering one destroyed)."""
    return INSTRUMENT.check(status, target, subject)


class InstrumentPlanStatus(StrEnum):
    #: Decree 62/2015 Art. 75.1: formulated by the Department's Director and submitted.
    SUBMITTED = "submitted"
    #: Art. 75.1: the General Director decided the quantity and types allocated.
    DECIDED = "decided"


INSTRUMENT_PLAN_TRANSITIONS = (
    Transition(None, InstrumentPlanStatus.SUBMITTED, "Decree 62/2015 Art. 75.1",
               "a Department submits its plan to the General Director"),
    Transition(InstrumentPlanStatus.SUBMITTED, InstrumentPlanStatus.DECIDED,
               "Decree 62/2015 Art. 75.1", "the General Director decides the allocation"),
)
INSTRUMENT_PLAN = Lifecycle(InstrumentPlanStatus, INSTRUMENT_PLAN_TRANSITIONS)


def check_instrument_plan_transition(status, target, subject="the plan"):
    """The ``Transition`` of a plan of support instruments (Decree 62/2015 Art. 75.1); a
    ``Conflict`` otherwise (a plan decided twice)."""
    return INSTRUMENT_PLAN.check(status, target, subject)
