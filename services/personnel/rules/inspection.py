"""Inspection by enforcement inspectors (Decree 62/2015 Art. 66-69): who may be given an
inspection and which recorded relations bar them from it (Art. 68.4). Pure.
"""
from services.personnel.rules.assignment import Relation, same_person
from services.personnel.rules.staff import Category, holds_category_at, position_kind

INSPECTION_ASSIGNED = "Decree 62/2015 Art. 66.1, 67.1, 68.3.c"
INSPECTOR_PROMOTED = "Decree 62/2015 Art. 69.1"

#: Decree 62/2015 Art. 68.4: the relations that bar an inspector from an inspection involving
#: the related person, each with its point. A defender (Art. 10.1.b) bars an enforcement officer
#: from a case but is not among them.
BARRING_RELATIONS = {
    Relation.SELF: "Decree 62/2015 Art. 68.3.a, 68.4 (the inspector's own matter)",
    Relation.SPOUSE: "Decree 62/2015 Art. 68.4.a",
    Relation.CHILD: "Decree 62/2015 Art. 68.4.a",
    Relation.PARENT: "Decree 62/2015 Art. 68.4.b",
    Relation.GRANDPARENT: "Decree 62/2015 Art. 68.4.b",
    Relation.UNCLE_AUNT: "Decree 62/2015 Art. 68.4.b",
    Relation.SIBLING: "Decree 62/2015 Art. 68.4.b",
    Relation.SPOUSE_PARENT: "Decree 62/2015 Art. 68.4.b (of the inspector's spouse)",
    Relation.SPOUSE_GRANDPARENT: "Decree 62/2015 Art. 68.4.b (of the inspector's spouse)",
    Relation.SPOUSE_UNCLE_AUNT: "Decree 62/2015 Art. 68.4.b (of the inspector's spouse)",
    Relation.SPOUSE_SIBLING: "Decree 62/2015 Art. 68.4.b (of the inspector's spouse)",
    Relation.NEPHEW_NIECE: "Decree 62/2015 Art. 68.4.c",
}


def inspection_bars(relations, persons):
    """The recorded ``relations`` of an inspector (dicts with ``name``, ``identity_number``,
    ``relation``) that bar them from an inspection involving ``persons`` (dicts with
    ``person_id``, ``name``, ``identity_number``): Decree 62/2015 Art. 68.4 — spouse, child
    (68.4.a); parent, grandparent, uncle, aunt, sibling of the inspector or of the spouse
    (68.4.b); nephew or niece (68.4.c). Each with the person, the relation, how the person was
    matched and the point of the article."""
    bars = []
    for relation in relations:
        ground = BARRING_RELATIONS.get(Relation(relation["relation"]))
        if ground is None:
            continue
        for person in persons:
            matched_by = same_person(relation, person)
            if matched_by:
                bars.append({"person_id": person["person_id"], "person_name": person["name"],
                             "relation": relation["relation"], "matched_by": matched_by,
                             "ground": ground})
    return bars


def inspector_refusal_reasons(holdings, authority_id, on, suspended, bars):
    """Why an official may not be given an inspection at ``authority_id`` on ``on``: Decree
    62/2015 Art. 66.1 — an inspector (any of the three ranks) of that authority assists its head
    in inspecting; not while suspended (Art. 65; the law on officials); Art. 68.4 — each bar."""
    reasons = []
    if not holds_category_at(holdings, Category.INSPECTOR, authority_id, on):
        reasons.append(f"the official holds no inspector rank at {authority_id} on "
                       f"{on.isoformat()} (Decree 62/2015 Art. 66.1)")
    if suspended:
        reasons.append("the official is suspended from duty (Decree 62/2015 Art. 65)")
    for bar in bars:
        reasons.append(f"the inspection involves {bar['person_name']} ({bar['person_id']}), "
                       f"the inspector's {bar['relation']} ({bar['ground']})")
    return reasons


def inspector_promotion_reasons(below, facts, lower_rank_since, system):
    """Why an official may not sit the promotion examination of inspectors from ``below`` to the
    rank above it (Decree 62/2015 Art. 69.1: from inspector to chief inspector, from chief to
    senior inspector, on the law on officials' terms): holding ``below`` on the examination day
    (``lower_rank_since``, ``None`` when not held); not facing a criminal prosecution nor under
    a disciplinary action (the law on officials, as Art. 57.2 for officers); in a military
    examination, a military officer or non-commissioned officer (Art. 66.2). The years at the
    rank below are the law on officials' and are not among these."""
    reasons = []
    if lower_rank_since is None:
        reasons.append(f"the candidate does not hold {below} on the examination day (Decree "
                       "62/2015 Art. 69.1)")
    if facts["criminal_prosecution"]:
        reasons.append("the candidate faces a criminal prosecution (Decree 62/2015 Art. 69.1; "
                       "the law on officials)")
    if facts["disciplinary_action"]:
        reasons.append("the candidate is under a disciplinary action (Decree 62/2015 Art. 69.1; "
                       "the law on officials)")
    if system == "military" and not facts.get("military_officer"):
        reasons.append("an inspector in the army is a military officer or non-commissioned "
                       "officer (Decree 62/2015 Art. 66.2)")
    return reasons


def military_inspector_proposal_reasons(system, rank, proposal_number):
    """Why a military inspector may not be designated without the proposal of the Ministry of
    National Defence's recruitment council (Decree 62/2015 Art. 69.2): it proposes the
    designation of military inspectors to the Minister of Justice."""
    if (system == "military" and position_kind(rank).category == Category.INSPECTOR
            and not proposal_number):
        return ["a military inspector is designated on the proposal of the Ministry of "
                "National Defence's recruitment council (Decree 62/2015 Art. 69.2)"]
    return []

