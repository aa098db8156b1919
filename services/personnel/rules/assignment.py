"""Giving a case to an enforcement officer (Law Art. 36; Decree 62/2015 Art. 10): who may not
take it because of a relation to a party, and who is chosen among the rest. Pure: no nameko, no
database, no clock.

Decree 62/2015 Art. 10.1 lets a litigant ask for another officer on the grounds of Law Art. 21.5
(the officer or a relative is concerned) and Art. 10.1.b (the officer was the defender of a
litigant or witness in the same case). Assigning such an officer would invite a justified
request for replacement, so the platform never chooses one.
"""
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from services.personnel.rules.staff import Position, holds_on


class Relation(StrEnum):
    """How a person is related to an officer, as recorded (the words of Law Art. 21.5 and
    Decree 62/2015 Art. 10.1.b and 68.4)."""

    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"  # birth or adopted
    PARENT = "parent"  # birth or adoptive
    GRANDPARENT = "grandparent"
    SIBLING = "sibling"
    UNCLE_AUNT = "uncle_aunt"
    NEPHEW_NIECE = "nephew_niece"
    SPOUSE_PARENT = "spouse_parent"
    SPOUSE_GRANDPARENT = "spouse_grandparent"
    SPOUSE_SIBLING = "spouse_sibling"
    SPOUSE_UNCLE_AUNT = "spouse_uncle_aunt"
    DEFENDER = "defender"  # the officer acted as this person's defender


