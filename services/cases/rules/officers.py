"""The case's enforcement officer: assignment (Law Art. 36) and replacement at a litigant's
request (Decree 62/2015 Art. 10).

Which officer is eligible (rank, suspension, relations to the parties: Law Art. 18, 21.5;
Decree Art. 10.1(a)) is ``personnel``'s to answer; here are the rules of the case's side.
"""
from shared.legal import TimeLimit

from services.cases.rules.lifecycle import CaseStatus

#: Law Art. 36 (rules.md: "in the decision, or at once after it"): the legal basis of an
#: assignment.
OFFICER_ASSIGNED = "Law on Civil Judgment Enforcement Art. 36"

#: Decree Art. 10.1 (a)-(d): the grounds on which a litigant may ask to replace the officer.
REPLACEMENT_GROUNDS = {
    "10.1.a": "a case of Law Art. 21.5 (the officer is a relative of a litigant, or was their "
              "representative, or has another reason to be partial)",
    "10.1.b": "the officer acted as a litigant's or witness's defender in the same case",
    "10.1.c": "the officer fails to carry out the enforcement on schedule",
    "10.1.d": "the officer is found discriminatory in the performance of duty",
}
REPLACE, REJECT = "replace", "reject"
OUTCOMES = (REPLACE, REJECT)

REPLACEMENT_DECISION = TimeLimit(
    rule_id="decree10.3-officer-replacement-decision",
    article="Decree 62/2015 Art. 10.3",
    length_key="officer_replacement_decision_working_days",
    unit="working_days",
    description="Decide within 5 working days of receiving a request to replace the "
                "enforcement officer: replace, or reject it with an explanation.")
REPLACEMENT_DECIDED = {REPLACE: "Decree 62/2015 Art. 10.1, 10.3",
                       REJECT: "Decree 62/2015 Art. 10.3"}
#: Decree Art. 10.2: the officer is the head of the authority, and the head of its superior
#: authority decided (who may is ``personnel``'s ``replacement_deciders``).
DECIDED_BY_SUPERIOR = "Decree 62/2015 Art. 10.2 (the officer is the head; the superior decided)"


def replacement_basis(outcome, by_superior):
    """The legal basis of a decision on a request to replace the officer (Decree Art. 10.1,
    10.3), with Art. 10.2 when the superior authority's head decided it."""
    basis = REPLACEMENT_DECIDED[outcome]
    return f"{basis}; {DECIDED_BY_SUPERIOR}" if by_superior else basis

#: Law Art. 36: an officer is assigned once the enforcement decision is issued, and the case
#: keeps one while its enforcement is under way, paused or waiting for conditions.
ASSIGNABLE = frozenset({CaseStatus.DECISION_ISSUED, CaseStatus.LACKING_CONDITIONS,
                        CaseStatus.POSTPONED, CaseStatus.SUSPENDED})


def officer_assignable(status):
    """Law Art. 36: whether a case of ``status`` may be given an enforcement officer (its
    enforcement decision issued, the case not closed)."""
    return CaseStatus(status) in ASSIGNABLE


def replacement_ground_error(ground):
    """Decree Art. 10.1: why ``ground`` cannot found a request to replace the officer, or
    None."""
    if ground not in REPLACEMENT_GROUNDS:
        return f"not a ground of Decree 62/2015 Art. 10.1: one of {', '.join(REPLACEMENT_GROUNDS)}"
    return None


def replacement_kept_the_officer(old_officer_id, new_officer_id):
    """Decree Art. 10.3: a replacement gives the case another officer; the same officer again
    is no replacement."""
    return old_officer_id == new_officer_id


#: Decree 62/2015 Art. 8.1: each enforcement decision has its dossier, compiled by the officer
#: within 2 working days of being assigned.
DOSSIER_COMPILATION = TimeLimit(
    rule_id="decree8.1-compile-dossier",
    article="Decree 62/2015 Art. 8.1",
    length_key="dossier_compilation_working_days",
    unit="working_days",
    description="The enforcement officer compiles the case's dossier within 2 working days of "
                "being assigned.")
DOSSIER_OPENED = DOSSIER_COMPILATION.article


def dossier_precedes_assignment(opened_on, assigned_on):
    """Decree Art. 8.1: the dossier is compiled by the assigned officer, so not before the
    assignment."""
    return opened_on < assigned_on
