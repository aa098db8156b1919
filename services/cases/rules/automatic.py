"""Automatic judgment enforcement decisions (Law on Civil Judgment Enforcement Art. 36.2;
Decree 62/2015 Art. 6): the items the authority enforces without a request, the time limit
counted from the judgment's receipt, and how the items are grouped into decisions."""
from dataclasses import dataclass

from shared.legal import TimeLimit

#: The items of a judgment the head of the authority decides on its own initiative, each with
#: the clause that makes it automatic. Law Art. 36.2 is not in our sources (rules.md: medium,
#: as we read it); Decree Art. 6.3 lists the "other State revenues" of Law Art. 36.2(c).
AUTOMATIC_ITEMS = {
    "court_fee": "Law Art. 36.2(a) (court fees and charges)",
    "fine": "Law Art. 36.2(a) (fines)",
    "illegal_gains": "Law Art. 36.2(a) (recovery of illegal gains)",
    "return_to_owner": "Law Art. 36.2(b); Decree 62/2015 Art. 6.1(a) (money or property "
                       "returned to a litigant)",
    "confiscation": "Law Art. 36.2(c) (confiscation for the State budget)",
    "tax_arrears": "Law Art. 36.2(c); Decree 62/2015 Art. 6.3 (tax arrears)",
    "assistance_for_state": "Law Art. 36.2(c); Decree 62/2015 Art. 6.3 (assistance for the "
                            "State)",
    "compensation_to_state": "Law Art. 36.2(c); Decree 62/2015 Art. 6.3 (compensation to the "
                             "State, State agencies or wholly State-owned enterprises for "
                             "infringing economic management order or corruption)",
    "payment_to_state_budget": "Law Art. 36.2(c); Decree 62/2015 Art. 6.3 (payments made "
                               "directly to the State budget)",
}

#: Law Art. 36.2 (rules.md section 3, medium): the automatic decision is issued within 5 working
#: days of receiving the judgment.
AUTOMATIC_DECISION = TimeLimit(
    rule_id="law36.2-automatic-decision",
    article="Law on Civil Judgment Enforcement Art. 36.2; Decree 62/2015 Art. 6",
    length_key="automatic_decision_working_days",
    unit="working_days",
    description="Issue the judgment enforcement decision on the items enforced automatically "
                "within 5 working days of receiving the judgment.")

#: Law Art. 36.2: the basis of a decision issued on the authority's own initiative.
AUTOMATIC = "automatic"

#: The clauses of Decree Art. 6 a group is decided under, with their legal basis.
CERTAIN_PORTIONS, RETURNED, SEVERAL_CLAUSES, RIGHTS_AND_OBLIGATIONS, JOINT = (
    "6.1", "6.1.a", "6.1.b", "6.1.c", "6.2")
CLAUSE_BASIS = {
    CERTAIN_PORTIONS: "Decree 62/2015 Art. 6.1 (one decision for certain portions)",
    RETURNED: "Decree 62/2015 Art. 6.1(a) (a person who gets money or property back)",
    SEVERAL_CLAUSES: "Decree 62/2015 Art. 6.1(b) (a person with several clauses)",
    RIGHTS_AND_OBLIGATIONS: "Decree 62/2015 Art. 6.1(c) (a person with both rights and "
                            "obligations)",
    JOINT: "Decree 62/2015 Art. 6.2 (joint rights and obligations)",
}


@dataclass(frozen=True)
class DecisionGroup:
    """The items one automatic decision covers, the clause of Art. 6 that groups them, and the
    persons it is issued to."""

    clause: str
    obligation_ids: tuple
    persons: tuple

    @property
    def legal_basis(self):
        return CLAUSE_BASIS[self.clause]

    def as_record(self):
        return {"clause": self.clause, "legal_basis": self.legal_basis,
                "obligation_ids": list(self.obligation_ids), "persons": list(self.persons)}


def is_automatic(obligation):
    """Law Art. 36.2; Decree 62/2015 Art. 6.3: whether an item of the judgment is enforced
    without a request (it was marked at intake with one of ``AUTOMATIC_ITEMS``)."""
    return getattr(obligation, "automatic", None) in AUTOMATIC_ITEMS


def person_of_item(obligation):
    """Decree 62/2015 Art. 6.1: the person an automatic item concerns: for money or property
    returned (Art. 6.1(a)) the person who gets it back (its creditor); for every other item the
    person who must perform it (its debtor)."""
    if obligation.automatic == "return_to_owner" and obligation.creditor_party_id:
        return obligation.creditor_party_id
    return obligation.debtor_party_id


def automatic_decision_groups(obligations):
    """Decree 62/2015 Art. 6.1-6.2: how the automatic items of a judgment are decided.

    Art. 6.2: the items of joint rights and obligations (the same ``joint_group``) get one
    decision covering every person in them. Of the other items, each concerns one person
    (``person_of_item``), and Art. 6.1's exceptions give that person a decision of their own:
    (c) a person who both gets something back and must perform an item; (a) a person who gets
    money or property back; (b) a person who must perform several items. What is left (one item
    each for several persons) is decided by one decision for those portions (Art. 6.1, first
    sentence). Non-automatic items are ignored. Returns ``DecisionGroup``s in the judgment's
    order of items.
    """
    items = [o for o in obligations if is_automatic(o)]
    groups, joint = [], {}
    for o in items:
        if getattr(o, "joint_group", None):
            joint.setdefault(o.joint_group, []).append(o)
    for members in joint.values():
        persons = []
        for o in members:
            for p in (o.debtor_party_id, o.creditor_party_id):
                if p and p not in persons:
                    persons.append(p)
        groups.append(DecisionGroup(JOINT, tuple(o.obligation_id for o in members),
                                    tuple(persons)))
    by_person = {}
    for o in items:
        if not getattr(o, "joint_group", None):
            by_person.setdefault(person_of_item(o), []).append(o)
    pooled = []
    for person, own in by_person.items():
        gets_back = [o for o in own if o.automatic == "return_to_owner"
                     and o.creditor_party_id == person]
        performs = [o for o in own if o not in gets_back]
        if gets_back and performs:
            clause = RIGHTS_AND_OBLIGATIONS
        elif gets_back:
            clause = RETURNED
        elif len(performs) > 1:
            clause = SEVERAL_CLAUSES
        else:
            pooled.extend(own)
            continue
        groups.append(DecisionGroup(clause, tuple(o.obligation_id for o in own), (person,)))
    if pooled:
        groups.append(DecisionGroup(CERTAIN_PORTIONS, tuple(o.obligation_id for o in pooled),
                                    tuple(dict.fromkeys(person_of_item(o) for o in pooled))))
    order = {o.obligation_id: i for i, o in enumerate(obligations)}
    return sorted(groups, key=lambda g: min(order[i] for i in g.obligation_ids))


def decision_precedes_receipt(issued_on, received_on):
    """Law Art. 36.2: the automatic decision follows the judgment's receipt (its limit runs from
    it), so one dated before the judgment was received is refused."""
    return issued_on < received_on
