"""Agreements of the litigants on enforcement (Decree 62/2015 Art. 5; Law Art. 6, 50.1(c)).

Translation trap (rules.md section 7): Art. 5.3 says the head "shall issue a decision to suspend
the implementation of part or all of the judgment enforcement decision in accordance with Point c
Clause 1 Article 50 of the Law". Law Art. 50 is the **termination** (đình chỉ), so the act is a
termination of part or all of the enforcement by agreement, here ``termination_by_agreement``;
it is not the suspension of Law Art. 49.
"""
from shared.legal import TimeLimit

#: Art. 5.1-5.2: a performance agreement says how the judgment is carried out; Art. 5.3: a
#: non-enforcement agreement asks the authority not to enforce part or all of the decision.
PERFORMANCE, NON_ENFORCEMENT = "performance", "non_enforcement"
KINDS = (PERFORMANCE, NON_ENFORCEMENT)
#: Art. 5.1: before the request or the decision; Art. 5.2: after the decision.
BEFORE_DECISION, AFTER_DECISION = "before_decision", "after_decision"

BASIS = {BEFORE_DECISION: "Decree 62/2015 Art. 5.1; Law on Civil Judgment Enforcement Art. 6",
         AFTER_DECISION: "Decree 62/2015 Art. 5.2; Law on Civil Judgment Enforcement Art. 6"}
NON_ENFORCEMENT_BASIS = "Decree 62/2015 Art. 5.3; Law on Civil Judgment Enforcement Art. 50.1(c)"
WITNESS_BASIS = "Decree 62/2015 Art. 5.4"

#: Art. 5.1 and 5.2: the contents an agreement must state, by stage (besides its written form
#: and the parties' signatures, checked by ``unsigned_parties``).
REQUIRED_CONTENTS = {
    BEFORE_DECISION: ("made_on", "place"),
    AFTER_DECISION: ("made_on", "place", "contents", "performance_due_on", "consequences"),
}

#: Art. 5.2 (first paragraph) and 5.4 (second paragraph): why the officer refuses to witness.
REFUSAL_GROUNDS = {
    "prohibited_by_law": "the agreement violates a prohibition of the law",
    "contrary_to_social_morals": "the agreement is contrary to social morals",
    "impractical": "the agreement cannot be performed",
    "affects_third_party": "the agreement affects the legitimate rights and interests of a "
                           "third person",
    "evades_enforcement_fees": "the agreement aims at evading enforcement fees",
}

#: Art. 5.4: the witness takes place at the authority's head office, except for these subjects,
#: which the officer witnesses elsewhere if the litigants ask.
HEAD_OFFICE = "head_office"
OUTSIDE_SUBJECTS = {
    "land_or_house": "transfer of land use rights, a house or property attached to land",
    "custody_of_minor": "custody of a minor",
    "visitation_or_custody": "visitation or custody of a minor, a person who lost capacity for "
                             "civil acts or a person incapable of working",
}

TERMINATION_BY_AGREEMENT = TimeLimit(
    rule_id="decree5.3-termination-by-agreement",
    article="Decree 62/2015 Art. 5.3; Law on Civil Judgment Enforcement Art. 50.1(c), 50.2",
    length_key="termination_decision_working_days",
    unit="working_days",
    description="Decide the termination of part or all of the enforcement within 5 working "
                "days of the litigants' agreement not to enforce it.")


def agreement_stage(decision_issued):
    """Decree Art. 5.1, 5.2: an agreement made before the enforcement decision (or before any
    request) is of Art. 5.1; one made once the decision was issued (``decision_issued``: the
    decision exists and the agreement is dated on or after it) is of Art. 5.2."""
    return AFTER_DECISION if decision_issued else BEFORE_DECISION


def missing_contents(stage, agreement):
    """Decree Art. 5.1, 5.2: the fields of ``agreement`` (a mapping) that its stage requires and
    that are empty, as {field: [reason]} (empty when complete)."""
    article = "Art. 5.1" if stage == BEFORE_DECISION else "Art. 5.2"
    return {name: [f"required by Decree 62/2015 {article}"]
            for name in REQUIRED_CONTENTS[stage] if not agreement.get(name)}


def unsigned_parties(obligations, obligation_ids, signatories):
    """Decree Art. 5.1, 5.2: the agreement bears the signatures or confirmations of the parties;
    returns the creditors and debtors of the obligations it covers who did not sign, in order."""
    wanted, missing = set(obligation_ids), []
    for o in obligations:
        if o.obligation_id in wanted:
            for party in (o.creditor_party_id, o.debtor_party_id):
                if party not in signatories and party not in missing:
                    missing.append(party)
    return missing


