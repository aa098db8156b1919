"""The lifecycle of an enforcement case: its statuses and the transitions the law allows.

A status is a ``CaseStatus``; no other module spells one as a bare string. Each transition cites
the article that allows it; ``check_transition`` is the one place that decides whether a case
may move from one status to another.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class CaseStatus(StrEnum):
    #: Law Art. 31; Decree 62/2015 Art. 4: a request for enforcement was accepted, a case opened.
    REQUEST_ACCEPTED = "request_accepted"
    #: Law Art. 36.1; Decree 62/2015 Art. 7.1: the judgment enforcement decision was issued.
    DECISION_ISSUED = "decision_issued"
    #: Law Art. 31.5(c); Decree 62/2015 Art. 7.2: the request was refused in writing (its
    #: prescriptive limit expired after the deductions of Art. 4.2-4.4); the record is kept with
    #: its refusal and closes at once.
    REQUEST_REFUSED = "request_refused"
    #: Decree 62/2015 Art. 9.4; Law Art. 44a: the head of the authority decided that the
    #: judgment debtor lacks conditions for enforcement (the translation's "decision on
    #: suspension"); the case waits for new conditions (Art. 9.4, 9.6).
    LACKING_CONDITIONS = "lacking_conditions"
    #: Law Art. 48; Decree 62/2015 Art. 14: enforcement is postponed (hoãn) until its ground
    #: ends (Art. 48.4) or, on a protester's request, for at most 3 months (Art. 48.2).
    POSTPONED = "postponed"
    #: Law Art. 49: enforcement is suspended (tạm đình chỉ) pending a protest or a bankruptcy.
    SUSPENDED = "suspended"
    #: Law Art. 50: enforcement is terminated (đình chỉ); the case is closed.
    TERMINATED = "terminated"
    #: Law Art. 52; Decree 62/2015 Art. 37: every obligation the case enforces is fulfilled
    #: (shown by the ledger's certificate of result); the case is closed.
    COMPLETED = "completed"
    #: Law Art. 37; Decree 62/2015 Art. 15.3: the enforcement decision was revoked and no new
    #: one issued yet; the case waits for a new decision (or is closed on another ground).
    DECISION_REVOKED = "decision_revoked"


#: Statuses in which a case is closed: a refused request (Law Art. 31.5), a termination (Law
#: Art. 50), a completed case (Law Art. 52).
CLOSED = frozenset({CaseStatus.REQUEST_REFUSED, CaseStatus.TERMINATED, CaseStatus.COMPLETED})


TRANSITIONS = (
    Transition(None, CaseStatus.REQUEST_ACCEPTED,
               "Law on Civil Judgment Enforcement Art. 31; Decree 62/2015 Art. 4",
               "an accepted request for enforcement opens a case"),
    Transition(None, CaseStatus.REQUEST_REFUSED,
               "Law on Civil Judgment Enforcement Art. 31.5(c); Decree 62/2015 Art. 7.2",
               "a request outside the prescriptive limit is refused in writing"),
    Transition(CaseStatus.REQUEST_ACCEPTED, CaseStatus.DECISION_ISSUED,
               "Decree 62/2015 Art. 7.1",
               "one decision per request"),
    Transition(CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS,
               "Decree 62/2015 Art. 9.4; Law on Civil Judgment Enforcement Art. 44a.1",
               "the debtor is decided to lack conditions after a verification of an issued "
               "decision's case"),
    Transition(CaseStatus.LACKING_CONDITIONS, CaseStatus.DECISION_ISSUED,
               "Decree 62/2015 Art. 9.4 (third paragraph), 9.6",
               "enforcement resumes when the debtor is found to have conditions"),
    Transition(CaseStatus.DECISION_ISSUED, CaseStatus.POSTPONED,
               "Law on Civil Judgment Enforcement Art. 48; Decree 62/2015 Art. 14",
               "enforcement under a decision is postponed on a ground of Law Art. 48"),
    Transition(CaseStatus.DECISION_ISSUED, CaseStatus.SUSPENDED,
               "Law on Civil Judgment Enforcement Art. 49",
               "enforcement under a decision is suspended on a ground of Law Art. 49"),
    Transition(CaseStatus.POSTPONED, CaseStatus.SUSPENDED,
               "Law on Civil Judgment Enforcement Art. 49",
               "a postponed enforcement is suspended on a ground of Law Art. 49"),
    Transition(CaseStatus.POSTPONED, CaseStatus.DECISION_ISSUED,
               "Law on Civil Judgment Enforcement Art. 48.4",
               "enforcement continues when the postponement's ground ends"),
    Transition(CaseStatus.SUSPENDED, CaseStatus.DECISION_ISSUED,
               "Law on Civil Judgment Enforcement Art. 49.3",
               "enforcement continues when the suspension ends"),
    *(Transition(source, CaseStatus.TERMINATED, "Law on Civil Judgment Enforcement Art. 50",
                 "enforcement under a decision is terminated on a ground of Law Art. 50")
      for source in (CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS,
                     CaseStatus.POSTPONED, CaseStatus.SUSPENDED)),
    Transition(CaseStatus.DECISION_ISSUED, CaseStatus.COMPLETED,
               "Law on Civil Judgment Enforcement Art. 52; Decree 62/2015 Art. 37",
               "a case is completed when the ledger shows every obligation fulfilled"),
    Transition(CaseStatus.LACKING_CONDITIONS, CaseStatus.COMPLETED,
               "Law on Civil Judgment Enforcement Art. 52; Decree 62/2015 Art. 11.3, 37",
               "a debtor found to lack conditions may still pay in full (the certification "
               "of fulfilment takes him off the register)"),
    Transition(None, CaseStatus.DECISION_ISSUED,
               "Law on Civil Judgment Enforcement Art. 36.2; Decree 62/2015 Art. 6",
               "an automatic decision opens a case without a request"),
    Transition(CaseStatus.DECISION_ISSUED, CaseStatus.DECISION_REVOKED,
               "Law on Civil Judgment Enforcement Art. 37; Decree 62/2015 Art. 15.3",
               "an issued decision is revoked on a ground of Law Art. 37"),
    Transition(CaseStatus.DECISION_REVOKED, CaseStatus.DECISION_ISSUED,
               "Decree 62/2015 Art. 15.3; Law on Civil Judgment Enforcement Art. 37",
               "a new decision replaces the revoked one"),
)

#: Decree Art. 9.4: the status enforcement returns to on resumption (the one the table leads
#: to from ``LACKING_CONDITIONS``).
RESUMED = next(t.target for t in TRANSITIONS if t.source == CaseStatus.LACKING_CONDITIONS
               and t.target != CaseStatus.TERMINATED)
LIFECYCLE = Lifecycle(CaseStatus, TRANSITIONS)


def is_open(status):
    """Law Art. 31.5, 50, 52: a case stays open until refused, terminated or completed
    (completion is not recorded yet)."""
    return CaseStatus(status) not in CLOSED


#: Law Art. 44.1; Decree 62/2015 Art. 9.1, 9.4, 9.6: conditions are verified once the enforcement
#: decision is issued, and again (new information) while the debtor lacks conditions.
VERIFIABLE = frozenset({CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS})
VERIFIABLE_RULE = ("conditions are verified once the enforcement decision is issued "
                   "(Law on Civil Judgment Enforcement Art. 44.1; Decree 62/2015 Art. 9.1, 9.4)")


def is_verifiable(status):
    """Law Art. 44.1; Decree 62/2015 Art. 9.1, 9.4, 9.6: whether the debtor's conditions may be
    verified in a case of ``status`` (after the decision; again while lacking conditions)."""
    return CaseStatus(status) in VERIFIABLE


def check_transition(status, target, subject="the case"):
    """The ``Transition`` from ``status`` to ``target``, each citing its article (Law Art. 31,
    36.1; Decree 62/2015 Art. 4, 7.1); a ``Conflict`` naming the status and the rule that
    governs ``target`` if the table does not allow it.

    Decree 62/2015 Art. 7.1: one judgment enforcement decision for each request, so a case whose
    decision was issued cannot receive another.
    """
    return LIFECYCLE.check(status, target, subject)


#: Law Art. 47.1; Decree 62/2015 Art. 49: money is received and distributed once the
#: enforcement decision is issued (also while the debtor is found to lack conditions: he may
#: still pay, Art. 9.6).
RECEIVES_MONEY = frozenset({CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS})
RECEIVES_MONEY_RULE = ("money is received for a case once its enforcement decision is issued "
                       "(Law on Civil Judgment Enforcement Art. 47.1; Decree 62/2015 Art. 49)")


def receives_money(status):
    """Law Art. 47.1; Decree 62/2015 Art. 49, 9.6: whether a case of ``status`` takes a
    voluntary payment or a distribution."""
    return CaseStatus(status) in RECEIVES_MONEY


# --- Agreements of the litigants (Decree 62/2015 Art. 5; issue 8 capability 6)


class AgreementStatus(StrEnum):
    #: Decree Art. 5.1, 5.2, 5.3: the written agreement was filed with the authority.
    RECORDED = "recorded"
    #: Decree Art. 5.4: the enforcement officer witnessed and signed it.
    WITNESSED = "witnessed"
    #: Decree Art. 5.4 (second paragraph): the officer refused to witness it, with reasons.
    WITNESS_REFUSED = "witness_refused"
    #: Decree Art. 5.3; Law Art. 50.1(c): the head decided not to enforce what it covers.
    ENFORCEMENT_TERMINATED = "enforcement_terminated"


AGREEMENT_LIFECYCLE = Lifecycle(AgreementStatus, (
    Transition(None, AgreementStatus.RECORDED, "Decree 62/2015 Art. 5.1-5.3",
               "the litigants' written agreement is filed"),
    Transition(AgreementStatus.RECORDED, AgreementStatus.WITNESSED, "Decree 62/2015 Art. 5.4",
               "the officer witnesses an agreement made after the decision"),
    Transition(AgreementStatus.RECORDED, AgreementStatus.WITNESS_REFUSED,
               "Decree 62/2015 Art. 5.4", "the officer refuses to witness, with reasons"),
    *(Transition(source, AgreementStatus.ENFORCEMENT_TERMINATED,
                 "Decree 62/2015 Art. 5.3; Law on Civil Judgment Enforcement Art. 50.1(c)",
                 "an agreement not to enforce founds the head's termination")
      for source in (AgreementStatus.RECORDED, AgreementStatus.WITNESSED)),
))


def check_agreement_transition(status, target, subject="the agreement"):
    """Decree 62/2015 Art. 5.3, 5.4: the ``Transition`` of an agreement from ``status`` to
    ``target``, or a ``Conflict`` naming the rule (a refused or spent agreement founds nothing)."""
    return AGREEMENT_LIFECYCLE.check(status, target, subject)
