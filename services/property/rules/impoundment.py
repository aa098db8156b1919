"""Impoundment of property and documents (Decree 62/2015 Art. 18; Law Art. 58), as pure
functions: what the record must state, and what a return needs."""

MONEY, VALUABLES, DOCUMENT, OTHER = "money", "precious_metal_gem", "document", "other"
KINDS = (MONEY, VALUABLES, DOCUMENT, OTHER)
#: Who may witness the sealing of precious metals and gems (Art. 18.2).
OWNER, RELATIVE, WITNESS = "owner", "relative", "witness"
#: What proves a recipient's right to impounded property (Art. 18.3).
PROOFS = ("ownership_document", "authorisation_letter")

IMPOUNDED = "Decree 62/2015 Art. 18.2; Law on Civil Judgment Enforcement Art. 58"
RETURNED = "Decree 62/2015 Art. 18.3"


def record_gaps(kind, face_values, currency, sealed, witnesses, seal_description):
    """Decree 62/2015 Art. 18.2: an impoundment record of money states the quantity, face
    values and currency (serial numbers if necessary); precious metals and gemstones are sealed
    before the owner or a relative — if they refuse, another witness — and the seal describes
    type, quantity and weight. Returns ``{field: [message]}`` of what the record lacks (empty:
    complete)."""
    gaps = {}
    if kind == MONEY:
        if not face_values:
            gaps["face_values"] = ["money is recorded by face value and quantity"]
        if not currency:
            gaps["currency"] = ["money is recorded with its currency"]
    if kind == VALUABLES:
        if not sealed:
            gaps["sealed"] = ["precious metals and gemstones are sealed"]
        if not any(w["role"] in (OWNER, RELATIVE, WITNESS) for w in witnesses):
            gaps["witnesses"] = ["the owner, a relative or, if they refuse, another witness "
                                 "attends the sealing"]
        if not seal_description:
            gaps["seal_description"] = ["the seal states type, quantity, weight and features"]
    return gaps


def money_total(face_values):
    """Decree 62/2015 Art. 18.2: the amount of impounded money, from its face values and
    quantities (one currency per record), in whole units of that currency."""
    return sum(v["face_value"] * v["quantity"] for v in face_values)


def return_proof_missing(proof):
    """Decree 62/2015 Art. 18.3: the recipient presents a document proving ownership or a
    letter of authorisation; returns the message when neither is presented, else None."""
    if proof in PROOFS:
        return None
    return "the recipient presents a document proving ownership or a letter of authorisation"