#: The ground of Decree 62/2015 Art. 10.1 that each relation falls under.
GROUNDS = {
    Relation.SELF: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5 (the officer's own interest)",
    Relation.SPOUSE: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.a",
    Relation.CHILD: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.a",
    Relation.PARENT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b",
    Relation.GRANDPARENT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b",
    Relation.SIBLING: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b",
    Relation.UNCLE_AUNT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b",
    Relation.SPOUSE_PARENT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b (of the spouse)",
    Relation.SPOUSE_GRANDPARENT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b (of the spouse)",
    Relation.SPOUSE_SIBLING: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b (of the spouse)",
    Relation.SPOUSE_UNCLE_AUNT: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.b (of the spouse)",
    Relation.NEPHEW_NIECE: "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.c",
    Relation.DEFENDER: "Decree 62/2015 Art. 10.1.b",
}

#: Legal basis of an assignment and of its release.
ASSIGNMENT_BASIS = ("Law on Civil Judgment Enforcement Art. 36 (assignment of the officer); "
                    "Decree 62/2015 Art. 10.1 (no officer a party could ask to replace)")
RELEASE_BASIS = ("Law on Civil Judgment Enforcement Art. 50-52 (the case ends); Decree 62/2015 "
                 "Art. 10.3 (the officer is replaced)")
#: Why an officer the caller names is not chosen: the replacement gives the case another one.
SET_ASIDE_GROUND = "Decree 62/2015 Art. 10.3 (the officer being replaced)"


def normalise_name(name):
    """A person's name compared without case, accents' encoding or extra spaces (Unicode NFC,
    case-folded, single spaces): "Nguyễn  Văn A" and "nguyễn văn a" are one name."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def same_person(recorded, party):
    """Whether a person recorded as related to an officer (``name``, ``identity_number`` or
    ``None``) is the party (``name``, ``identity_number`` or ``None``), and how it is known:
    ``"identity_number"``, ``"name"`` or ``None`` (not the same person).

    Decree 62/2015 Art. 10.1 is about the person, not the spelling: two identity numbers decide
    alone (different numbers are different people even with one name); without both, the same
    name is taken as the same person, since wrongly keeping a related officer is the error the
    article guards against.
    """
    if recorded.get("identity_number") and party.get("identity_number"):
        return ("identity_number"
                if recorded["identity_number"].strip() == party["identity_number"].strip()
                else None)
    return "name" if normalise_name(recorded["name"]) == normalise_name(party["name"]) else None


def conflicts_with_parties(relations, parties):
    """Each (relation, party) of an officer's recorded ``relations`` (dicts with ``name``,
    ``identity_number``, ``relation``) that is one of the case's ``parties`` (dicts with
    ``party_id``, ``name``, ``identity_number``), as dicts naming the relation, the party, how
    the match was made and the ground (Decree 62/2015 Art. 10.1; Law Art. 21.5)."""
    found = []
    for relation in relations:
        for party in parties:
            matched_by = same_person(relation, party)
            if matched_by:
                found.append({"party_id": party["party_id"], "party_name": party["name"],
                              "relation": str(Relation(relation["relation"])),
                              "matched_by": matched_by,
                              "ground": GROUNDS[Relation(relation["relation"])]})
    return found


@dataclass(frozen=True)
class Candidate:
    officer_id: str
    full_name: str
    open_assignments: int
    conflicts: list = field(default_factory=list)


@dataclass(frozen=True)
class Choice:
    officer: Candidate | None
    considered: list  # the candidates without conflict, least loaded first
    excluded: list  # the candidates with a conflict, with it
    set_aside: list = field(default_factory=list)  # named by the caller: being replaced


def choose_officer(candidates, set_aside_ids=frozenset()):
    """The officer to give a case among eligible ``candidates`` (Law Art. 36; Decree 62/2015
    Art. 10.1): officers with a conflict with a party are excluded; among the others the one
    with the fewest open assignments, ties broken by officer id so the choice is reproducible.
    ``officer`` is ``None`` when no candidate is left.

    Decree 62/2015 Art. 10.3: the replacement of an officer gives the case *another* one, so
    the officers in ``set_aside_ids`` (the one being replaced) are never chosen, however idle
    their release left them; they are listed in ``set_aside``.
    """
    excluded = [c for c in candidates if c.conflicts]
    set_aside = [c for c in candidates if not c.conflicts and c.officer_id in set_aside_ids]
    considered = sorted((c for c in candidates
                         if not c.conflicts and c.officer_id not in set_aside_ids),
                        key=lambda c: (c.open_assignments, c.officer_id))
    return Choice(considered[0] if considered else None, considered, excluded, set_aside)


def explain(choice):
    """The reasons of a choice, in words a litigant can be given (Decree 62/2015 Art. 10): the
    workloads compared and each conflict that excluded an officer."""
    reasons = []
    if choice.officer is not None:
        others = ", ".join(f"{c.officer_id} {c.open_assignments}" for c in choice.considered[1:])
        reasons.append(f"{choice.officer.officer_id} has the fewest open assignments "
                       f"({choice.officer.open_assignments})"
                       + (f"; others: {others}" if others else "; no other officer without a "
                          "conflict"))
    for candidate in choice.excluded:
        for c in candidate.conflicts:
            reasons.append(f"{candidate.officer_id} excluded: {c['relation']} of party "
                           f"{c['party_id']} ({c['ground']})")
    for candidate in choice.set_aside:
        reasons.append(f"{candidate.officer_id} set aside: {SET_ASIDE_GROUND}")
    return reasons


#: Legal basis of who decides a request to replace the officer.
DECIDERS_BASIS = ("Decree 62/2015 Art. 10.2 (the head of the authority decides; when the "
                  "officer is that head, also the head of the superior authority)")


def replacement_decided_by(officer_holdings, authority_id, superior_id, on):
    """The authorities whose head decides, on ``on``, a litigant's request to replace an
    officer of a case of ``authority_id`` (Decree 62/2015 Art. 10.2), the case's own first.

    The request goes to the head of the authority; when the officer "is also the head" of it
    (holds the position ``head`` there that day, per ``officer_holdings``: dicts with
    ``authority_id``, ``position``, ``valid_from``, ``valid_to``), it goes to that head "or the
    head of its superior" authority (``superior_id``; ``None`` at the top of the tree, where
    only the authority itself remains).
    """
    is_head = any(h["authority_id"] == authority_id and h["position"] == Position.HEAD
                  and holds_on(h["valid_from"], h["valid_to"], on) for h in officer_holdings)
    if is_head and superior_id is not None:
        return (authority_id, superior_id)
    return (authority_id,)