def non_enforcement_error(stage):
    """Decree Art. 5.3: an agreement not to enforce asks the head not to implement part or all
    of the judgment enforcement decision, so it needs an issued decision; the reason, or None."""
    if stage != AFTER_DECISION:
        return ("Decree 62/2015 Art. 5.3: an agreement not to enforce is about an issued "
                "enforcement decision")
    return None


def buyer_consent_missing(property_sold_undelivered, buyer_consent):
    """Decree Art. 5.3 (second paragraph): after property was auctioned, sold to a co-owner or
    taken by a creditor and not yet delivered, an agreement not to enforce needs the consent of
    the auction winner, buyer or recipient. True when that consent is lacking."""
    return bool(property_sold_undelivered) and not buyer_consent


def witness_place_error(place, subject_matter):
    """Decree Art. 5.4: the officer witnesses at the head office of the authority; elsewhere only
    for an agreement on land or a house, or on custody or visitation of a minor or of a person
    without capacity, when the litigants ask. The reason ``place`` is refused, or None."""
    if place == HEAD_OFFICE or subject_matter in OUTSIDE_SUBJECTS:
        return None
    return ("Decree 62/2015 Art. 5.4: outside the head office only for "
            + "; ".join(OUTSIDE_SUBJECTS.values()))


def witnessable(stage):
    """Decree Art. 5.4: the officer witnesses, at the litigants' request, the agreements of Art.
    5.2 and 5.3, that is those made after the enforcement decision."""
    return stage == AFTER_DECISION


def refusal_grounds_error(grounds):
    """Decree Art. 5.4 (second paragraph): a refusal to witness names at least one of its
    grounds; the reason the given ``grounds`` are not acceptable, or None."""
    if not grounds:
        return "a refusal states at least one ground of Decree 62/2015 Art. 5.4"
    unknown = [g for g in grounds if g not in REFUSAL_GROUNDS]
    if unknown:
        return f"not grounds of Decree 62/2015 Art. 5.4: {', '.join(unknown)}"
    return None


def whole_termination(case_obligation_ids, agreed_obligation_ids):
    """Decree Art. 5.3: the agreement covers all of the decision's items (the case ends) or only
    part (the rest goes on)."""
    return set(case_obligation_ids) <= set(agreed_obligation_ids)


def re_enforcement_barred(requested_obligation_ids, terminated_obligation_ids):
    """Decree Art. 5.3 (third paragraph): once the head decided not to enforce contents by the
    litigants' agreement, no litigant may request their enforcement again. Returns the requested
    items so terminated, in the request's order (empty: the request may go on). The caller
    passes only the items of agreements not breached (``breach_reopens``). An agreement of Art.
    5.1-5.2 bars nothing: when it is not performed the creditor may still request the
    unperformed obligations (Art. 5.1, second paragraph; Art. 5.2, second paragraph)."""
    barred = set(terminated_obligation_ids)
    return [i for i in requested_obligation_ids if i in barred]


BREACH_BASIS = ("Decree 62/2015 Art. 5.1 (second paragraph), 5.2 (second paragraph); Law on "
                "Civil Judgment Enforcement Art. 6.2")


def breach_error(kind, status, breached_on, made_on):
    """Decree Art. 5.1-5.2 (second paragraphs) and Law Art. 6.2 (as the issue reads it; the
    Law's text is not in our sources, confidence medium): a party that does not perform the
    agreement lets the other ask the authority to enforce the unperformed obligations under the
    judgment. A breach is of a performance agreement, or of an agreement not to enforce on
    which the head already decided (its consideration not given); it cannot precede the
    agreement. The reason a breach is refused, or None."""
    if breached_on < made_on:
        return "a breach cannot precede the agreement"
    if kind == NON_ENFORCEMENT and status != "enforcement_terminated":
        return ("an agreement not to enforce is breached only after the head's decision on it "
                "(Decree 62/2015 Art. 5.3)")
    return None


def breach_reopens(breached_on):
    """Law Art. 6.2 with Decree Art. 5.1-5.2: a breached agreement no longer bars enforcement
    of what it covered (the unperformed obligations may be requested under the judgment)."""
    return breached_on is not None


#: Decree Art. 5.3 (third paragraph) with Law Art. 31.5(a): the litigant is not entitled to
#: request again what was terminated by agreement; the legal basis of that written refusal.
RE_ENFORCEMENT_REFUSED = ("Decree 62/2015 Art. 5.3 (third paragraph); Law on Civil Judgment "
                          "Enforcement Art. 31.5(a)")
